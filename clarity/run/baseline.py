"""Baselines: adopt clarity on an existing archive and fail only on new findings.

A finding is identified by a fingerprint of its rule, its matched text and the
sentence around it (in a "sentence" over 2,000 characters, text without full stops,
the 80 characters either side), all whitespace- and case-normalised, and never by line
numbers: adding a paragraph above an old finding must not make it "new". The
baseline is a multiset per file (fingerprint -> count), so a second copy of the
same sentence with the same problem is still reported as new. A grouped finding
(``RuleMeta.group``: one per rule, term or advice) is fingerprinted by its rule and
group key alone (clarity/run/grouping.py): its places may move or multiply.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from clarity.core.errors import ConfigError
from clarity.core.findings import DocumentResult, Finding, Hit, RunResult

if TYPE_CHECKING:
    from clarity.checks import Analysed

FORMAT_VERSION = 1
_CONTEXT_CHARS = 80
_LONGEST_CONTEXT = 2_000
"""Past this, a sentence is not a sentence (a text without full stops) and each of its
findings would hash all of it, quadratic in the length of a text without full stops."""


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def fingerprint(code: str, matched: str, context: str) -> str:
    return _digest(code, _normalise(matched), _normalise(context))


def _digest(code: str, matched: str, context: str) -> str:
    """The fingerprint of already normalised text."""
    payload = "\x1f".join((code, matched, context))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def context_span(ctx: Analysed, finding: Finding | Hit) -> tuple[int, int]:
    """Where a finding's fingerprint context is: the sentence, else the block, else nearby."""
    sentence = ctx.sentence_at(finding.start)
    if sentence is not None:
        return sentence.start, sentence.end
    return _nearby(ctx, finding.start, finding.end)


def context_spans(ctx: Analysed, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``context_span`` of many findings' (start, end) at once: the sentence holding
    each start found by one ``numpy.searchsorted``, the rest asked one by one."""
    if not spans or not ctx.sentences:
        return [_nearby(ctx, start, end) for start, end in spans]
    import numpy as np

    sentence_starts = np.asarray(ctx._sentence_starts, dtype=np.int64)
    sentence_ends = np.asarray([s.end for s in ctx.sentences], dtype=np.int64)
    starts = np.asarray([start for start, _ in spans], dtype=np.int64)
    index = np.searchsorted(sentence_starts, starts, side="right") - 1
    inside = (index >= 0) & (starts < sentence_ends[np.maximum(index, 0)])
    picked = np.maximum(index, 0)
    los, his = sentence_starts[picked].tolist(), sentence_ends[picked].tolist()
    return [
        (lo, hi) if held else _nearby(ctx, start, end)
        for lo, hi, held, (start, end) in zip(los, his, inside.tolist(), spans, strict=True)
    ]


def _nearby(ctx: Analysed, start: int, end: int) -> tuple[int, int]:
    """``context_span`` of a finding outside every sentence: its block, else nearby."""
    block = ctx.document.block_at(start)
    if block is not None:
        return block.start, block.end
    return max(0, start - _CONTEXT_CHARS), end + _CONTEXT_CHARS


class Fingerprinter:
    """``fingerprint`` of many findings of one document.

    Findings crowd into the same sentences, and normalising a sentence costs more
    than hashing it, so each context span is normalised once; matched words repeat
    too ("shall", "any"), so each distinct one is normalised once.
    """

    def __init__(self, ctx: Analysed) -> None:
        self._ctx = ctx
        self._contexts: dict[tuple[int, int], str] = {}
        self._matched: dict[str, str] = {}

    def __call__(self, finding: Finding | Hit, span: tuple[int, int] | None = None) -> str:
        """The fingerprint; ``span`` is the finding's ``context_span`` if known."""
        if span is None:
            span = context_span(self._ctx, finding)
        if span[1] - span[0] > _LONGEST_CONTEXT:
            span = (
                max(span[0], finding.start - _CONTEXT_CHARS),
                min(span[1], finding.end + _CONTEXT_CHARS),
            )
        context = self._contexts.get(span)
        if context is None:
            lo, hi = span
            context = self._contexts[span] = _normalise(self._ctx.document.text[lo:hi])
        matched = self._matched.get(finding.text)
        if matched is None:
            matched = self._matched[finding.text] = _normalise(finding.text)
        return _digest(finding.code, matched, context)


def _key(path: str, base: Path) -> str:
    if path == "-" or path.startswith("<"):
        return path
    try:
        return PurePath(os.path.relpath(os.path.abspath(path), base)).as_posix()
    except ValueError:
        return PurePath(os.path.abspath(path)).as_posix()


def build(result: RunResult, baseline_path: str | os.PathLike[str]) -> dict:
    base = Path(baseline_path).resolve().parent
    files: dict[str, dict[str, int]] = {}
    for doc in result.documents:
        counts = Counter(f.fingerprint for f in doc.findings)
        if counts:
            files[_key(doc.path, base)] = dict(sorted(counts.items()))
    return {"clarity_baseline": FORMAT_VERSION, "files": dict(sorted(files.items()))}


def dumps(data: dict) -> str:
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def load(path: str | os.PathLike[str]) -> dict[str, Counter[str]]:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a clarity baseline: {exc}") from None
    if not isinstance(raw, dict) or raw.get("clarity_baseline") != FORMAT_VERSION:
        raise ConfigError(f"{path}: not a clarity baseline (version {FORMAT_VERSION} expected)")
    files = raw.get("files")
    if not isinstance(files, dict):
        raise ConfigError(f"{path}: baseline has no 'files' table")
    out: dict[str, Counter[str]] = {}
    for name, counts in files.items():
        if not isinstance(counts, dict) or not all(
            isinstance(v, int) and v > 0 for v in counts.values()
        ):
            raise ConfigError(f"{path}: bad entry for {name!r}")
        out[name] = Counter(counts)
    return out


def filter_new(
    result: RunResult, baseline: dict[str, Counter[str]], baseline_path: str | os.PathLike[str]
) -> tuple[RunResult, int]:
    """Drop findings recorded in the baseline; return the new result and how many dropped."""
    keep = NewFindings(baseline, baseline_path)
    documents = [keep(doc) for doc in result.documents]
    return RunResult(documents=documents, failures=list(result.failures)), keep.dropped


class NewFindings:
    """A document less the findings recorded in the baseline, one document at a time
    (a streamed run filters each as it comes); ``dropped`` counts those left out."""

    def __init__(
        self, baseline: dict[str, Counter[str]], baseline_path: str | os.PathLike[str]
    ) -> None:
        self._baseline = baseline
        self._base = Path(baseline_path).resolve().parent
        self.dropped = 0

    def __call__(self, doc: DocumentResult) -> DocumentResult:
        remaining = Counter(self._baseline.get(_key(doc.path, self._base), {}))
        kept = []
        for finding in doc.findings:
            if remaining[finding.fingerprint] > 0:
                remaining[finding.fingerprint] -= 1
                self.dropped += 1
            else:
                kept.append(finding)
        return replace(doc, findings=kept)
