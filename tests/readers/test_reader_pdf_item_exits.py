"""Where a PDF list item ends and the text around it goes on (issue 18, batch 25).

- A line set further out than the marker and every wrapped line of the item above it,
  under an item whose sentence has ended, is the text the list sits in, no part of the
  item ("14. Contact lenses (except as noted" / "elsewhere)." / "The following services
  are excluded under your plan:"). An item that wraps out to the margin keeps its lines.
- A title in capitals named after a dash in capitalised words ("EXCLUSIONS AND
  LIMITATIONS - Standard Plan") is a title, like one all in capitals.
- A line that opens with a range of markers ("(1) through (5), is caused by ...") under
  a sentence that goes on ("... in Paragraphs") goes on with it; a line that opens with
  an item's marker and its words ("3. to a worker ...") is still an item.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf


def _lines(c, lines: list[tuple[float, float, str]]) -> None:
    c.setFont("Helvetica", 10)
    for x, y, text in lines:
        c.drawString(x, y, text)


def _outdented_lead_in(c, _number: int) -> None:
    _lines(
        c,
        [
            (72, 700, "If you choose any of these extras, you pay their extra cost:"),
            (80, 688, "13. A frame that costs more than the plan"),
            (100, 676, "allowance."),
            (80, 664, "14. Contact lenses (except as noted"),
            (100, 652, "elsewhere)."),
            (72, 640, "The following services are excluded under your plan:"),
            (80, 628, "1. Orthoptics or vision training."),
            (80, 616, "2. Plano lenses."),
        ],
    )


def test_a_line_set_further_out_than_the_item_is_the_text_after_the_list(
    tmp_path: Path,
) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "out.pdf", _outdented_lead_in))
    assert ("list_item", "14. Contact lenses (except as noted elsewhere).") in blocks, blocks
    assert ("paragraph", "The following services are excluded under your plan:") in blocks


def _item_wrapping_to_the_margin(c, _number: int) -> None:
    _lines(
        c,
        [
            (72, 700, "We do not cover:"),
            (90, 688, "1. Loss caused by wear and tear or by gradual deterioration."),
            (72, 676, "This includes rust and corrosion of any kind."),
            (90, 664, "2. Loss caused by vermin."),
        ],
    )


def test_an_item_that_wraps_out_to_the_margin_keeps_its_lines(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "margin.pdf", _item_wrapping_to_the_margin))
    whole = (
        "1. Loss caused by wear and tear or by gradual deterioration. "
        "This includes rust and corrosion of any kind."
    )
    assert ("list_item", whole) in blocks, blocks


def _titled_plans(c, _number: int) -> None:
    _lines(
        c,
        [
            (72, 700, "* Whether contact lenses are necessary is decided by"),
            (72, 688, "your network doctor."),
            (72, 671, "EXCLUSIONS AND LIMITATIONS - Standard Plan"),
            (72, 659, "Some brands of frames may not be available under the plan."),
        ],
    )


def test_a_capitals_title_named_after_a_dash_is_a_title(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "plans.pdf", _titled_plans))
    assert ("heading", "EXCLUSIONS AND LIMITATIONS - Standard Plan") in blocks, blocks


def _sentence_over_a_range(c, _number: int) -> None:
    _lines(
        c,
        [
            (72, 700, "(5) Volcanic eruption, explosion or effusion."),
            (72, 688, "This exclusion applies whether any of the above, in Paragraphs"),
            (72, 676, "(1) through (5), is caused by an act of nature or otherwise."),
            (72, 652, "We will pay for bodily injury to a worker only:"),
            (72, 640, "2. if the injury happens on the premises; or"),
            (72, 628, "3. to a worker while on an errand for you."),
        ],
    )


def test_a_range_of_markers_under_a_sentence_goes_on_with_it(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "range.pdf", _sentence_over_a_range))
    whole = (
        "This exclusion applies whether any of the above, in Paragraphs (1) through (5), "
        "is caused by an act of nature or otherwise."
    )
    assert any(whole in text for _, text in blocks), blocks
    assert ("list_item", "3. to a worker while on an errand for you.") in blocks, blocks
