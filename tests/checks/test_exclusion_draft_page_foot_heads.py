"""Section titles under a part's name printed at the foot of each of its pages
(clarity/checks/exclusions/section_titles.py). A PDF reader takes "PART 4 - BENEFITS" at
each page's foot for a heading at the level of the part's own titles; it then cuts
"Article 9 - Limitations" off the list that runs on to the next page, and the list
reads as limits of every benefit. The title before the page's foot names the list, with
the section it sits in when it names none itself ("Article 9 - Limitations"). A
title that a page break left at the foot of one page is the list's own. All text here is
invented."""

from __future__ import annotations

from exclusion_helpers import PagedLine, analyse_document, paged_document


def _titles(foot: str, feet: int) -> list[str]:
    lines: list[PagedLine] = [
        ("heading", 1, "GENERAL EXCLUSIONS"),
        ("paragraph", 1, "This policy does not insure loss caused by pollution."),
        ("heading", 1, "PART 4 - BENEFITS"),
    ]
    for page in range(1, feet):
        lines += [
            ("paragraph", page, f"Article {page} sets out a benefit paid on a claim."),
            ("heading", page, foot),
        ]
    lines += [
        ("heading", feet, "Section B - Accidental Death Cover"),
        ("paragraph", feet, "We pay the sum insured if you die in an accident."),
        ("heading", feet, "Article 9 - Limitations"),
        ("paragraph", feet, "Payment will not be made for any loss caused by:"),
        ("heading", feet, foot),
        ("list_item", feet + 1, "a. war or act of war; or"),
        ("list_item", feet + 1, "b. riot."),
    ]
    draft = analyse_document(paged_document(tuple(lines), item_level=2)).extra["summary_draft"]
    return [line for line in draft.splitlines() if line.startswith("### ")][1:]


def test_a_part_name_at_each_page_foot_gives_way_to_the_title_before_it() -> None:
    """ "Limitations" names no cover: the section the article sits in does."""
    assert _titles("PART 4 - BENEFITS", feet=5) == [
        "### Section B - Accidental Death Cover – Article 9 - Limitations"
    ]


def test_a_title_at_the_foot_of_one_page_is_its_list_own() -> None:
    assert _titles("Specific Exclusions", feet=1) == ["### Specific Exclusions"]
