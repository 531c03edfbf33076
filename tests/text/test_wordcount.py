"""Vectorised span word counts equal ``count_words`` of each slice."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from text_strategies import joined

from clarity.text import wordcount
from clarity.text.sentences import count_words
from clarity.text.wordcount import span_word_counts

WORDS = ["pay", "Ä", "x1", "1", "12", "3", "_", "a_b", "e.g", "𝔸", "٣", "²", "ǅ", "\ud800", "ſ"]
SEPARATORS = [" ", "-", "'", "’", ".", ",", "--", ", ", "\n", "_", "/", "", "(", "𝔸"]


def _spans(data: st.DataObject, size: int) -> list[tuple[int, int]]:
    offset = st.integers(0, size)
    pairs = st.lists(st.tuples(offset, offset).map(lambda p: (min(p), max(p))), max_size=20)
    return data.draw(pairs)


@settings(max_examples=300, deadline=None)
@given(joined(WORDS, SEPARATORS, 60), st.data())
def test_span_counts_equal_count_words_of_each_slice(text, data):
    spans = _spans(data, len(text))
    saved = wordcount.SHORT
    wordcount.SHORT = 0  # the vectorised path, however short the text
    try:
        got = span_word_counts(text, spans)
    finally:
        wordcount.SHORT = saved
    assert got == [count_words(text[a:b]) for a, b in spans]


@settings(max_examples=20, deadline=None)
@given(joined(WORDS, SEPARATORS, 40), st.data())
def test_a_long_text_takes_the_vectorised_path_with_the_same_counts(text, data):
    long_text = (text + " ") * (wordcount.SHORT // (len(text) + 1) + 1)
    spans = [*_spans(data, len(long_text)), (0, len(long_text))]
    assert span_word_counts(long_text, spans) == [count_words(long_text[a:b]) for a, b in spans]


def test_every_character_class_agrees_with_the_regex():
    """One character between two letters, and between two digits: joined or not, as the
    regex joins them, for every character of the Basic Multilingual Plane."""
    letters = "".join(f"a{chr(i)}a 1{chr(i)}1 " for i in range(0x10000))
    bounds = [(8 * i, 8 * i + 3) for i in range(0x10000)]
    bounds += [(8 * i + 4, 8 * i + 7) for i in range(0x10000)]
    got = span_word_counts(letters, bounds)
    assert got == [count_words(letters[a:b]) for a, b in bounds]
