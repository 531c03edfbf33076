"""What kind of credit an agreement is, where that decides which key facts apply.

A charge card is paid in full each period and charges no interest: it has no APR,
no total amount payable over a term and nothing to repay early, and asking it for
them is noise. Each product trait (rules/<lang>/loans.yml, ``products``) names the
words that state it and the key facts it makes meaningless. A trait holds only when
one sentence states it without a condition: "If you pay in full each month we do not
charge interest" is a credit card's offer, not a charge card's rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clarity.checks.exclusions.lexicon import CompiledLexicon, compile_any
from clarity.text.sentences import Sentence


@dataclass(frozen=True)
class ProductTrait:
    name: str
    """The trait's name in the pack (e.g. "no-interest")."""
    line_offset: int
    """Where the sentence that states it starts (a text offset)."""
    not_applicable: tuple[str, ...]
    """Key facts (topic names) the trait makes meaningless."""


def product_traits(
    lex: CompiledLexicon, text: str, sentences: Sequence[Sentence]
) -> tuple[ProductTrait, ...]:
    """The traits the agreement states unconditionally, in the pack's order."""
    conditions = compile_any(lex.raw.get("product_conditions") or [])
    found: list[ProductTrait] = []
    for name, spec in (lex.raw.get("products") or {}).items():
        says = compile_any((spec or {}).get("says") or [])
        if says is None:
            continue
        for sentence in sentences:
            piece = text[sentence.start : sentence.end]
            if says.search(piece) and not (conditions and conditions.search(piece)):
                facts = tuple(str(f) for f in spec.get("not_applicable") or [])
                found.append(ProductTrait(str(name), sentence.start, facts))
                break
    return tuple(found)
