"""Long sentences: the most reliable single predictor of a hard text.

Three bands (rules/<lang>/language.yml, sentence_length; settings thresholds
sentence-info, sentence-warning, sentence-error): a sentence over the info threshold is
past the plain-language target (English 25 words) and reported as info; over the warning
threshold (English 30) it is clearly long, a warning; over the error threshold (40), an
error. Sentences of 26 to 30 words are common in careful legal English and an editor
often leaves them, so at the default severity only the clearly long ones are warnings.
"""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.checks.readability.document_metrics import sentence_limits
from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity
from clarity.rules.packs import builtin_rule

LONG_SENTENCE = builtin_rule("L101")


class LongSentenceCheck(Check):
    rules = (LONG_SENTENCE,)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        info, warn, error = sentence_limits(ctx)
        target = min(info, warn)
        for sentence, words in zip(ctx.sentences, ctx.sentence_words, strict=True):
            if sentence.is_heading or words <= target:
                continue
            if words > error:
                severity, limit = Severity.ERROR, error
            elif words > warn:
                severity, limit = Severity.WARNING, warn
            else:
                severity, limit = Severity.INFO, info
            yield ctx.finding(
                LONG_SENTENCE,
                sentence.start,
                sentence.end,
                message=f"sentence has {words} words (limit {limit})",
                suggestion=f"split it into sentences of at most {target} words",
                severity=severity,
                data={"words": words},
            )
