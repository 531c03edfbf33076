"""The parties' words read without the quotes some forms set around them.

US advisory forms (AAIS's, and the insurers that file them) print every defined term in
quotes, the parties too: '"We" do not pay for a loss if:', 'an "insured" has not
complied'. A reader reads "we do not pay"; so does the exclusion analysis, which reads
the document with the quote marks around a party's word (``quoted_parties``) blanked.
The marks become spaces, so every offset holds: each clause's text is taken from the
document as it stands; its topic and its lead-in heading are read without the quotes."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.core.document import Document

_QUOTES = '"“”'


@lru_cache(maxsize=4)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The quoted words, compiled once per rule pack (not once per document)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[{_QUOTES}](?:{alternatives})[{_QUOTES}]", re.IGNORECASE)


def without_party_quotes(document: Document, lex: CompiledLexicon) -> Document:
    """``document`` with the quotes around the parties' words blanked (the same object
    when it has none)."""
    words = tuple(str(w) for w in lex.raw.get("quoted_parties") or ())
    if not words or not any(q in document.text for q in _QUOTES):
        return document
    pattern = _pattern(words)
    text = pattern.sub(lambda m: " " + m.group(0)[1:-1] + " ", document.text)
    return document if text == document.text else replace(document, text=text)
