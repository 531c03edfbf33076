"""English readability works offline, from the local CMU dictionary and Pyphen's
patterns, and its lazy Pyphen hyphenates as Pyphen does."""

from __future__ import annotations

import pyphen
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from clarity.checks.readability.english import LANG, LazyPyphen

PASSAGE = (
    "Notwithstanding the foregoing, indemnification is conditional. "
    "We pay for damage to your home. You must tell us about a claim within thirty days. "
    "The insurer shall not be liable for any loss occasioned by gradual deterioration."
)


def test_clarity_computes_metrics_with_network_blocked(no_network):
    from clarity import check_text

    result = check_text(PASSAGE + " Zxqvbnmlk frobnicated.", lang="en")
    metrics = result.metrics["readability"]
    assert metrics["flesch_reading_ease"] != 0
    assert metrics["gunning_fog"] > 0
    assert metrics["flesch_band"]


def test_cli_offline_prints_score(no_network, run_cli, tmp_path):
    doc = tmp_path / "p.md"
    doc.write_text("# Cover\n\nWe pay for damage to your home.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert f"{doc}: score " in result.output


def _patterns(path) -> list[str]:
    """The patterns of a hyphenation dictionary (``hyph_*.dic``, the format Pyphen
    reads): after the line naming the encoding, one pattern per line, besides comments
    and settings in capitals (``LEFTHYPHENMIN 2``)."""
    encoding, _, body = path.read_bytes().partition(b"\n")
    lines = (line.strip() for line in body.decode(encoding.decode().strip()).splitlines())
    return [
        line
        for line in lines
        if line and not line.startswith(("%", "#")) and not line.split()[0].isupper()
    ]


def test_every_hyphenation_pattern_holds_a_letter():
    """What lets LazyPyphen answer a word without letters without loading Pyphen."""
    patterns = _patterns(pyphen.LANGUAGES[pyphen.language_fallback(LANG)])
    assert len(patterns) > 1_000
    assert all(any(char.isalpha() for char in pattern) for pattern in patterns)


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
    lazy = LazyPyphen(LANG)
    assert lazy.positions(word) == list(pyphen.Pyphen(lang=LANG).positions(word))


def test_lazy_pyphen_does_not_load_for_numbers():
    lazy = LazyPyphen(LANG)
    assert lazy.positions("60") == []
    assert lazy.positions("2,500.00") == []
    assert lazy._real is None
    assert lazy.positions("zzyzx") is not None
    assert lazy._real is not None
