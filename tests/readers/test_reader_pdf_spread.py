"""PDF reading order on booklet spreads and columns of unequal length.

A landscape page may hold two booklet pages side by side, each with its own
columns; a column may end early beside a longer one; a short heading may top one
column beside the first line of the next. Every PDF here is drawn with reportlab
to show one layout; no real document's text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from clarity.core.settings import Settings
from clarity.readers import read_path
from clarity.run.pipeline import analyse

NARROW = [
    "Keep receipts for anything you buy",
    "while you wait for your luggage, and",
    "send them to us with your claim form.",
    "We may ask for more papers before we",
    "pay, such as a report from the airline.",
]
LEAD = ["We will not pay for any claim that", "arises directly or indirectly from:"]
FIRST = [
    "1. Riots or civil unrest in the place",
    "   you are staying during your trip.",
    "2. Any trip booked against the advice",
    "   of your own doctor or a nurse.",
    "3. Sports you take part in for money",
    "   or as a member of a paid team.",
]
SECOND = [
    "4. Jewellery or watches left in a",
    "   hotel room that is not locked.",
    "5. Costs you can recover elsewhere.",
    "6. Duties as a serving member of the",
    "   armed forces of any country.",
]
CARRIED = [
    "7. Losses that follow on from the event",
    "   but are not part of it, such as lost pay.",
    "8. Costs you can get back from a carrier.",
    "9. Diving below twenty metres in depth.",
]


def _canvas(path: Path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    return canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)


def _lines(c, x: float, y: float, lines: list[str], size: float = 9) -> None:
    c.setFont("Helvetica", size)
    for index, line in enumerate(lines):
        indent = 10 if line.startswith("   ") else 0
        c.drawString(x + indent, y - index * size * 1.2, line.strip())


def _header(c, number: int) -> None:
    c.setFont("Helvetica", 7)
    c.drawString(30, 570, "EXAMPLE TRAVEL COVER POLICY BOOKLET")
    c.drawString(780, 570, f"{2 * number - 1}/{2 * number}")


def _spread(path: Path) -> Path:
    """Page 1: the left booklet page holds one narrow column; the right one a heading
    over two columns, the lead-in and first items in the first. Page 2: the list goes
    on at the top of the left booklet page, its items bare of exclusion words."""
    c = _canvas(path)
    _header(c, 1)
    _lines(c, 40, 530, NARROW)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(450, 530, "General Exclusions")
    _lines(c, 450, 490, [*LEAD, *FIRST])
    _lines(c, 640, 490, SECOND)
    c.showPage()
    _header(c, 2)
    _lines(c, 40, 530, CARRIED)
    _lines(c, 450, 530, ["Please keep this booklet with your", "schedule and read them together."])
    c.showPage()
    c.save()
    return path


def _flat(lines: list[str]) -> str:
    return " ".join(" ".join(line.split()) for line in lines)


def test_a_spread_is_read_one_booklet_page_after_the_other(tmp_path: Path) -> None:
    text = " ".join(read_path(_spread(tmp_path / "spread.pdf")).text.split())
    for column in (NARROW, [*LEAD, *FIRST], SECOND, CARRIED):
        assert _flat(column) in text
    assert text.index(NARROW[-1]) < text.index(LEAD[0]) < text.index(SECOND[0])


def test_a_list_carried_over_to_the_next_spread_stays_under_its_lead_in(
    tmp_path: Path,
) -> None:
    doc = read_path(_spread(tmp_path / "spread.pdf"))
    result = analyse(doc, replace(Settings(), select=("X", "W")))
    found = {" ".join(e["text"].split()) for e in result.extra["exclusions"]}
    for item in ("Costs you can recover elsewhere.", "Diving below twenty metres in depth."):
        assert item in found
    assert "Please keep this booklet" not in " ".join(found)


LONG = [
    "Storm cover pays for damage to your home",
    "caused by wind, rain or hail during a storm.",
    "We also pay for fallen trees that hit the",
    "walls or roof of your home during a storm.",
    "Flood cover pays for water that enters your",
    "home from a river, a lake or the sea when it",
    "overflows. Claims must reach us within sixty",
    "days of the day the water went down again.",
    "Fire cover pays for damage by fire, smoke or",
    "explosion, and for the cost of putting out a",
    "fire that started in your home or garden.",
    "Theft cover pays for items taken from your",
    "home by someone who broke in by force.",
    "Subsidence cover pays for damage caused by",
    "the ground under your home sinking down.",
    "Glass cover pays for broken windows, doors",
    "and fixed mirrors in every room of the house.",
]
SHORT = [
    "the tail of the list from the column",
    "before, which ends here near the top.",
    "Anything listed under General Terms.",
]


def _portrait(path: Path, draw) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return path


def test_a_column_that_ends_early_is_read_after_the_longer_one(tmp_path: Path) -> None:
    def draw(c):
        _lines(c, 56, 760, LONG, size=10)
        _lines(c, 316, 760, SHORT, size=10)

    text = " ".join(read_path(_portrait(tmp_path / "short.pdf", draw)).text.split())
    assert _flat(LONG) in text and _flat(SHORT) in text


def test_a_short_heading_atop_a_column_is_not_merged_with_the_next(tmp_path: Path) -> None:
    """The columns' baselines are staggered: the row under the heading holds a line of
    the right column only, so the heading's row on its own leaves no room for a gutter."""

    def draw(c):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(56, 781, "What is covered")
        _lines(c, 56, 763, LONG, size=10)
        _lines(c, 316, 781, ["c) tell the police about the loss within", *LONG[5:]], size=10)

    doc = read_path(_portrait(tmp_path / "heading.pdf", draw))
    assert "What is covered" in [doc.text[h.start : h.end] for h in doc.headings]
    text = " ".join(doc.text.split())
    assert "What is covered c)" not in text
    assert text.index(LONG[-1]) < text.index("c) tell the police")


