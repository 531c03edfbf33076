"""Long sentences: the most reliable single predictor of a hard text."""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.core.rulemeta import RuleMeta, Severity

LONG_SENTENCE = RuleMeta(
    code="L101",
    name="long-sentence",
    severity=Severity.WARNING,
    category="sentence",
    summary="Sentence is too long to read in one go; split it.",
    description=(
        "A warning above the warning threshold (English 25 words, Finnish 18), an error above "
        "the error threshold (English 40, Finnish 28). Set them with "
        "[tool.clarity.thresholds] sentence-warning / sentence-error (per language under "
        "thresholds.en / thresholds.fi). Headings are not sentences; a list item is a "
        "sentence of its own; a semicolon ends a clause."
    ),
    plain=("one idea per sentence",),
    fail_examples=(
        "If you make a claim under this policy you must tell us as soon as you reasonably can "
        "and in any event within thirty days and you must send us every document, receipt and "
        "report that we ask for at your own cost.",
    ),
    pass_examples=("You must tell us about a claim within 30 days.",),
    origin=__name__,
)


class LongSentenceCheck(Check):
    rules = (LONG_SENTENCE,)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        defaults = ctx.ruleset.lexicon("language").get("sentence_length", {})
        settings = ctx.settings
        warn = settings.threshold(ctx.language, "sentence-warning", defaults.get("warning", 25))
        error = settings.threshold(ctx.language, "sentence-error", defaults.get("error", 40))
        for sentence, words in zip(ctx.sentences, ctx.sentence_words, strict=True):
            if sentence.is_heading or words <= warn:
                continue
            severity = Severity.ERROR if words > error else Severity.WARNING
            limit = error if words > error else warn
            yield ctx.finding(
                LONG_SENTENCE,
                sentence.start,
                sentence.end,
                message=f"sentence has {words} words (limit {limit})",
                suggestion=f"split it into sentences of at most {warn} words",
                severity=severity,
                data={"words": words},
            )
