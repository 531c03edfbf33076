"""The pipeline computes only the word attributes the checks read, and those as spaCy does."""

from __future__ import annotations

from functools import cache

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDS

from clarity.text.nlp import LEXICAL_ATTRIBUTES, get_nlp, lemma_table

WORDS = st.sampled_from(
    [
        "Shall",
        "not",
        "insured's",
        "co-operate",
        "\n",
        "  ",
        "(a)",
        "£500",
        "—",
        "e.g.",
        "Don't",
        "vakuutuksenottajan",
        "ÄÄNI",
        "indemnified",
        "http://x.fi",
        "…",
        "1.2.3",
        "hereinafter",
    ]
)


@cache
def _full(lang: str):
    return spacy.blank(lang)


def test_only_the_read_attributes_are_computed():
    for lang in ("en", "fi"):
        getters = get_nlp(lang).vocab.lex_attr_getters
        assert set(getters) == {IDS[name] for name in LEXICAL_ATTRIBUTES}


@given(st.lists(WORDS | st.text(max_size=6), max_size=12).map(" ".join))
@settings(max_examples=150, deadline=None)
def test_tokens_read_by_checks_equal_a_full_blank_pipeline(text):
    for lang in ("en", "fi"):
        ours = get_nlp(lang)(text)
        full = _full(lang)(text)
        table = lemma_table(lang)
        assert [t.text for t in ours] == [t.text for t in full]
        assert [t.lower_ for t in ours] == [t.lower_ for t in full]
        assert [t.is_space for t in ours] == [t.is_space for t in full]
        assert [t.is_punct for t in ours] == [t.is_punct for t in full]
        assert [t.lemma_ for t in ours] == [table.get(t.lower_, t.lower_) for t in full]
