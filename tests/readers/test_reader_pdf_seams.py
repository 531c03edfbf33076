"""A sentence cut by a PDF page or column break is joined only in the same reading flow.

Every PDF here is drawn with reportlab; the wording is our own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path
from clarity.readers.pdf_chars import PdfWord
from clarity.readers.pdf_layout import PdfLine
from clarity.readers.pdf_seams import measures, runs_across

LEFT_ITEMS = [
    "1. Damage that happens slowly over time, such as",
    "rot, mould, rust, wear and tear or fading by sun.",
    "2. Loss of or damage to garden plants, trees and",
    "hedges caused by frost, wind or animals that are",
]
RIGHT_ITEMS = [
    "kept by you or by anyone who lives with you.",
    "3. Theft from an outbuilding that was not locked",
    "at the time the theft took place at your home.",
    "4. Any claim for a pedal cycle left in a street.",
]
PROSE = [
    "Your garden is covered against storm damage",
    "and flood damage up to the limit shown in",
    "your schedule, for each claim you make.",
]


def _pdf(path: Path, draw: Callable, pages: int = 1) -> Path:
    return draw_pdf(path, draw, pages)


def _lines(c, x: float, y: float, lines: list[str], size: float = 10) -> None:
    c.setFont("Helvetica", size)
    for index, line in enumerate(lines):
        c.drawString(x, y - index * size * 1.3, line)


def _block_text(doc, phrase: str) -> str:
    block = doc.block_at(doc.text.index(phrase))
    return doc.text[block.start : block.end]


def test_list_item_runs_on_over_a_page_break_past_the_running_header(tmp_path: Path) -> None:
    def draw(c, number):
        c.setFont("Helvetica", 8)
        c.drawString(56, 800, "Example Mutual home insurance policy wording")
        c.drawString(280, 40, f"Page {number}")
        if number == 1:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(56, 700, "What is not covered")
            _lines(c, 56, 660, ["We do not pay for:", *LEFT_ITEMS], size=10)
            _lines(c, 56, 160, ["5. Any loss to property that you have lent to or let to"])
        else:
            _lines(c, 56, 720, ["somebody who is not a member of your family.", *RIGHT_ITEMS[1:]])

    doc = read_path(_pdf(tmp_path / "page-break.pdf", draw, pages=2))
    assert "Example Mutual" not in doc.text and "Page 1" not in doc.text
    assert _block_text(doc, "5. Any loss") == (
        "5. Any loss to property that you have lent to or let to\n"
        "somebody who is not a member of your family."
    )
    assert _block_text(doc, "3. Theft").startswith("3. Theft")


def test_list_item_runs_on_into_the_next_column(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 760, LEFT_ITEMS)
        _lines(c, 316, 760, RIGHT_ITEMS)

    doc = read_path(_pdf(tmp_path / "columns.pdf", draw))
    assert _block_text(doc, "2. Loss") == "\n".join([*LEFT_ITEMS[2:], RIGHT_ITEMS[0]])
    assert _block_text(doc, "3. Theft").startswith("3. Theft")


def test_a_short_last_line_ended_on_purpose(tmp_path: Path) -> None:
    """The next column's first word would have fitted on the line: no run-on."""

    def draw(c, _):
        _lines(c, 56, 760, [*PROSE, "Garden sheds and their"])
        _lines(c, 316, 760, RIGHT_ITEMS)

    doc = read_path(_pdf(tmp_path / "short.pdf", draw))
    assert "kept by you" not in _block_text(doc, "Garden sheds")


def test_capital_after_a_preposition_starts_a_new_sentence(tmp_path: Path) -> None:
    def draw(c, number):
        if number == 1:
            _lines(c, 56, 160, ["If the sum insured is too low we pay less than the cost to"])
        else:
            _lines(c, 56, 720, ["For any item that is stolen we pay its value today."])

    doc = read_path(_pdf(tmp_path / "capital.pdf", draw, pages=2))
    assert _block_text(doc, "For any item").startswith("For any item")


def test_a_capitalised_defined_term_after_the_carries_on(tmp_path: Path) -> None:
    def draw(c, number):
        if number == 1:
            _lines(c, 56, 160, ["We pay the benefit if the injury happens while the"])
        else:
            _lines(c, 56, 720, ["Insured Person is at work for the business."])

    doc = read_path(_pdf(tmp_path / "defined.pdf", draw, pages=2))
    assert _block_text(doc, "We pay").endswith("Insured Person is at work for the business.")


