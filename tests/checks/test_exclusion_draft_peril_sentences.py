"""Section titles of what a named peril does not include (US homeowners forms:
"2. Windstorm or hail. This peril does not include loss to ..."): the bullets are limits
of that peril, and under the coverage's title alone they read as excluded from all of it
("Freezing" under "Coverage B", where freezing of plumbing is a peril of its own). The
title names the peril (clarity/checks/exclusions/peril_titles.py). All text here is
invented."""

from __future__ import annotations

from exclusion_helpers import document_of_blocks, draft_sections

PERILS = (
    ("heading", 1, "", "COVERAGE B – PERSONAL PROPERTY"),
    (
        "paragraph",
        0,
        "",
        "We insure for direct physical loss to the property described in Coverage B caused "
        "by the following perils:",
    ),
    ("list_item", 1, "1.", "1. Fire or lightning."),
    (
        "list_item",
        1,
        "2.",
        "2. Windstorm or hail. This peril does not include loss to watercraft.",
    ),
    (
        "list_item",
        1,
        "3.",
        "3. Sudden and accidental discharge or overflow of water, steam, or sewage from "
        "within a plumbing, heating, air conditioning or sprinkler system, or from within a "
        "household appliance. This peril does not include loss:",
    ),
    ("list_item", 2, "a.", "a. to the system or appliance from which the water escaped;"),
    ("list_item", 2, "b.", "b. caused by or resulting from freezing."),
    (
        "list_item",
        1,
        "4.",
        "4. Smoke, meaning sudden damage from smoke. This peril does not include loss:",
    ),
    ("list_item", 2, "a.", "a. caused by smoke from agricultural smudging;"),
    ("list_item", 2, "b.", "b. caused by smoke from industrial operations."),
    ("heading", 1, "", "SECTION II – EXCLUSIONS"),
    ("paragraph", 0, "", "We do not cover war."),
)


def _sections() -> dict[str, list[str]]:
    return draft_sections(document_of_blocks(PERILS, sections=True))


def test_the_items_a_peril_does_not_include_are_titled_with_it() -> None:
    sections = _sections()
    long_name = (
        "COVERAGE B – PERSONAL PROPERTY – Sudden and accidental discharge or overflow of water …"
    )
    assert sections[long_name] == ["System or appliance from which the water escaped", "Freezing"]


def test_a_peril_is_named_without_its_gloss() -> None:
    """ "Smoke, meaning sudden damage from smoke": the peril is "Smoke"."""
    assert "COVERAGE B – PERSONAL PROPERTY – Smoke" in _sections()


def test_an_exclusion_outside_the_perils_keeps_its_own_title() -> None:
    assert _sections()["SECTION II – EXCLUSIONS"] == ["War"]
