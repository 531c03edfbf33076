"""A justified line of a narrow column is one line, not a row of table cells.

Justified text set in a narrow column stretches the spaces of a short line until its
words stand apart like table cells ("illegal      drug,      intoxication,"). Read as a
table row, each such line became a block of its own, and a list item was cut after its
first line ("4. Home nursing, sanitaria care," without "illegal drug, ..."), its bullet
saying less than the clause. The gaps of a justified line are all alike and a few spaces
wide; a table row's gaps between cells differ from the spaces inside them and stay
cells.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

LEFT, WIDTH = 300, 160


def _justified(c, words: list[str], y: float, x: float = LEFT, width: float = WIDTH) -> None:
    """Words spread over ``width`` points, the gaps between them all alike."""
    widths = [c.stringWidth(word, "Helvetica", 10) for word in words]
    gap = (width - sum(widths)) / (len(words) - 1)
    for word, size in zip(words, widths, strict=True):
        c.drawString(x, y, word)
        x += size + gap


def _column(c, number: int) -> None:
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "The left column holds the terms of this contract and its")
    c.drawString(60, 686, "definitions, set in lines of an ordinary length.")
    c.drawString(LEFT - 18, 650, "4.")
    _justified(c, ["Home", "nursing,", "sanitaria", "care,"], 650)
    _justified(c, ["illegal", "drug,", "intoxication,"], 636)
    _justified(c, ["sterilization,", "venereal", "disease,"], 622)
    c.drawString(LEFT, 608, "or any disease quarantined by law.")
    c.drawString(LEFT - 18, 590, "5.")
    c.drawString(LEFT, 590, "Congenital abnormality.")


def test_a_justified_item_is_read_whole(tmp_path: Path) -> None:
    blocks = [text for _, text in block_texts(draw_pdf(tmp_path / "justified.pdf", _column))]
    whole = "4. Home nursing, sanitaria care, illegal drug, intoxication, sterilization,"
    assert any(text.startswith(whole) for text in blocks), blocks


def _table(c, number: int) -> None:
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "Benefit")
    c.drawString(250, 700, "Limit")
    c.drawString(400, 700, "Excess")
    for index, (name, limit, excess) in enumerate(
        [("Baggage delay", "$500", "$50"), ("Personal money", "$250", "$50")]
    ):
        y = 686 - index * 14
        c.drawString(60, y, name)
        c.drawString(250, y, limit)
        c.drawString(400, y, excess)


def test_a_table_row_stays_cells(tmp_path: Path) -> None:
    """Cells whose gaps differ from the space inside them ("Baggage delay | $500 | $50")."""
    blocks = [text for _, text in block_texts(draw_pdf(tmp_path / "table.pdf", _table))]
    assert "Baggage delay $500 $50" in blocks, blocks
