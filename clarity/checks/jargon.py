"""Substitution rules from the rule packs: jargon and legalese with plain alternatives.

The words live in rules/<lang>/*.yml. English phrases are matched on lookup
lemmas by one spaCy PhraseMatcher, so "indemnify" also finds "indemnified";
stems and regexes (Finnish, punctuation-bearing forms) run as compiled patterns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.core.rulemeta import RuleMeta
from clarity.rules.packs import PackRule, RuleSet
from clarity.text.matching import PhraseWindows, find_all, lowercase
from clarity.text.nlp import get_nlp, lemma_table


class PackRulesCheck(Check):
    def __init__(self) -> None:
        self._matchers: dict[int, object] = {}

    def rule_metas(self, rulesets: dict[str, RuleSet]) -> Sequence[RuleMeta]:
        return [rule.meta for ruleset in rulesets.values() for rule in ruleset.rules]

    def _phrase_matcher(self, ruleset: RuleSet) -> tuple[Any, PhraseWindows]:
        key = id(ruleset)
        if key not in self._matchers:
            nlp = get_nlp(ruleset.language)  # first: it imports spaCy (clarity.text.nlp)

            from spacy.matcher import PhraseMatcher

            matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
            phrases = []
            for rule in ruleset.rules:
                if rule.lemma:  # nlp() per phrase: a pipe() per rule costs 3x more
                    docs = [nlp(phrase) for phrase in rule.lemma]
                    matcher.add(rule.meta.code, docs)
                    phrases += docs
            windows = PhraseWindows(nlp, phrases, lemma_table(ruleset.language))
            self._matchers[key] = (matcher, windows)
        return self._matchers[key]

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        active: dict[str, PackRule] = {
            rule.meta.code: rule
            for rule in ctx.ruleset.rules
            if ctx.settings.rule_enabled(rule.meta.code, rule.meta.on_by_default(ctx.genre))
            and rule.meta.runs_on(ctx.profile, ctx.genre)
        }
        if not active:
            return
        text = ctx.text
        lowered = lowercase(text)
        spans: set[tuple[str, int, int]] = set()
        if any(rule.lemma for rule in active.values()):
            spans |= self._lemma_spans(ctx, active, lowered)
        spans |= _pattern_spans(active, text)
        block_at = ctx.document.block_at
        suggestions: dict[str, str] = {}  # one per rule, not one per finding
        for code, start, end in sorted(spans, key=lambda s: (s[1], s[2], s[0])):
            if block_at(start) is None:
                continue
            meta = active[code].meta
            suggestion = suggestions.get(code)
            if suggestion is None:
                suggestion = suggestions[code] = "use " + " or ".join(f'"{p}"' for p in meta.plain)
            matched = " ".join(text[start:end].split())
            yield ctx.finding(
                meta, start, end, message=f'"{matched}": {meta.summary}', suggestion=suggestion
            )

    def _lemma_spans(
        self, ctx: Analysed, active: dict[str, PackRule], lowered: str
    ) -> set[tuple[str, int, int]]:
        """(code, start, end) of every lemma-phrase match, tokenizing only the
        windows where a phrase can match (``PhraseWindows``)."""
        matcher, windows = self._phrase_matcher(ctx.ruleset)
        text = ctx.text
        where = windows.windows(text, lowered)
        excerpts = ctx.excerpts([(0, len(text))] if where is None else where)
        strings = excerpts.doc.vocab.strings
        spans = set()
        for match_id, lo, hi in matcher(excerpts.doc):
            code = strings[match_id]
            if code in active:
                spans.add((code, *excerpts.char_span(lo, hi)))
        return spans


def _pattern_spans(active: dict[str, PackRule], text: str) -> set[tuple[str, int, int]]:
    """(code, start, end) of every non-empty match of the active rules' patterns."""
    spans: set[tuple[str, int, int]] = set()
    for code, rule in active.items():
        for pattern in rule.patterns:
            for match in find_all(pattern, text):
                if match.end() > match.start():
                    spans.add((code, match.start(), match.end()))
    return spans