def test_a_much_wider_column_is_another_flow(tmp_path: Path) -> None:
    def draw(c, number):
        if number == 1:
            _lines(c, 56, 760, LEFT_ITEMS)
            _lines(c, 316, 760, [*PROSE, "we do not pay for any bicycle stolen from a"])
        else:
            wide = "station or a street, which is a limit set out in the table of limits below"
            _lines(c, 56, 720, [wide])

    doc = read_path(_pdf(tmp_path / "wide.pdf", draw, pages=2))
    assert _block_text(doc, "station or a street").startswith("station")


def _line(text: str, x0: float, top: float, column: int, size: float = 10) -> PdfLine:
    words, x = [], x0
    for word in text.split():
        width = len(word) * size * 0.5
        words.append(PdfWord(word, x, x + width, top, top + size, size, False, None, False))
        x += width + size * 0.3
    return PdfLine(page=1, words=words, column=column)


def test_no_join_when_the_top_row_of_the_next_column_went_elsewhere() -> None:
    """The line read first in the next column has a line of body text just above it:
    the column's real first row was merged into a row beside it, so words between the
    two halves are missing."""
    last = _line("damage to the walls or the roof of your home by", 40, 700, 1)
    above = _line(
        "What is covered and what is not covered the escape of water or oil from", 40, 80, 0
    )
    line = _line("pipes that froze while the home was empty", 300, 92, 2)
    other = _line("a tank or pipe inside your home that you knew", 300, 104, 2)
    page = [above, last, line, other]
    edges = measures([page])
    assert not runs_across(last, line, page, edges)
    assert runs_across(last, line, [last, line, other], measures([[last, line, other]]))


def test_a_figure_after_more_than_carries_on_the_item(tmp_path: Path) -> None:
    """ "60 days" under "... more than" is the sentence going on, no list number 60."""

    def draw(c, _):
        _lines(
            c,
            56,
            760,
            [
                "We do not pay for:",
                "• loss or damage when the home has been empty for more than",
                "60 days in a row, unless we agreed to it in writing;",
                "• theft by a lodger.",
                "You must tell us within",
                "14 days if the home will be empty.",
            ],
        )

    doc = read_path(_pdf(tmp_path / "figure.pdf", draw))
    item = doc.block_at(doc.text.index("• loss"))
    assert item.kind == "list_item"
    assert doc.text[item.start : item.end].endswith("in writing;")
    assert _block_text(doc, "You must tell us").endswith("empty.")


def test_a_decimal_measure_after_less_than_carries_on_the_item(tmp_path: Path) -> None:
    """ "7.5 dioptres" under "... less than" is the sentence going on, no item "7.5"; a
    decimal clause number after "; or" ("9.4 any loss ...") still opens an item."""

    def draw(c, _):
        _lines(
            c,
            56,
            760,
            [
                "We do not pay for:",
                "9.2 correcting eyesight where the refractive error is less than",
                "7.5 dioptres;",
                "9.3 any loss outside the territory; or",
                "9.4 any loss after the end of the period of insurance.",
                "You must tell us about a claim within",
                "5.19 MORATORIUM PERIOD applies to claims after eight years.",
            ],
        )

    doc = read_path(_pdf(tmp_path / "decimal.pdf", draw))
    assert _block_text(doc, "9.2 correcting").endswith("7.5 dioptres;")
    item = doc.block_at(doc.text.index("9.4 any loss"))
    assert item.kind == "list_item" and item.marker == "9.4"
    # a decimal before a capital numbers a section, though the line above leads on
    assert not _block_text(doc, "You must tell us").endswith("eight years.")


def test_an_amount_at_a_tab_stop_stays_with_its_line(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 760, ["Contents away from home"])
        c.drawString(400, 760, "10")
        _lines(c, 56, 747, ["Money in the home"])
        c.drawString(400, 747, "250")

    doc = read_path(_pdf(tmp_path / "amounts.pdf", draw))
    assert "Contents away from home 10" in doc.text
    assert "Money in the home 250" in doc.text
