"""Draft bullets keep their brackets whole (clarity/checks/exclusions/draft.py
``bracketed``): a PDF's line cut leaves bullets that open inside a bracket ("Re)insurer
to any sanction ...", "... during hospitalization) except ectopic pregnancy", whose head
"childbirth (including" is lost) or stop inside one ("... care institutions (retirement
homes"). Fixtures written for this file."""

from __future__ import annotations

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
    ],
)
def test_a_bullet_cut_inside_a_bracket(words: str, shown: str) -> None:
    assert bracketed(words) == shown


def _balanced(words: str) -> bool:
    depth = 0
    for char in words:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@given(st.text(alphabet="ab ()", max_size=30))
def test_a_shown_bullet_always_has_whole_brackets(words: str) -> None:
    shown = bracketed(words)
    assert shown == "" or _balanced(shown)
