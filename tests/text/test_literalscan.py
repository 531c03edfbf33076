"""Jumping between literal occurrences finds exactly the matches finditer finds."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from text_strategies import joined

from clarity.rules.packs import load_rulesets
from clarity.text.literalscan import _UNSAFE, anchor_of, casefold_safe, find_all, lowercase, search

RULE_PATTERNS = [p for rs in load_rulesets().values() for r in rs.rules for p in r.patterns]
HAND_WRITTEN = [
    re.compile(p, f)
    for p, f in [
        (r"(?<!\w)provid\w*(?!\w)", re.I),
        (r"\bab?c(?:de)?cd", 0),
        (r"x?ab(?:c|cab)", re.I),
        (r"(?:aa|ab)b?aab", 0),
        (r"(?<=^)ab|(?<=\n)ab", 0),
        (r"(?:(?<=[,;:]\s)|(?<=^)|(?<=\n))ab\s+c", re.I),
        (r"a{0,3}bab", 0),
        (r"\b(?:ab|ba|abb)\s+a", re.I),
        (r"(?<!\w)ab(?!\w)|x?ba\w*|c{1,3}ab", re.I),
        (r"(?<!\w)sum\s+insured(?!\w)|(?<!\w)minimum\s+payment\w*(?!\w)", re.I),
    ]
]
SHORT = ["a", "b", "c", "ab", "ba", "cab", "aab", " ", "\n", ",", "x", "de", "A", "B", "Ä"]
RULE_WORDS = ["provided", "Provides", "e.g.", "the same", "repair", "is effected", "said policy"]
FINNISH = ["suoritti maksun", "mikäli", "hold", "harmless", "the insured", "etc."]
PIECES = st.sampled_from([*SHORT, *RULE_WORDS, *FINNISH, "ı", "ſ", "Σ"])


def test_anchors():
    assert anchor_of(r"(?<!\w)provid\w*(?!\w)", re.I).clauses[0].literals == ("provid",)
    assert anchor_of(r"\bThe (?:Company|Lender)", 0).clauses[0].literals == ("The ",)
    assert anchor_of(r"\b(?:be|is)\s+effected\b", re.I).clauses[0].literals == ("be", "is")
    assert anchor_of(r"\w*abc", 0) is None  # unbounded distance from the match start
    assert anchor_of(r"x?", 0) is None  # may match empty


@settings(max_examples=300)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_same_matches_as_finditer(text):
    lowered = text.lower()
    if not casefold_safe(text, lowered):
        assert any(c in text for c in "ıſΣ")
        return
    for pattern in RULE_PATTERNS + HAND_WRITTEN:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in find_all(pattern, text, lowered)] == expected, pattern.pattern
        first = search(pattern, text, lowered)
        assert (first.span() if first else None) == (expected[0] if expected else None)


def test_hand_written_cases():
    cases = {
        (r"x?abc", 0): "xabc abc xxabc",
        (r"a{0,3}bab", 0): "aaabab abab bab",
        (r"(?:aa|ab)b?aab", 0): "abaab aabaab abbaab",
        (r"\b(?:be|is)\s+effected\b", re.I): "this is effected, Be  effected; is effectedx",
        (r"(?<!\w)provid\w*(?!\w)", re.I): "Provided provides improvide provid",
        (r"ab|x?ba\w*|c{1,3}ab", re.I): "xbab cccab ab ba xxba cab",
    }
    for (source, flags), text in cases.items():
        pattern = re.compile(source, flags)
        expected = [m.span() for m in pattern.finditer(text)]
        assert expected, source
        assert [m.span() for m in find_all(pattern, text, text.lower())] == expected, source


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aSsſKkΣσİi ßﬁ.\n"), max_size=30))
def test_cached_lowercase_and_safety_answer_for_each_text(text):
    """The checks share one lowercasing and one safety scan per text; the caches
    must answer for the text asked about, not for an earlier one."""

    lowered = lowercase(text)
    assert lowered == text.lower()
    assert casefold_safe(text, lowered) == (
        len(lowered) == len(text) and _UNSAFE.search(text) is None
    )
    assert lowercase(text + "İ") == (text + "İ").lower()
    assert not casefold_safe(text + "İ", (text + "İ").lower())


PASSIVE_WORDS = ["is", "IS", "Is", "are", "be", "been", "being", "this", "was", "not", "also",
                 "paid", "reported", "covered", "by", "us", "amount", "ſ", "K", "İ", "x"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    joined(PASSIVE_WORDS, [" ", "  ", "\n", ". ", ""], max_size=30),
    st.lists(st.integers(0, 200), max_size=8),
)
def test_finditer_in_spans_finds_what_each_span_finds(text, cuts):
    """The passive check's scan: one pass for the places a form of "be" starts,
    the pattern tried on the sentence slices, equals a scan of every sentence."""
    from clarity.checks.style.voice import _be_starts, _en_pattern
    from clarity.text.literalscan import finditer_in_spans

    be = ("am", "is", "are", "was", "were", "be", "been", "being")
    pattern = _en_pattern(be, ("not", "also"))
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    spans = [(lo, hi) for lo, hi in pairwise(bounds) if hi - lo != 3]  # leave gaps
    expected = [
        (i, m.span(), m.group())
        for i, (lo, hi) in enumerate(spans)
        for m in pattern.finditer(text[lo:hi])
    ]
    found = finditer_in_spans(pattern, text, spans, _be_starts(be))
    assert [(i, m.span(), m.group()) for i, m in found] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abAB '\"“”\n", max_size=40), st.integers(0, 45))
def test_search_up_to_endpos_equals_search_of_the_slice(text, endpos):
    pattern = re.compile(r"(?<![\w\"“])ab(?![\w\"”])", re.IGNORECASE)
    endpos = min(endpos, len(text))
    expected = pattern.search(text[:endpos])
    got = search(pattern, text, text.lower(), endpos)
    assert (got and got.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("be", "text"),
    [
        (("has been", "been"), "It has been paid. Xhas been reported here."),
        (("been",), "It  been paid and been  reported."),
        (("", "is"), "Paid is paid."),
        ((), "It is paid."),
    ],
)
def test_passive_candidates_never_hide_a_start(be, text):
    """A pack's multi-word form of "be" must not hide a passive that starts with its
    second word; a blank form makes every place a candidate."""
    from clarity.checks.style.voice import _be_starts, _en_pattern
    from clarity.text.literalscan import finditer_in_spans

    pattern = _en_pattern(be, ())
    spans = [(0, len(text))]
    expected = [m.span() for m in pattern.finditer(text)]
    assert [
        m.span() for _, m in finditer_in_spans(pattern, text, spans, _be_starts(be))
    ] == expected


@settings(max_examples=300, deadline=None)
@given(
    joined(
        ["EU", "ABC", "ABCDEFG", "Ä", "ÅÖ", "eu", "-", "EUs", "EU:n", "x", "US1"],
        [" ", "", "."],
        30,
    ),
    st.lists(st.integers(0, 200), max_size=6),
)
def test_acronym_candidates_find_what_each_span_finds(text, cuts):
    """Defined terms' acronym scan: candidates searched in the text as it is."""
    from clarity.checks.style.terms import _ACRONYM, _ACRONYM_START
    from clarity.text.literalscan import finditer_in_spans

    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    spans = list(pairwise(bounds))
    expected = [
        (i, m.span()) for i, (lo, hi) in enumerate(spans) for m in _ACRONYM.finditer(text[lo:hi])
    ]
    found = finditer_in_spans(_ACRONYM, text, spans, _ACRONYM_START, lowered=False)
    assert [(i, m.span()) for i, m in found] == expected
