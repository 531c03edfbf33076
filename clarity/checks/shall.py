""" "shall": the word plain-language guides drop first, because it hides whether
something is a duty, a promise, a right or a plain fact. The reading of each "shall"
(and so the suggestion, or none) is in ``shall_reading``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from clarity.checks.base import Analysed, Check
from clarity.checks.shall_reading import FACT, UNSURE, ShallWords, Word, read_shall
from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity
from clarity.rules.packs import builtin_rule
from clarity.text.excerpts import Widener

if TYPE_CHECKING:
    from spacy.tokens import Token

_FOLLOWING = 7
"""Tokens after "shall" that decide the suggestion (spaces count, then are skipped)."""
_PRECEDING = 8
"""Whitespace-separated chunks before "shall" read for its subject."""
_SHALL = re.compile(r"(?<![\w-])shall(?![\w-])", re.IGNORECASE)

SHALL = builtin_rule("S101")

UNSURE_MESSAGE = (
    '"{word}" is ambiguous: write "must" for a duty, "will" for what will happen, '
    'or the present tense for a fact ("applies", "is")'
)


class ShallCheck(Check):
    rules = (SHALL,)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ShallWords.of(ctx.ruleset.lexicon("shall"))
        block_at = ctx.document.block_at
        found = [m for m in _SHALL.finditer(ctx.text) if block_at(m.start()) is not None]
        if not found:
            return
        # Tokens for each "shall" and the words around it, not for the whole text.
        widener = Widener(ctx.text)
        spans = (widener.widen(m.start(), m.end(), _PRECEDING, _FOLLOWING + 1) for m in found)
        excerpts = ctx.excerpts(spans)
        doc = excerpts.doc
        starts = excerpts.token_starts
        for match in found:
            lo, hi = excerpts.tokens_between(match.start(), match.end())
            if hi <= lo:
                continue
            token = doc[lo]
            sentence = ctx.sentence_at(match.start())
            first = sentence.start if sentence is not None else 0
            window = range(max(lo - 3 * _PRECEDING, 0), lo)
            before = [_word(doc[i]) for i in window if starts[i] >= first and not doc[i].is_space]
            whole = not window or starts[window.start] <= first
            after = [_word(t) for t in doc[lo + 1 : lo + 1 + _FOLLOWING] if not t.is_space]
            words_after = [w for w in after if w.alpha or w.lower == "not"]
            reading = read_shall(before, words_after, lex, whole)
            start = starts[lo]
            if reading.kind == UNSURE:
                yield ctx.finding(
                    SHALL,
                    start,
                    start + len(token.text),
                    message=UNSURE_MESSAGE.format(word=token.text),
                    severity=Severity.INFO,
                    data={"reading": reading.kind},
                )
                continue
            end = start + len(token.text)
            if reading.kind == FACT:
                words = [t for t in doc[lo : lo + 1 + _FOLLOWING] if not t.is_space]
                last = words[reading.words - 1]
                end = starts[last.i] + len(last.text)
                replaced = " ".join(ctx.text[start:end].split())
                message = f'"{replaced}" states a fact here, not a duty; write "{reading.plain}"'
            else:
                message = f'"{token.text}" is ambiguous here; write "{reading.plain}"'
            yield ctx.finding(
                SHALL,
                start,
                end,
                message=message,
                suggestion=f'use "{reading.plain}"',
                data={"plain": reading.plain, "reading": reading.kind},
            )


def _word(token: Token) -> Word:
    letters = token.text.replace("'", "").replace("\u2019", "")
    return Word(token.lower_, token.lemma_.lower() or token.lower_, letters.isalpha())
