"""Pyphen's patterns from clarity's cache give exactly the hyphenation of Pyphen's own parse."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clarity.checks.readability.hyphenation import plain_patterns, preload_patterns, rebuilt

EN = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
FRESH = pyphen.HyphDict(EN)
REBUILT = rebuilt(pyphen.HyphDict, plain_patterns(pyphen.HyphDict(EN)) or {})
WORDS = ["indemnification", "notwithstanding", "hereinafter", "subrogation", "x", "aa", ""]


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache folder and an empty table of parsed dictionaries in Pyphen."""
    monkeypatch.setenv("CLARITY_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pyphen, "hdcache", {})
    return tmp_path


def _from_cache_only(monkeypatch: pytest.MonkeyPatch) -> pyphen.Pyphen:
    """A new process's Pyphen: an empty table of parsed dictionaries and no parsing allowed."""
    monkeypatch.setattr(pyphen, "hdcache", {})

    def refuse(self: object, path: object) -> None:
        raise AssertionError("parsed again although the cache holds the patterns")

    monkeypatch.setattr(pyphen.HyphDict, "__init__", refuse)
    preload_patterns("en_US")
    return pyphen.Pyphen(lang="en_US")


def test_first_run_parses_and_stores_later_runs_read(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preload_patterns("en_US")
    assert len(list(cache.glob("*.json"))) == 1
    first = pyphen.hdcache[EN]
    assert first.patterns == FRESH.patterns
    later = _from_cache_only(monkeypatch)
    assert later.hd is not first
    assert later.hd.patterns == FRESH.patterns
    assert later.hd.maxlen == FRESH.maxlen
    for word in WORDS:
        assert later.hd.positions(word) == FRESH.positions(word)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéö'-"), max_size=20))
def test_rebuilt_patterns_hyphenate_every_word_alike(word: str) -> None:
    assert REBUILT.positions(word) == FRESH.positions(word)
    assert [p.data for p in REBUILT.positions(word)] == [p.data for p in FRESH.positions(word)]


def test_a_parse_it_cannot_rebuild_exactly_is_left_to_pyphen(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = pyphen.HyphDict(EN)
    key = next(iter(odd.patterns))
    start, values = odd.patterns[key]
    odd.patterns[key] = start, (pyphen.DataInt(values[0], data=("ff=f", 1, 1)), *values[1:])
    assert plain_patterns(odd) is None
    odd.patterns[key] = start, values
    odd.extra = "a field a later Pyphen might add"
    assert plain_patterns(odd) is None

    monkeypatch.setattr(
        "clarity.checks.readability.hyphenation.plain_patterns", lambda parsed: None
    )
    preload_patterns("en_US")  # parsed by Pyphen in this run, nothing usable stored
    assert pyphen.hdcache[EN].patterns == FRESH.patterns
    monkeypatch.setattr(pyphen, "hdcache", {})
    preload_patterns("en_US")  # a later run: the cache says "parse it yourself"
    assert EN not in pyphen.hdcache
    assert pyphen.Pyphen(lang="en_US").positions("notwithstanding") == FRESH.positions(
        "notwithstanding"
    )


def test_without_a_cache_folder_pyphen_parses_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLARITY_CACHE_DIR", "")
    monkeypatch.setattr(pyphen, "hdcache", {})
    preload_patterns("en_US")
    assert pyphen.hdcache[EN].patterns == FRESH.patterns


def test_readability_counts_are_the_same_from_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clarity.checks.readability.statutory import _pyphen, word_syllables

    words = ["subrogation", "indemnitee", "reinstatement", "quasi-contractual"]
    _pyphen.cache_clear()
    parsed = [word_syllables(word) for word in words]
    _pyphen.cache_clear()
    _from_cache_only(monkeypatch)
    try:
        assert [word_syllables(word) for word in words] == parsed
    finally:
        _pyphen.cache_clear()
