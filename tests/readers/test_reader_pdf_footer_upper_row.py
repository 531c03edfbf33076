"""The upper row of a two-row footer, set just above the bottom margin.

A form prints a notice over its form number at the foot of each page ("Includes
copyrighted material of Example Services, with its permission." above "EX 00 10 10 12
Page 1 of 4"). The form number sits in the bottom margin and is dropped as a running
footer; the notice sits just above the margin, where body text may also run. Word for
word the same on a run of pages, it is furniture too: left in, it reads as a paragraph
between the two halves of a clause that runs on over the page break. A body line near
the foot that is on one page only is the document's text and stays.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

NOTICE = "Includes copyrighted material of Example Services, with its permission."
NEAR_FOOT = "Keep your receipts for any repairs in a safe place."


def _draw(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, f"Section {number} Property cover")
    c.setFont("Helvetica", 10)
    for index in range(40):
        c.drawString(
            60, 755 - index * 15, f"The terms of clause {number}.{index + 1} apply in full."
        )
    if number == 2:
        c.drawString(60, 122, NEAR_FOOT)  # near the foot, on this page only
    c.setFont("Helvetica", 8)
    c.drawString(60, 108, NOTICE)  # just above the bottom margin
    c.drawString(60, 40, f"EX 00 10 10 12 Page {number} of 4")  # in the margin


def _text(tmp_path: Path) -> str:
    return read_path(draw_pdf(tmp_path / "form.pdf", _draw, pages=4)).text


def test_a_footers_upper_row_repeated_on_a_run_of_pages_is_dropped(tmp_path: Path) -> None:
    """The notice just above the margin, the same on four pages in a row, is left out."""
    text = _text(tmp_path)
    assert "copyrighted material" not in text, text[-400:]
    assert "EX 00 10 10 12" not in text


def test_a_body_line_near_the_foot_on_one_page_stays(tmp_path: Path) -> None:
    """A line set as low as the notice, on one page only, is the document's text."""
    assert NEAR_FOOT in " ".join(_text(tmp_path).split())
