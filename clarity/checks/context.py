"""The check context: one document as every check sees it, and the analyses checks share.

A check gets an ``Analysed`` document (text, structure, sentences, settings and
its language's rule set, tokens on demand). What several checks need is a typed,
lazily computed attribute here, computed once per document by whichever check
asks first: ``exclusions`` (the X and W rules), ``readability`` (the R rules and
the score), ``statutory`` (R201 and the metrics), ``loan_key_facts`` (the K rules).
``output_sections`` gives the JSON sections of the analyses that ran.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from clarity.checks.exclusions.analysis import (
    ExclusionAnalysis,
    analyse_exclusions,
    exclusion_sections,
)
from clarity.checks.loans.key_facts import KeyFacts, find_key_facts
from clarity.checks.readability.document_metrics import Readability, measure_readability
from clarity.checks.readability.statutory_score import statutory_result
from clarity.core.document import Document
from clarity.core.findings import Hit
from clarity.core.rulemeta import RuleMeta, Severity
from clarity.core.settings import Settings
from clarity.rules.packs import RuleSet
from clarity.text.excerpts import tokenize_excerpts
from clarity.text.nlp import get_nlp, tokenizable
from clarity.text.sentences import Sentence, count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from clarity.text.excerpts import Excerpts


@dataclass
class Analysed:
    document: Document
    language: str
    profile: str
    settings: Settings
    ruleset: RuleSet
    sentences: list[Sentence]
    genre: str = "generic"
    """statute, consumer, business, loan or generic (clarity/text/genre.py)."""

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
        return get_nlp(self.language)(tokenizable(self.document.text))

    def excerpts(self, spans: Iterable[tuple[int, int]]) -> Excerpts:
        """Tokens of the given spans of the text; spans must come from ``Widener``."""
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
    ) -> Hit:
        """What a check yields for ``rule`` at ``start:end`` of the text; the pipeline
        makes it a Finding if the rule is selected and not suppressed there."""
        return Hit(
            rule,
            start,
            end,
            self.document.text[start:end],
            message,
            suggestion,
            severity or rule.severity,
            tuple(evidence),
            data or {},
        )

    # --- analyses shared between checks, each computed on first use ---------------
    @cached_property
    def exclusions(self) -> ExclusionAnalysis:
        """Exclusions with their burial evidence, and the up-front summary found."""
        return analyse_exclusions(self)

    def exclusion_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every exclusion of a document the exclusion rules (X, W) apply
        to, whether or not they are selected, so that a finding does not depend on which
        other rules run; none for other documents. When no exclusion rule asked for the
        analysis it is made here but not kept, and so adds no JSON section."""
        if "exclusions" in self.__dict__:
            analysis = self.exclusions
        elif any(
            meta.family in ("X", "W") and meta.runs_on(self.profile, self.genre)
            for meta in self.ruleset.check_rules.values()
        ):
            analysis = analyse_exclusions(self)
        else:
            return []
        return [(e.start, e.end) for e in analysis.exclusions]

    @cached_property
    def readability(self) -> Readability:
        """Readability metrics of the whole document and of each section."""
        return measure_readability(self)

    @cached_property
    def statutory(self) -> dict[str, Any] | None:
        """The statutory readability test's figures, or None without a jurisdiction."""
        return statutory_result(self)

    @cached_property
    def loan_key_facts(self) -> KeyFacts:
        """A loan's up-front key facts and its cost clauses."""
        return find_key_facts(self)

    def output_sections(self) -> dict[str, Any]:
        """The JSON sections of the shared analyses that ran, in a fixed order.

        An analysis no check asked for (its rules were not selected, or do not
        apply to the profile) adds nothing, as before it ran."""
        out: dict[str, Any] = {}
        if "exclusions" in self.__dict__:
            out.update(exclusion_sections(self, self.exclusions))
        if "loan_key_facts" in self.__dict__:
            out["loan_key_facts"] = self.loan_key_facts.to_dict()
        return out
