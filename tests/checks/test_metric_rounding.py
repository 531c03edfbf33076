"""A metric in a message is rounded once, and the rounded value is what is compared and
named: no "Flesch Reading Ease 50.0 (difficult; aim for 50+)" for 49.95."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clarity.checks.readability.check import _difficult, _failing_score, shown

EN = {"flesch_minimum": 50}
FI = {"lix_maximum": 50, "wiio_maximum": 9}


def test_a_score_that_rounds_to_the_floor_is_not_difficult():
    assert _difficult({"flesch_reading_ease": 49.95}, EN, "en") is None


def test_a_score_under_the_floor_names_its_band_from_the_shown_value():
    message = _difficult({"flesch_reading_ease": 49.94}, EN, "en")
    assert message == "Flesch Reading Ease 49.9 (difficult; aim for 50+)"


def test_finnish_scores_are_compared_as_shown():
    assert _difficult({"lix": 49.96, "wiio": 5.0}, FI, "fi") is not None  # shown 50.0
    assert _difficult({"lix": 49.94, "wiio": 8.96}, FI, "fi") is not None  # Wiio 9.0
    assert _difficult({"lix": 49.94, "wiio": 8.94}, FI, "fi") is None


@given(st.floats(min_value=-100, max_value=120, allow_nan=False))
def test_the_shown_flesch_score_and_the_verdict_agree(score):
    message = _difficult({"flesch_reading_ease": score}, EN, "en")
    assert (message is not None) == (shown(score) < 50)
    if message is not None:
        number = float(message.split()[3])
        assert number < 50


@given(st.floats(min_value=-100, max_value=100, allow_nan=False))
def test_a_failing_statutory_score_never_shows_the_minimum(score):
    if score < 45:
        assert _failing_score(score, 45.0) < 45
