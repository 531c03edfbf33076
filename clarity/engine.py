"""The pipeline: Document -> language/profile -> tokens and sentences -> checks -> result.

This is the only place that knows the order of the stages. Checks see an
``Analysed`` context; locations are filled in once, after filtering, so no
check ever converts offsets to lines itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks import Analysed, all_checks
from clarity.config import Settings
from clarity.detect import detect_language, detect_profile
from clarity.document import Document, Location
from clarity.errors import InputError
from clarity.findings import SORT_KEY, DocumentResult, Finding, InputFailure, RunResult
from clarity.gcpolicy import resume_collection
from clarity.nlp import get_nlp
from clarity.packs import RuleSet, load_rulesets
from clarity.readability.analysis import metrics_with_scores
from clarity.readers import read_bytes, read_path, too_big
from clarity.rulemeta import Severity
from clarity.sentences import split_sentences


def rulesets_for(settings: Settings) -> dict[str, RuleSet]:
    return load_rulesets(tuple(settings.rules))


def analyse(document: Document, settings: Settings) -> DocumentResult:
    from clarity.suppressions import apply_directives, settings_for_path

    settings = settings_for_path(settings, document.path)
    directives = apply_directives(document)
    rulesets = rulesets_for(settings)
    language_detected = settings.lang == "auto"
    profile_detected = settings.profile == "auto"
    notes = list(document.notes)
    stem_hits = None
    if language_detected:
        guess = detect_language(document.text, rulesets, count_stems=profile_detected)
        language = guess.language
        stem_hits = guess.stem_hits[language] if guess.stem_hits else None
        if guess.mixed:
            shares = ", ".join(f"{k} {v:.0%}" for k, v in sorted(guess.shares.items()))
            notes.append(f"mixed languages (share of words: {shares}); checked as {language}")
    else:
        language = settings.lang
    ruleset = rulesets[language]
    abbreviations = frozenset(
        a.lower().rstrip(".") for a in ruleset.lexicon("language").get("abbreviations", [])
    )
    sentences = split_sentences(document, abbreviations)
    ctx = Analysed(
        document=document,
        language=language,
        profile="generic",
        settings=settings,
        ruleset=ruleset,
        sentences=sentences,
    )
    if profile_detected:
        ctx.profile, _ = detect_profile(document.text, ruleset, ctx.word_count, stem_hits)
    else:
        ctx.profile = settings.profile

    findings: list[Finding] = []
    for check in all_checks():
        if check.applies(ctx):
            findings.extend(check.run(ctx))
    findings = _finalise(findings, ctx)
    findings = _after_finalise(findings, ctx, directives)
    metrics, score = metrics_with_scores(ctx, findings)
    result = DocumentResult(
        path=document.path,
        language=language,
        profile=ctx.profile,
        format=document.format,
        word_count=ctx.word_count,
        sentence_count=sum(1 for s in sentences if not s.is_heading),
        findings=findings,
        metrics=metrics,
        notes=notes,
        language_detected=language_detected,
        profile_detected=profile_detected,
        text=document.text,
        outline=tuple((b.start, b.end, b.level) for b in document.headings),
    )
    for name, value in ctx.shared.items():
        if name.startswith("result:"):
            result.extra[name.removeprefix("result:")] = value
    result.extra["score"] = score
    return result


def _finalise(findings: Iterable[Finding], ctx: Analysed) -> list[Finding]:
    """Apply select/ignore, suppressions and severity overrides; fill locations and
    fingerprints (one copy of each finding, not one per step); sort.

    Settings are asked once per code: thousands of findings share a few dozen codes.
    """
    from clarity.baseline import Fingerprinter, context_spans

    settings = ctx.settings
    document = ctx.document
    enabled: dict[str, bool] = {}
    severities: dict[tuple[str, Severity], Severity] = {}
    suppressed = document.is_suppressed if document.suppressions else None
    kept: list[tuple[Finding, Severity]] = []
    for finding in findings:
        code = finding.code
        on = enabled.get(code)
        if on is None:
            on = enabled[code] = settings.rule_enabled(code)
        if not on or (suppressed is not None and suppressed(code, finding.start)):
            continue
        severity = severities.get((code, finding.severity))
        if severity is None:
            severity = severities[code, finding.severity] = settings.severity_for(
                code, finding.severity
            )
        kept.append((finding, severity))
    spans = [(finding.start, finding.end) for finding, _ in kept]
    places = [_place(document.locate(start, end)) for start, end in spans]
    contexts = context_spans(ctx, spans)
    fingerprint = Fingerprinter(ctx)
    out: dict[tuple[str, int, int, str], Finding] = {}
    for (finding, severity), place, context in zip(kept, places, contexts, strict=True):
        out[(finding.code, finding.start, finding.end, finding.message)] = finding.placed(
            severity, place, fingerprint(finding, context)
        )
    return sorted(out.values(), key=SORT_KEY)


def _place(location: Location) -> tuple[int, int, int, int, int | None, int | None]:
    return (
        location.line,
        location.column,
        location.end_line,
        location.end_column,
        location.page,
        location.paragraph,
    )


def _after_finalise(findings: list[Finding], ctx: Analysed, directives: list) -> list[Finding]:
    """Unused-suppression findings (with their fingerprints) when asked for."""
    from clarity.baseline import add_fingerprints
    from clarity.suppressions import UNUSED_CODE, unused_findings

    settings = ctx.settings
    # Asking for the report selects C101: only --ignore turns it off.
    if settings.report_unused_suppressions and not settings.rule_ignored(UNUSED_CODE):
        judged = [d for d in directives if _all_enabled(d.code, settings)]
        unused = add_fingerprints(unused_findings(ctx.document, judged), ctx)
        findings = sorted(findings + unused, key=SORT_KEY)
    return findings


def _all_enabled(code: str, settings: Settings) -> bool:
    """Did every rule that a directive for ``code`` (a code, a prefix or "all") names
    run? Only then can it be said to have silenced nothing: under ``--select S101`` a
    ``disable=J110`` is not judged."""
    from clarity.catalogue import rule_codes

    codes = rule_codes(tuple(settings.rules))
    named = codes if code == "all" else [c for c in codes if c.startswith(code)]
    return all(settings.rule_enabled(c) for c in named)


# --- inputs -------------------------------------------------------------------
def check_one(
    path: str, settings: Settings, stdin: bytes | None = None
) -> DocumentResult | InputFailure:
    try:
        if path == "-":
            data = stdin or b""
            if len(data) > settings.max_file_size:
                raise too_big("-", len(data), settings.max_file_size)
            document = read_bytes("-", data, max_unpacked=settings.max_unpacked_size)
        else:
            document = read_path(path, settings.max_file_size, settings.max_unpacked_size)
        return analyse(document, settings)
    except InputError as exc:
        return InputFailure(exc.path, exc.reason)
    finally:
        resume_collection()


def check_paths(
    paths: Iterable[str],
    settings: Settings,
    stdin: bytes | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> RunResult:
    """Check every input; with ``jobs`` > 1 in worker processes, with the same output."""
    from clarity.discover import discover_inputs

    items = list(discover_inputs(paths, settings))
    if jobs > 1 or progress:
        from clarity.parallel import run_batch

        return run_batch(items, settings, stdin, jobs, progress)
    result = RunResult()
    for item in items:
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
