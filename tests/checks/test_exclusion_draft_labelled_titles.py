"""A section title that opens on its part's label and then names exclusions may run long
("SECTION D) EXCLUSIONS - SPECIFIC EXCLUSIONS APPLICABLE TO PART A ... UNDER SECTION C)
BENEFITS COVERED UNDER THE POLICY") and still titles its bullets: without it they fall
under "Elsewhere in the wording" (clarity/checks/exclusions/title_reading.py). Fixtures
written for this file; the test failed on the code before."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_bullets

LONG_TITLE = (
    "SECTION D) EXCLUSIONS - SPECIFIC EXCLUSIONS APPLICABLE TO PART A - DOMESTIC COVER "
    "UNDER SECTION C) BENEFITS COVERED UNDER THE POLICY"
)


def _titles(title: str) -> list[str]:
    text = (
        "# Health policy\n\n## SECTION C) BENEFITS COVERED UNDER THE POLICY\n\n"
        "We pay for hospital treatment.\n\n"
        f"## {title}\n\nWe do not cover the following expenses:\n\n"
        "1) Dental veneers, unless medically necessary.\n"
        "2) Travel costs for an accompanying person.\n\n"
        "## SECTION E) GENERAL CONDITIONS\n\nWe will not pay for any claim caused by war.\n"
    )
    return [b for b in draft_bullets(text) if b.startswith("### ")]


def test_a_long_title_that_opens_on_a_part_label_and_exclusions_titles_its_bullets() -> None:
    assert f"### {LONG_TITLE}" in _titles(LONG_TITLE)


def test_a_long_title_without_a_label_still_titles_nothing() -> None:
    unlabelled = LONG_TITLE.removeprefix("SECTION D) ")
    assert f"### {unlabelled}" not in _titles(unlabelled)
