"""Fast matching (clarity/text/matching.py) finds exactly what plain ``re`` finds.

Each pattern is tried only where one of its leading literals occurs; the literals
are read from the pattern's source. These tests compare with plain ``re`` on
random texts built from the rule packs' own words, on every pattern the checks
search that way.
"""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from text_strategies import joined

from clarity.checks.style.voice import _en_pattern
from clarity.checks.style.wording import _Lexicon
from clarity.rules.packs import load_rulesets, stem_pattern
from clarity.text.genre import _pattern as genre_pattern
from clarity.text.matching import (
    UNSAFE_CHARS,
    casefold_safe,
    find_all,
    find_in_spans,
    leading_literals,
    lowercase,
    required_literals,
    requirements,
    search,
    word_start,
)
from clarity.text.matching.alternation import _trie_regex

RULESETS = load_rulesets()


def _style_patterns() -> list[re.Pattern[str]]:
    """The patterns the style checks search with ``find_in_spans``."""
    found = []
    for ruleset in RULESETS.values():
        style = ruleset.lexicon("style")
        found += [pattern for pattern, _ in _Lexicon.build(style).pairs]
        found += [re.compile(p, re.I) for p in style["cross_references"]["patterns"]]
        passive = style["passive"]
        if "be_forms" in passive:
            found.append(_en_pattern(tuple(passive["be_forms"]), tuple(passive["adverbs"])))
    return found


RULE_PATTERNS = [p for rs in RULESETS.values() for r in rs.rules for p in r.patterns]
PROFILE_PHRASES = [
    stem_pattern(phrase)
    for rs in RULESETS.values()
    for key in ("insurance", "loan")
    for phrase in rs.lexicon("profiles").get(key, [])
    if " " in phrase
]
TERMS = [
    re.compile(rf"(?<![\w\"“]){re.escape(term)}(?![\w\"”])", flags)
    for term, flags in [("Excess", 0), ("the Policy", 0), ("excess", re.I), ("e.g.", re.I)]
]
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
        (r"[(]ab|\(ba\)c+|c[)]", 0),
        (r"ab+c|ba*c|(ab)+", re.I),
        (r"\b[Aa]b(?:'s)?\b|(?:(?<=,)|(?<=^))c[ab]", 0),
        (r"\b(?:ab\s+)?(?:bb\s+)?(?:ba\s+)?c+a\b", re.I),
        (r"\b(?-i:[Aa]b|Ba|AB c)\b", re.I),
    ]
]
GENRE_SIGNALS = [
    genre_pattern((entry,))
    for rs in RULESETS.values()
    for name in ("statute", "business")
    for entry in rs.lexicon("genres").get(name, [])
]
PATTERNS = (
    RULE_PATTERNS + PROFILE_PHRASES + _style_patterns() + TERMS + HAND_WRITTEN + GENRE_SIGNALS
)


def _pack_words() -> list[str]:
    """Words of the packs' rules and lexicons: each pattern's literals, its examples,
    and the words of its lexicon entries."""
    words: set[str] = set()
    for pattern in PATTERNS:
        for literal in leading_literals(pattern.pattern, pattern.flags) or ():
            words.update({literal, literal.upper(), literal.title(), literal + "s"})
    for ruleset in RULESETS.values():
        for rule in ruleset.rules:
            for example in rule.meta.fail_examples[:2]:
                words.update(example.split()[:6])
        for name in ("style", "profiles"):
            for value in ruleset.lexicon(name).values():
                if isinstance(value, list):
                    words.update(str(v) for v in value[:40])
                elif isinstance(value, dict):
                    words.update(str(k) for k in list(value)[:40])
    return sorted(w for w in words if w)


SHORT = ["a", "b", "c", "ab", "ba", "cab", "aab", "(", ")", ",", "x", "de", "A", "B", "Ä", "4.2"]
PIECES = st.sampled_from([*_pack_words(), *SHORT, "ı", "ſ", "Σ", "İ"])
SEPARATORS = [" ", " ", "  ", "\n", "", ". ", ", "]
TEXTS = joined(PIECES, SEPARATORS, max_size=30)


