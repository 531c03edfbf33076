"""A policy bound from several forms prints each form's number at the foot of that
form's pages only ("CG 99 01 04 13"): fewer than half the document's pages, so not
a running footer by the usual count, but on every page of a run of them. Left in, the
number reads as a paragraph at the margin between the two halves of a list that runs
on over the page break, and the items after it lose their lead-in. A section name
repeated at the foot of its pages carries no number and stays: it may be the
section's only heading.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from exclusion_helpers import analyse_document
from readers_builders import draw_pdf

from clarity.readers import read_path

FORM = "CG 99 01 04 13"
SECTION = "Liability section"
FIRST_PAGE = [
    ("This insurance does not apply to:", 56),
    ("a. Injury expected or intended by the insured.", 56),
    ("b. Injury arising out of the escape of pollutants:", 56),
    ("(1) at premises you own or rent;", 80),
    ("(2) at any site used for the storage of waste;", 80),
]
NEXT_PAGE = [
    ("(3) at any site where you test for pollutants;", 80),
    ("(4) at any site where you clean up pollutants.", 80),
    ("c. Injury to your own employees.", 56),
]


def _pdf(path: Path, footer: str) -> Path:
    def draw(c, number):
        c.setFont("Helvetica", 8)
        c.drawString(280, 20, f"Page {number} of 8")
        if 2 <= number <= 4:
            c.drawString(56, 34, footer)  # the form's pages only: 3 of 8
        c.setFont("Helvetica", 10)
        if number == 2:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(56, 760, "Coverage A Bodily injury")
            c.setFont("Helvetica", 10)
            for index, (line, x) in enumerate(FIRST_PAGE):
                c.drawString(x, 140 - index * 14, line)
        elif number == 3:
            for index, (line, x) in enumerate(NEXT_PAGE):
                c.drawString(x, 760 - index * 14, line)
        else:
            c.drawString(56, 700, f"Page {number} says what the policy covers and how to claim.")

    return draw_pdf(path, draw, pages=8)


def _found(path: Path) -> set[str]:
    doc = read_path(path)
    return {" ".join(e["text"].split()) for e in analyse_document(doc).extra["exclusions"]}


def test_a_form_number_on_a_run_of_pages_is_dropped(tmp_path: Path) -> None:
    doc = read_path(_pdf(tmp_path / "form.pdf", FORM))
    assert FORM not in doc.text


def test_a_list_runs_on_past_the_form_number(tmp_path: Path) -> None:
    found = _found(_pdf(tmp_path / "form.pdf", FORM))
    assert "at any site where you test for pollutants;" in found, found
    assert "at any site where you clean up pollutants." in found, found


def test_a_section_name_at_the_foot_of_its_pages_stays(tmp_path: Path) -> None:
    doc = read_path(_pdf(tmp_path / "section.pdf", SECTION))
    assert SECTION in doc.text
