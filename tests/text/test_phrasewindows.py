"""Lemma phrases matched in windows find exactly what matching the whole text finds
(``clarity.text.matching.PhraseWindows``), while tokenizing a small part of the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from text_strategies import joined

from clarity.checks.jargon import PackRulesCheck
from clarity.rules.packs import load_rulesets
from clarity.text.excerpts import merge, tokenize_excerpts
from clarity.text.matching import PhraseWindows
from clarity.text.nlp import get_nlp, lemma_table

NLP = get_nlp("en")
MATCHER, WINDOWS = PackRulesCheck()._phrase_matcher(load_rulesets()["en"])
PHRASE_WORDS = sorted(
    {t.text for rule in load_rulesets()["en"].rules for p in rule.lemma for t in NLP(p)}
)
EXTRA = [
    "events", "agreed", "Upon", "UPON", "aggregated.", "can't", "cannot", "Cannot", "won't",
    "(upon", "upon,", "prior-to", "event.", "“event”", "x", "we", "pay", "10km", "—",
]  # fmt: skip
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u2003", "\u3000", "\r\n", "\x0b"]

texts = joined(PHRASE_WORDS + EXTRA, SPACES, max_size=60)


def whole_text_matches(text: str) -> set[tuple[int, int, int]]:
    doc = NLP(text)
    return {
        (key, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)) for key, lo, hi in MATCHER(doc)
    }


def windowed_matches(text: str) -> set[tuple[int, int, int]]:
    where = WINDOWS.windows(text, text.lower())
    excerpts = tokenize_excerpts(NLP, text, [(0, len(text))] if where is None else where)
    return {(key, *excerpts.char_span(lo, hi)) for key, lo, hi in MATCHER(excerpts.doc)}


@settings(max_examples=300, deadline=None)
@given(texts)
def test_windows_find_every_match_of_the_whole_text(text):
    assert windowed_matches(text) == whole_text_matches(text)


def test_windows_find_every_match_in_the_corpus(corpus):
    from clarity.readers import read_path

    checked = 0
    for path in sorted((corpus / "en").rglob("*")):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        text = read_path(path).text
        assert windowed_matches(text) == whole_text_matches(text), path.name
        checked += 1
    assert checked >= 5


def test_a_long_text_with_one_phrase_is_mostly_not_tokenized():
    filler = "The cover starts on the date shown in your schedule and lasts one year. " * 200
    text = filler + "We pay in the event of a fire. " + filler
    spans = merge(WINDOWS.windows(text, text.lower()) or [])
    assert sum(end - start for start, end in spans) < len(text) / 50
    assert any(text[start:end].find("in the event of") >= 0 for start, end in spans)


def test_text_that_lowercases_differently_is_tokenized_whole():
    text = "İ in the event of a fire"  # "İ".lower() is two characters
    assert WINDOWS.windows(text, text.lower()) is None
    assert windowed_matches(text) == whole_text_matches(text) != set()


def test_a_phrase_without_letters_makes_every_text_a_window():
    windows = PhraseWindows(NLP, [NLP("in the event of"), NLP("--")], lemma_table("en"))
    assert not windows.complete
    assert windows.windows("no phrase here", "no phrase here") is None


def test_special_cases_trigger_the_pieces_they_hold():
    windows = PhraseWindows(NLP, [NLP("ca")], {"ca": "ca"})  # "can't" is "ca" + "n't"
    assert windows.windows("we can't", "we can't")


@pytest.mark.parametrize("word", ["events", "EVENT", "Event"])
def test_any_form_of_the_anchor_opens_a_window(word):
    text = f"in the {word} of a fire"
    assert WINDOWS.windows(text, text.lower())
    assert windowed_matches(text) == whole_text_matches(text) != set()


def matches_both_ways(phrases: list[str], text: str) -> tuple[set, set]:
    """(windowed, whole-text) matches of a matcher built from ``phrases``."""
    from spacy.matcher import PhraseMatcher

    docs = [NLP(phrase) for phrase in phrases]
    matcher = PhraseMatcher(NLP.vocab, attr="LEMMA")
    matcher.add("X", docs)
    windows = PhraseWindows(NLP, docs, lemma_table("en"))
    where = windows.windows(text, text.lower())
    excerpts = tokenize_excerpts(NLP, text, [(0, len(text))] if where is None else where)
    windowed = {excerpts.char_span(lo, hi) for _, lo, hi in matcher(excerpts.doc)}
    whole = NLP(text)
    found = {
        (whole[lo].idx, whole[hi - 1].idx + len(whole[hi - 1].text)) for _, lo, hi in matcher(whole)
    }
    return windowed, found


@pytest.mark.parametrize("text", ["We won't pay.", "It isn't covered.", "You can't claim."])
@pytest.mark.parametrize("phrase", ["not", "is not", "will not pay"])
def test_a_contraction_opens_the_window_of_the_word_it_holds(phrase, text):
    """ "n't" is looked up by its letter run "n", which no text run equals: the
    special cases holding it ("won't", "isn't") must trigger the phrase."""
    windowed, whole = matches_both_ways([phrase], text)
    assert windowed == whole
    if phrase == "not":
        assert whole


@pytest.mark.parametrize("phrase", ["prior to\n", " prior to", "prior to \n\n"])
@pytest.mark.parametrize("text", ["Tell us prior to\n", "prior to\nthe trip", "prior to"])
def test_phrases_with_whitespace_at_an_edge_match_as_on_the_whole_text(phrase, text):
    windowed, whole = matches_both_ways([phrase, "in the event of"], text)
    assert windowed == whole
