"""Section titles of exclusions set inside one cover's clause: a numbered clause whose
title runs into its first sentence ("3.1 Advertising liability You are insured for ...
You are not insured for advertising liability in connection with:"), a clause numbered
"3.6" whose title stands alone, a numbered benefit whose later sentence excludes from it
("6. Ambulance – Expenses for ... This benefit excludes helicopter transports."), and a
lead-in that names the section it refuses under ("... shall not be liable under the
Personal Accident section for ..."). Under the part's title alone ("Section 3 – Automatic
policy extensions", "Optional covers") the bullets read as limits of every cover in it.
All text here is invented."""

from __future__ import annotations

from exclusion_helpers import document_of_blocks, draft_sections

EXTENSIONS = (
    ("heading", 1, "", "Section 3 – Extensions"),
    (
        "list_item",
        1,
        "3.1",
        "3.1 Publicity liability You are insured for sums you must pay for publicity "
        "liability. You are not insured for publicity liability in connection with:",
    ),
    ("list_item", 2, "(a)", "(a) a wrong price printed in a catalogue,"),
    ("list_item", 2, "(b)", "(b) a breach of a trade mark."),
    ("list_item", 1, "3.2", "3.2 Loads lifted by hoist"),
    (
        "paragraph",
        0,
        "",
        "You are insured for damage to goods lifted by a hoist. However, no cover is provided for:",
    ),
    ("list_item", 1, "(a)", "(a) loads lifted by two hoists at once."),
    ("list_item", 1, "3.3", "3.3 Tools/ You are insured for tools. You are not insured for:"),
    ("list_item", 2, "(a)", "(a) tools left in an open truck."),
    ("heading", 1, "", "Section 4 – Benefits"),
    (
        "list_item",
        1,
        "6.",
        "6. Ambulance – Costs of a road ambulance to the nearest hospital. This benefit "
        "excludes helicopter transports.",
    ),
    (
        "list_item",
        1,
        "7.",
        "7. Section II – Cover for the garage. This cover does not apply to loss of rent.",
    ),
    ("heading", 1, "", "Optional covers"),
    ("paragraph", 0, "", "Personal Accident cover pays for accidental death at any time."),
    (
        "paragraph",
        0,
        "",
        "EXCLUSIONS: The Company shall not be liable under the Personal Accident section for "
        "death on account of",
    ),
    ("list_item", 1, "i.", "i. intentional self-injury;"),
    ("list_item", 1, "ii.", "ii. venereal disease."),
)


def _sections() -> dict[str, list[str]]:
    return draft_sections(document_of_blocks(EXTENSIONS, sections=True))


def test_a_run_in_clause_title_names_the_section_of_its_items() -> None:
    assert _sections()["Section 3 – Extensions – Publicity liability"] == [
        "Wrong price printed in a catalogue",
        "Breach of a trade mark",
    ]


def test_a_clause_numbered_with_a_decimal_titles_the_items_after_it() -> None:
    assert _sections()["Section 3 – Extensions – Loads lifted by hoist"] == [
        "Loads lifted by two hoists at once"
    ]


def test_a_title_cut_at_a_slash_names_nothing() -> None:
    sections = _sections()
    assert not any(title.endswith("Tools/") for title in sections)
    assert "Tools left in an open truck" in sections["Section 3 – Extensions"]


def test_a_later_sentence_of_a_benefit_item_is_titled_with_the_benefit() -> None:
    sections = _sections()
    assert sections["Section 4 – Benefits – Ambulance"] == ["Helicopter transports"]


def test_an_item_that_names_a_part_gives_no_title() -> None:
    """ "7. Section II – ...": a reference to a part of the policy, not a cover's name."""
    assert not any("Section II" in title for title in _sections())


def test_a_lead_in_that_refuses_under_a_named_section_names_it() -> None:
    assert _sections()["Optional covers – Personal Accident"] == [
        "Intentional self-injury",
        "Venereal disease",
    ]
