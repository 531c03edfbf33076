"""Exclusions that used to be missed (issue 18, recall): items of a two-column "what is
covered | what is not covered" table read column by column, cross-references with a
pointer in parentheses, restrictions and conditions of cover. Every fixture is written
for this file; each asserts the guideline's side too (benefit amounts, excess and
lead-ins stay out)."""

from __future__ import annotations

from exclusion_helpers import exclusions


def texts(text: str, fmt: str = "markdown") -> list[str]:
    return [" ".join(row["text"].split()) for row in exclusions(text, fmt=fmt)]


TWO_COLUMNS = (
    "HARBOUR MUTUAL BOAT COVER\n\n"
    "Section A - Moorings\n\n"
    "WHAT IS COVERED WHAT IS NOT COVERED\n"
    "\uf06e If your boat breaks its mooring, we will tow it back to\n"
    "the marina.\n"
    "\uf06e We will send a diver to free a fouled propeller.\n"
    "\uf06e Sailing outside coastal waters.\n"
    "\uf06e A mooring chain older than ten years.\n\n"
    "Section B - Storage\n\n"
    "\uf06e Winter storage ashore in a locked yard.\n"
)


def test_a_two_column_table_cover_items_first_then_exclusions() -> None:
    found = texts(TWO_COLUMNS, fmt="text")
    assert "Sailing outside coastal waters." in found, found
    assert "A mooring chain older than ten years." in found, found
    assert not any("tow it back" in t or "diver" in t for t in found), found


def test_a_two_column_heading_does_not_reach_the_next_section() -> None:
    found = texts(TWO_COLUMNS.replace("\uf06e", "-"), fmt="text")
    assert not any("Winter storage" in t for t in found), found


def test_a_cover_list_in_the_cover_column_stays_cover() -> None:
    text = (
        "# What is covered / what is not covered\n\n"
        "- We will pay for the following if your engine fails at sea:\n"
        "- towing to the nearest harbour\n- a mechanic for up to two hours\n\n"
        "The following are not covered:\n\n- Engines older than twenty years.\n"
    )
    found = texts(text)
    assert found == ["Engines older than twenty years."], found


def test_an_item_that_imports_exclusions_with_a_pointer_in_parentheses() -> None:
    text = (
        "# What is not covered\n\n- Racing.\n"
        "- Anything listed in the general exclusions. (Please see part 7.)\n"
    )
    assert any(t.startswith("Anything listed") for t in texts(text)), texts(text)
    # a pointer that is the whole sentence is not an exclusion
    pointer = "# Your cover\n\nPlease see part 7 for what is not covered by this insurance.\n"
    assert texts(pointer) == []


def test_forfeited_deposits_are_cover_but_forfeited_benefits_are_not() -> None:
    deposits = (
        "# Cancellation\n\nWe will pay back the unused portion of your forfeited "
        "hotel deposits paid in advance.\n"
    )
    assert texts(deposits) == []
    lost = "# Fraud\n\nIf a claim is fraudulent, every benefit under this policy is forfeited.\n"
    assert len(texts(lost)) == 1, texts(lost)


def test_item_i_after_item_h_is_the_next_letter_not_a_sub_list() -> None:
    letters = "abcdefgh"
    items = "".join(f"({c}) the boat is moored in harbour {c};\n" for c in letters)
    text = (
        "CONDITIONS\n\nThe insurance operates only if all of the following conditions "
        f"are met:\n\n{items}(i) the skipper holds a licence.\n"
    ).replace("harbour h;", "harbour h; and")
    found = texts(text, fmt="text")
    assert any(t.startswith("the boat is moored in harbour h") for t in found), found
    assert any(t.startswith("the skipper holds a licence") for t in found), found


def test_a_list_cut_in_two_by_a_paragraph_break_keeps_its_lead_in() -> None:
    text = (
        "# Cancellation\n\nWe shall not be liable for:\n\n"
        "1. any trip booked against medical advice;\n"
        "2. any costs incurred after the end of the Period of\n\n"
        "Cover in which the skipper turns eighty;\n\n"
        "3. any costs paid with gift vouchers.\n"
    )
    assert any("gift vouchers" in t for t in texts(text)), texts(text)
