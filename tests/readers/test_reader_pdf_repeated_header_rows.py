"""A table of two columns whose header row ("What is covered | What is not covered") is
set again over each row of cells, one row per section of cover, is read row by row:
each section's cover, then its own exclusions, then the next section. Read column by
column, every section's cover came first and all the exclusions after it, so each
exclusion fell under the last section's name. A row of cells that repeats ("Not
covered: | All charges", a lead-in's colon, body-size type) is no header and leaves
the columns whole.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

LEFT, RIGHT = 60, 320
SECTIONS = [
    ("Section E - Road Rage Assault", "Dental treatment up to the limit", "Provoked fighting"),
    ("Section F - Replacement Hire", "Hire of another cycle for a week", "Hire not agreed by us"),
    ("Section G - Rehabilitation", "Sessions of physiotherapy", "Sessions we did not authorise"),
]


def _table(c, number: int, header: tuple[str, str], size: int) -> None:
    top = 700
    for name, cover, excluded in SECTIONS:
        c.setFont("Helvetica-Bold", size)
        c.drawString(LEFT, top, header[0])
        c.drawString(RIGHT, top, header[1])
        c.setFont("Helvetica-Bold", 10)
        c.drawString(LEFT, top - 24, name)
        c.setFont("Helvetica", 10)
        for index in range(4):
            c.drawString(LEFT, top - 38 - index * 14, f"{cover}, item {index + 1} here.")
            c.drawString(RIGHT, top - 24 - index * 14, f"{excluded}, case {index + 1} here.")
        top -= 170


def _headed(c, number: int) -> None:
    _table(c, number, ("What is covered", "What is not covered"), 12)


def test_each_row_of_cells_is_read_under_its_own_header(tmp_path: Path) -> None:
    blocks = [text for _, text in block_texts(draw_pdf(tmp_path / "rows.pdf", _headed))]
    order = [
        next(i for i, text in enumerate(blocks) if words in text)
        for name, cover, excluded in SECTIONS
        for words in (name, excluded)
    ]
    assert order == sorted(order), blocks


def _cells(c, number: int) -> None:
    _table(c, number, ("Not covered:", "All charges"), 10)


def test_a_repeated_row_of_cells_is_no_header(tmp_path: Path) -> None:
    """Body-size cells ending in a lead-in's colon: the columns are read whole, as before."""
    blocks = [text for _, text in block_texts(draw_pdf(tmp_path / "cells.pdf", _cells))]
    first_excluded = next(i for i, text in enumerate(blocks) if SECTIONS[0][2] in text)
    last_name = next(i for i, text in enumerate(blocks) if SECTIONS[-1][0] in text)
    assert last_name < first_excluded, blocks
