"""A short line in capitals at body size, neither bold nor larger, with text in small
letters right below it, is a title, as US policy forms set theirs ("EXCLUSIONS
APPLICABLE TO COVERAGES A & B" / "We do not cover loss caused by:"). A paragraph set all
in capitals stays a paragraph, and so does a line in capitals that ends a sentence.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf


def _draw(c, _number: int) -> None:
    c.setFont("Helvetica", 10)
    lines = [
        (700, "We cover sudden and accidental direct physical loss to the dwelling."),
        (676, "EXCLUSIONS APPLICABLE TO COVERAGES A AND B"),
        (664, "We do not cover loss caused by any of the following, whatever"),
        (652, "else contributed to the loss at the same time:"),
        (628, "THE LIMIT FOR LOSS TO ANY ONE BOAT AND ITS TRAILER"),
        (616, "IS THE AMOUNT SHOWN FOR THIS COVERAGE ON THE DECLARATIONS"),
        (604, "PAGE OF THIS POLICY FOR THE PERIOD IN WHICH THE LOSS OCCURS."),
        (580, "SEE THE DECLARATIONS."),
        (568, "Notice of a loss must be given to us as soon as you can."),
    ]
    for y, text in lines:
        c.drawString(72, y, text)


def test_a_capitals_title_at_body_size(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "caps.pdf", _draw))
    assert ("heading", "EXCLUSIONS APPLICABLE TO COVERAGES A AND B") in blocks
    headings = [text for kind, text in blocks if kind == "heading"]
    assert headings == ["EXCLUSIONS APPLICABLE TO COVERAGES A AND B"], blocks
