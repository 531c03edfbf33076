"""Numbered definitions set as headings at the level of their part's title
("SECTION B) DEFINITIONS" / "13. Emergency treatment" / "34. Podiatry" / "SECTION C)
BENEFITS"): their text is inside the definitions part, so a definition's carve-out is
buried in a definition and is no draft bullet. A part numbered after the definitions
heading ("1. DEFINITIONS" / "2. PERSONS WHO CAN BE INSURED") is not a definition.
Fixtures written for this file."""

from __future__ import annotations

from exclusion_helpers import exclusions
from test_exclusion_topics_draft import draft_bullets

POLICY = """# Health policy

## SECTION B) DEFINITIONS

## 13. Emergency treatment

Treatment needed at once, in a hospital near where you are.

We will not pay for follow-up dental treatment or dental prostheses.

## 34. Podiatry

Podiatry means care of the feet by a registered podiatrist.

## SECTION C) EXCLUSIONS

We will not pay for cosmetic surgery.
"""


def test_a_numbered_definitions_carve_out_is_buried_in_its_definition() -> None:
    rows = {r["text"][:40]: r for r in exclusions(POLICY)}
    dental = next(r for t, r in rows.items() if "dental" in t.lower())
    assert "in-definition" in dental["reasons"], dental


def test_a_numbered_definitions_carve_out_is_no_draft_bullet() -> None:
    bullets = draft_bullets(POLICY)
    assert not any("dental" in b.lower() for b in bullets), bullets
    assert "Cosmetic surgery" in bullets, bullets


def test_a_part_numbered_after_the_definitions_is_not_inside_them() -> None:
    text = POLICY.replace("## SECTION B) DEFINITIONS", "## 1. DEFINITIONS").replace(
        "## 13. Emergency treatment", "## 2. Emergency treatment"
    )
    rows = [r for r in exclusions(text) if "dental" in r["text"].lower()]
    assert rows and "in-definition" not in rows[0]["reasons"], rows
