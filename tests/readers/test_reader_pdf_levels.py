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


_PROSE = [
    "We pay for loss to the contents of your home",
    "caused by any of the perils this form lists,",
    "up to the limit your schedule shows for them.",
    "A loss is settled at the cost to repair it or",
    "to replace the damaged part with one of like",
    "kind and quality, whichever of the two costs",
    "less, and never more than the limit above.",
    "We may repair or replace the property or pay",
    "its value in money, as we and you agree on.",
]
_NESTED = [
    ("b.", "$1,000 on jewellery, watches and furs,", "whether worn or kept in the home;"),
    ("c.", "$1,500 on boats, their trailers and", "their engines or outboard motors;"),
    ("d.", "$1,500 on trailers not provided for", "in item c. of this list above;"),
    ("e.", "$2,500 on silverware, goldware and", "pewterware of every kind; and"),
]


def _turned(lines: list, page: int) -> list:
    """The lines in another order on each page, so that none repeats as a running header."""
    turn = page % len(lines)
    return lines[turn:] + lines[:turn]


def _split_list_page(c, page: int) -> None:
    """Most pages: prose in both columns. Every sixth page breaks a list: its lead-in and
    first nested item close the left column, and the right column holds nested items only,
    set in from the column's edge as "a." is on the left."""
    _lines(c, 56, 760, _turned(_PROSE, page))
    if page % 6 != 2:
        _lines(c, 310, 760, _turned(_PROSE, page + 4))
        return
    _lines(c, 56, 640, [f"{page}. Special limits -- these limits apply to:"])
    _lines(c, 74, 620, ["a. $500 on money, coins and bank notes;"])
    y = 760.0
    for letter, (_, first, second) in zip("bcde", _turned(_NESTED, page), strict=True):
        _lines(c, 328, y, [f"{letter}. {first}"])
        _lines(c, 342, y - 13, [second])
        y -= 26


def test_a_column_of_nested_items_only_keeps_their_level(tmp_path: Path) -> None:
    """A form whose column breaks often fall inside lists starts several right columns at
    the nested items' markers, enough to look like an edge of the page grid of its own;
    the edge the prose of many more columns shares just left of it is the one to measure
    from, so "b." to "e." stay under their lead-in as "a." is."""
    doc = read_path(draw_pdf(tmp_path / "breaks.pdf", _split_list_page, pages=24))
    levels = [
        (" ".join(doc.text[b.start : b.end].split()), b.level)
        for b in doc.blocks
        if b.kind == "list_item"
    ]
    assert [level for _, level in levels[:6]] == [1, 2, 2, 2, 2, 2], levels
    assert [text[:2] for text, _ in levels[:6]] == ["2.", "a.", "b.", "c.", "d.", "e."], levels
    assert {level for _, level in levels} == {1, 2}, levels
