"""Tables whose rows open with a serial number in a cell of their own.

Two such tables set side by side on a page of small print ("1 | PAPER TOWELS" beside
"16 | DOOR WEDGE") are read one after the other, each row a list item of its own,
however short their cells and though a footer runs across both: the right table's
serial numbers open its rows, they do not end the left table's. A bold title set
under the last row ("List II - ...") is a block of its own. A single numbered table
with a column of remarks beside its items is read row by row.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

LEFT = [
    "PAPER TOWELS",
    "GARDEN HOSE",
    "RADIO RENTAL",
    "PARKING FEES",
    "VISITOR MEALS",
    "HAIR DRYER",
    "WALL CALENDAR",
    "EXTRA PILLOWS (OTHER THAN THOSE OF THE ROOM)",
    "NEWSPAPERS",
    "SHOE POLISH",
    "FLOWER VASE",
    "PHONE CHARGER",
]
RIGHT = [
    "DOOR WEDGE",
    "TABLE LAMP",
    "TRAVEL PLUG",
    "WINDOW BLIND",
    "KEY RING",
    "COAT HANGER",
    "DESK FAN",
    "WATER JUG",
    "PLANT POT",
    "BOOK LIGHT",
    "TEA TOWEL",
    "LAUNDRY NET",
]
TITLE = "List II - Things that are paid within the daily charge"


def _two_tables(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 800, "Annexure B")
    c.setFont("Helvetica", 10)
    c.drawString(40, 780, "This annexure lists the things the plan does not pay for in a hospital")
    c.drawString(40, 766, "stay, and the things that are paid within the daily charge of the room.")
    c.setFont("Helvetica-Bold", 7)
    c.drawString(70, 740, "List I - Things that are not paid for")
    c.drawString(40, 730, "No")
    c.drawString(60, 730, "Item")
    c.setFont("Helvetica", 7)
    for index, item in enumerate(LEFT):
        y = 720 - index * 10
        c.drawString(40, y, str(index + 1))
        c.drawString(60, y, item)
        c.drawString(320, y, str(index + 16))
        c.drawString(337, y, RIGHT[index])
    c.setFont("Helvetica-Bold", 7)
    c.drawString(70, 720 - len(LEFT) * 10, TITLE)
    c.setFont("Helvetica", 7)
    c.drawString(40, 80, "Example Insurance Ltd, 1 Sample Street")
    c.drawString(240, 80, "Page 3 of 4")
    c.drawString(420, 80, "Example Health Plan")


def test_two_numbered_tables_side_by_side_are_read_one_after_the_other(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "two.pdf", _two_tables))
    texts = [text for _kind, text in blocks]
    for index, item in enumerate(LEFT):
        assert ("list_item", f"{index + 1} {item}") in blocks
    for index, item in enumerate(RIGHT):
        assert f"{index + 16} {item}" in texts
    assert texts.index(f"{len(LEFT)} {LEFT[-1]}") < texts.index(f"16 {RIGHT[0]}")


def test_a_bold_title_under_the_last_row_is_a_block_of_its_own(tmp_path: Path) -> None:
    texts = [text for _kind, text in block_texts(draw_pdf(tmp_path / "two.pdf", _two_tables))]
    assert TITLE in texts
    assert f"{len(LEFT)} {LEFT[-1]}" in texts


REMARKS = [
    "Paid for patients who have had surgery of the spine",
    "Not paid",
    "Paid when used during the stay in hospital",
    "Paid for up to three days, then once a day",
    "Paid only when a doctor asks for it in writing",
    "Paid once for each stay in hospital",
    "Not paid",
    "Paid when the room has none of its own",
]


def _one_table(c, _number: int) -> None:
    c.setFont("Helvetica", 10)
    c.drawString(40, 780, "This annexure lists the things the plan pays for only in some cases,")
    c.drawString(40, 766, "with the cases set out beside each of them in the right-hand column.")
    c.setFont("Helvetica", 7)
    for index, item in enumerate(LEFT[:8]):
        y = 740 - index * 10
        c.drawString(40, y, str(index + 40))
        c.drawString(70, y, item)
        c.drawString(300, y, REMARKS[index])


def test_a_numbered_table_with_remarks_is_read_row_by_row(tmp_path: Path) -> None:
    texts = " / ".join(
        text for _kind, text in block_texts(draw_pdf(tmp_path / "one.pdf", _one_table))
    )
    assert f"40 {LEFT[0]} {REMARKS[0]}" in texts
    assert f"41 {LEFT[1]} Not paid" in texts
    assert f"47 {LEFT[7]} {REMARKS[7]}" in texts
