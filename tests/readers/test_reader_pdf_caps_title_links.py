"""A title set in capitals over two lines, where the first ends or the second opens on a
link word ("TEXAS CHANGES" / "AND NONRENEWAL OF THE POLICY", "... DOMESTIC COVER UNDER" /
"SECTION C) BENEFITS ..."), is one heading: the second line alone would title what
follows with a fragment, or with the name of another part ("SECTION C) BENEFITS COVERED"
over exclusions). A part's label lets its title run to 24 words. A notice set in capitals
that would then be too long for a title stays as it was.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import title_headings

BODY = [
    "We do not pay for the costs listed below, unless the",
    "schedule shows that you bought the extra cover.",
]


def _headings(tmp_path: Path, title: list[str]) -> list[str]:
    """The headings of a one-page PDF: ``title``'s lines in bold capitals over body text."""
    return title_headings(tmp_path / "caps.pdf", title, BODY, size=11)


def test_a_second_line_that_opens_on_a_link_word_goes_on_with_the_title(
    tmp_path: Path,
) -> None:
    assert _headings(tmp_path, ["TEXAS CHANGES", "AND NONRENEWAL OF THE POLICY"]) == [
        "TEXAS CHANGES AND NONRENEWAL OF THE POLICY"
    ]


def test_a_first_line_that_ends_on_a_link_word_goes_on_in_the_second(tmp_path: Path) -> None:
    title = [
        "SECTION D) EXCLUSIONS - SPECIFIC EXCLUSIONS APPLICABLE TO PART A UNDER",
        "SECTION C) BENEFITS COVERED UNDER THE POLICY FOR DOMESTIC COVER",
    ]
    assert _headings(tmp_path, title) == [" ".join(title)]


def test_lines_too_long_together_for_a_title_stay_titles_of_their_own(
    tmp_path: Path,
) -> None:
    """Joined, they would be no title but a paragraph in capitals: the exclusions under
    them would lose their heading."""
    lines = [
        "EXCLUSIONS THAT APPLY TO ALL PARTS OF THE HOME INSURANCE POLICY",
        "AND TO EVERY OPTIONAL EXTRA COVER SHOWN IN YOUR SCHEDULE",
    ]
    assert _headings(tmp_path, lines)[:1] == [lines[0]]
