"""The annexed list of items a health policy does not pay for ("List I – Items for which
coverage is not available in the policy", printed as a table: "Sl Item" / "1 BABY FOOD"
/ "2 BEAUTY SERVICES" ...), found in several Indian health policies (issue 18). Its own
title, though long, titles its items (not the list before it, "Day care procedures");
its column titles ("Sl Item") are no lead-in; and its bare names are one list, said once
in the draft. Fixtures written for this file; each test failed on the code before."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, BlockLine, document_of_blocks, draft_sections

_NAMES = (
    "BABY FOOD", "BEAUTY SERVICES", "BELTS/ BRACES", "BUDS", "COLD PACK/HOT PACK",
    "CARRY BAGS", "EMAIL CHARGES", "DVD, CD CHARGES", "EYE PAD", "EYE SHIELD",
    "FOOT COVER", "GOWN", "LEGGINGS", "LAUNDRY CHARGES", "MINERAL WATER",
    "SANITARY PAD", "TELEPHONE CHARGES", "GUEST SERVICES", "CREPE BANDAGE", "DIAPER",
    "EYELET COLLAR", "SLINGS", "TELEVISION CHARGES", "SURCHARGES", "BIRTH CERTIFICATE",
)  # fmt: skip

_TITLE = "List I – Items for which coverage is not available in the policy"


def _annex(column_titles: str) -> tuple[BlockLine, ...]:
    return (
        ("heading", 1, "", "Appendix I"),
        ("heading", 2, "", "Day care procedures / surgeries"),
        ("list_item", 1, "1", "1 Coronary angiography"),
        ("list_item", 1, "2", "2 Haemodialysis"),
        ("heading", 3, "", _TITLE),
        ("paragraph", 0, "", column_titles),
        *(("list_item", 1, str(i), f"{i} {name}") for i, name in enumerate(_NAMES, 1)),
    )


def _sections(lines: tuple[BlockLine, ...]) -> dict[str, list[str]]:
    document = document_of_blocks((*lines, *GENERAL_PART), sections=True, nested=True)
    return draft_sections(document)


def test_a_labelled_list_that_leaves_things_out_titles_its_items() -> None:
    sections = _sections(_annex("The following items are not payable:"))
    assert _TITLE in sections, sections
    assert "Day care procedures / surgeries" not in sections, sections


def test_column_titles_over_the_rows_are_no_lead_in_and_the_names_are_one_list() -> None:
    sections = _sections(_annex("Sl Item"))
    bullets = sections.get(_TITLE, [])
    assert any(b.startswith(f"All {len(_NAMES)} names listed") for b in bullets), sections
    assert "MINERAL WATER" not in bullets, bullets
