"""A watermark set as large near-white letters across a page ("SAMPLE DOCUMENT" on a
specimen policy) is not part of the text: its letters would land inside sentences and
headings wherever they cross the lines. A near-white heading word on a dark box, or a
single large letter, stays.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from exclusion_helpers import analyse_document
from readers_builders import draw_pdf

from clarity.readers import read_path

BODY = [
    "Medical Payments",
    "We will pay the reasonable expenses of an insured person.",
    "Benefits will be paid only if:",
    "1. the injury is reported to us within 30 days; and",
    "2. the treatment is given by a licensed physician.",
    "We will not pay for treatment given by a relative.",
]


def _page(letters: str, white: bool = True):
    def draw(c, _number: int) -> None:
        c.setFont("Helvetica", 10)
        for index, line in enumerate(BODY):
            c.drawString(72, 700 - index * 24, line)
        c.setFont("Helvetica-Bold", 36)
        if white:
            c.setFillColorRGB(1, 1, 1)
        for index, letter in enumerate(letters):
            # Diagonal, one letter at a time, crossing the body lines.
            c.drawString(80 + index * 40, 712 - index * 24, letter)
        c.setFillColorRGB(0, 0, 0)

    return draw


def test_watermark_letters_are_dropped(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "specimen.pdf", _page("SAMPLE")))
    assert "Benefits will be paid only if:" in document.text
    assert not any(document.text[b.start : b.end].strip() in set("SAMPLE") for b in document.blocks)
    conditions = [
        e for e in analyse_document(document).extra["exclusions"] if "physician" in e["text"]
    ]
    assert conditions, "the list under 'only if:' is read as conditions"


def test_one_large_letter_stays(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "dropcap.pdf", _page("W")))
    assert "W" in document.text.split()


def test_dark_large_letters_stay(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "dark.pdf", _page("ABC", white=False)))
    assert {"A", "B", "C"} <= set(document.text.split())


def _word_page(word: str, size: int = 120, on: set[int] | None = None):
    """Body lines, and ``word`` in dark ink, huge and rotated, across the list on the
    pages in ``on`` (all pages when None)."""

    def draw(c, number: int) -> None:
        c.setFont("Helvetica", 10)
        for index, line in enumerate(BODY):
            c.drawString(72, 700 - index * 24, line)
        if on is None or number in on:
            c.saveState()
            c.translate(60, 560)
            c.rotate(30)
            c.setFont("Helvetica", size)
            c.drawString(0, 0, word)
            c.restoreState()

    return draw


def test_a_watermark_word_on_every_page_is_dropped(tmp_path: Path) -> None:
    """ "SPECIMEN" in dark ink at 120 pt over 10 pt text on each of three pages."""
    document = read_path(draw_pdf(tmp_path / "specimen.pdf", _word_page("SPECIMEN"), pages=3))
    assert "SPECIMEN" not in document.text
    assert document.text.count("Benefits will be paid only if:") == 3


def test_a_large_title_on_one_page_stays(tmp_path: Path) -> None:
    path = draw_pdf(tmp_path / "title.pdf", _word_page("Wording", size=60, on={1}), pages=3)
    assert "Wording" in read_path(path).text
