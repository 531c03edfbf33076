"""Cross-reference density (P106) and ALL-CAPS passages (P107).

"Subject to clause 9 and as defined in Section 4.2(b)" sends the reader away twice in
one sentence; capitals remove word shapes and slow reading, so a passage in capitals
is harder to read, not more emphatic."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule
from clarity.text.literalscan import UNSAFE_CHARS, casefold_safe, lowercase
from clarity.text.reparse import constants as _c
from clarity.text.reparse import parser as _sre

_CAPS_WORD = re.compile(r"[^\W\d_]{2,}|[^\W\d_]\b")
_LETTER = re.compile(r"[^\W\d_]")

CROSS_REFERENCES = builtin_rule("P106")
ALL_CAPS = builtin_rule("P107")


class LayoutCheck(Check):
    rules = (CROSS_REFERENCES, ALL_CAPS)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ctx.ruleset.lexicon("style")
        xref = lex.get("cross_references", {})
        patterns = [re.compile(p, re.IGNORECASE) for p in xref.get("patterns", [])]
        per_sentence = int(xref.get("per_sentence", 2))
        min_caps = int(lex.get("all_caps", {}).get("min_words", 4))
        text = ctx.text
        lowered = lowercase(text)
        safe = casefold_safe(text, lowered)
        hits = [needle_hits(p, lowered) if safe else None for p in patterns]
        caps = _caps_candidates(text)
        total = 0
        first: tuple[int, int] | None = None
        for sentence in ctx.sentences:
            start, end = sentence.start, sentence.end
            chunk = text[start:end]
            live = [
                p
                for p, h in zip(patterns, hits, strict=True)
                if h is None or _within(h, start, end)
            ]
            spans = sorted({m.span() for p in live for m in p.finditer(chunk)}) if live else []
            if not sentence.is_heading:
                total += len(spans)
                if spans and first is None:
                    first = (sentence.start + spans[0][0], sentence.start + spans[0][1])
                if len(spans) >= per_sentence:
                    refs = ", ".join(chunk[a:b] for a, b in spans)
                    yield ctx.finding(
                        CROSS_REFERENCES,
                        sentence.start,
                        sentence.end,
                        message=f"{len(spans)} cross-references in one sentence ({refs})",
                        suggestion="say what the referenced part says, in place",
                        data={"references": len(spans)},
                    )
            if bisect_left(caps, end) - bisect_left(caps, start) >= min_caps or _cut(
                text, chunk, start
            ):
                yield from _caps(ctx, sentence.start, chunk, min_caps)
        limit = float(xref.get("per_thousand_words", 10))
        words = max(ctx.word_count, 1)
        if first and words >= 100 and total * 1000 / words > limit:
            yield ctx.finding(
                CROSS_REFERENCES,
                *first,
                message=f"{total} cross-references in {words} words "
                f"({total * 1000 / words:.1f} per 1,000; limit {limit:g})",
                suggestion="repeat short rules where they apply instead of pointing to them",
            )


def _caps(ctx: Analysed, base: int, chunk: str, min_words: int) -> Iterable[Finding]:
    if sum(map(str.isupper, _CAPS_WORD.findall(chunk))) < min_words:
        return  # too few words in capitals for a run: the common case, decided in C
    run: list[re.Match[str]] = []
    for m in [*_CAPS_WORD.finditer(chunk), None]:
        if m is not None and m.group().isupper():
            run.append(m)
            continue
        if len(run) >= min_words:
            yield ctx.finding(
                ALL_CAPS,
                base + run[0].start(),
                base + run[-1].end(),
                message=f"{len(run)} words in capitals are hard to read",
                suggestion="write it in normal case; use bold for emphasis",
            )
        run = []


def _caps_candidates(text: str) -> list[int]:
    """Starts of the text's possible words in capitals, ascending.

    A word in capitals (``str.isupper``) is a letter run with no lowercase letter, so it
    lies in a run of such letters that is two or more long, or one letter not followed
    by another. Title-case words are neither, so most sentences have fewer candidates
    than ``min_words`` and are not walked word by word. The class lists the letters this
    text uses, so the scan stays in C."""
    letters = "".join(sorted(c for c in set(text) if _LETTER.match(c) and not c.islower()))
    if not letters:
        return []
    cls = f"[{re.escape(letters)}]"
    runs = re.finditer(rf"{cls}(?:{cls}+|(?![^\W\d_]))", text)  # cls{2,} | cls alone
    return [m.start() for m in runs]


def _cut(text: str, chunk: str, start: int) -> bool:
    """True when the sentence may begin or end inside a word, where a run of capitals
    would be counted across its edge; letters are alphanumeric, so non-alphanumeric
    edge characters settle it (the common case, tried first)."""
    end = start + len(chunk)
    head = chunk[:1].isalnum() and start > 0 and text[start - 1].isalnum()
    return head or (chunk[-1:].isalnum() and end < len(text) and text[end].isalnum())


def _within(hits: Sequence[int], start: int, end: int) -> bool:
    """True when some position in ``hits`` (ascending) lies in [start, end)."""
    i = bisect_left(hits, start)
    return i < len(hits) and hits[i] < end


def needle_hits(compiled: re.Pattern[str], lowered: str) -> list[int] | None:
    """Ascending positions of the pattern's needles in the text, or None when it has none.

    A match inside a sentence holds one of its needles inside that sentence, so the
    pattern need not be tried on a sentence without one. ``lowered`` must be
    casefold-safe (``literalscan.casefold_safe``) for a case-insensitive pattern."""
    found = needles(compiled.pattern, compiled.flags & ~re.UNICODE)
    if found is None:
        return None
    if not compiled.flags & re.IGNORECASE:
        return None  # the needles would be searched in the lowered text: keep it simple
    hits: list[int] = []
    for needle in found:
        at = lowered.find(needle)
        while at >= 0:
            hits.append(at)
            at = lowered.find(needle, at + 1)
    return sorted(hits)


@cache
def needles(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Literals of which every match contains one (lowercased), read from the parsed
    pattern: its leading literal run, or each alternative's; None when there are none."""
    try:
        parsed = _sre.parse(pattern, flags)
    except Exception:
        return None
    heads = _heads(list(parsed))
    if not heads or any(len(h) < 2 or not UNSAFE_CHARS.isdisjoint(h) for h in heads):
        return None
    if any(len(h.lower()) != len(h) for h in heads):
        return None
    return tuple(sorted({h.lower() for h in heads}))


def _heads(items: list[tuple[object, object]]) -> set[str] | None:
    """The literals one of which starts every match of ``items`` (after ``\\b`` and the
    like), or None."""
    prefix: list[str] = []
    for op, arg in items:
        if op is _c.AT and not prefix:
            continue
        if op is _c.LITERAL:
            prefix.append(chr(arg))  # type: ignore[arg-type]
            continue
        if op is _c.BRANCH:
            subs = [_heads(list(alt)) for alt in arg[1]]  # type: ignore[index]
        elif op is _c.SUBPATTERN and not arg[1] and not arg[2]:  # type: ignore[index]
            subs = [_heads(list(arg[3]))]  # type: ignore[index]
        else:
            break
        if any(not sub for sub in subs):
            break
        return {"".join(prefix) + h for sub in subs for h in sub if sub}
    return {"".join(prefix)} if prefix else None
