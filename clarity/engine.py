"""The pipeline: Document -> language/profile -> tokens and sentences -> checks -> result.

This is the only place that knows the order of the stages. Checks see an
``Analysed`` context; locations are filled in once, after filtering, so no
check ever converts offsets to lines itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from clarity.checks import Analysed, all_checks
from clarity.config import Settings
from clarity.detect import detect_language, detect_profile
from clarity.document import Document
from clarity.errors import InputError
from clarity.findings import DocumentResult, Finding, InputFailure, RunResult
from clarity.nlp import get_nlp
from clarity.packs import RuleSet, load_rulesets
from clarity.readers import default_suffixes, read_bytes, read_path
from clarity.sentences import split_sentences


def rulesets_for(settings: Settings) -> dict[str, RuleSet]:
    return load_rulesets(tuple(settings.rules))


def analyse(document: Document, settings: Settings) -> DocumentResult:
    rulesets = rulesets_for(settings)
    language_detected = settings.lang == "auto"
    notes = list(document.notes)
    if language_detected:
        guess = detect_language(document.text, rulesets)
        language = guess.language
        if guess.mixed:
            shares = ", ".join(f"{k} {v:.0%}" for k, v in sorted(guess.shares.items()))
            notes.append(f"mixed languages (function words: {shares}); checked as {language}")
    else:
        language = settings.lang
    ruleset = rulesets[language]
    abbreviations = frozenset(
        a.lower().rstrip(".") for a in ruleset.lexicon("language").get("abbreviations", [])
    )
    sentences = split_sentences(document, abbreviations)
    doc = get_nlp(language)(document.text)
    ctx = Analysed(
        document=document,
        doc=doc,
        language=language,
        profile="generic",
        settings=settings,
        ruleset=ruleset,
        sentences=sentences,
    )
    profile_detected = settings.profile == "auto"
    if profile_detected:
        ctx.profile, _ = detect_profile(document.text, ruleset, ctx.word_count)
    else:
        ctx.profile = settings.profile

    findings: list[Finding] = []
    for check in all_checks():
        if check.applies(ctx):
            findings.extend(check.run(ctx))
    findings = _finalise(findings, ctx)
    result = DocumentResult(
        path=document.path,
        language=language,
        profile=ctx.profile,
        format=document.format,
        word_count=ctx.word_count,
        sentence_count=sum(1 for s in sentences if not s.is_heading),
        findings=findings,
        notes=notes,
        language_detected=language_detected,
        profile_detected=profile_detected,
    )
    for name, value in ctx.shared.items():
        if name.startswith("result:"):
            result.extra[name.removeprefix("result:")] = value
    return result


def _finalise(findings: Iterable[Finding], ctx: Analysed) -> list[Finding]:
    """Apply select/ignore, suppressions and severity overrides; fill locations; sort."""
    settings = ctx.settings
    document = ctx.document
    out: dict[tuple[str, int, int, str], Finding] = {}
    for finding in findings:
        code = finding.code
        if not settings.rule_enabled(code) or document.is_suppressed(code, finding.start):
            continue
        location = document.locate(finding.start, finding.end)
        out[(code, finding.start, finding.end, finding.message)] = replace(
            finding,
            severity=settings.severity_for(code, finding.severity),
            line=location.line,
            column=location.column,
            end_line=location.end_line,
            end_column=location.end_column,
            page=location.page,
            paragraph=location.paragraph,
        )
    return sorted(out.values(), key=Finding.sort_key)


# --- inputs -------------------------------------------------------------------
def iter_inputs(
    paths: Iterable[str], suffixes: tuple[str, ...] | None = None
) -> Iterator[str | InputFailure]:
    """Expand directories (sorted, recursively) into files with a known suffix."""
    suffixes = suffixes or default_suffixes()
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path, suffixes))
            if not found:
                yield InputFailure(raw, f"no files to check (looked for {', '.join(suffixes)})")
            yield from found
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            yield InputFailure(raw, "no such file or directory")


def _walk(root: Path, suffixes: tuple[str, ...]) -> Iterator[str]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        stat = os.stat(folder)
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symlink loop: do not walk it twice
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(suffixes) and not name.startswith("."):
                yield os.path.join(folder, name)


def check_one(
    path: str, settings: Settings, stdin: bytes | None = None
) -> DocumentResult | InputFailure:
    try:
        if path == "-":
            document = read_bytes("-", stdin or b"")
        else:
            document = read_path(path, settings.max_file_size)
        return analyse(document, settings)
    except InputError as exc:
        return InputFailure(exc.path, exc.reason)


def check_paths(paths: Iterable[str], settings: Settings, stdin: bytes | None = None) -> RunResult:
    result = RunResult()
    for item in iter_inputs(paths):
        if isinstance(item, InputFailure):
            result.failures.append(item)
            continue
        outcome = check_one(item, settings, stdin)
        if isinstance(outcome, InputFailure):
            result.failures.append(outcome)
        else:
            result.documents.append(outcome)
    return result


def warm_up(language: str) -> None:
    """Build the pipeline ahead of time (used by benchmarks and worker processes)."""
    get_nlp(language)
