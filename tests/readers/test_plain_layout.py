"""Plain text from PDFs: running headers and footers told apart from lines a policy
repeats on purpose (lead-ins, list items, column headings); wrapped titles and items."""

from __future__ import annotations

from clarity.readers.plain import read_plain
from clarity.readers.structure import list_marker


def _pages(bodies: list[str]) -> str:
    """Pages of an extracted PDF: a running header, the body, some more text, the page
    number."""
    more = "We pay for storm damage.\nWe pay for fire damage.\nWe pay for lost keys."
    return "".join(
        f"Harbour Mutual Boat Policy\nYour cover\n{body}\n{more}\n{n}\n\f"
        for n, body in enumerate(bodies, 1)
    )


def _block_texts(source: str) -> list[str]:
    doc = read_plain("x.txt", source)
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks]


def test_a_lead_in_repeated_in_every_section_is_kept() -> None:
    body = (
        "Section {0} covers your mooring.\nThis section does not cover:\n"
        "- damage by ice;\n- theft of fuel.\nIt also pays for towing in section {0}."
    )
    blocks = _block_texts(_pages([body.format(s) for s in "ABCD"]))
    assert sum(b.endswith("This section does not cover:") for b in blocks) == 4, blocks
    assert not any("Harbour Mutual" in b for b in blocks), blocks


def test_a_two_column_heading_repeated_in_every_section_is_kept() -> None:
    body = (
        "Section {0} sets out your mooring cover.\nWHAT IS COVERED WHAT IS NOT COVERED\n"
        "- We will tow your boat to a marina.\n- Sailing outside coastal waters."
    )
    blocks = _block_texts(_pages([body.format(s) for s in "ABC"]))
    assert sum(b == "WHAT IS COVERED WHAT IS NOT COVERED" for b in blocks) == 3, blocks


def test_the_last_line_of_a_page_that_ends_a_sentence_is_text() -> None:
    """A wrapped item whose second line ends each page sits by the page number, but
    it continues the line above it."""
    body = "Section {0} applies.\n- Anything listed in the general\nexclusions of this policy."
    blocks = _block_texts(_pages([body.format(s) for s in "ABC"]))
    assert blocks.count("- Anything listed in the general exclusions of this policy.") == 3


def test_a_two_line_running_header_is_left_out() -> None:
    pages = "".join(
        f"{n}\nHarbour Mutual Boat Policy\nSection F continued\nWe pay for {cause}.\n\f"
        for n, cause in enumerate(("ice", "fire", "storm", "theft"), 1)
    )
    blocks = _block_texts(pages)
    assert blocks == [f"We pay for {c}." for c in ("ice", "fire", "storm", "theft")], blocks


def test_a_symbol_font_bullet_marks_a_list_item() -> None:
    """PDF text keeps a symbol font's bullet as a private-use character (U+F06E, U+F0B7)."""
    for bullet in ("\uf06e", "\uf0b7", "\uf0a7"):
        assert list_marker(f"{bullet}\t Travel outside the home country.") == bullet
    doc = read_plain("x.txt", "Not covered:\n\uf0b7 Frost.\n\uf0b7 Flood.\n")
    assert [b.kind for b in doc.blocks] == ["paragraph", "list_item", "list_item"]


def _kinds(source: str) -> list[tuple[str, str]]:
    doc = read_plain("x.txt", source)
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def test_a_numbered_item_wrapped_onto_a_lower_case_line_is_an_item() -> None:
    source = (
        "Exclusions\n\n1. Cosmetic surgery.\n2. Any hearing aids, spectacles, dentures\n"
        "or other medical appliances.\n3. War.\n"
    )
    kinds = _kinds(source)
    assert (
        "list_item",
        "2. Any hearing aids, spectacles, dentures or other medical appliances.",
    ) in kinds
    assert kinds[0] == ("heading", "Exclusions")


def test_a_line_that_stops_mid_phrase_is_not_a_heading() -> None:
    source = "Where You Are Covered\n\nZone 2: Europe (Excluding Russia and\nBelarus), Turkey and Morocco.\n"
    kinds = _kinds(source)
    assert [k for k, _ in kinds] == ["heading", "paragraph"], kinds


def test_a_title_wrapped_over_two_lines_is_one_heading() -> None:
    source = (
        "We pay for lost luggage.\nPart 5 - Legal Advice and\nCourt Costs\n"
        "We pay your lawyer's fees.\n"
    )
    doc = read_plain("x.txt", source)
    headings = [b for b in doc.blocks if b.kind == "heading"]
    assert len(headings) == 1
    assert " ".join(doc.text[headings[0].start : headings[0].end].split()) == (
        "Part 5 - Legal Advice and Court Costs"
    )
    assert doc.blocks[-1].section_path == ("Part 5 - Legal Advice and Court Costs",)


