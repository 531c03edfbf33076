"""A document set wholly in a bold face: bold marks no heading there.

Some publishers set a whole wording in a bold face. Bold is then the type, not a sign
of a heading, and a short line that opens a list item ("(i) while flying as a pilot of")
is that item, not a heading that cuts its list off from its lead-in. A title stands out
by its size. Where only the titles are bold, a short bold line is still a heading.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers_builders import block_texts, draw_pdf

LINES = [
    (14, 0, "Limits and Exclusions"),
    (10, 0, "We will not pay for any costs that arise from:"),
    (10, 0, "(a) An illness that starts in the first week of the trip"),
    (10, 0, "(b) An injury sustained:"),
    (10, 18, "(i) while flying as a pilot or as crew of any aircraft; or"),
    (10, 18, "(ii) while racing a motor vehicle"),
    (10, 0, "(c) Treatment that could wait until you are back home"),
    (10, 0, "(d) Any act of war"),
    (14, 0, "How to claim"),
    (10, 0, "Call the helpline within two days of the event."),
]


def _drawn(body_font: str):
    def draw(c, _number: int) -> None:
        y = 780
        for size, indent, text in LINES:
            c.setFont("Helvetica-Bold" if size > 10 else body_font, size)
            c.drawString(60 + indent, y, text)
            y -= size * 1.9
        # a page of body text, so that the body size is the most common one
        for index in range(20):
            c.setFont(body_font, 10)
            c.drawString(60, 440 - index * 13, f"The terms of section {index + 1} apply in full.")

    return draw


@pytest.mark.parametrize("body_font", ["Helvetica-Bold", "Helvetica"])
def test_list_items_stay_items_whether_or_not_the_whole_text_is_bold(
    tmp_path: Path, body_font: str
) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "wording.pdf", _drawn(body_font)))
    kinds = {text: kind for kind, text in blocks}
    assert kinds["Limits and Exclusions"] == "heading"
    assert kinds["How to claim"] == "heading"
    for text in (
        "(a) An illness that starts in the first week of the trip",
        "(i) while flying as a pilot or as crew of any aircraft; or",
        "(ii) while racing a motor vehicle",
        "(c) Treatment that could wait until you are back home",
        "(d) Any act of war",
    ):
        assert kinds.get(text) == "list_item", (text, blocks)


def test_a_short_bold_line_in_plain_text_is_still_a_heading(tmp_path: Path) -> None:
    def draw(c, _number: int) -> None:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 780, "Cancelling your policy")
        c.setFont("Helvetica", 10)
        for index in range(12):
            c.drawString(60, 760 - index * 13, f"You may cancel this cover on day {index + 1}.")

    blocks = block_texts(draw_pdf(tmp_path / "plain.pdf", draw))
    assert blocks[0] == ("heading", "Cancelling your policy")
