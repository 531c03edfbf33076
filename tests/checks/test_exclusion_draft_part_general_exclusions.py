"""A part's own "General Exclusions" (clarity/checks/exclusions/draft_owner.py): where a
policy sets a general exclusions heading that applies "to all benefits", a bare lettered
"(A) GENERAL EXCLUSIONS" after "BENEFIT 10 - FIRE ..." is that benefit's, and its draft
section is named with it; alone it reads as the whole policy's. Fixtures written for
this file."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_titles

POLICY = (
    "# Travel policy\n\n## BENEFIT 1 - BAGGAGE\n\nWe pay for lost baggage.\n\n"
    "## BENEFIT 10 - FIRE AT HOME\n\nWe pay for fire damage to your home while you "
    "travel.\n\n## A. GENERAL EXCLUSIONS\n\nWe do not cover:\n\n- earthquake;\n- pollution.\n\n"
    "## {policy_wide}\n\nWe do not cover war.\n"
)


def test_a_lettered_general_exclusions_heading_is_its_benefit_s() -> None:
    text = POLICY.format(policy_wide="3. GENERAL EXCLUSIONS APPLICABLE TO ALL BENEFITS")
    assert "### BENEFIT 10 - FIRE AT HOME – A. GENERAL EXCLUSIONS" in draft_titles(text)


def test_without_a_heading_for_all_parts_it_stays_general() -> None:
    text = POLICY.format(policy_wide="3. WAR")
    assert "### A. GENERAL EXCLUSIONS" in draft_titles(text), draft_titles(text)
