"""PDF reading order and page furniture: columns, side-by-side tables, running footers
that vary, contents pages, wrapped lines that are no headings, invisible ink.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from readers_builders import draw_pdf

from clarity.readers import read_path
from clarity.text.sentences import split_sentences

LEFT = [
    "Storm cover pays for damage to your home",
    "caused by wind, rain or hail during a storm.",
    "We also pay for fallen trees that hit the",
    "walls or roof of your home during a storm.",
]
RIGHT = [
    "Flood cover pays for water that enters your",
    "home from a river, a lake or the sea when it",
    "overflows. Claims must reach us within sixty",
    "days of the day the water went down again.",
]


def _pdf(path: Path, draw: Callable, pages: int = 1) -> Path:
    return draw_pdf(path, draw, pages)


def _lines(c, x: float, y: float, lines: list[str], font: str = "Helvetica", size: float = 10):
    c.setFont(font, size)
    for index, line in enumerate(lines):
        c.drawString(x, y - index * size * 1.3, line)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_two_column_page_is_read_column_by_column(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 760, LEFT)
        _lines(c, 316, 760, RIGHT)

    doc = read_path(_pdf(tmp_path / "columns.pdf", draw))
    text = _flat(doc.text)
    assert " ".join(LEFT) in text and " ".join(RIGHT) in text
    assert text.index(LEFT[-1]) < text.index(RIGHT[0])
    assert len(doc.blocks) == 2  # one paragraph per column, none across the gutter


def test_staggered_columns_still_apart(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 760, LEFT)
        _lines(c, 316, 756, RIGHT)  # baselines a few points lower than the left column's

    text = _flat(read_path(_pdf(tmp_path / "staggered.pdf", draw)).text)
    assert " ".join(LEFT) in text and " ".join(RIGHT) in text


def test_covered_and_not_covered_side_by_side_stay_apart(tmp_path: Path) -> None:
    covered = [
        "We pay for theft of your bicycle from a locked",
        "shed or garage at your home, up to the limit",
        "shown in your schedule for each claim.",
    ]
    not_covered = [
        "We do not pay for theft of your bicycle while",
        "it is left unlocked in a public place, or for",
        "damage to tyres caused by wear and tear.",
    ]

    def draw(c, _):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(56, 790, "Bicycles")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(56, 760, "What is covered")
        c.drawString(316, 760, "What is not covered")
        _lines(c, 56, 740, covered)
        _lines(c, 316, 740, not_covered)

    doc = read_path(_pdf(tmp_path / "table.pdf", draw))
    text = _flat(doc.text)
    exclusions = " ".join(not_covered)
    assert exclusions in text and " ".join(covered) in text
    assert text.index("What is covered") < text.index(covered[0]) < text.index("What is not")
    block = doc.block_at(doc.text.index("tyres"))
    assert _flat(doc.text[block.start : block.end]) == exclusions
    assert block.section_path[-1] == "What is not covered"
    covered_block = doc.block_at(doc.text.index("locked"))
    assert covered_block.section_path[-1] == "What is covered"


def test_single_column_stays_single(tmp_path: Path) -> None:
    lines = [
        "This policy covers your home and its contents against",
        "loss or damage during the period of insurance.",
        "- Buildings",
        "- Contents",
        "- Garden furniture and plants",
    ]

    def draw(c, _):
        _lines(c, 56, 760, lines)
        _lines(c, 56, 680, ["Please read it with your schedule."])

    doc = read_path(_pdf(tmp_path / "single.pdf", draw))
    assert [_flat(doc.text[b.start : b.end]) for b in doc.blocks] == [
        "This policy covers your home and its contents against loss or damage during the "
        "period of insurance.",
        "- Buildings",
        "- Contents",
        "- Garden furniture and plants",
        "Please read it with your schedule.",
    ]


def test_table_of_short_cells_is_read_row_by_row(tmp_path: Path) -> None:
    rows = [("Buildings", "500,000"), ("Contents", "75,000"), ("Valuables", "10,000")]
    rows += [("Garden plants", "1,000"), ("Bicycles", "2,500")]

    def draw(c, _):
        c.setFont("Helvetica", 10)
        for index, (label, amount) in enumerate(rows):
            c.drawString(56, 760 - 14 * index, label)
            c.drawString(400, 760 - 14 * index, amount)

    text = read_path(_pdf(tmp_path / "limits.pdf", draw)).text
    for label, amount in rows:
        assert f"{label} {amount}" in text


def test_full_width_heading_above_two_columns(tmp_path: Path) -> None:
    def draw(c, _):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(56, 790, "Section 3 Weather damage to your home and garden")
        _lines(c, 56, 760, LEFT)
        _lines(c, 316, 760, RIGHT)

    doc = read_path(_pdf(tmp_path / "heading.pdf", draw))
    assert [doc.text[h.start : h.end] for h in doc.headings] == [
        "Section 3 Weather damage to your home and garden"
    ]
    text = _flat(doc.text)
    assert text.index("Section 3") < text.index(LEFT[0]) < text.index(RIGHT[0])
    assert " ".join(RIGHT) in text
    for phrase in ("Storm cover", "Flood cover"):
        block = doc.block_at(doc.text.index(phrase))
        assert block.section_path == ("Section 3 Weather damage to your home and garden",)


SECTIONS = ["Buildings", "Contents", "Liability", "Claims", "Complaints"]


def test_running_footer_with_varying_words_is_removed(tmp_path: Path) -> None:
    def draw(c, number):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(56, 760, f"Part {number}")
        _lines(c, 56, 730, LEFT)
        c.setFont("Helvetica", 7)
        c.drawString(
            56,
            40,
            f"Example Cover is a registered trademark of Example Group plc used under "
            f"licence {SECTIONS[number - 1]} page {number}",
        )

    doc = read_path(_pdf(tmp_path / "footer.pdf", draw, pages=5))
    assert "trademark" not in doc.text
    assert doc.text.count(LEFT[0]) == 5
    assert any("removed 5 running" in note for note in doc.notes)


def test_single_page_footer_text_is_kept(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 760, LEFT)
        c.setFont("Helvetica", 7)
        c.drawString(56, 40, "Example Cover is a registered trademark of Example Group plc")

    doc = read_path(_pdf(tmp_path / "one-page.pdf", draw))
    assert "registered trademark" in doc.text


def test_contents_entries_are_lines_of_their_own(tmp_path: Path) -> None:
    entries = [
        ("Welcome", 2),
        ("What is covered", 3),
        ("What is not covered", 5),
        ("How to make a claim", 8),
        ("Complaints and the ombudsman service", 11),
    ]

    def draw(c, _):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(56, 790, "Contents")
        c.setFont("Helvetica", 10)
        for index, (title, page) in enumerate(entries):
            c.drawString(56, 760 - 14 * index, title)
            c.drawRightString(500, 760 - 14 * index, str(page))
        c.drawString(56, 660, "Definitions " + "." * 40 + " 14")
        c.drawString(56, 646, "Your policy schedule " + "." * 40 + " 15")

    doc = read_path(_pdf(tmp_path / "contents.pdf", draw))
    blocks = [_flat(doc.text[b.start : b.end]) for b in doc.blocks]
    for title, page in entries:
        assert f"{title} {page}" in blocks
    assert sum(1 for b in blocks if b.startswith(("Definitions", "Your policy"))) == 2
    sentences = split_sentences(doc, frozenset())
    assert max(len(doc.text[s.start : s.end].split()) for s in sentences) <= 10


def test_bold_paragraph_that_wraps_is_no_heading(tmp_path: Path) -> None:
    def draw(c, _):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(56, 790, "Limits of cover")
        _lines(c, 56, 760, ["The limits below apply to every claim you make."])
        _lines(
            c,
            56,
            730,
            [
                "Our total liability for all claims arising",
                "from any one event will not exceed the limit of indemnity.",
            ],
            font="Helvetica-Bold",
        )
        _lines(
            c,
            56,
            690,
            ["If you make a claim for damage caused by a", "Flood we pay for drying out."],
        )

    doc = read_path(_pdf(tmp_path / "bold.pdf", draw))
    assert [doc.text[h.start : h.end] for h in doc.headings] == ["Limits of cover"]
    block = doc.block_at(doc.text.index("Our total"))
    assert block.kind == "paragraph"
    assert _flat(doc.text[block.start : block.end]).endswith("limit of indemnity.")


def test_heading_wrapped_over_two_lines_is_one_heading(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 790, ["What we do not pay for under", "this section"], "Helvetica-Bold", 16)
        _lines(c, 56, 740, LEFT)

    doc = read_path(_pdf(tmp_path / "two-line.pdf", draw))
    assert [_flat(doc.text[h.start : h.end]) for h in doc.headings] == [
        "What we do not pay for under this section"
    ]


def test_invisible_render_mode_is_hidden_and_light_on_dark_is_not(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 760, LEFT)
        c.setFillColorRGB(0.1, 0.1, 0.3)
        c.rect(50, 640, 400, 30, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(56, 650, "Important notice about your cover")
        c.setFillColorRGB(0, 0, 0)
        text = c.beginText(56, 600)
        text.setFont("Helvetica", 10)
        text.setTextRenderMode(3)  # the mode lasts past this text object: draw it last
        text.textLine("We do not pay for claims made after ninety days.")
        c.drawText(text)

    doc = read_path(_pdf(tmp_path / "ink.pdf", draw))
    start = doc.text.index("ninety days")
    assert all(s.hidden for s in doc.styles_over(start, start + 11))
    start = doc.text.index("Important notice")
    spans = doc.styles_over(start, start + 16)
    assert spans and not any(s.hidden for s in spans)


@pytest.mark.parametrize("name", ["columns", "footer"])
def test_reading_twice_gives_the_same_document(tmp_path: Path, name: str) -> None:
    def draw(c, number):
        _lines(c, 56, 760, LEFT)
        _lines(c, 316, 760, RIGHT)
        c.setFont("Helvetica", 7)
        c.drawString(56, 40, f"Example Group plc registered trademark page {number}")

    path = _pdf(tmp_path / f"{name}.pdf", draw, pages=3)
    first, second = read_path(path), read_path(path)
    assert (first.text, first.blocks, first.style) == (second.text, second.blocks, second.style)


def test_places_word_by_word_agree_with_places_by_run(tmp_path: Path, monkeypatch) -> None:
    """The reader asks PDFium word by word when runs and boxes do not pair up; both
    ways must read a page alike."""
    from clarity.readers import pdf_chars

    def draw(c, number):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(56, 790, "What is covered")
        _lines(c, 56, 760, LEFT)
        _lines(c, 316, 760, RIGHT)
        c.setFont("Helvetica", 7)
        c.drawString(56, 40, f"Example Group plc registered trademark page {number}")

    path = _pdf(tmp_path / "both.pdf", draw, pages=2)
    by_run = read_path(path)
    monkeypatch.setattr(pdf_chars, "_places_by_run", lambda *args: None)
    by_word = read_path(path)
    assert (by_word.text, by_word.blocks) == (by_run.text, by_run.blocks)


def test_minus_sign_bullets_are_list_items(tmp_path: Path) -> None:
    def draw(c, _):
        _lines(c, 56, 760, ["We do not pay for any claim:"])
        _lines(
            c,
            56,
            745,
            ["\u2212 for damage in the first 48 hours", "\u2212 if your home is unoccupied"],
        )

    doc = read_path(_pdf(tmp_path / "minus.pdf", draw))
    items = [_flat(doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "list_item"]
    assert [item[2:] for item in items] == [
        "for damage in the first 48 hours",
        "if your home is unoccupied",
    ]  # the sign itself may come from the Symbol font, read as a bullet


def test_minus_sign_is_a_list_marker() -> None:
    from clarity.readers.structure import list_marker

    assert list_marker("\u2212 if your home is unoccupied") == "\u2212"
    assert list_marker("\u2212") is None


def test_table_rows_of_three_cells_are_blocks_of_their_own(tmp_path: Path) -> None:
    rows = [("Skiing", "Golf", "Rowing"), ("Sailing", "Tennis", "Walking")]
    rows += [("Cycling", "Bowls", "Fishing"), ("Squash", "Darts", "Karting")]

    def draw(c, _):
        c.setFont("Helvetica", 10)
        for index, cells in enumerate(rows):
            for column, cell in enumerate(cells):
                c.drawString(56 + 150 * column, 760 - 14 * index, cell)

    doc = read_path(_pdf(tmp_path / "activities.pdf", draw))
    assert [_flat(doc.text[b.start : b.end]) for b in doc.blocks] == [" ".join(r) for r in rows]
