"""List markers set flush right ("  i." / " ii." / "iii.", "9." / "10.").

A marker set flush right starts further out the longer it is, while the item's text
starts where the item before it did. Measured by where the marker starts, "iii." read
as a level out from "ii." (and "10." from "9."), so it closed the give-back lead-in of the list ("However,
this subparagraph does not apply to:") and read as one of the exclusions above it. An
item whose marker goes on from the one before and whose text starts where that one's
did is at its level.

Every PDF here is drawn with reportlab to show one layout; the wording is our own."""

from __future__ import annotations

from pathlib import Path

from exclusion_helpers import analyse_document
from readers_builders import draw_pdf

from clarity.readers import read_path

ROWS = [
    (72, "a.", "Loss caused by pollution at any premises you own. However, this"),
    (None, "", "subparagraph does not apply to:"),
    (84, "i.", "smoke from equipment used to heat the building;"),
    (84, "ii.", "damage for which a landlord added to your policy is liable; or"),
    (84, "iii.", "damage caused by heat or fumes from a hostile fire;"),
    (72, "b.", "Loss caused by pollution at any site used to treat waste."),
]


def _draw(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, 780, "Exclusions")
    c.setFont("Helvetica", 10)
    c.drawString(56, 760, "This insurance does not apply to:")
    y = 740
    for right, marker, text in ROWS:
        if right is None:
            c.drawString(88, y, text)  # the wrapped second line of item a.
        elif marker in ("a.", "b."):
            c.drawString(right, y, marker)
            c.drawString(88, y, text)
        else:
            # flush right: "iii." starts about where "a." does, "i." further in
            c.drawRightString(right, y, marker)
            c.drawString(90, y, text)
        y -= 14


def test_flush_right_markers_are_one_level(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "roman.pdf", _draw))
    levels = {
        document.text[b.start : b.end].split()[0]: b.level
        for b in document.blocks
        if b.kind == "list_item"
    }
    assert levels["i."] == levels["ii."] == levels["iii."] > levels["a."], levels


def test_the_third_give_back_item_is_no_exclusion(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "roman.pdf", _draw))
    texts = [e["text"] for e in analyse_document(document).extra["exclusions"]]
    assert not any("hostile fire" in t for t in texts), texts
