"""A bullet stays with the words after it across a gap of up to three font sizes: where a
column's bullets are set close to the column beside it and its text further on, the
gutter runs left of the bullets, so each item keeps its bullet and the column before it
gets none. (The gap after the bullet is wider than the gap before it.)

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

COVERED = [
    "1. All your household goods and personal",
    "belongings owned by you in your home.",
    "2. Fixtures and fittings you are responsible for.",
    "3. Visitors' personal effects in the home.",
    "4. Pedal cycles kept inside the home.",
]
NOT_CONTENTS = [
    "Motor vehicles and caravans of all types.",
    "Removable swimming pool covers.",
    "Pets and livestock, or any living creature.",
    "Property more specifically insured.",
    "Lottery tickets and other raffle tickets.",
]


def _draw(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, 760, "WHAT IS COVERED AS CONTENTS")
    c.drawString(312, 760, "WHAT IS NOT CONTENTS")
    c.setFont("Helvetica", 9)
    for index, (left, right) in enumerate(zip(COVERED, NOT_CONTENTS, strict=True)):
        y = 748 - index * 11
        c.drawRightString(284, y, left) if len(left) > 44 else c.drawString(60, y, left)
        c.drawString(295, y, "•")
        c.drawString(312, y, right)


def test_bullets_of_a_column_stay_with_their_items(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "bullets.pdf", _draw))
    items = [
        " ".join(document.text[b.start : b.end].split())
        for b in document.blocks
        if b.kind == "list_item" and b.marker == "•"
    ]
    assert items == [f"• {text}" for text in NOT_CONTENTS]
    assert "•" not in " ".join(
        document.text[b.start : b.end] for b in document.blocks if b.marker != "•"
    )
