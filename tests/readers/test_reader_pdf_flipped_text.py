"""Text set with a negative font size under a text matrix turned upside down (Tf -10
with Tm -1 0 0 -1) prints upright and at 10 pt, as some publishers' PDFs set it. PDFium
reports the font size with its sign; the reader takes its size, so the body size, fine
print and the watermark test see 10 pt, not -10 pt. (At -10 pt every word was "at
least ten times the body size", and the words on most pages, "and", "of", "is", "not",
were dropped as a watermark: "Crowns are not covered" read "Crowns covered".) The
fixture is written for the test."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

ITEMS = ["Crowns", "Bridges", "Implants", "Dentures"]
PLACES = ["at home", "abroad", "in a hospital", "at a clinic"]


def _lines(page: int) -> list[str]:
    """Lines of their own on each page (a line on every page is a running header), with
    the words every page shares."""
    item, place = ITEMS[page - 1], PLACES[page - 1]
    return [
        f"{item} are not covered for members aged 12 or younger {place}.",
        f"Repair of the same {item.lower()} is not covered within 24 months {place}.",
    ]


def _flipped(c, page: int) -> None:
    for index, line in enumerate(_lines(page)):
        text = c.beginText()
        text.setTextTransform(-1, 0, 0, -1, 56, 760 - 18 * index)
        text.setFont("Helvetica", -10)
        text.textOut(line)
        c.drawText(text)


def test_text_set_with_a_negative_size_keeps_every_word(tmp_path: Path) -> None:
    doc = read_path(draw_pdf(tmp_path / "flipped.pdf", _flipped, 4))
    lines = [" ".join(line.split()) for line in doc.text.splitlines() if line.strip()]
    assert lines == [line for page in range(1, 5) for line in _lines(page)]
    assert {style.size_pt for style in doc.styles_over(0, len(doc.text))} == {10.0}
    assert not any(style.hidden for style in doc.styles_over(0, len(doc.text)))
