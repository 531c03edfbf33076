"""The exclusion lexicons' alternations find exactly what one scan of each finds.

``FirstOf.first`` (entries tried only where their leading literal occurs, found by
one pass per document) must equal ``FirstOf.search`` on the span (the alternation
as one regex, plain ``re``) on any text and any span of it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clarity.checks.exclusions.lexicon import CompiledLexicon, lexicon_for
from clarity.rules.packs import load_rulesets
from clarity.text.matching import FirstOf, leading_literals
from clarity.text.matching.alternation import Entry
from clarity.text.sentences import _WORD_BEFORE, word_before

PACKS = ("exclusions", "loans")


def _lexicons() -> list[CompiledLexicon]:
    rulesets = load_rulesets()
    return [lexicon_for(rulesets[lang], pack) for lang in ("en", "fi") for pack in PACKS]


def _alternations(lex: CompiledLexicon) -> list[FirstOf]:
    found = [lex.strong_triggers, lex.weak_triggers, lex.any_topic, *lex.spans.values()]
    return [a for a in found if a is not None]


def _words() -> list[str]:
    """The lexicons' own words (each entry's literals and the words of its source),
    in several cases and endings."""
    words: set[str] = set()
    for lex in _lexicons():
        for alternation in _alternations(lex):
            for entry in alternation.entries:
                literals = list(entry.literals or ())
                literals += re.findall(r"[^\W\d_]{2,}", entry.source.replace("\\s", " "))
                for literal in literals:
                    words.update({literal, literal.upper(), literal.title()})
                    words.add(literal + "ssa")
    return sorted(words)


WORDS = _words()
NOISE = [
    "we", "will", "not", "pay", "be", "is", "no", "the", "up", "to", "of", "a", "ei",
    "£100", "14", "days", "clause 4.2", "(", ")", ",", ".", ":", "-", "’", "_", "x",
    "İNSURANCE", "excluſion", "EXCLUDED", "Korvata", "vakuutus",
]  # fmt: skip
TOKENS = st.sampled_from(WORDS + NOISE)
SEPARATORS = st.sampled_from([" ", " ", "  ", "\n", "", "\t"])


@st.composite
def texts(draw) -> str:
    tokens = draw(st.lists(TOKENS, min_size=0, max_size=30))
    seps = draw(st.lists(SEPARATORS, min_size=len(tokens), max_size=len(tokens)))
    return "".join(t + s for t, s in zip(tokens, seps, strict=True))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts(), st.data())
def test_first_equals_one_scan_of_the_whole_alternation(text, data):
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    segment = text[lo:hi]
    for lex in _lexicons():
        for alternation in _alternations(lex):
            expected = alternation.search(segment)
            got = alternation.first(text, lo, hi, segment)
            if expected is None:
                assert got is None, (segment, got)
                assert alternation.found(text, lo, hi) is False
                continue
            assert got is not None, (segment, expected)
            assert got[0] == expected[0]
            assert got[1].span() == expected[1].span()
            assert alternation.found(text, lo, hi) is True


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts())
def test_every_match_starts_with_or_holds_a_literal(text):
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for lex in _lexicons():
        for alternation in _alternations(lex):
            for entry in alternation.entries:
                for match in entry.pattern.finditer(text):
                    if any(c in "ſı" for c in match.group()):
                        continue  # not casefold-safe: such a text is searched plainly
                    if entry.at_start:
                        assert lowered.startswith(entry.literals, match.start()), entry.source
                    elif entry.literals is not None:
                        held = lowered[match.start() : match.end()]
                        assert any(lit in held for lit in entry.literals), (entry.source, text)
                    assert entry.may_match(lowered[match.start() : match.end()]), entry.source


def test_nearly_every_entry_has_leading_literals():
    entries = [e for lex in _lexicons() for a in _alternations(lex) for e in a.entries]
    assert sum(e.literals is None for e in entries) <= 0.05 * len(entries)


def test_a_span_that_starts_inside_a_word():
    lex = lexicon_for(load_rulesets()["en"])
    text = "Reexclusion of wars. Xwar."
    for lo, hi in [(2, 19), (3, 19), (21, 26), (22, 26)]:
        for alternation in _alternations(lex):
            got = alternation.first(text, lo, hi)
            want = alternation.search(text[lo:hi])
            assert (got and (got[0], got[1].span())) == (want and (want[0], want[1].span()))
    assert lex.any_topic is not None
    found = lex.any_topic.first(text, 22, 26)
    assert found is not None and found[0] == "war"  # "war" starts the span "war."


def test_case_folding_that_is_not_lowercasing():
    lex = lexicon_for(load_rulesets()["en"])
    assert lex.strong_triggers is not None
    text = "This item IS NOT INſURED. İNSURANCE"
    found = lex.strong_triggers.first(text, 0, len(text))
    assert found is not None and found[0] == "not-covered"


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?<!\w)exclud\w*(?!\w)", ("exclud",)),
        (r"\b(?:won[’']t|cannot)\s+go", ("won’t", "won't", "cannot")),
        (r"\b(?:the|an)\s+excess\b", ("the", "an")),
        (r"\bmaximum\s+limit\b", ("maximum",)),
        (r"(?:a|)b", None),
        (r"[£$€]\s?\d", None),
        (r"\d+|word", None),
    ],
)
def test_leading_literals_of_entries(pattern, literals):
    assert leading_literals(pattern, re.IGNORECASE) == literals


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        # short leading words occur nearly everywhere: the longer required words are rarer
        (r"\b(?:the|an)\s+excess\b", ("excess",)),
        (r"\bno\s+(?:cover|benefit)s?\s+is\b", ("cover", "benefit")),
        # a leading word of four letters or more is kept: the entry is tried where it
        # starts, and "policy" is no rarer than "void"
        (r"\bvoid\s+(?:the|this)\s+(?:policy|contract)\b", ("void",)),
        (
            r"\b(?:will|shall)\s+not\s+(?:lose|forfeit)\s+(?:your|the)\s+(?:right|benefit)",
            ("will", "shall"),
        ),
    ],
)
def test_what_the_scan_looks_for(pattern, literals):
    assert Entry("x", pattern).literals == literals


@given(st.text(alphabet="ab. \n([\"“'‘)\t\u2003", max_size=14), st.data())
def test_word_before_reads_what_the_regex_finds(segment, data):
    end = data.draw(st.integers(0, len(segment)))
    match = _WORD_BEFORE.search(segment, 0, end)
    assert word_before(segment, end) == (match.group(1) if match else "")


REGEX_ENTRIES = [
    *["/\\bab", "/b(?=a)", "/a\\w*b", "/\\b(?:ab|ba)c", "/(?<!\\w)c+a", "/[ab]c", "/\\b-a"],
    *["/ab", "/ba", "/bab(?=c)", "/ab(?=c)", "/cab"],
]
ENTRY = st.one_of(
    st.text(alphabet="abc", min_size=1, max_size=3).map(lambda s: s + "*"),
    st.text(alphabet="abc", min_size=1, max_size=3),
    st.tuples(st.text(alphabet="ab", min_size=1, max_size=2), st.sampled_from("ab")).map(
        lambda p: f"{p[0]} {p[1]}*"
    ),
    st.sampled_from(REGEX_ENTRIES),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(ENTRY, min_size=1, max_size=3), min_size=1, max_size=4),
    st.text(alphabet="abcAB -.\nſ", max_size=24),
    st.data(),
)
def test_first_on_small_alphabets(families, text, data):
    """Overlapping literals, spans that start inside words, ties: all as one scan."""
    from clarity.checks.exclusions.lexicon import sources

    alternation = FirstOf.of((f"n{i}", sources(entries)) for i, entries in enumerate(families))
    assert alternation is not None
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = alternation.search(text[lo:hi])
    got = alternation.first(text, lo, hi)
    assert (got and (got[0], got[1].span())) == (expected and (expected[0], expected[1].span()))


@pytest.mark.parametrize("text", ["bc ab", "x bc ab", "ab bc", "bc"])
def test_an_entry_that_can_start_anywhere_beats_a_later_match_of_an_earlier_entry(text):
    """ "/[ab]c" needs "c", which is not where its match starts: it is searched for,
    and its earlier match wins over the first entry's later one."""
    from clarity.checks.exclusions.lexicon import sources

    """ "/[a-b]c" has no leading literal: it is searched for, and its earlier match
    wins over the first entry's later one."""

    alternation = FirstOf.of([("first", sources(["ab"])), ("anywhere", sources(["/[a-b]c"]))])
    assert alternation is not None
    assert alternation.entries[1].literals is None
    expected = alternation.search(text)
    got = alternation.first(text, 0, len(text))
    assert expected is not None and got is not None
    assert (got[0], got[1].span()) == (expected[0], expected[1].span())


@pytest.mark.parametrize(
    "sentence",
    [
        "not covered",
        "Not be covered.",
        "We will not pay for wear.",
        "void the policy",
        "are covered only if you tell us",
        "ei kuulu vakuutuksen piiriin",
        "eikä korvata",
    ],
)
def test_a_match_at_the_very_start_of_the_span(sentence):
    """A match at the span's first character must not be skipped."""
    text = "Intro. " + sentence + " Outro."
    lo, hi = 7, 7 + len(sentence)
    hits = 0
    for lex in _lexicons():
        for alternation in _alternations(lex):
            expected = alternation.search(text[lo:hi])
            got = alternation.first(text, lo, hi)
            assert (got is None) == (expected is None), (sentence, expected)
            if got is not None and expected is not None:
                hits += 1
                assert (got[0], got[1].span()) == (expected[0], expected[1].span())
    assert hits
