"""A footer set well above the bottom margin.

Some publishers print a footer block of several rows at about four fifths of the page's
height: the page number and the policy's name ("5 Example Multimedia Indemnity Policy"),
then the company's address. None of it is in the bottom margin, so the margin rules miss
it; read as text, "5 Example ..." became a list item numbered by the page and a bullet of
the draft (an Indian liability policy, issue 18). A small row in the lower quarter of the
page that comes back, digits aside, on most pages is a running footer. A body line set as
low on one page only stays.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

FOOTER = "Example Multimedia Indemnity Policy"
ADDRESS = "EXAMPLE GENERAL INSURANCE COMPANY LIMITED, 5th Floor, Example Road"
LOW_BODY = "Keep your receipts for any repairs in a safe place."


def _draw(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, f"Section {number} Liability cover")
    c.setFont("Helvetica", 10)
    for index in range(30):
        c.drawString(
            60, 755 - index * 15, f"The terms of clause {number}.{index + 1} apply in full."
        )
    if number == 2:
        c.drawString(60, 200, LOW_BODY)  # low on the page, on this page only
    c.setFont("Helvetica", 7)
    c.drawString(60, 165, f"{number} {FOOTER}")  # the footer's first row, at 80% down
    c.drawString(60, 150, ADDRESS)


def _text(tmp_path: Path) -> str:
    return read_path(draw_pdf(tmp_path / "policy.pdf", _draw, pages=4)).text


def test_a_footer_above_the_margin_on_most_pages_is_dropped(tmp_path: Path) -> None:
    text = _text(tmp_path)
    assert FOOTER not in text, text[-400:]
    assert "5th Floor" not in text


def test_a_body_line_as_low_on_one_page_stays(tmp_path: Path) -> None:
    assert LOW_BODY in " ".join(_text(tmp_path).split())


def _draw_numbers(c, number: int) -> None:
    c.setFont("Helvetica", 10)
    for index in range(20):
        c.drawString(60, 755 - index * 15, f"Clause {number}.{index + 1} applies in full.")
    c.drawString(60, 440, "Most we pay for a lost key:")
    c.drawString(300, 425, "250")  # a table's figure, in a row of its own mid-page
    c.setFont("Helvetica", 7)
    c.drawString(300, 165, str(number))  # the page number, raised above the margin


def test_a_figure_mid_page_stays_though_page_numbers_are_raised(tmp_path: Path) -> None:
    """Only rows in the lower quarter are such a footer: a bare figure set mid-page,
    which reads like a page number with its digits aside, is the document's text."""
    text = read_path(draw_pdf(tmp_path / "limits.pdf", _draw_numbers, pages=4)).text
    assert "250" in text, text[:400]
