"""PDF list levels from indentation, and a figure that opens the next column's line.

Every PDF here is drawn with reportlab; the wording is our own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from exclusion_helpers import analyse_document
from readers_builders import draw_pdf

from clarity.readers import read_path

LEFT = [
    "Your home is insured against storm, flood and",
    "fire for the full cost of repair, less the excess",
    "shown in your schedule. Tell us about any claim",
    "as soon as you can, and keep the damaged items",
    "so that our assessor can look at them later on.",
    "We may ask you for receipts or photographs too.",
]
RIGHT = [
    "Cover stops if the home is left empty for",
    "more than a few weeks in a row. We count",
    "30 days from the last night anyone slept",
    "there, and we tell you in writing before",
    "we end any cover for an empty home at all.",
    "You can ask us to keep cover in place then.",
]


def _pdf(path: Path, draw: Callable) -> Path:
    return draw_pdf(path, lambda c, _page: draw(c))


def _lines(c, x: float, y: float, lines: list[str], size: float = 10) -> None:
    c.setFont("Helvetica", size)
    for index, line in enumerate(lines):
        c.drawString(x, y - index * size * 1.3, line)


def test_a_figure_opening_the_right_columns_line_is_no_amount_of_the_left_one(
    tmp_path: Path,
) -> None:
    """ "30 days from ..." starts a line of the right column: it is not a page number or
    amount at a tab stop of the left line, so the two columns stay apart."""

    def draw(c):
        _lines(c, 56, 760, LEFT)
        _lines(c, 310, 760, RIGHT)

    doc = read_path(_pdf(tmp_path / "columns.pdf", draw))
    lines = doc.text.splitlines()
    assert "shown in your schedule. Tell us about any claim" in lines, lines
    assert "30 days from the last night anyone slept" in lines, lines
    assert doc.text.index("we end any cover") > doc.text.index("receipts or photographs")


ITEMS = [
    (56, "• Storm damage to your home"),
    (56, "• We do not pay for:"),
    (68, "• damage to sheds caused by wind"),
    (68, "• loss of garden furniture left outside"),
    (56, "• Fire, smoke and explosion"),
    (56, "• Escape of water from fixed pipes"),
]


def _nested(c) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, 780, "Your buildings are covered for")
    c.setFont("Helvetica", 10)
    for index, (x, line) in enumerate(ITEMS):
        c.drawString(x, 750 - index * 14, line)


def test_list_items_take_their_level_from_how_far_in_the_marker_is(tmp_path: Path) -> None:
    doc = read_path(_pdf(tmp_path / "levels.pdf", _nested))
    levels = {doc.text[b.start : b.end]: b.level for b in doc.blocks if b.kind == "list_item"}
    assert levels == {
        "• Storm damage to your home": 1,
        "• We do not pay for:": 1,
        "• damage to sheds caused by wind": 2,
        "• loss of garden furniture left outside": 2,
        "• Fire, smoke and explosion": 1,
        "• Escape of water from fixed pipes": 1,
    }


def test_a_lead_in_items_list_ends_at_the_next_item_further_out(tmp_path: Path) -> None:
    """The items set in under "We do not pay for:" are exclusions; the cover items back
    out at the lead-in's own level are not."""
    doc = read_path(_pdf(tmp_path / "nested.pdf", _nested))
    found = analyse_document(doc).extra["exclusions"]
    texts = [" ".join(e["text"].split()) for e in found]
    assert "damage to sheds caused by wind" in texts, texts
    assert "loss of garden furniture left outside" in texts, texts
    assert not any("Fire" in t or "Escape of water" in t for t in texts), texts
