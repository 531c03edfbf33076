"""A short line set a size above the body in a coloured ink (a blue, not black or a grey)
is a title, bold or not ("What is specifically excluded from legal liability cover?" in
blue at 9.5 points over black 8-point text); the same line in black stays body text, and
so does a coloured bullet, a contents entry ending on its page number, or a lead-in."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers_builders import block_texts, draw_pdf

BODY = [
    "We will not make any payment under this cover for any settlement agreed to",
    "without our consent in writing, or for damage to property you own or control,",
    "or for costs after we have paid or offered to pay the Legal Liability Limit.",
]


def _draw(title: str, colour: tuple[float, float, float]):
    def draw(canvas, _number: int) -> None:
        y = 760
        canvas.setFillColorRGB(*colour)
        canvas.setFont("Helvetica", 9.5)
        canvas.drawString(72, y, title)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 8)
        for line in BODY:
            y -= 13
            canvas.drawString(72, y, line)

    return draw


BLUE = (0.0, 0.29, 0.56)


def test_a_coloured_line_a_size_above_the_body_is_a_title(tmp_path: Path) -> None:
    title = "What is specifically excluded from legal liability cover?"
    blocks = block_texts(draw_pdf(tmp_path / "blue.pdf", _draw(title, BLUE)))
    assert blocks[0] == ("heading", title), blocks


@pytest.mark.parametrize(
    ("title", "colour"),
    [
        ("What is specifically excluded from legal liability cover?", (0, 0, 0)),
        ("What is specifically excluded from legal liability cover?", (0.3, 0.3, 0.3)),
        ("• Storm or flood", BLUE),
        ("Section 4 Legal Assistance 24", BLUE),
        ("We will not pay for any of the following:", BLUE),
    ],
)
def test_black_grey_bullets_contents_and_lead_ins_stay_text(
    tmp_path: Path, title: str, colour: tuple[float, float, float]
) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "plain.pdf", _draw(title, colour)))
    assert blocks[0][0] != "heading", blocks
