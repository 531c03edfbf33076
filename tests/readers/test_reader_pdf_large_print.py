"""A column set in large print beside one in body text is read column by column.

Some public forms set one column in large print (18 pt) and the next in body text
(10 pt). The gap between them is narrow for the large print but wide for the body
text, and their lines, of different heights, fall now and then at the same height:
measured in the large print, such a line and the next column's would read as one.
A table's figure set a little larger than its label (12 pt beside 8 pt) is still
one cell of its row with it.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers_builders import block_texts, draw_pdf

from clarity.readers.pdf_chars import PdfWord
from clarity.readers.pdf_segments import segments

LARGE = [
    "If we send you written",
    "notice within thirty days",
    "after your proof of loss,",
    "we may repair or replace",
    "any part of the damaged",
    "property with property",
    "of like kind and quality.",
    "No person other than you",
    "who has custody of the",
    "property will benefit.",
]
BODY = [
    "You may not abandon damaged or undamaged",
    "insured property to us at any time after a loss.",
    "We may let you keep damaged insured property",
    "after a loss, and we will then reduce the amount",
    "payable to you under the policy by the value of",
    "the salvage that you keep for your own use.",
    "If you and we fail to agree on the actual cash",
    "value of the damaged property, either may ask",
    "for an appraisal of the loss by two appraisers.",
    "Each party will pay its own appraiser and bear",
    "the other costs of the appraisal equally.",
    "The appraisers will state the loss of each item.",
    "A decision agreed by any two sets the amount.",
    "We will adjust all losses with you alone.",
    "Loss is payable sixty days after proof of loss.",
    "We will not pay interest on any amount payable.",
    "This policy does not cover loss in a basement.",
    "The mortgagee is paid as its interest appears.",
]


def _large_print(c, _number: int) -> None:
    for index, text in enumerate(LARGE):
        c.setFont("Helvetica", 18)
        y = 760 - index * 22
        # stretched to the column's edge, as justified large print is
        c.drawString(40, y, text, charSpace=max(0.0, (260 - c.stringWidth(text)) / len(text)))
    c.setFont("Helvetica", 10)
    for index, text in enumerate(BODY):
        c.drawString(316, 764 - index * 12, text)


def test_a_large_print_column_is_read_apart_from_the_body_text_beside_it(
    tmp_path: Path,
) -> None:
    text = " ".join(t for _, t in block_texts(draw_pdf(tmp_path / "large.pdf", _large_print)))
    assert " ".join(LARGE) in " ".join(text.split())
    assert " ".join(BODY) in " ".join(text.split())


def _word(text: str, x0: float, size: float) -> PdfWord:
    return PdfWord(
        text, x0, x0 + 0.5 * size * len(text), 700.0, 700.0 + size, size, False, None, False
    )


@pytest.mark.parametrize(
    ("left", "right", "gap", "pieces"),
    [
        ((18.0, "receive"), (10.0, "We"), 16.0, 2),  # large print beside body text
        ((8.0, "single"), (12.0, "1,000,000"), 11.0, 1),  # a table's label and its figure
        ((10.0, "cover"), (10.0, "limit"), 11.0, 1),  # one size: a wide word space
        ((10.0, "cover"), (10.0, "limit"), 13.0, 2),
    ],
)
def test_a_gap_between_two_sizes_is_measured_in_the_smaller_when_they_differ_much(
    left: tuple[float, str], right: tuple[float, str], gap: float, pieces: int
) -> None:
    """Words of 18 and 10 pt are 1.8 times apart in size: a 16 pt gap is wide for the
    10 pt words. A 12 pt figure beside its 8 pt label (1.5 times) is one row's cell."""
    first = _word(left[1], 100.0, left[0])
    second = _word(right[1], first.x1 + gap, right[0])
    assert len(segments([first, second])) == pieces
