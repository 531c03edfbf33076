"""A regular face drawn bold by filling and stroking each glyph (text render mode 2, what
a word processor does for a font without a bold face) is bold: a title set so heads its
part, as one in a bold face would (a travel wording whose every title is drawn this way
read as one run of paragraphs)."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

BODY = [
    "We will pay for the cost of replacing your passport if it is lost or",
    "stolen while you are on your trip, up to the limit in your schedule.",
    "We will not pay for a passport left unattended in a public place.",
]


def _draw(mode: int):
    def draw(canvas, _number: int) -> None:
        y = 760
        for line, title in [("Section 17 – Loss of Travel Documents", True)] + [
            (text, False) for text in BODY
        ]:
            canvas.saveState()  # the render mode is graphics state: it ends with the title
            text = canvas.beginText(72, y)
            text.setFont("Helvetica", 10)
            text.setTextRenderMode(mode if title else 0)
            text.textLine(line)
            canvas.drawText(text)
            canvas.restoreState()
            y -= 14

    return draw


def test_a_title_filled_and_stroked_is_a_heading(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "stroked.pdf", _draw(2)))
    assert blocks[0] == ("heading", "Section 17 – Loss of Travel Documents"), blocks


def test_the_same_title_only_filled_is_body_text(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "filled.pdf", _draw(0)))
    assert blocks[0][0] != "heading", blocks
