"""A bullet set larger than its text ("•" at 12 pt beside 9 pt words) stands on the
text's baseline, though its top is higher: it marks its own line, and is not taken into
the row of the next column's line whose top happens to be near its own.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

LEFT = [
    "Whilst the insured is under the influence of drink or drugs.",
    "Whilst taking part in ballooning or gliding as a pilot.",
    "Arising from war, invasion or acts of foreign enemies.",
]
RIGHT = [
    "If an injury shall be the sole and direct cause of",
    "death within twelve months of the accident, we pay",
    "the sum insured shown in the schedule to your estate",
    "and the policy then ends for the insured person.",
]


def _draw(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 780, "Exclusions to personal accident cover")
    c.setFont("Helvetica", 9)
    c.drawString(40, 760, "We will not pay any claim:")
    for index, text in enumerate(LEFT):
        y = 740 - index * 26
        c.setFont("Helvetica", 12)
        c.drawString(40, y, "•")
        c.setFont("Helvetica", 9)
        cut = text.rindex(" ", 0, 34)
        c.drawString(56, y, text[:cut])
        c.drawString(56, y - 11, text[cut + 1 :])
    c.setFont("Helvetica", 9)
    for index, text in enumerate(RIGHT):
        c.drawString(320, 746.4 - index * 11, text)  # a baseline 6.4 pt above the bullet's


def test_a_large_bullet_marks_its_own_line(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "bullets.pdf", _draw))
    items = [text for kind, text in blocks if kind == "list_item"]
    assert items == [f"• {text}" for text in LEFT]
