"""Section titles of the items of a numbered exclusions list whose title-only items a PDF
reader set as headings ("Exclusions" / "1. Employer's liability" alone on its line / "2.
Vehicles loss caused by ..." run into its clause): the items after such a heading are its
siblings, not its contents, so the list's own heading titles them, named with the part
it belongs to (clarity/checks/exclusions/numbered_headings.py). All text here is
invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections

PART = ("heading", 1, "", "Section 4 Public liability")
COVER = ("paragraph", 0, "", "We cover your legal liability for injury to the public.")
LIST = ("heading", 2, "", "Exclusions")
LEAD = ("paragraph", 0, "", "We will not pay anything in respect of:")


def _sections(*items: tuple) -> dict[str, list[str]]:
    lines = (PART, COVER, LIST, LEAD, *items, *GENERAL_PART)
    return draft_sections(document_of_blocks(lines, sections=True, nested=True))


def test_items_after_a_numbered_heading_of_the_list_take_the_lists_title() -> None:
    sections = _sections(
        ("heading", 3, "", "1. Employer’s liability"),
        ("paragraph", 0, "", "Injury to any person you employ under a contract of service."),
        ("paragraph", 0, "", "2. Vehicles\nLoss caused by any vehicle that must be registered."),
        ("paragraph", 0, "", "3. Faulty workmanship\nThe cost of redoing work you did badly."),
    )
    siblings = sections.get(f"{PART[3]} – Exclusions", [])
    assert any("vehicle that must be registered" in bullet for bullet in siblings), sections
    assert any("redoing work" in bullet for bullet in siblings), sections
    own = sections.get(f"{PART[3]} – 1. Employer’s liability", [])
    assert any("person you employ" in bullet for bullet in own), sections


def test_a_numbered_heading_whose_own_list_follows_keeps_its_items() -> None:
    """ "2. Vehicles" / "1. ..." / "2. ...": the items number afresh, so they are the
    heading's own."""
    sections = _sections(
        ("heading", 3, "", "2. Vehicles"),
        ("paragraph", 0, "", "1. Loss caused by any vehicle that must be registered."),
        ("paragraph", 0, "", "2. Loss caused by any vehicle you race."),
        ("paragraph", 0, "", "3. Loss caused by any vehicle you lend for money."),
    )
    own = sections.get(f"{PART[3]} – 2. Vehicles", [])
    assert len(own) == 3, sections


def test_the_list_is_not_named_after_a_part_before_it_or_the_documents_title() -> None:
    """ "Liability Insurance" / "Policy Schedule" / "Policy Wording" / "Exclusions" / "1.
    Aircraft" ...: the items are the wording's exclusions, not the schedule's; "Policy
    Wording" names the whole document."""
    lines = (
        ("heading", 1, "", "Liability Insurance"),
        ("heading", 2, "", "Policy Schedule"),
        ("paragraph", 0, "", "Item 1. The insured named in the proposal."),
        ("heading", 2, "", "Policy Wording"),
        ("heading", 3, "", "Exclusions"),
        LEAD,
        ("heading", 4, "", "1. Aircraft"),
        ("paragraph", 0, "", "Injury caused by any aircraft you own or hire."),
        ("paragraph", 0, "", "2. Vehicles\nLoss caused by any vehicle that must be registered."),
        *GENERAL_PART,
    )
    sections = draft_sections(document_of_blocks(lines, sections=True, nested=True))
    titles = [t for t, bullets in sections.items() if any("registered" in b for b in bullets)]
    assert titles == ["Exclusions"], sections


def _titles(*lines: tuple) -> list[str]:
    sections = draft_sections(document_of_blocks((*lines, *GENERAL_PART), sections=True))
    return [title for title in sections if title != GENERAL_PART[0][3]]


def test_a_dotted_peer_before_a_numbered_bare_heading_is_not_its_owner() -> None:
    """ "4.17 Notice of communication" / "4.18 Exclusions": a peer, set at the same level;
    "7.2 Out-patient treatment" / "7.2.1 Exclusions": its number says it owns the list
    (draft_owner.owner_of_bare_heading)."""
    peer = _titles(
        ("heading", 1, "", "4.17 Notice of communication"),
        ("paragraph", 0, "", "We send notices to your last known address."),
        ("heading", 1, "", "4.18 Exclusions"),
        ("paragraph", 0, "", "We will not pay for:"),
        ("list_item", 1, "a)", "a) cosmetic surgery;"),
        ("list_item", 1, "b)", "b) vaccinations."),
    )
    assert peer == ["4.18 Exclusions"], peer
    owner = _titles(
        ("heading", 1, "", "7.2 Out-patient treatment"),
        ("paragraph", 0, "", "We pay for out-patient treatment."),
        ("heading", 1, "", "7.2.1 Exclusions"),
        ("paragraph", 0, "", "We will not pay for:"),
        ("list_item", 1, "a)", "a) cosmetic dental treatment;"),
        ("list_item", 1, "b)", "b) spectacles."),
    )
    assert owner == ["7.2 Out-patient treatment – 7.2.1 Exclusions"], owner


def test_an_item_of_the_headings_own_series_titles_its_items_alone() -> None:
    """ "4. Investigation – Code 04" set as a heading, then "5. Rest cure – Code 05: ...:"
    as an item: the items under "5." are not the heading's (its series goes on), so the
    item's title stands alone (numbered_headings.innermost_heading_continued)."""
    titles = _titles(
        ("heading", 1, "", "4. Investigation and evaluation – Code 04"),
        ("list_item", 1, "A.", "A. Expenses for admission for diagnostics only are excluded."),
        ("list_item", 1, "5.", "5. Rest cure, rehabilitation and respite care – Code 05:"),
        (
            "paragraph",
            0,
            "",
            "Expenses related to admission primarily for rest cure are excluded, such as:",
        ),
        ("list_item", 2, "i.", "i. Custodial care at home or in a nursing facility."),
        ("list_item", 2, "ii.", "ii. Services for people who are terminally ill."),
    )
    assert any(t.startswith("Rest cure") for t in titles), titles
    assert not any(t.startswith("4. Investigation") and "Rest cure" in t for t in titles), titles
