"""Tokens of widened stretches are the tokens the whole text has there (clarity/text/excerpts.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from text_strategies import joined

from clarity.text.excerpts import Widener, merge, tokenize_excerpts
from clarity.text.nlp import get_nlp

PIECES = [
    "We", "shall", "not", "pay", "can't", "cannot", "(upon", "event,", "U.S.", "e-mail",
    "10km", "$5", "“quoted”", "it's", "etc.", "a/b", "—", "...", "x", "Prior",
]  # fmt: skip
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\t", " \n "]

texts = joined(PIECES, SPACES, max_size=40)


def whole_tokens(text: str) -> list[tuple[int, str]]:
    return [(t.idx, t.text) for t in get_nlp("en")(text) if not t.is_space]


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 3), st.integers(0, 3))))
def test_stretches_get_the_tokens_of_the_whole_text(text, picks):
    widener = Widener(text)
    spans = [widener.widen(min(p, len(text)), min(p, len(text)), b, a) for p, b, a in picks]
    excerpts = tokenize_excerpts(get_nlp("en"), text, spans)
    inside = [(s, e) for s, e in merge(spans) if e > s]
    expected = [
        (idx, word) for idx, word in whole_tokens(text) if any(s <= idx < e for s, e in inside)
    ]
    starts = excerpts.token_starts
    got = [(starts[t.i], t.text) for t in excerpts.doc if not t.is_space]
    assert got == expected
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(0, 400), st.integers(0, 4), st.integers(0, 4))
def test_widen_stops_at_chunk_edges_and_counts_chunks(text, point, before, after):
    point = min(point, len(text))
    start, end = Widener(text).widen(point, point, before, after)
    assert 0 <= start <= point <= end <= len(text)
    # never inside a chunk: a cut chunk would be tokenized differently
    assert start in (0, len(text)) or text[start - 1].isspace() or text[start].isspace()
    assert end in (0, len(text)) or text[end].isspace() or text[end - 1].isspace()
    assert len(text[start:point].split()) <= before + 1
    assert len(text[point:end].split()) <= after + 1


def test_widen_counts_whole_chunks():
    text = "one two  three\nfour five"
    widener = Widener(text)
    at_three = text.index("three") + 2
    assert text[slice(*widener.widen(at_three, at_three, 0, 0))] == "three"
    assert text[slice(*widener.widen(at_three, at_three, 1, 1))] == "two  three\nfour"
    assert text[slice(*widener.widen(at_three, at_three, 9, 9))] == text


def test_char_span_and_tokens_between_map_back_to_the_text():
    text = "Alpha beta gamma delta epsilon zeta eta theta"
    widener = Widener(text)
    spans = [widener.widen(text.index("beta"), text.index("beta") + 4, 0, 0)]
    eta = text.index(" eta ") + 1
    spans.append(widener.widen(eta, eta + 3, 0, 1))
    excerpts = tokenize_excerpts(get_nlp("en"), text, spans)
    lo, hi = excerpts.tokens_between(eta, len(text))
    assert [t.text for t in excerpts.doc[lo:hi]] == ["eta", "theta"]
    start, end = excerpts.char_span(lo, hi)
    assert text[start:end] == "eta theta"
    assert "gamma" not in excerpts.doc.text


def test_merge_joins_overlapping_and_touching_spans():
    assert merge([(5, 9), (0, 3), (3, 4), (8, 12), (20, 20)]) == [(0, 4), (5, 12), (20, 20)]