def test_a_number_that_carries_on_a_sentence_is_not_a_list_item() -> None:
    source = "We pay for one of the events 20 to\n24 and 29 to 32 only.\n"
    assert [k for k, _ in _kinds(source)] == ["paragraph"], _kinds(source)


def test_a_figure_in_brackets_after_a_number_word_is_not_a_list_item() -> None:
    source = (
        "A claim is void if it is not made within thirty\n"
        "(30) days of the loss, or within twenty-one\n"
        "(21) days of the police report.\n"
    )
    assert [k for k, _ in _kinds(source)] == ["paragraph"], _kinds(source)


def test_the_number_of_a_cross_reference_wrapped_onto_a_line_is_not_a_list_item() -> None:
    source = (
        "We do not pay for the detention of a skipper (other than as set out under Exclusion\n"
        "4 below), nor for fines payable under Events\n"
        "12 or 14.\n"
    )
    assert [k for k, _ in _kinds(source)] == ["paragraph"], _kinds(source)


def test_a_numbered_item_after_a_title_ending_in_a_reference_word_is_an_item() -> None:
    source = "We do not pay for:\n1. damage by ice;\n2. rust in any Section\n3. theft of fuel.\n"
    assert [k for k, _ in _kinds(source)] == ["paragraph"] + ["list_item"] * 3, _kinds(source)


def test_a_bracketed_number_after_a_lead_in_is_still_a_list_item() -> None:
    source = "We do not pay for:\n(1) wear and tear;\n(2) rust.\n"
    assert [k for k, _ in _kinds(source)] == ["paragraph", "list_item", "list_item"]


def test_a_numbered_line_that_opens_a_sub_list_is_an_item_not_a_heading() -> None:
    """ "1. (a) the excess shown as" / "Own Damage Excess ...": a heading there would end
    the exclusions section and its lead-in, and lose items 2, 3, ... below it."""
    source = (
        "We pay for damage to your boat.\n\n\nEXCLUSIONS TO SECTION A\nWe will not pay for:\n"
        "\n1. (a) the amount shown as Boat\n"
        "Excess in the Schedule.\n\n2. loss of use of the boat.\n\n3. damage to sails by wind.\n"
    )
    doc = read_plain("x.txt", source)
    kinds = [(b.kind, doc.text[b.start : b.start + 8]) for b in doc.blocks]
    assert ("list_item", "1. (a) t") in kinds
    assert not any(b.section_path for b in doc.blocks if b.kind == "list_item")


def test_the_next_number_of_a_list_is_its_next_item_however_title_like() -> None:
    """ "3. Any elective treatment, Traditional Chinese" after the item "2.": the list goes
    on; as a heading it closed the exclusions section and lost items 3 to 12."""
    source = (
        "We pay for your hospital stay.\n\n\nExclusions Applicable to Section 2\n"
        "1. Cosmetic surgery other than after an injury.\n\n"
        "2. Dental care other than after an accident.\n\n"
        "3. Any elective treatment, Traditional Chinese\nMedicine, aromatherapy or spa visits.\n\n"
        "4. The cost of hearing aids.\n"
    )
    doc = read_plain("x.txt", source)
    items = [doc.text[b.start : b.start + 2] for b in doc.blocks if b.kind == "list_item"]
    assert items == ["1.", "2.", "3.", "4."]


def test_the_next_bullet_of_a_list_is_its_next_item_however_title_like() -> None:
    """A symbol bullet after an item with the same bullet: the list goes on, even when the
    line reads like a title ("• Chronic Renal Failure less than RAI" / "Stage four (4); and")."""
    source = (
        "For the above definition, the following are excluded:\n"
        "\u2022 Kidney stones removed in one visit;\n"
        "\u2022 Chronic Renal Failure less than RAI\nStage four (4); and\n"
        "\u2022 Any kidney disease present at the start of cover.\n"
    )
    doc = read_plain("x.txt", source)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["paragraph", "list_item", "list_item", "list_item"], kinds


def test_a_roman_numeral_of_three_letters_in_brackets_marks_an_item() -> None:
    source = (
        "We do not pay for damage caused by:\n(i) rust;\n(ii) wear and tear\n"
        "(iii) frost or a change in the water table\n(xiv) moths.\n"
    )
    kinds = _kinds(source)
    assert [k for k, _ in kinds] == ["paragraph"] + ["list_item"] * 4, kinds
    assert kinds[3][1] == "(iii) frost or a change in the water table"


def test_a_word_in_brackets_is_no_roman_numeral() -> None:
    assert list_marker("(civil) partners are covered") is None
    assert list_marker("(mix) of goods") is None


def test_a_short_line_that_stops_on_a_verb_is_no_heading() -> None:
    source = (
        "Dentist means a licensed dental surgeon.\n"
        "The attending Registered Dental Surgeon shall not be\n"
        "You or a member of Your family.\n"
    )
    assert [k for k, _ in _kinds(source)] == ["paragraph"], _kinds(source)
