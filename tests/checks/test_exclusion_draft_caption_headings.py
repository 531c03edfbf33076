"""Section titles of draft bullets far below a heading that ends on a colon
(clarity/checks/exclusions/section_titles.py). A heading set with a colon ("COUNTIES BY
STATE:") leads in to the list or table on its page; an exclusion pages later, under
headings the reader did not take for any, is not part of it. All text here is invented."""

from __future__ import annotations

from exclusion_helpers import PagedLine, analyse_document, paged_document


def _titles(heading: str, exclusion_page: int) -> list[str]:
    lines: tuple[PagedLine, ...] = (
        ("heading", 1, "GENERAL EXCLUSIONS"),
        ("paragraph", 1, "This policy does not insure loss caused by war."),
        ("heading", 3, heading),
        ("paragraph", 3, "Alpha County, Beta County, Gamma County, Delta County."),
        *(
            ("paragraph", page, "The schedule of locations goes on with more counties.")
            for page in range(4, exclusion_page)
        ),
        ("paragraph", exclusion_page, "This policy does not insure land, land values or water."),
    )
    draft = analyse_document(paged_document(lines)).extra["summary_draft"]
    return [line for line in draft.splitlines() if line.startswith("### ")]


def test_a_colon_heading_titles_no_exclusion_pages_below_it() -> None:
    assert _titles("COUNTIES BY STATE:", exclusion_page=9) == [
        "### GENERAL EXCLUSIONS",
        "### Elsewhere in the wording",
    ]


def test_a_colon_heading_titles_the_exclusions_on_its_pages() -> None:
    assert _titles("PROPERTY NOT COVERED:", exclusion_page=5)[-1] == "### PROPERTY NOT COVERED:"


def test_a_heading_without_a_colon_titles_pages_below_it() -> None:
    assert _titles("SECTION 4 EXCLUSIONS", exclusion_page=9)[-1] == "### SECTION 4 EXCLUSIONS"
