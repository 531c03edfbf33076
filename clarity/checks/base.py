"""What every check is: rule metadata plus ``run(analysed) -> findings``.

A check gets an ``Analysed`` document (text, structure, sentences, settings and
its language's rule set, tokens on demand) and yields findings. It never reads
files and never formats output; what several checks need is computed once.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from clarity.config import Settings
from clarity.document import Document
from clarity.findings import Finding
from clarity.packs import RuleSet
from clarity.rulemeta import RuleMeta, Severity
from clarity.sentences import Sentence, count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from clarity.excerpts import Excerpts


@dataclass
class Analysed:
    document: Document
    language: str
    profile: str
    settings: Settings
    ruleset: RuleSet
    sentences: list[Sentence]
    shared: dict[str, Any] = field(default_factory=dict)
    """Results one check computes for others (e.g. detected exclusions), by name."""

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def sentence_words(self) -> list[int]:
        text = self.document.text
        return [count_words(text[s.start : s.end]) for s in self.sentences]

    @cached_property
    def word_count(self) -> int:
        return sum(
            n for n, s in zip(self.sentence_words, self.sentences, strict=True) if not s.is_heading
        )

    @cached_property
    def doc(self) -> Doc:
        """Tokens of the whole text. The shipped checks tokenize only the parts
        they need (``excerpts``); this is for a check that needs every token."""
        from clarity.nlp import get_nlp, tokenizable

        return get_nlp(self.language)(tokenizable(self.document.text))

    def excerpts(self, spans: Iterable[tuple[int, int]]) -> Excerpts:
        """Tokens of the given spans of the text; spans must come from ``Widener``."""
        from clarity.excerpts import tokenize_excerpts
        from clarity.nlp import get_nlp

        return tokenize_excerpts(get_nlp(self.language), self.document.text, spans)

    @cached_property
    def opening_span(self) -> tuple[int, int]:
        """Where a finding about the whole document points: the first line of its first block.

        Offset 0 may be blanked markup (front matter), so it is never used directly.
        """
        text = self.document.text
        if not self.document.blocks:
            return 0, min(len(text), max(text.find("\n"), 1) if "\n" in text else len(text))
        block = self.document.blocks[0]
        line_end = text.find("\n", block.start, block.end)
        return block.start, line_end if line_end > block.start else block.end

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        starts = self._sentence_starts
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and self.sentences[index].start <= offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def finding(
        self,
        rule: RuleMeta,
        start: int,
        end: int,
        message: str,
        suggestion: str = "",
        severity: Severity | None = None,
        evidence: Sequence[str] = (),
        data: dict[str, Any] | None = None,
    ) -> Finding:
        return Finding.fast(
            code=rule.code,
            name=rule.name,
            severity=severity or rule.severity,
            category=rule.category,
            message=message,
            start=start,
            end=end,
            text=self.document.text[start:end],
            suggestion=suggestion,
            evidence=tuple(evidence),
            data=data or {},
        )


class Check:
    """Base class. Subclasses set ``rules`` (or override ``rule_metas``) and ``run``."""

    rules: ClassVar[tuple[RuleMeta, ...]] = ()
    order: ClassVar[int] = 100
    """Checks run in ascending order; a check that shares results runs first."""

    def rule_metas(self, rulesets: dict[str, RuleSet]) -> Sequence[RuleMeta]:
        return self.rules

    def applies(self, ctx: Analysed) -> bool:
        metas = self.rule_metas({ctx.language: ctx.ruleset})
        return any(
            ctx.language in m.languages
            and (not m.profiles or ctx.profile in m.profiles)
            and ctx.settings.rule_enabled(m.code)
            for m in metas
        )

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        raise NotImplementedError
