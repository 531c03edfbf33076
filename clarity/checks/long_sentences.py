"""Long sentences: the most reliable single predictor of a hard text."""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity
from clarity.rules.packs import builtin_rule

LONG_SENTENCE = builtin_rule("L101")


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
