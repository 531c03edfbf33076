"""A figure in a bullet is never cut at its thousands comma or its decimal point ("Recovery
if your car is heavier than 3,500 kilograms" once read "heavier than 3"; "in excess of
10,000 lbs" read "in excess of 10"), found in the shared corpus and an outside PDF (issue
18): the cut showed another amount, and so another contract. Fixtures written for this
file; each test failed on the code before."""

from __future__ import annotations

import pytest
from exclusion_helpers import draft_bullet_words

_POLICY = (
    "# Breakdown cover\n\n## What we cover\n\nWe send help when your car breaks down.\n\n"
    "## General exclusions\n\nWe will not provide {item}\n\n"
    "We will not provide recovery for a flat tyre.\n"
)


@pytest.mark.parametrize(
    ("item", "figure"),
    [
        (
            "recovery or help if your car is heavier than 3,500 kilograms, longer than "
            "5.1 metres or wider than 2.1 metres.",
            "3,500 kilograms",
        ),
        (
            "recovery or help if your trailer is longer than 7.5 metres, or carries livestock.",
            "7.5 metres",
        ),
    ],
)
def test_a_bullet_keeps_a_figure_whole(item: str, figure: str) -> None:
    bullets = draft_bullet_words(_POLICY.format(item=item))
    shown = [b for b in bullets if b.startswith("Recovery or help")]
    assert shown, bullets
    assert all(figure in b for b in shown), bullets
