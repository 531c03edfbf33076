"""Page numbers printed in a side margin, halfway down the page.

A booklet may print its page number at the page's outer edge, beside the text, as a
thumb tab. Such a number shares its row with the text beside it: left in, it ends the
paragraph it sits next to ("This policy will cover you for the | 46"), and the sentence
that goes on at the top of the next column is read alone ("hire charges not recoverable
from others"), as if it excluded something. A bare number at the
edge is a page number when it keeps one distance from the page's index on several
pages. A column of figures at the edge (a table), or a figure at the end of a line of
prose, is the document's text and stays.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

LEFT, RIGHT = 60, 320
CUT = "And then this policy will pay you in full for the"
GOES_ON = "hire charges not recoverable from others."


def _two_columns(c, number: int) -> None:
    c.setFont("Helvetica-Bold", 12)
    c.drawString(LEFT, 720, f"Part {number} Example cover")
    c.setFont("Helvetica", 10)
    for index in range(20):
        c.drawString(
            LEFT,
            690 - index * 14,
            f"The terms of clause {number}.{index + 1} apply to this part of it.",
        )
    c.drawString(LEFT, 690 - 20 * 14, CUT)  # the foot of the left column
    c.drawString(RIGHT, 690, GOES_ON)  # the top of the right column
    for index in range(1, 21):
        c.drawString(
            RIGHT,
            690 - index * 14,
            f"Further terms of part {number}, line {index}, apply to it too.",
        )
    c.drawString(6, 690 - 10 * 14, str(number + 40))  # the page number at the left edge


def test_a_side_margin_page_number_does_not_cut_the_sentence(tmp_path: Path) -> None:
    """The number goes; the sentence runs on from the left column into the right one."""
    blocks = block_texts(draw_pdf(tmp_path / "tabs.pdf", _two_columns, pages=4))
    joined = [words for _, words in blocks if f"{CUT} {GOES_ON}" in words]
    assert len(joined) == 4, [b for b in blocks if "pay you" in b[1]]
    text = " ".join(words for _, words in blocks)
    for number in (41, 42, 43, 44):
        assert str(number) not in text.split(), number


def _edge_figures(c, number: int) -> None:
    c.setFont("Helvetica", 10)
    c.drawString(LEFT, 700, f"Schedule {number}")
    for index in range(5):  # a table's first column, set at the very edge
        c.drawString(6, 660 - index * 14, str(index + number))
        c.drawString(LEFT, 660 - index * 14, f"Item of schedule {number}, row {index + 1}")
    c.drawString(LEFT, 560, "We cover boats not more than")
    c.drawString(LEFT + 142, 560, str(7 + number))  # a figure ending a line, far right
    c.drawString(LEFT, 546, "metres long.")


def test_figures_at_the_edge_stay(tmp_path: Path) -> None:
    """A column of figures, and a number at a line's end, are the document's text."""
    text = " ".join(w for _, w in block_texts(draw_pdf(tmp_path / "t.pdf", _edge_figures, pages=4)))
    for number in range(1, 5):
        assert f"{number} Item of schedule {number}, row 1" in text, text[:300]
        assert f"not more than {7 + number} metres long" in text
