"""A text object that draws two table cells in one go, set apart by a kerning jump
("[(What we cover) -28000 (What we exclude)] TJ"), holds a gap inside its box: its
words are placed one by one, so each header cell stands over its own column and the
column beneath it is read under it. Words of an ordinary run still share out its
width by their characters.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

from clarity.readers import read_path

COVER = [
    "Loss of or damage to your stock and",
    "equipment caused by any of the events",
    "listed in this section of the policy.",
]
EXCLUDE = [
    "Any loss caused by a gradual leak that",
    "you knew about and did not have fixed,",
    "or by wear and tear of the building.",
]


def _draw(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 760, "Section 2 Business contents")
    text = c.beginText(72, 720)
    text.setFont("Helvetica-Bold", 9)
    # One TJ for both header cells: the jump of 28,000 thousandths of 9 pt is 252 pt.
    text._code.append("[(What we cover) -28000 (What we exclude)] TJ")
    c.drawText(text)
    c.setFont("Helvetica", 9)
    for index, (left, right) in enumerate(zip(COVER, EXCLUDE, strict=True)):
        y = 700 - index * 12
        c.drawString(72, y, left)
        c.drawString(324, y, right)


def _sections(path: Path) -> dict[str, str]:
    document = read_path(path)
    out: dict[str, str] = {}
    for block in document.blocks:
        if block.kind == "paragraph" and block.section_path:
            text = " ".join(document.text[block.start : block.end].split())
            out[block.section_path[-1]] = (out.get(block.section_path[-1], "") + " " + text).strip()
    return out


def test_header_cells_drawn_by_one_text_object_head_their_own_columns(tmp_path: Path) -> None:
    sections = _sections(draw_pdf(tmp_path / "table.pdf", _draw))
    assert sections["What we exclude"] == " ".join(EXCLUDE)
    assert sections["What we cover"] == " ".join(COVER)


def _draw_plain(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 760, "Section 2 Business contents")
    text = c.beginText(72, 720)
    text.setFont("Helvetica", 9)
    text._code.append(
        "[(We pay for loss of or damage to your stock.) -200 ( We do not pay for wear.)] TJ"
    )
    c.drawText(text)


def test_an_ordinary_run_keeps_its_words_together(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "plain.pdf", _draw_plain))
    paragraphs = [text for kind, text in blocks if kind == "paragraph"]
    assert paragraphs == ["We pay for loss of or damage to your stock. We do not pay for wear."]


def test_a_jump_between_cells_is_told_from_a_justified_line() -> None:
    """Word by word, two cells stand apart by a jump far wider than the spaces inside
    them, even three one-word cells; a justified line's wide spaces are all alike."""
    from clarity.readers.pdf_chars import _cells

    cells = [(0.0, 30.0, 0.0), (130.0, 160.0, 0.0), (260.0, 290.0, 0.0)]
    header = [(0.0, 20.0, 0.0), (23.0, 33.0, 0.0), (36.0, 60.0, 0.0), (160.0, 180.0, 0.0)]
    justified = [(0.0, 20.0, 0.0), (34.0, 50.0, 0.0), (63.0, 90.0, 0.0), (104.0, 120.0, 0.0)]
    assert _cells(cells, 9.0)
    assert _cells(header, 9.0)
    assert not _cells(justified, 9.0)
