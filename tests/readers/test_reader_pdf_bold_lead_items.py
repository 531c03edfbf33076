"""A numbered line set bold at body size that goes on from the list above ("8. ..." /
"9. Any loss or damage attributable to:") and opens a list of its own is the list's next
item, not a heading; a short numbered bold title ("11. Claims:") stays a heading, even
where it goes on from the list's numbers.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

ROWS = [
    ("Helvetica-Bold", 14, 72, "Exclusions"),
    ("Helvetica", 9, 72, "We will not pay for:"),
    ("Helvetica", 9, 72, "7. Any loss of value after a repair."),
    ("Helvetica", 9, 72, "8. Any cost of repair which would improve the item."),
    ("Helvetica-Bold", 9, 72, "9. Any loss or damage attributable to:"),
    ("Helvetica", 9, 84, "(i) mechanical or electrical breakdown,"),
    ("Helvetica", 9, 84, "(ii) wear and tear or gradual deterioration."),
    ("Helvetica-Bold", 9, 72, "10. Any loss or legal liability arising from:"),
    ("Helvetica", 9, 84, "(i) war, invasion or civil war."),
    ("Helvetica-Bold", 9, 72, "11. Claims:"),
    ("Helvetica", 9, 72, "Tell the jeweller about a claim within 30 days."),
]


def _draw(c, _number: int) -> None:
    y = 760
    for font, size, x, text in ROWS:
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= 24 if size > 9 else 13


def test_a_bold_numbered_lead_in_goes_on_with_its_list(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "items.pdf", _draw))
    assert ("list_item", "9. Any loss or damage attributable to:") in blocks, blocks
    assert ("list_item", "10. Any loss or legal liability arising from:") in blocks
    assert [text for kind, text in blocks if kind == "heading"] == ["Exclusions", "11. Claims:"]
