""" "shall": the word plain-language guides drop first, because it hides whether
something is a duty, a promise or a prediction."""

from __future__ import annotations

import re
from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule
from clarity.text.excerpts import Widener

_FOLLOWING = 7
"""Tokens after "shall" that decide the suggestion (spaces count, then are skipped)."""
_SHALL = re.compile(r"(?<![\w-])shall(?![\w-])", re.IGNORECASE)

SHALL = builtin_rule("S101")


class ShallCheck(Check):
    rules = (SHALL,)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lexicon = ctx.ruleset.lexicon("shall")
        future = set(lexicon.get("future_verbs", []))
        permission = [tuple(p.split()) for p in lexicon.get("permission_phrases", [])]
        skip = set(lexicon.get("skip_words", []))
        block_at = ctx.document.block_at
        found = [m for m in _SHALL.finditer(ctx.text) if block_at(m.start()) is not None]
        if not found:
            return
        # Tokens for each "shall" and the words after it, not for the whole text.
        widener = Widener(ctx.text)
        excerpts = ctx.excerpts(widener.widen(m.start(), m.end(), 0, _FOLLOWING + 1) for m in found)
        doc = excerpts.doc
        starts = excerpts.token_starts
        for match in found:
            lo, hi = excerpts.tokens_between(match.start(), match.end())
            if hi <= lo:
                continue
            token = doc[lo]
            following = [t for t in doc[lo + 1 : lo + 1 + _FOLLOWING] if not t.is_space]
            negated = bool(following) and following[0].lower_ == "not"
            content = [t for t in following if t.lower_ not in skip and not t.is_punct]
            lemmas = tuple(t.lemma_ for t in content[:3])
            if any(lemmas[: len(p)] == p for p in permission):
                plain = "may not" if negated else "may"
            elif lemmas and lemmas[0] in future:
                plain = "will not" if negated else "will"
            else:
                plain = "must not" if negated else "must"
            yield ctx.finding(
                SHALL,
                starts[lo],
                starts[lo] + len(token.text),
                message=f'"{token.text}" is ambiguous here; write "{plain}"',
                suggestion=f'use "{plain}"',
                data={"plain": plain},
            )
