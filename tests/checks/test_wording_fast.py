"""WordingCheck reads the words of a casefold-safe text from its lowercased text, and
the exclusion scan looks for word starts (``(?<!\\w)``) in the lowercased text."""

from __future__ import annotations

import re
import sys

from clarity.text.matching import UNSAFE_CHARS

_LETTER = re.compile(r"[^\W\d_]")
_WORD_CHAR = re.compile(r"\w")


def test_lowercasing_keeps_letters_letters() -> None:
    """Why ``_WORD.findall(lowered)`` equals the lowered words of a casefold-safe text."""
    changed = [
        hex(i)
        for i in range(sys.maxunicode + 1)
        if (c := chr(i)) not in UNSAFE_CHARS
        and len(c.lower()) == 1
        and bool(_LETTER.fullmatch(c)) != bool(_LETTER.fullmatch(c.lower()))
    ]
    assert changed == []


def test_lowercasing_keeps_word_characters_word_characters() -> None:
    changed = [
        hex(i)
        for i in range(sys.maxunicode + 1)
        if (c := chr(i)) not in UNSAFE_CHARS
        and len(c.lower()) == 1
        and bool(_WORD_CHAR.fullmatch(c)) != bool(_WORD_CHAR.fullmatch(c.lower()))
    ]
    assert changed == []
