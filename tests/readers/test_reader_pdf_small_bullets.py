"""A bullet set in a much smaller symbol font, centred on its line ("•" at 4.5 pt beside
9 pt text), is that line's marker: its top is lower than the words', but it is not a line
of its own. A word of small print beside larger text is not pulled into its line.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

ITEMS = ["accidental injury to a guest;", "accidental damage to their property;", "legal costs."]


def _draw(c, _number: int) -> None:
    c.setFont("Helvetica", 9)
    c.drawString(72, 700, "We will cover your legal liability for:")
    for index, item in enumerate(ITEMS):
        y = 688 - index * 12
        c.setFont("Helvetica", 9)
        c.drawString(84, y, item)
        c.setFont("Helvetica", 4.5)
        c.drawString(74, y + 0.5, "•")  # centred on the 9 pt line, its top lower


def test_a_small_centred_bullet_marks_its_line(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "bullets.pdf", _draw))
    items = [
        " ".join(document.text[b.start : b.end].split())
        for b in document.blocks
        if b.kind == "list_item"
    ]
    assert items == [f"• {item}" for item in ITEMS]
