"""Sections of a PDF end where a reader sees them end: a company name set large at the
top of every page is a running header, not a heading that closes the section a list
runs on in; and numbered headings of one series ("VI." then "VII.") are siblings,
whatever their font sizes.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from exclusion_helpers import analyse_document
from readers_builders import draw_pdf

from clarity.readers import read_path
from clarity.readers.pdf_heading_series import series_levels

COMPANY = "Example Mutual Assurance Company Limited"
EXCLUSIONS_PAGE_1 = [
    "1. Treatment of any condition that started before the policy began.",
    "2. Cosmetic surgery of any kind.",
]
EXCLUSIONS_PAGE_2 = [
    "3. Injury from racing any motor vehicle.",
    "4. Hearing aids and spectacles.",
]
CLAIMS = "You can send a claim form to our office by post or by email."


def _lines(c, x: float, y: float, lines: list[str], size: float = 11) -> None:
    c.setFont("Helvetica", size)
    for index, line in enumerate(lines):
        c.drawString(x, y - index * size * 1.4, line)


def _policy(path: Path, next_size: float = 11) -> Path:
    """Three pages under a large running company name: an exclusions section (its
    heading set a point larger than the others) whose list runs on to page 2, then the
    next section of the same numbering."""

    def draw(c, number: int) -> None:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(56, 800, COMPANY)  # the same large row at the top of every page
        c.setFont("Helvetica", 8)
        c.drawString(280, 30, f"Page {number}")
        if number == 1:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(56, 700, "IV. DEFINITIONS")
            _lines(c, 56, 680, ["Hospital means a place where patients are treated."])
            c.setFont("Helvetica-Bold", 12)
            c.drawString(56, 600, "V. EXCLUSIONS")
            _lines(c, 56, 580, ["We will not pay for:", *EXCLUSIONS_PAGE_1])
        elif number == 2:
            _lines(c, 56, 740, EXCLUSIONS_PAGE_2)
        else:
            c.setFont("Helvetica-Bold", next_size)
            c.drawString(56, 740, "VI. CLAIMS")
            _lines(c, 56, 720, [CLAIMS])

    return draw_pdf(path, draw, pages=3)


def _found(path: Path) -> set[str]:
    doc = read_path(path)
    return {" ".join(e["text"].split()) for e in analyse_document(doc).extra["exclusions"]}


def test_a_large_row_at_the_top_of_every_page_is_a_running_header(tmp_path: Path) -> None:
    doc = read_path(_policy(tmp_path / "policy.pdf"))
    assert COMPANY not in doc.text
    titles = [doc.text[h.start : h.end] for h in doc.headings]
    assert titles == ["IV. DEFINITIONS", "V. EXCLUSIONS", "VI. CLAIMS"]


def test_a_list_runs_on_past_a_large_running_header(tmp_path: Path) -> None:
    found = _found(_policy(tmp_path / "policy.pdf"))
    assert "Injury from racing any motor vehicle." in found, found
    assert "Hearing aids and spectacles." in found, found


def test_the_next_numbered_heading_ends_a_larger_sibling_section(tmp_path: Path) -> None:
    doc = read_path(_policy(tmp_path / "policy.pdf"))
    levels = {doc.text[h.start : h.end]: h.level for h in doc.headings}
    assert levels["V. EXCLUSIONS"] == levels["VI. CLAIMS"] < levels["IV. DEFINITIONS"]
    claims = doc.block_at(doc.text.index(CLAIMS))
    assert claims.section_path == ("VI. CLAIMS",)


def test_a_large_title_on_one_page_only_stays_a_heading(tmp_path: Path) -> None:
    def draw(c, number: int) -> None:
        if number == 1:
            c.setFont("Helvetica-Bold", 15)
            c.drawString(56, 800, COMPANY)
        _lines(c, 56, 700, [f"Text of page {number} of the policy wording."])

    doc = read_path(draw_pdf(tmp_path / "title.pdf", draw, pages=3))
    assert [doc.text[h.start : h.end] for h in doc.headings] == [COMPANY]


def test_a_heading_takes_the_level_of_the_larger_sibling_before_it() -> None:
    titles = ["I. Preamble", "II. Cover", "A. Standard", "III. Exclusions", "IV. Claims"]
    assert series_levels(titles, [3, 3, 3, 2, 3]) == [3, 3, 3, 2, 2]


def test_numbering_that_starts_again_is_a_new_series() -> None:
    # "1." under "B." starts its own numbering; "2. Flood", set larger, goes on "1. Fire"
    # and does not pull the sub-heading "1. Smoke" out to its level
    titles = ["1. Fire", "A. What we cover", "B. What we do not cover", "1. Smoke", "2. Flood"]
    assert series_levels(titles, [1, 2, 2, 3, 1]) == [1, 2, 2, 3, 1]
    assert series_levels(["1. Fire", "1. Smoke", "2. Soot", "2. Flood"], [1, 3, 3, 1]) == [
        1,
        3,
        3,
        1,
    ]


def test_a_letter_series_and_a_roman_series_are_told_apart() -> None:
    # "V." goes on the roman series after "IV.", not the letters after "B."
    titles = ["IV. Definitions", "A. General", "B. Specific", "V. Exclusions", "C. Other"]
    assert series_levels(titles, [2, 4, 4, 3, 4]) == [2, 4, 4, 2, 4]


def test_unnumbered_headings_keep_their_size_level() -> None:
    assert series_levels(["Your cover", "Exclusions", "1.1 Note"], [1, 2, 3]) == [1, 2, 3]


def test_a_roman_series_goes_on_past_ten() -> None:
    titles = ["IX. Claims", "X. Complaints", "XI. Exclusions", "XII. Definitions"]
    assert series_levels(titles, [2, 3, 2, 3]) == [2, 2, 2, 2]
