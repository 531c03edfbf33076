"""Where an announcement set as a list item ends.

US endorsements letter their changes: "A. The following exclusion is added to Section I
...:" / a titled exclusion / "B. The following definitions are added:". The titles after
the announcement are its exclusions until the endorsement's next change, "B.", begins;
an item lettered in the other case ("b." of a list inside the exclusion) does not end
it. "... subject to the following exclusions being added to Coverages A & B:" announces
as "The following exclusions are added" does.

All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import BlockLine, document_of_blocks

from clarity.checks.exclusions.announced import AnnouncedTitles
from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.rules.packs import load_rulesets

Line = BlockLine


def _in_force(lines: tuple[Line, ...]) -> list[bool]:
    """Whether an announcement is in force after each line is read."""
    document = document_of_blocks(lines)
    titles = AnnouncedTitles(document, lexicon_for(load_rulesets()["en"]))
    state = []
    for block in document.blocks:
        if block.kind == "heading":
            titles.title(block)
        else:
            titles.note(block)
        state.append(bool(titles.text))
    return state


def _endorsement(announcement: str, next_marker: str) -> tuple[Line, ...]:
    return (
        ("list_item", 1, "A.", f"A. {announcement}"),
        ("heading", 2, "", "Cross Suits"),
        ("paragraph", 0, "", "Any claim by one insured against another insured."),
        ("list_item", 2, "a.", "a. whether brought directly or as a third party; or"),
        ("list_item", 2, "b.", "b. brought by a subsidiary."),
        ("list_item", 1, next_marker, f"{next_marker} The following definitions are added:"),
        ("heading", 2, "", "Premium Audit"),
    )


@pytest.mark.parametrize(
    "announcement",
    [
        "The following exclusion is added to Section I, Exclusions:",
        "This policy has been issued subject to the following exclusions being added to "
        "Coverages A & B:",
    ],
)
def test_the_announcement_holds_over_its_titles_and_ends_at_the_next_change(
    announcement: str,
) -> None:
    assert _in_force(_endorsement(announcement, "B.")) == [True] * 5 + [False, False]


def test_an_item_of_another_list_does_not_end_it() -> None:
    """ "b." after "a." inside the exclusion, and "C." (not "B.") after "A.", go on."""
    lines = _endorsement("The following exclusion is added to Section I, Exclusions:", "C.")
    assert _in_force(lines)[:6] == [True] * 6
