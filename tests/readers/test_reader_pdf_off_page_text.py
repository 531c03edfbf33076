"""Text set outside the page's crop box is not read: a reader never sees it. Printers'
files carry the neighbouring page's words in the bleed beside a cropped page, and some
forms keep a copy of their text above the page; read, such words double every clause
or land beside the page's own lines as a column that is not there.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

SEEN = "We will not pay for damage caused by frost to pipes in an empty home."
BLEED = "Any loss of keys while the car is left unlocked in a public place."
ABOVE = "This copy of the schedule is kept outside the page and never printed."


def _cropped(c, _number: int) -> None:
    c.setCropBox((36, 36, 440, 616))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 580, "Section 4 Your home")
    c.setFont("Helvetica", 9)
    c.drawString(60, 560, SEEN)
    c.drawString(460, 560, BLEED)  # in the bleed, right of the crop box


def _above(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Section 5 Your car")
    c.setFont("Helvetica", 9)
    c.drawString(60, 760, SEEN)
    c.drawString(60, 900, ABOVE)  # above the top of an A4 page


def test_words_beside_the_crop_box_are_not_read(tmp_path: Path) -> None:
    text = " ".join(t for _kind, t in block_texts(draw_pdf(tmp_path / "crop.pdf", _cropped)))
    assert SEEN in text
    assert "unlocked" not in text


def test_words_above_the_page_are_not_read(tmp_path: Path) -> None:
    text = " ".join(t for _kind, t in block_texts(draw_pdf(tmp_path / "above.pdf", _above)))
    assert SEEN in text
    assert "never printed" not in text
