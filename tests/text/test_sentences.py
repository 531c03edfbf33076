"""The legal-text sentence splitter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from text_strategies import joined

from clarity.readers.markdown import read_markdown
from clarity.readers.plain import read_plain
from clarity.text.sentences import count_words, split_sentences

EN_ABBR = frozenset({"e.g", "i.e", "sec", "etc", "no", "art"})
FI_ABBR = frozenset({"esim", "ks", "mm", "ko", "em"})


def sentences(text: str, abbr=EN_ABBR, reader=read_plain) -> list[str]:
    doc = reader("x", text)
    return [doc.text[s.start : s.end] for s in split_sentences(doc, abbr) if not s.is_heading]


def test_numbered_clauses_and_abbreviations():
    got = sentences("1.2.3 We pay for floods, e.g. River Flooding. See Sec. 4 below. It ends here.")
    assert got == ["We pay for floods, e.g. River Flooding.", "See Sec. 4 below.", "It ends here."]


def test_finnish_abbreviations():
    got = sentences(
        "Korvaamme esim. vuotovahingot. Ks. kohta 4. Ko. vahinko ilmoitetaan heti.", FI_ABBR
    )
    assert got == [
        "Korvaamme esim. vuotovahingot.",
        "Ks. kohta 4.",
        "Ko. vahinko ilmoitetaan heti.",
    ]


def test_semicolon_chained_clauses_are_separate():
    got = sentences(
        "You must tell us at once; if you do not, we may refuse the claim; we will write to you."
    )
    assert len(got) == 3


def test_list_items_without_final_punctuation_are_sentences():
    text = "# Exclusions\n\nWe do not pay for:\n\n- wear and tear\n- damage by pets\n- war\n"
    got = sentences(text, reader=read_markdown)
    assert got == ["We do not pay for:", "wear and tear", "damage by pets", "war"]


def test_plain_text_list_markers_are_not_part_of_the_sentence():
    text = (
        "We will not pay for:\n(a) wear and tear\n(b) gradual deterioration\niv) war or terrorism\n"
    )
    assert sentences(text) == [
        "We will not pay for:",
        "wear and tear",
        "gradual deterioration",
        "war or terrorism",
    ]


def test_wrapped_lines_do_not_split_a_sentence():
    text = "If you make a claim you must\ntell us within thirty days\nof the loss. Then we act."
    assert sentences(text) == [
        "If you make a claim you must\ntell us within thirty days\nof the loss.",
        "Then we act.",
    ]


def test_initials_and_decimals():
    assert sentences("We asked J. Smith to pay 1.5 million. Done.") == [
        "We asked J. Smith to pay 1.5 million.",
        "Done.",
    ]


@pytest.mark.parametrize(
    ("text", "words"), [("We pay.", 2), ("It's a non-refundable fee of 1,000 EUR.", 7), ("", 0)]
)
def test_count_words(text, words):
    assert count_words(text) == words


@given(st.text(max_size=400))
def test_sentences_lie_inside_blocks_and_do_not_overlap(text):
    doc = read_plain("x", text)
    found = split_sentences(doc, EN_ABBR)
    last_end = -1
    for s in found:
        block = doc.blocks[s.block]
        assert block.start <= s.start < s.end <= block.end
        assert s.start >= last_end
        last_end = s.end


@given(
    st.lists(st.sampled_from([*"ab .(\n\t“'", "x" * 70]), max_size=40).map("".join),
    st.integers(min_value=0, max_value=3000),
)
def test_word_before_and_next_char_equal_the_whole_segment_scans(segment, at):
    from clarity.text.sentences import _WORD_BEFORE, _next_char, word_before

    end = at % (len(segment) + 1)
    whole = _WORD_BEFORE.search(segment, 0, end)
    assert word_before(segment, end) == (whole.group(1) if whole else "")
    assert _next_char(segment, end) == segment[end:].lstrip()[:1]


WORD_PIECES = ["word", "3,5", "e.g.", "U.S.", "don't", "x-y", "’", "-", ".", ",", "1", "_", "é"]


@settings(max_examples=300, deadline=None)
@given(
    joined(WORD_PIECES, ["", " ", "\n", "  ", "\t"], max_size=60),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_word_index_counts_as_count_words_on_the_slice(text, a, b):
    from clarity.text.sentences import WordIndex

    a, b = sorted((min(a, len(text)), min(b, len(text))))
    index = WordIndex(text)
    index.SHORT = 0  # the index path for every stretch, not only long ones
    index._read = len(text)
    assert index.count(a, b) == count_words(text[a:b])


def test_word_index_reads_long_stretches_from_its_list():
    from clarity.text.sentences import WordIndex

    text = "We pay the claim. " * 2_000
    index = WordIndex(text)
    assert index.count(3, len(text) - 2) == count_words(text[3:-2]) == 7_999
    assert index._starts is None  # the first long stretch is read: no list yet
    assert index.count(0, len(text) - 2) == count_words(text[:-2]) == 8_000
    assert index._starts is not None  # past the length of the text: the list is made
