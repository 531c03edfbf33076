"""A heading broken at its column's edge, its last word alone on the next line ("(vii)
Benefit : Domiciliary" / "Hospitalization"), is one heading: the second half alone
would title the exclusions under it with a word that names another benefit.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import title_headings
from reportlab.pdfbase.pdfmetrics import stringWidth

COLUMN = [
    "We pay for treatment at home",
    "when a doctor says that it is needed",
    "and you could not be moved to",
    "a hospital for at least 3 days.",
    "We do not pay for asthma or",
    "for bronchitis treated at home.",
]


def _headings(tmp_path: Path, title: list[str]) -> list[str]:
    """The headings of a one-page PDF: a narrow column of body text under a bold
    title set over ``title``'s lines."""
    return title_headings(tmp_path / "wrapped.pdf", title, COLUMN)


def test_the_column_is_as_wide_as_the_title_line() -> None:
    # the layout the tests rely on: the first title line fills the column, the word
    # after it would not fit
    widest = max(stringWidth(line, "Helvetica", 10) for line in COLUMN)
    title = stringWidth("(vii) Benefit : Domiciliary", "Helvetica-Bold", 12)
    assert title <= widest < title + stringWidth(" Hospitalization", "Helvetica-Bold", 12)


def test_a_title_broken_at_the_column_edge_is_one_heading(tmp_path: Path) -> None:
    headings = _headings(tmp_path, ["(vii) Benefit : Domiciliary", "Hospitalization"])
    assert headings == ["(vii) Benefit : Domiciliary Hospitalization"]


def test_a_short_title_over_another_stays_apart(tmp_path: Path) -> None:
    # "Benefits" ends far from the column's edge: "Hospitalization" would have fitted
    # after it, so it is a title of its own
    assert _headings(tmp_path, ["Benefits", "Hospitalization"]) == [
        "Benefits",
        "Hospitalization",
    ]


def test_a_long_second_line_is_no_broken_title(tmp_path: Path) -> None:
    # the next line, set alike, says more than a title's last words would
    headings = _headings(
        tmp_path, ["(vii) Benefit : Domiciliary", "Hospitalization Cover At Home Only"]
    )
    assert headings == ["(vii) Benefit : Domiciliary", "Hospitalization Cover At Home Only"]
