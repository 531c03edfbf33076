"""The literal index finds exactly what one scan of each whole alternation finds.

``FirstOf.first`` (entries tried only where their literal occurs, found by one
pass per document) must equal ``FirstOf.search`` on the span (the alternation as
one regex, the reference) on any text and any span of it.
"""

from __future__ import annotations

import _sre
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clarity.checks.exclusions.alternation import FirstOf
from clarity.checks.exclusions.lexicon import CompiledLexicon, lexicon_for
from clarity.checks.exclusions.literals import fold, need_of, needs_of
from clarity.rules.packs import load_rulesets
from clarity.text.sentences import _WORD_BEFORE, word_before
from clarity.text.trie import trie_regex

PACKS = ("exclusions", "loans")


def _lexicons() -> list[CompiledLexicon]:
    rulesets = load_rulesets()
    return [lexicon_for(rulesets[lang], pack) for lang in ("en", "fi") for pack in PACKS]


def _alternations(lex: CompiledLexicon) -> list[FirstOf]:
    found = [lex.strong_triggers, lex.weak_triggers, lex.any_topic, *lex.spans.values()]
    return [a for a in found if a is not None]


def _words() -> list[str]:
    """The lexicons' own words (each entry's literals), in several cases and endings."""
    words: set[str] = set()
    for lex in _lexicons():
        for alternation in _alternations(lex):
            for entry in alternation.entries:
                literals = [lit.text for lit in entry.need or ()]
                literals += [text for other in entry.also for text in other]
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
def test_every_match_contains_a_needed_literal(text):
    folded = fold(text)
    for lex in _lexicons():
        for alternation in _alternations(lex):
            for entry in alternation.entries:
                match = entry.pattern.search(text)
                if match is None:
                    continue
                need = need_of(entry.source)
                assert need is not None
                start, end = match.span()
                inside = [
                    lit
                    for lit in need
                    if lit.text in folded[start:end]
                    and (not lit.at_start or folded.startswith(lit.text, start))
                ]
                assert inside, (entry.source, text)
                for other in needs_of(entry.source):  # what ``Entry.also`` checks first
                    assert any(lit.text in folded[start:end] for lit in other), (entry.source, text)


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
    text = "This EXCLUſION applies. İNSURANCE"
    found = lex.strong_triggers.first(text, 0, len(text))
    assert found is not None and found[0] == "excluded"
    assert fold("İNSURANCE") == "insurance"


def test_fold_is_how_ignorecase_compares():
    for code in range(0x3000):
        char = chr(code)
        folded = fold(char)
        assert len(folded) == 1
        for other in {char.lower(), char.upper(), chr(_sre.unicode_tolower(code))}:
            if len(other) == 1 and re.fullmatch(re.escape(char), other, re.IGNORECASE):
                assert fold(other) == folded, (char, other)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"(?<!\w)exclud\w*(?!\w)", {("exclud", True, "nw")}),
        (r"\b(?:won[’']t|cannot)\s+go", {("won", True, "b"), ("cannot", True, "b")}),
        (r"\b(?:the|an)\s+excess\b", {("excess", False, "")}),
        (r"\bmaximum\s+limit\b", {("maximum", True, "b")}),
        (r"(?:a|)b", {("b", False, "")}),
    ],
)
def test_needed_literals(pattern, literals):
    need = need_of(pattern)
    assert need is not None
    assert {(lit.text, lit.at_start, lit.boundary) for lit in need} == literals


def test_no_literal_means_no_need():
    assert need_of(r"[£$€]\s?\d") is None
    assert need_of(r"\d+|word") is None


def test_trie_matches_the_longest_literal():
    pattern = re.compile(trie_regex(["ab", "abcd", "b", "abd"]))
    assert [m.group() for m in pattern.finditer("abce abcd abd b")] == ["ab", "abcd", "abd", "b"]


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

    alternation = FirstOf.of([("first", sources(["ab"])), ("anywhere", sources(["/[ab]c"]))])
    assert alternation is not None
    assert not alternation.entries[1].at_start
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
    """The requirements ``Entry.also`` checks are looked for in the span from its first
    character: a match there must not be skipped."""
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