def test_a_list_opening_atop_a_column_keeps_its_first_short_items(tmp_path: Path) -> None:
    """A lead-in ("We won't pay for:") and its first, short items leave no room for a
    gutter on their own rows beside the next column's opening lines; the band is found
    further down, and the rows above it that split around its gutter belong to it."""
    items = ["• bikes", "• tents", "• lost cash", "• theft by trickery or deception"]
    longer = [
        "• theft from a room you share with other people",
        "   unless force was used to get into the room",
        "• items you leave outside overnight in a garden",
        "• things you use for a business or trade",
    ]
    right = [
        "We will pay up to £500 for plants in your",
        "garden that are stolen or damaged by fire,",
        "flood or vandals while you live at home, and",
        "the cost of putting them back as they were.",
        "Within this limit we pay up to £50 a plant.",
    ]

    def draw(c):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, 781, "We won’t pay for:")
        c.drawString(316, 781, "Garden plants")
        _lines(c, 56, 769, items + longer, size=10)
        _lines(c, 316, 769, right, size=10)

    doc = read_path(_portrait(tmp_path / "lead.pdf", draw))
    text = " ".join(doc.text.split())
    assert "pay for: • bikes • tents • lost cash" in text
    assert text.index(_flat(longer)) < text.index("Garden plants") < text.index(_flat(right))
    found = analyse(
        doc, replace(Settings(), select=("X", "W"), profile="insurance", lang="en")
    ).extra["exclusions"]
    assert {"bikes", "tents", "lost cash"} <= {e["text"].strip("•. ") for e in found}


def test_a_table_header_row_above_short_cells_stays_whole(tmp_path: Path) -> None:
    """Without a lead-in, rows above a band beside a side of short cells are a table's
    header, read across."""
    cells = ["Bikes", "Tents", "Cash", "Phones", "Jewellery", "Watches"]
    notes = [
        "Up to £1,000 for each bike stolen from a locked",
        "shed; we pay up to £300 for tents and camping kit",
        "while in use; cash up to £200 in the home only;",
        "phones up to £400 each, with proof of purchase;",
        "jewellery and watches up to £2,000 in all, kept",
        "in a locked safe when you are away from home.",
    ]

    def draw(c):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, 781, "Item")
        c.drawString(316, 781, "Limit")
        _lines(c, 56, 769, cells, size=10)
        _lines(c, 316, 769, notes, size=10)

    text = " ".join(read_path(_portrait(tmp_path / "table.pdf", draw)).text.split())
    assert "Item Limit" in text
