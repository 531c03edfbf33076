"""The pipeline: Document -> language/profile -> tokens and sentences -> checks -> result.

This is the only place that knows the order of the stages. Checks see an
``Analysed`` context; locations are filled in once, after filtering, so no
check ever converts offsets to lines itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks import Analysed, all_checks
from clarity.checks.readability.document_metrics import metrics_with_scores
from clarity.core.document import Document, Location
from clarity.core.errors import InputError
from clarity.core.findings import SORT_KEY, DocumentResult, Finding, Hit, InputFailure
from clarity.core.rulemeta import Severity
from clarity.core.settings import Settings
from clarity.readers import read_bytes, read_path, too_big
from clarity.rules.catalogue import opt_in_codes, rule_codes
from clarity.rules.packs import RuleSet, load_rulesets
from clarity.run.baseline import Fingerprinter, context_spans
from clarity.run.gcpolicy import resume_collection
from clarity.run.grouping import group_repeats
from clarity.run.suppressions import (
    UNUSED_CODE,
    Directive,
    apply_directives,
    settings_for_path,
    unused_hits,
)
from clarity.text.genre import detect_genre
from clarity.text.language import detect_language, detect_profile
from clarity.text.nlp import get_nlp
from clarity.text.sentences import split_sentences


def rulesets_for(settings: Settings) -> dict[str, RuleSet]:
    return load_rulesets(tuple(settings.rules))


def analyse(document: Document, settings: Settings) -> DocumentResult:
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
        mismatch = forced_language_mismatch(document.text, rulesets, language)
        if mismatch:
            notes.append(mismatch)
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
    genre_detected = settings.genre == "auto"
    if genre_detected:
        guess_genre = detect_genre(document.text, ruleset, ctx.profile, ctx.word_count)
        ctx.genre = guess_genre.genre
    else:
        ctx.genre = settings.genre

    hits: list[Hit] = []
    for check in all_checks():
        if check.applies(ctx):
            hits.extend(check.run(ctx))
    findings, modes = _finalise(hits, ctx)
    findings = _after_finalise(findings, ctx, directives)
    # Sections' counts and scores see every place; the report says each problem once.
    metrics, score = metrics_with_scores(ctx, findings)
    findings = group_repeats(findings, modes)
    result = DocumentResult(
        path=document.path,
        language=language,
        profile=ctx.profile,
        genre=ctx.genre,
        format=document.format,
        word_count=ctx.word_count,
        sentence_count=sum(1 for s in sentences if not s.is_heading),
        findings=findings,
        metrics=metrics,
        notes=notes,
        language_detected=language_detected,
        profile_detected=profile_detected,
        genre_detected=genre_detected,
        text=document.text,
        outline=tuple((b.start, b.end, b.level) for b in document.headings),
        pages=page_starts(document),
    )
    result.extra.update(ctx.output_sections())
    result.extra["score"] = score
    return result


def page_starts(document: Document) -> tuple[tuple[int, int], ...]:
    """(offset, page) of the first block of each page, in text order."""
    out: list[tuple[int, int]] = []
    for block in sorted(document.blocks, key=lambda b: b.start):
        if block.page is not None and (not out or block.page != out[-1][1]):
            out.append((block.start, block.page))
    return tuple(out)


def _finalise(hits: Iterable[Hit], ctx: Analysed) -> tuple[list[Finding], dict[str, str]]:
    """Apply select/ignore, suppressions and severity overrides; build one Finding per
    kept hit, with its location and fingerprint; sort. Also the grouping mode of each
    code that has one (``RuleMeta.group``, for clarity/run/grouping.py).

    Settings are asked once per code: thousands of hits share a few dozen codes. A hit
    of a rule that does not apply to the document's profile or genre is dropped here too,
    so a check with several rules need not ask for each.
    """
    settings = ctx.settings
    document = ctx.document
    enabled: dict[str, bool] = {}
    severities: dict[tuple[str, Severity], Severity] = {}
    suppressed = document.is_suppressed if document.suppressions else None
    kept: list[tuple[Hit, Severity]] = []
    for hit in hits:
        code = hit.rule.code
        on = enabled.get(code)
        if on is None:
            rule = hit.rule
            on = enabled[code] = settings.rule_enabled(
                code, rule.on_by_default(ctx.genre)
            ) and rule.runs_on(ctx.profile, ctx.genre)
        if not on or (suppressed is not None and suppressed(code, hit.start)):
            continue
        severity = severities.get((code, hit.severity))
        if severity is None:
            severity = severities[code, hit.severity] = settings.severity_for(code, hit.severity)
        kept.append((hit, severity))
    spans = [(hit.start, hit.end) for hit, _ in kept]
    places = [_place(document.locate(start, end)) for start, end in spans]
    contexts = context_spans(ctx, spans)
    fingerprint = Fingerprinter(ctx)
    out: dict[tuple[str, int, int, str], Finding] = {}
    for (hit, severity), place, context in zip(kept, places, contexts, strict=True):
        key = (hit.rule.code, hit.start, hit.end, hit.message)
        out[key] = Finding.of(hit, severity, place, fingerprint(hit, context))
    modes = {hit.rule.code: hit.rule.group for hit, _ in kept if hit.rule.group}
    return sorted(out.values(), key=SORT_KEY), modes


def _place(location: Location) -> tuple[int, int, int, int, int | None, int | None]:
    return (
        location.line,
        location.column,
        location.end_line,
        location.end_column,
        location.page,
        location.paragraph,
    )


def _after_finalise(
    findings: list[Finding], ctx: Analysed, directives: list[Directive]
) -> list[Finding]:
    """Unused-suppression findings (C101, with their fingerprints) when asked for."""
    settings = ctx.settings
    # Asking for the report selects C101: only --ignore turns it off.
    if settings.report_unused_suppressions and not settings.rule_ignored(UNUSED_CODE):
        judged = [d for d in directives if _all_enabled(d.code, settings)]
        fingerprint = Fingerprinter(ctx)
        unused = []
        for hit in unused_hits(ctx.document, judged):
            where = ctx.document.locate(hit.start, hit.end)
            place = (where.line, where.column, where.end_line, where.end_column, None, None)
            unused.append(Finding.of(hit, hit.severity, place, fingerprint(hit)))
        findings = sorted(findings + unused, key=SORT_KEY)
    return findings


def _all_enabled(code: str, settings: Settings) -> bool:
    """Did every rule that a directive for ``code`` (a code, a prefix or "all") names
    run? Only then can it be said to have silenced nothing: under ``--select S101`` a
    ``disable=J110`` is not judged. Opt-in rules that nobody selected are left out of
    "all" and of a prefix (they never run), but a directive naming only such rules is
    not judged either."""
    codes = rule_codes(tuple(settings.rules))
    off = opt_in_codes(tuple(settings.rules))
    named = codes if code == "all" else [c for c in codes if c.startswith(code)]
    if not named:
        return True
    considered = [c for c in named if c not in off or settings.rule_enabled(c, False)]
    return bool(considered) and all(settings.rule_enabled(c, c not in off) for c in considered)


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
    except Exception as exc:  # one file's fault must not stop the run
        # A bug clarity meets on one document is that document's error: the other
        # files are still checked and the run exits 2, as for a file it cannot read.
        return InputFailure(path, f"internal error while checking this file ({_name(exc)})")
    finally:
        resume_collection()


def _name(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


FORCED_LANGUAGE_SHARE = 0.2
"""A forced language this small a share of the text's words is worth a note."""


def forced_language_mismatch(text: str, rulesets: dict[str, RuleSet], forced: str) -> str:
    """A note when ``--lang`` names a language the text is mostly not in (rules for one
    language on a text in another find little and score nonsense); "" otherwise."""
    guess = detect_language(text, rulesets)
    if not any(guess.shares.values()) or guess.language == forced:
        return ""
    if guess.shares.get(forced, 0.0) > FORCED_LANGUAGE_SHARE:
        return ""
    return (
        f"checked as {forced} (set by --lang or config), but the text reads as {guess.language} "
        f"({guess.shares[guess.language]:.0%} of words)"
    )


def warm_up(language: str) -> None:
    """Build the pipeline ahead of time (used by benchmarks and worker processes)."""
    get_nlp(language)
