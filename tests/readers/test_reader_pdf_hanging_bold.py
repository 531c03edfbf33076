"""The wrapped tail of a list item, set at the item's hanging indent under an unfinished
line, stays in the item even when its words are bold as a defined term ("e) ownership or
use of Motorised" / "Vehicles or Craft"): a short bold line there is no heading. A bold
line set back at the margin after a finished item is still a heading.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf


def _draw(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 760, "Section 7 Public liability")
    c.setFont("Helvetica", 9)
    c.drawString(72, 736, "We will not pay for liability arising from:")
    rows = [
        ("a)", [("Helvetica", "any business or trade carried on by you")]),
        (
            "b)",
            [("Helvetica", "ownership, possession or use of "), ("Helvetica-Bold", "Motorised")],
        ),
        (None, [("Helvetica-Bold", "Vehicles or Craft")]),
        ("c)", [("Helvetica", "any deliberate act carried out by you.")]),
    ]
    y = 722
    for marker, pieces in rows:
        if marker:
            c.setFont("Helvetica", 9)
            c.drawString(72, y, marker)
        x = 90.0
        for font, words in pieces:
            c.setFont(font, 9)
            c.drawString(x, y, words)
            x += c.stringWidth(words, font, 9)
        y -= 11
    c.setFont("Helvetica-Bold", 9)
    c.drawString(72, y - 14, "Claims Procedure")
    c.setFont("Helvetica", 9)
    c.drawString(72, y - 28, "Tell us about a claim as soon as you can.")


def test_a_bold_wrapped_tail_stays_in_its_list_item(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "hanging.pdf", _draw))
    assert ("list_item", "b) ownership, possession or use of Motorised Vehicles or Craft") in blocks
    assert ("heading", "Vehicles or Craft") not in blocks
    assert ("heading", "Claims Procedure") in blocks
