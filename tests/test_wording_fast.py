"""WordingCheck reads the words of a casefold-safe text from its lowercased text."""

from __future__ import annotations

import re
import sys

from clarity.text.matching import UNSAFE_CHARS

_LETTER = re.compile(r"[^\W\d_]")


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
