"""Draft bullets of a clause whose next sentence gives part of it back ("We do not cover
structures used for business purposes. However, this does not apply to structures rented
to a tenant.", '"We" do cover canoes ...'): the bullet ends in "…", so that it claims no
more than the wording (``draft_give_back``). All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import draft_bullet_words


def _bullets(paragraph: str) -> list[str]:
    return draft_bullet_words(
        "# Home policy\n\n## Your cover\n\nWe cover your home against fire and flood.\n\n"
        f"## Property not covered\n\n{paragraph}\n\nWe do not cover land.\n"
    )


@pytest.mark.parametrize(
    ("paragraph", "bullet"),
    [
        (
            "We do not cover structures used for business purposes. However, this does not "
            "apply to structures rented to a tenant.",
            "Structures used for business purposes …",
        ),
        (
            '"We" do not cover boats. "We" do cover canoes while on the insured premises.',
            "Boats …",
        ),
    ],
)
def test_a_sentence_that_gives_part_back_ends_the_bullet_in_an_ellipsis(
    paragraph: str, bullet: str
) -> None:
    assert _bullets(paragraph) == [bullet, "Land"]


def test_a_sentence_that_only_goes_on_leaves_the_bullet_whole() -> None:
    bullets = _bullets("We do not cover boats. This applies in every section.")
    assert bullets == ["Boats", "Land"]
