"""A bold line that opens a sentence, its verb in it ("No benefit will be payable under
the Extra"), with the sentence going on just below ("Plan, if you can claim under another
section."), is the first line of a paragraph, not a heading; a bold title or a question
set over two lines stays a heading.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

LINES = [
    ("Helvetica-Bold", "Trip Cancellation"),
    ("Helvetica", "We pay the deposit you lose when you cancel your trip."),
    ("Helvetica-Bold", "No benefit will be payable under the Extra"),
    ("Helvetica-Bold", "Plan, if you can claim under another section."),
    ("Helvetica-Bold", "What are the conditions that apply to the Extra"),
    ("Helvetica-Bold", "Plan Trip Cancellation Insurance?"),
    ("Helvetica", "You must cancel with the travel agent on the day the cause occurs."),
]


def _drawing(lines: list[tuple[str, str]]):
    """A page drawer setting ``lines`` (font, text) one under another."""

    def draw(c, _number: int) -> None:
        y = 700
        for font, text in lines:
            c.setFont(font, 10)
            c.drawString(72, y, text)
            y -= 13

    return draw


def test_a_bold_sentence_opening_is_a_paragraph(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "bold.pdf", _drawing(LINES)))
    blocks = [(b.kind, " ".join(document.text[b.start : b.end].split())) for b in document.blocks]
    assert (
        "paragraph",
        "No benefit will be payable under the Extra Plan, if you can claim under another section.",
    ) in blocks
    assert ("heading", "Trip Cancellation") in blocks
    headings = [text for kind, text in blocks if kind == "heading"]
    assert any(text.startswith("What are the conditions") for text in headings)


REFERENCE = [
    ("Helvetica-Bold", "Dental Services"),
    ("Helvetica", "Extra dental benefits are available for a premium. See"),
    ("Helvetica-Bold", "Section 2.2 Extra"),
    ("Helvetica", '"optional supplemental"'),
    ("Helvetica", "benefits you can buy at the end of this chart."),
]


def test_a_bold_reference_after_see_is_no_heading(tmp_path: Path) -> None:
    # "See | Section 2.2 Extra": the bold words a cross-reference sets carry the
    # sentence on; read as a heading, they titled the sections after them
    document = read_path(draw_pdf(tmp_path / "see.pdf", _drawing(REFERENCE)))
    headings = [
        " ".join(document.text[b.start : b.end].split())
        for b in document.blocks
        if b.kind == "heading"
    ]
    assert headings == ["Dental Services"], headings
