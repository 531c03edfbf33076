"""A glossary's items in a PDF: a bracketed number set against its item's first word
("(2)The Covered Person's spouse", the gap drawn, not typed) still numbers the item, and
a definition's first line ('"Eligible Expenses" means ...') right under an item that has
ended its sentence opens a paragraph of its own instead of running on in the item.
Every fixture is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers_builders import draw_pdf

from clarity.readers import read_path
from clarity.readers.structure import list_marker

LINES = [
    '"Doctor" means a licensed practitioner acting within the scope of his license. Doctor',
    "does not include:",
    "(1)The Covered Person;",
    "(2)The Covered Person's spouse, child or parent; or",
    "(3) A person living with a Covered Person.",
    '"Eligible Expenses" means the usual and customary charges for services of a Doctor.',
]


def _glossary(c, _) -> None:
    c.setFont("Helvetica", 10)
    for index, line in enumerate(LINES):
        c.drawString(56, 760 - 13 * index, line)


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("(2)The Covered Person's spouse", "(2)"),
        ("(a)Water damage to the roof", "(a)"),
        ("(iii)Pre-existing conditions", "(iii)"),
        ("(3)A person living with you", "(3)"),
        ("(2)ANY loss of money", "(2)"),
        ("(Re)Insurance Act 2015 applies", None),
        ("(c)Copyright 2020 Example Mutual", None),
        ("(2)the rest of a sentence", None),
        ("1)The first item", None),
    ],
)
def test_a_bracketed_number_against_the_first_word_is_a_marker(line: str, marker: str) -> None:
    assert list_marker(line) == marker


def test_glossary_items_and_the_next_definition_are_blocks_of_their_own(tmp_path: Path) -> None:
    doc = read_path(draw_pdf(tmp_path / "glossary.pdf", _glossary, 1))
    blocks = [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]
    assert blocks[-4:] == [
        ("list_item", "(1)The Covered Person;"),
        ("list_item", "(2)The Covered Person's spouse, child or parent; or"),
        ("list_item", "(3) A person living with a Covered Person."),
        ("paragraph", LINES[-1]),
    ]
