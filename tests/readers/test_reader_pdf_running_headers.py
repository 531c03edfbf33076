"""A list that runs on over a page break stays under its lead-in, past a running
section header ("Section 2 Contents continued") that repeats only on its section's
pages; a new heading between the pages ends it.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from exclusion_helpers import analyse_document
from readers_builders import draw_pdf

from clarity.readers import read_path

TITLE = "Section 2 Contents"
FLAT_FIRST = [
    "We will not pay for:",
    "1. Damage to furniture left out in a garden.",
    "2. Loss of money left in an unlocked car.",
]
FLAT_NEXT = ["3. Cleaning, dyeing or restoring any item.", "4. Breakdown of any kitchen appliance."]
NESTED_FIRST = [
    "• Storm damage to the contents of your home.",
    "• We don't cover:",
    "    • damage to furniture left out in a garden",
    "    • loss of money left in an unlocked car",
]
NESTED_NEXT = [
    "    • cleaning, dyeing or restoring any item",
    "    • breakdown of any kitchen appliance",
    "• Fire, smoke and explosion in your home.",
]


def _lines(c, x: float, y: float, lines: list[str], size: float = 10) -> None:
    c.setFont("Helvetica", size)
    for index, line in enumerate(lines):
        indent = (len(line) - len(line.lstrip())) * 4
        c.drawString(x + indent, y - index * size * 1.3, line.strip())


def _pdf(path: Path, first: list[str], following: list[str], heading: str = "") -> Path:
    def draw(c, number):
        c.setFont("Helvetica", 8)
        c.drawString(56, 812, "Example Mutual home insurance policy wording")
        c.drawString(280, 30, f"Page {number}")
        if number == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(56, 700, TITLE)
            _lines(c, 56, 200, first)
            return
        c.setFont("Helvetica", 8)
        c.drawString(56, 796, f"{TITLE} continued")  # on this page only: not running
        if heading:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(56, 760, heading)
        _lines(c, 56, 720, following)

    return draw_pdf(path, draw, pages=2)


def _found(path: Path) -> set[str]:
    doc = read_path(path)
    return {" ".join(e["text"].split()) for e in analyse_document(doc).extra["exclusions"]}


def test_the_running_section_header_is_dropped(tmp_path: Path) -> None:
    doc = read_path(_pdf(tmp_path / "flat.pdf", FLAT_FIRST, FLAT_NEXT))
    assert f"{TITLE} continued" not in doc.text
    assert [doc.text[h.start : h.end] for h in doc.headings] == [TITLE]


def test_a_numbered_list_runs_on_past_the_running_header(tmp_path: Path) -> None:
    found = _found(_pdf(tmp_path / "flat.pdf", FLAT_FIRST, FLAT_NEXT))
    assert "Cleaning, dyeing or restoring any item." in found, found
    assert "Breakdown of any kitchen appliance." in found, found


def test_a_nested_list_runs_on_past_the_running_header(tmp_path: Path) -> None:
    found = _found(_pdf(tmp_path / "nested.pdf", NESTED_FIRST, NESTED_NEXT))
    assert "cleaning, dyeing or restoring any item" in found, found
    assert "breakdown of any kitchen appliance" in found, found
    assert not any(t.startswith("Fire, smoke") for t in found), found


def test_a_new_heading_on_the_next_page_ends_the_list(tmp_path: Path) -> None:
    found = _found(_pdf(tmp_path / "heading.pdf", FLAT_FIRST, FLAT_NEXT, heading="Claims"))
    assert "Loss of money left in an unlocked car." in found, found
    assert "Cleaning, dyeing or restoring any item." not in found, found
