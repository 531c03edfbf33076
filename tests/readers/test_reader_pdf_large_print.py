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


SENTENCE = [
    "8. If you are a tenant, you may apply",
    "up to 10 percent of the Coverage",
    "B limit to improvements:",
]
RUN_ON = [
    "Items of property below the lowest",
    "elevated floor of an elevated post-",
    "FIRM building located in zones",
    "A1-A30, AE, AH, AR, AR/A, AR/",
    "AE, AR/AH, or in a basement",
    "regardless of the zone.",
]
TITLE = [
    "EXCLUSION OF NUCLEAR, BIOLOGICAL,",
    "CHEMICAL OR RADIOLOGICAL ACTS",
    "OF TERRORISM; CAP ON LOSSES",
    "FROM CERTIFIED ACTS OF TERRORISM",
]


def _limits_in_large_print(c, _number: int) -> None:
    y = 800.0

    def body(text: str) -> None:
        nonlocal y
        c.setFont("Helvetica", 9)
        c.drawString(40, y, text)
        y -= 12

    def large(lines: list[str], justify: bool = True) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold", 14)
        for index, text in enumerate(lines):
            last = index == len(lines) - 1
            space = (260 - c.stringWidth(text)) / len(text) if justify and not last else 0
            c.drawString(40, y, text, charSpace=max(0.0, space))
            y -= 17
        y -= 10

    for text in BODY[:6]:
        body(text)
    y -= 24
    large(SENTENCE)
    body("a. Made a part of the building you occupy; and")
    body("b. You acquired at your expense, even though you cannot remove.")
    y -= 24
    large(RUN_ON)
    y -= 16
    for text in BODY[6:12]:
        body(text)
    y -= 24
    large(TITLE)
    for text in BODY[12:]:
        body(text)


def test_a_sentence_in_large_print_is_one_block_however_its_lines_open(
    tmp_path: Path,
) -> None:
    """US forms set the limits they must make prominent in large print; a line of it that
    opens in capitals ("B limit to improvements:") goes on with the sentence above it."""
    blocks = block_texts(draw_pdf(tmp_path / "limits.pdf", _limits_in_large_print))
    texts = [text for _, text in blocks]
    assert " ".join(SENTENCE) in texts, blocks
    assert " ".join(RUN_ON) in texts, blocks
    assert not [kind for kind, text in blocks if text in SENTENCE[1:] + RUN_ON[1:]], blocks


def test_a_title_in_large_capitals_stays_a_title(tmp_path: Path) -> None:
    """An endorsement's title set in large capitals over four lines is no sentence."""
    blocks = block_texts(draw_pdf(tmp_path / "limits.pdf", _limits_in_large_print))
    title = [(kind, text) for kind, text in blocks if "TERRORISM" in text]
    assert title and all(kind == "heading" for kind, _ in title), blocks