@pytest.mark.parametrize(
    ("source", "flags", "literals"),
    [
        (r"(?<!\w)provid\w*(?!\w)", re.I, ("provid",)),
        (r"\bThe (?:Company|Lender)", 0, ("The ",)),
        (r"\b(?:be|is)\s+effected\b", re.I, ("be", "is")),
        (r"\b(?:we|insurers?|the insurer)\s+", re.I, ("we", "insurer", "the insurer")),
        (r"\b(has\ been|is)\s+", re.I, ("has been", "is")),
        (r"(?<![\w\"“])Policy\ Schedule(?![\w\"”])", 0, ("Policy Schedule",)),
        (r"\be\.\s?g\.", re.I, ("e.",)),
        (r"abc{2}", 0, ("ab",)),
        (r"ab+c", 0, ("ab",)),
        (r"ab|cd", 0, ("ab", "cd")),
        (r"[(]ab|\(ba\)", 0, ("(ab", "(ba)")),
        (r"\w*abc", 0, None),  # starts with a class
        (r"x?", 0, None),  # may be empty
        (r"(?:ab|cd)?ef", 0, ("ab", "cd", "ef")),  # the group may be skipped
        (r"\b(?:ab\s+)?(?:cd\s+)??ef", 0, ("ab", "cd", "ef")),
        (r"(?:ab)?\w", 0, None),
        (r"(?:ab){0,2}cd", 0, None),
        (r"a(?:b|c)", 0, None),  # one letter is too short
        (r"(?i:ab)cd", 0, None),  # flags: not read
        # a case-sensitive group: its literals, lowercased, are in the lowercased text
        (r"\b(?-i:this Act|[Tt]he Act)\b", re.I, ("this act", "the act")),
        (r"(?-i:ab)cd", 0, ("ab",)),
        (r"\b[Tt]he Company", 0, ("The Company", "the Company")),
        (r"\b[Tt]he Company", re.I, ("the company",)),
        (r"[a-c]d", 0, None),  # ranges: not read
        (r"(?:(?<=[,;:]\s)|(?<=^))provided", re.I, ("provided",)),
        (r"(?:(?<=x)|ab)cd", 0, None),
        (r"ſab", re.I, None),  # 'ſ' is not safe to look up lowercased
        (r"ab", re.X, None),
        (r"(", 0, None),
    ],
)
def test_leading_literals(source, flags, literals):
    assert leading_literals(source, flags) == literals


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\bab", 0, True),
        (r"(?<!\w)ab|\bcd", re.I, True),
        (r"\bab|cd", 0, False),
        (r"\b\.ab", 0, False),  # \b before a non-word character: after a word character
        (r"(?<![\w-])ab", 0, False),  # not read
        (r"\bab", re.ASCII, False),
        (r"\b\w+", 0, False),  # no leading literal
    ],
)
def test_word_start(source, flags, expected):
    assert word_start(source, flags) is expected


@pytest.mark.parametrize(
    ("source", "literals"),
    [
        (r"\b(?:the|an|any|your|first)\s+excess\b", ("excess",)),
        (r"\bthe\s+most\s+(?:we|they)\s+will\s+pay\b", ("most",)),
        (r"\bno\s+(?:cover|benefit)s?\s+is\b", ("cover", "benefit")),
        (r"\b(?:is|are)\s+not\s+(?:covered|insured)\b", ("covered", "insured")),
        (r"\b\d+\s+(?:kohda\w*|kohta|luku)", ("kohda", "kohta", "luku")),
        (r"\bnot\s+(?:be\s+)?(?:paid|payable)", ("paid", "payable")),
        (r"ab(?:cdef)?gh(?=ijklm)", None),  # optional and look-ahead groups are no need
        (r"x\.yz?", ("x.y",)),
        (r"[abc]defg(?=hij)klm", ("defg",)),
        (r"abc+de", ("abc",)),
        (r"ab+cd", None),  # runs of two
        (r"abc{2}de", None),
        (r"abc|defg", None),  # a top-level alternation
        (r"(?i)abcd", None),  # flags: not read
        # a case-sensitive group is read as a group (its literals, lowercased, are in
        # the lowercased text)
        (r"\bin\s+(?:clause|section)s?\s+(?-i:[A-Z]\d)", ("clause", "section")),
        (r"abc{", None),
    ],
)
def test_required_literals(source, literals):
    assert required_literals(source, re.I) == literals


def test_requirements_best_first():
    source = r"\b(?:we|the insurer)\s+(?:will|shall)\s+not\s+(?:pay|cover)"
    assert requirements(source, re.I) == (
        ("will", "shall"),
        ("not",),
        ("pay", "cover"),
        ("we", "the insurer"),
    )
    assert requirements(r"ab|cd") == ()


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_every_match_holds_a_literal_of_each_requirement(text):
    lowered = text.lower()
    if not casefold_safe(text, lowered):
        return
    for pattern in PATTERNS:
        needs = requirements(pattern.pattern, re.I)
        for match in pattern.finditer(text):
            held = lowered[match.start() : match.end()]
            for need in needs:
                assert any(lit in held for lit in need), (pattern.pattern, need)


