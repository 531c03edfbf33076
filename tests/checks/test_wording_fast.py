"""WordingCheck's shortcuts equal the per-sentence scans they replace."""

from __future__ import annotations

import re
import sys
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from clarity.checks.style.wording import _WORD, _sentences_holding
from clarity.text.literalscan import UNSAFE_CHARS

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


_PIECES = ["make a payment", "Make", "pay", "provide notice", "x", " ", ".", "\n", "ment", "a"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.lists(st.integers(0, 200), max_size=12),
)
def test_sentences_holding_equals_substring_test_per_sentence(text, cuts) -> None:
    bounds = sorted({c for c in cuts if c <= len(text)})
    sentences = [
        SimpleNamespace(start=lo, end=hi)
        for lo, hi in zip(bounds[::2], bounds[1::2], strict=False)
        if hi > lo
    ]
    ctx = SimpleNamespace(sentences=sentences, _sentence_starts=[s.start for s in sentences])
    lowered = text.lower()
    pairs = tuple((re.compile(w), w, w) for w in ("make", "pay", "a payment", "ment", "xx"))
    got = _sentences_holding(ctx, lowered, pairs)  # type: ignore[arg-type]
    want = {
        i: tuple(p for p in pairs if p[2] in lowered[s.start : s.end])
        for i, s in enumerate(sentences)
    }
    assert got == {i: held for i, held in want.items() if held}
    assert _WORD.findall(lowered) == [w.lower() for w in _WORD.findall(text)]
