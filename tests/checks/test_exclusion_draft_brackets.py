"""Draft bullets keep their brackets whole (clarity/checks/exclusions/draft.py
``bracketed``): a PDF's line cut leaves bullets that open inside a bracket ("Re)insurer
to any sanction ...", "... during hospitalization) except ectopic pregnancy", whose head
"childbirth (including" is lost) or stop inside one ("... care institutions (retirement
homes"). Fixtures written for this file."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clarity.checks.exclusions.draft import bracketed


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("Re)insurer to any sanction or restriction", ""),
        ("Deliveries incurred during hospitalization) except ectopic pregnancy", ""),
        (
            "Stays in long term care institutions (retirement homes",
            "Stays in long term care institutions …",
        ),
        ("Treatment of the foot (see Section 5(a)", "Treatment of the foot …"),
        ("Damage by pests (excluding termites)", "Damage by pests (excluding termites)"),
        ("Damage due to pest control measures)", "Damage due to pest control measures"),
        ("Vaccinations (travel", ""),
        (
            "Treatment of i) alcoholism or ii) drug addiction",
            "Treatment of i) alcoholism or ii) drug addiction",
        ),
        ("Loss of a) money and b) securities", "Loss of a) money and b) securities"),
        ("Pregnancy … (except for complications", "Pregnancy …"),
        ("Page 75) won't be paid during the waiting period", ""),
    ],
)
def test_a_bullet_cut_inside_a_bracket(words: str, shown: str) -> None:
    assert bracketed(words) == shown


_MARKER = re.compile(r"(?:^|\s)(?:[a-z]|[ivx]{1,4}|\d)\)$")
"""An item's marker run into a sentence ("a) money and b) securities"), no bracket."""


def _balanced(words: str) -> bool:
    """Every "(" closed, and every ")" closes one or ends an item's marker."""
    depth = 0
    for at, char in enumerate(words):
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ")" and not _MARKER.search(words, 0, at + 1):
            return False
    return depth == 0


@given(st.text(alphabet="ab ()", max_size=30))
def test_a_shown_bullet_always_has_whole_brackets(words: str) -> None:
    shown = bracketed(words)
    assert shown == "" or _balanced(shown)