def test_most_pack_patterns_have_leading_literals():
    read = [p for p in RULE_PATTERNS if leading_literals(p.pattern, p.flags) is not None]
    assert len(read) >= 0.9 * len(RULE_PATTERNS)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_match_starts_with_a_leading_literal(text):
    lowered = text.lower()
    safe = casefold_safe(text, lowered)
    for pattern in PATTERNS:
        literals = leading_literals(pattern.pattern, pattern.flags)
        if literals is None:
            continue
        ignorecase = bool(pattern.flags & re.I)
        if ignorecase and not safe:
            continue
        haystack = lowered if ignorecase else text
        for match in pattern.finditer(text):
            assert haystack.startswith(literals, match.start()), (pattern.pattern, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 400), st.lists(st.integers(0, 400), max_size=8))
def test_same_matches_as_plain_re(text, endpos, cuts):
    endpos = min(endpos, len(text))
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    spans = [(lo, hi) for lo, hi in pairwise(bounds) if hi - lo != 3]  # leave gaps
    for pattern in PATTERNS:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in find_all(pattern, text)] == expected, pattern.pattern
        first = pattern.search(text, 0, endpos)
        got = search(pattern, text, endpos)
        assert (got and got.span()) == (first and first.span()), pattern.pattern
        in_spans = [
            (i, m.span(), m.group())
            for i, (lo, hi) in enumerate(spans)
            for m in pattern.finditer(text[lo:hi])
        ]
        found = find_in_spans([pattern], text, spans)
        assert [(i, m.span(), m.group()) for _, i, m in found] == in_spans, pattern.pattern


def test_a_span_that_begins_inside_a_word():
    """The scan skips "ns." after "i" in "niins.", but a span beginning there sees a
    word start."""
    text = "(BA)C  Is agreement.  niins. "
    pattern = re.compile(r"\bns\.", re.I)
    found = find_in_spans([pattern], text, [(0, 25), (25, len(text))])
    assert [(i, m.span()) for _, i, m in found] == [(1, (0, 3))]


def test_hand_written_cases():
    cases = {
        (r"x?abc", 0): "xabc abc xxabc",
        (r"a{0,3}bab", 0): "aaabab abab bab",
        (r"\b(?:be|is)\s+effected\b", re.I): "this is effected, Be  effected; is effectedx",
        (r"(?<!\w)provid\w*(?!\w)", re.I): "Provided provides improvide provid",
        (r"ab|x?ba\w*|c{1,3}ab", re.I): "xbab cccab ab ba xxba cab",
        (r"(?<!\w)ab\w*", re.I): "ſab ab İab Σab",  # not casefold-safe: plain re
        (r"\b(?-i:this Act)\b", re.I): "this act, This Act; this Act. this Actor",
    }
    for (source, flags), text in cases.items():
        pattern = re.compile(source, flags)
        expected = [m.span() for m in pattern.finditer(text)]
        assert expected, source
        assert [m.span() for m in find_all(pattern, text)] == expected, source


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aSsſKkΣσİi ßﬁ.\n"), max_size=30))
def test_cached_lowercase_and_safety_answer_for_each_text(text):
    """The checks share one lowercasing and one safety scan per text; the caches
    must answer for the text asked about, not for an earlier one."""
    lowered = lowercase(text)
    assert lowered == text.lower()
    assert casefold_safe(text, lowered) == (
        len(lowered) == len(text) and UNSAFE_CHARS.isdisjoint(text)
    )
    assert lowercase(text + "İ") == (text + "İ").lower()
    assert not casefold_safe(text + "İ", (text + "İ").lower())


def test_unsafe_characters_cover_what_re_folds_unlike_lower():
    """Checked against ``re`` itself: of two characters that ``re.IGNORECASE`` takes as
    equal but ``str.lower`` does not, one is unsafe; so is every character whose
    ``str.lower`` is not one character. Only cased characters can be such."""
    cased = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if not 0xD800 <= ord(c) <= 0xDFFF and (c.lower() != c or c.upper() != c)
    ]
    alphabet = "".join(cased)
    involved = {"Σ"}  # lowercases to σ or ς, by context
    for char in cased:
        if len(char.lower()) != 1:
            assert char in UNSAFE_CHARS
            involved.add(char)
            continue
        for other in set(re.findall(re.escape(char), alphabet, re.IGNORECASE)):
            if other.lower() != char.lower():
                assert char in UNSAFE_CHARS or other in UNSAFE_CHARS, (char, other)
                involved.update({char, other})
    assert involved >= UNSAFE_CHARS


def test_trie_matches_the_longest_literal():
    pattern = re.compile(_trie_regex(["ab", "abcd", "b", "abd"]))
    assert [m.group() for m in pattern.finditer("abce abcd abd b")] == ["ab", "abcd", "abd", "b"]
