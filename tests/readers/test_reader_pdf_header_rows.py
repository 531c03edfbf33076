"""A running header of several rows that reaches below the top margin.

Some policies print a letterhead at the top of every page (the insurer's name, its
registered office, a telephone line), then the product's name set large, its product
code and "Policy Wording". The letterhead fills the top margin, so the product's name
and the rows under it sit below it, where body text may also run. Each is word for word
the same, at the same height, on most pages: it is furniture too. Left in, the product's
name reads as a heading atop every page, and each page's clauses fall under it instead
of the section they belong to. A body line set as high on one page only is the
document's text and stays.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

PRODUCT = "GROUP HOLIDAY COVER"
CODE = "EXAMPLE-GH-0042"
HIGH_LINE = "Please keep this wording with your schedule."


def _draw(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, 775, "EXAMPLE GENERAL INSURANCE COMPANY LIMITED")
    c.setFont("Helvetica", 8)
    c.drawString(60, 765, "Registered Office: 1 Example Street, Example Town")
    c.drawString(60, 755, "Toll free: 0800 000 000")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, 690, PRODUCT)  # below the top margin (12% of the page)
    c.setFont("Helvetica", 9)
    c.drawString(60, 676, CODE)
    c.setFont("Helvetica", 10)
    if number == 2:
        c.drawString(60, 662, HIGH_LINE)  # as high as the header rows, on this page only
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 640, f"Section {number} Baggage")
    c.setFont("Helvetica", 10)
    for index in range(30):
        c.drawString(60, 620 - index * 15, f"The terms of clause {number}.{index + 1} apply.")


def _text(tmp_path: Path) -> str:
    return read_path(draw_pdf(tmp_path / "letterhead.pdf", _draw, pages=4)).text


def test_header_rows_below_the_margin_on_most_pages_are_dropped(tmp_path: Path) -> None:
    """The product's name and code, the same and at the same height on every page, go."""
    text = _text(tmp_path)
    assert PRODUCT not in text, text[:400]
    assert CODE not in text
    assert "Section 3 Baggage" in text


def test_a_body_line_as_high_on_one_page_stays(tmp_path: Path) -> None:
    """A line set among the header rows on one page only is the document's text."""
    assert HIGH_LINE in " ".join(_text(tmp_path).split())
