"""PDF reading order of short list items set in several columns, and of tables of
short cells beside them.

Lists of pastimes or places set in narrow columns wrap each item on its own, so one
column's new item stands beside the wrapped tail of the next column's item; they are
read column by column, each under its own heading. A table's cells of one row begin
together, so a table of short cells stays read row by row. Every PDF here is drawn
with reportlab; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

FIRST = [
    "Archery",
    "Bingo",
    "Bowling (indoor",
    "lanes only)",
    "Canoeing",
    "Darts",
    "Fell running (under",
    "1,000m)",
    "Golf",
    "Hula hooping",
]
SECOND = [
    "Lacrosse (with soft",
    "balls)",
    "Kayaking",
    "Netball (indoor",
    "courts only)",
    "Orienteering",
    "Pilates",
    "Quoits (garden",
    "games only)",
]
THIRD_TOP = ["Sailing (inland", "waters only)", "Tai chi"]
EXCLUDED = [
    "Abseiling",
    "Bull riding",
    "Cliff diving (from",
    "any height)",
    "Drag racing",
    "Fire walking",
]
FOURTH = [
    "Unicycling",
    "Volleyball",
    "Windsurfing (within",
    "sight of land)",
    "Yoga",
    "Gliding (with an",
    "instructor)",
    "Heli skiing",
    "Ice climbing",
    "Jet skiing",
    "Kite buggying",
    "Land yachting (on",
    "closed courses)",
]


def _lines(c, x: float, y: float, lines: list[str], size: float = 8) -> None:
    c.setFont("Helvetica", size)
    for index, line in enumerate(lines):
        c.drawString(x, y - index * size * 1.25, line)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pastimes(path: Path) -> Path:
    """Four narrow columns: the included list fills the first two and the top of the
    third, then "Not Included" heads the rest of the third and the fourth."""

    def draw(c, _):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, 780, "These pastimes are included:")
        _lines(c, 56, 765, FIRST)
        _lines(c, 176, 765, SECOND)
        _lines(c, 316, 765, THIRD_TOP)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(316, 725, "Not Included")
        _lines(c, 316, 712, EXCLUDED)
        _lines(c, 436, 765, FOURTH)

    return draw_pdf(path, draw, 1)


def test_lists_of_short_items_in_columns_are_read_column_by_column(tmp_path: Path) -> None:
    text = _flat(read_path(_pastimes(tmp_path / "pastimes.pdf")).text)
    assert _flat(" ".join(FIRST)) in text
    assert _flat(" ".join(SECOND)) in text
    assert "Not Included " + _flat(" ".join(EXCLUDED)) in text
    assert text.index("Hula hooping") < text.index("Lacrosse") < text.index("Tai chi")
    assert text.index("Tai chi") < text.index("Not Included") < text.index("Unicycling")


def test_no_line_mixes_included_and_excluded_items(tmp_path: Path) -> None:
    lines = read_path(_pastimes(tmp_path / "pastimes.pdf")).text.splitlines()
    for line in lines:
        included = [item for item in FIRST + SECOND if item in line]
        excluded = [item for item in EXCLUDED if item in line]
        assert not (included and excluded), line


def test_table_of_short_cells_with_wrapped_labels_stays_row_by_row(tmp_path: Path) -> None:
    """Labels that wrap beside their limits, section rows in bold: the cells of each row
    begin together, so the table is read across."""
    rows = [
        ("Sheds and", "Up to 2,000"),
        ("greenhouses", ""),
        ("Garden furniture", "Up to 1,500"),
        ("Bicycles kept", "Included"),
        ("in a locked shed", ""),
        ("Lawn mowers", "Excluded"),
        ("Hot tubs (fixed", "Up to 3,000"),
        ("to the ground)", ""),
        ("Ponds", "Excluded"),
    ]

    def draw(c, _):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, 780, "Outbuildings and garden")
        c.setFont("Helvetica", 9)
        for index, (label, limit) in enumerate(rows):
            c.drawString(56, 766 - 11 * index, label)
            if limit:
                c.drawString(300, 766 - 11 * index, limit)

    text = read_path(draw_pdf(tmp_path / "garden.pdf", draw, 1)).text
    for label, limit in rows:
        if limit:
            assert f"{label} {limit}" in text
