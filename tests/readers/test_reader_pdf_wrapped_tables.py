"""Tables whose cells wrap over several lines, set with narrow gaps between columns
(issue 18: the Medicare chart of services not covered, "Service | Not covered under any
condition | Covered only under specific conditions").

- Each row is read cell by cell, as one closed paragraph: the service's words stay
  together and the verdict follows them ("Massage chairs for home use bought without
  a referral. Not covered under any condition"), never line by line across ("Massage
  chairs for home use Not covered under").
- A bold header row ends where the body starts, even when the first body line carries
  on a cell from the page before in small letters.
- A cell holding a list of its own keeps its items.
- Guards, read as before: a table of amounts whose cells wrap ("Up to $350" / "per
  day"), and a bulleted side label beside its text (an item, label and text).

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

_SERVICE, _VERDICT = 72, 250
"""Left edges of the two columns: the service's lines reach to within a few points of
the verdict column, too narrow a strip to read the page as columns."""


def _row(c, top: float, service: list[str], verdict: list[str]) -> None:
    c.setFont("Helvetica", 10)
    for index, line in enumerate(service):
        c.drawString(_SERVICE, top - 14 * index, line)
    for index, line in enumerate(verdict):
        c.drawString(_VERDICT, top - 14 * index, line)


def _cells(c, lefts: tuple[float, ...], rows: list[tuple]) -> None:
    """Each row's cells (top first, then one text per column, "" for none) at ``lefts``."""
    c.setFont("Helvetica", 10)
    for top, *texts in rows:
        for left, text in zip(lefts, texts, strict=True):
            if text:
                c.drawString(left, top, text)


def _chart(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 11)
    c.drawString(_SERVICE, 720, "Services the plan")
    c.drawString(_VERDICT, 720, "How they are")
    c.drawString(_SERVICE, 706, "leaves out")
    c.drawString(_VERDICT, 706, "treated")
    _row(c, 680, ["and the frames that go", "with them."], [])
    _row(
        c,
        650,
        ["Massage chairs for home use", "bought without a referral", "from the member's doctor."],
        ["Not covered under", "any condition"],
    )
    _row(
        c,
        600,
        ["Hot tub repairs made by a", "relative of the member or", "someone in the household."],
        ["Not covered under", "any condition"],
    )
    _row(
        c,
        550,
        ["Yoga retreats and other", "wellness holidays."],
        ["Not covered under", "any condition"],
    )
    _row(
        c,
        510,
        ["Guided meditation apps", "sold by subscription."],
        ["Not covered under", "any condition"],
    )


def test_a_wrapped_chart_is_read_row_by_row_cell_by_cell(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "chart.pdf", _chart))
    texts = [text for _, text in blocks]
    assert (
        "Massage chairs for home use bought without a referral from the member's doctor. "
        "Not covered under any condition"
    ) in texts, blocks
    assert (
        "Hot tub repairs made by a relative of the member or someone in the household. "
        "Not covered under any condition"
    ) in texts, blocks
    assert not any("home use Not covered" in text for text in texts), blocks


def test_the_header_row_ends_where_the_body_starts(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "chart.pdf", _chart))
    texts = [text for _, text in blocks]
    assert "Services the plan leaves out How they are treated" in texts, blocks
    assert "and the frames that go with them." in texts, blocks


def _cell_with_a_list(c, _number: int) -> None:
    rows = [
        (720, "Pollution and", "You are not insured for liability for pollution,"),
        (706, "contamination", "and no cover applies to:"),
        (692, "", "(a) clean-up costs of any kind;"),
        (678, "", "(b) fines imposed by an authority."),
        (650, "Product recall", "You are not insured for the recall of your products"),
        (636, "and withdrawal", "or the loss of their use."),
        (608, "Sanctions and", "You are not insured where cover would expose us to"),
        (594, "trade limits", "any sanction under a law that applies to us."),
    ]
    _cells(c, (72, 148), rows)


def test_a_cell_with_a_list_of_its_own_keeps_its_items(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "labels.pdf", _cell_with_a_list))
    assert ("list_item", "(a) clean-up costs of any kind;") in blocks, blocks
    assert ("list_item", "(b) fines imposed by an authority.") in blocks, blocks
    texts = [text for _, text in blocks]
    assert not any("contamination and no cover" in text for text in texts), blocks


def _amounts(c, _number: int) -> None:
    rows = [
        (720, "Hospital cash benefit", "Up to $350", "Up to $400"),
        (706, "", "per day", "per day"),
        (692, "Overseas funeral costs", "Up to $3,000", "Up to $6,000"),
        (678, "", "in total", "in total"),
        (664, "Pet boarding fees", "Up to $50", "Up to $75"),
        (650, "", "per day", "per day"),
        (636, "Lost passport fees", "Up to $500", "Up to $750"),
        (622, "", "in total", "in total"),
    ]
    _cells(c, (72, 200, 280), rows)


def test_a_table_of_amounts_is_read_row_by_row_as_before(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "amounts.pdf", _amounts))
    text = " ".join(text for _, text in blocks)
    assert "Hospital cash benefit Up to $350 Up to $400 per day per day" in text, blocks


def _side_label(c, _number: int) -> None:
    rows = [
        (720, "• What we cover", "We cover loss of or damage to stock at new premises"),
        (706, "", "you first occupy during the period of insurance."),
        (692, "", "You must tell us about the new premises within a month."),
        (664, "• What we exclude", "We will not pay more than a fifth of the sum insured."),
        (650, "", "We do not cover stock that does not belong to you, or"),
        (636, "", "for which you are not legally responsible."),
    ]
    _cells(c, (72, 160), rows)


def test_a_side_label_beside_its_text_is_read_as_before(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "side.pdf", _side_label))
    kinds = {text.split(" We ")[0]: kind for kind, text in blocks}
    assert kinds == {"• What we cover": "list_item", "• What we exclude": "list_item"}, blocks
