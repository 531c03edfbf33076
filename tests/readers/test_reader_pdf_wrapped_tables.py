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
- Set with a gutter wide enough for columns, a chart whose rows are linked (service
  and terms open on one line, each wraps on its own) is read row by row too; a list
  set in two columns that opens items beside the other side's wrapped lines, and a
  table of three columns, keep their reading as columns.

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


# A chart set with a gutter wide enough for columns: read as columns, every service would
# come first and every term after all of them, each parted from its row.
_WIDE = (72, 330)


def _linked_chart(c, _number: int) -> None:
    rows = [
        (720, "Massage chairs for home use", "Covered when a doctor orders"),
        (706, "bought without a referral", "them as part of a therapy"),
        (692, "", "programme."),
        (670, "Hot tub repairs made by a", "Not covered under any condition"),
        (656, "relative of the member", ""),
        (634, "Yoga retreats and other", "Covered only when the plan"),
        (620, "wellness holidays", "doctor refers the member."),
        (598, "Guided meditation apps", "Not covered under any condition"),
        (584, "sold by subscription", ""),
        (562, "Private rooms in a hospital", "Covered only when medically"),
        (548, "for the member's comfort", "necessary."),
    ]
    _cells(c, _WIDE, rows)


def test_a_chart_of_linked_rows_is_read_row_by_row_across_a_wide_gutter(
    tmp_path: Path,
) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "linked.pdf", _linked_chart))
    texts = [text for _, text in blocks]
    assert (
        "Massage chairs for home use bought without a referral "
        "Covered when a doctor orders them as part of a therapy programme."
    ) in texts, blocks
    assert (
        "Guided meditation apps sold by subscription Not covered under any condition"
    ) in texts, blocks


def _activities(c, _number: int) -> None:
    # a list of activities set in two columns: the items open side by side on most rows
    # (each on one line), but an item wrapped on one side stands beside a new one
    rows = [
        (720, "Archery and target shooting", "Motor rallies and hill climbs"),
        (706, "Bungee jumping over dry land", "Mountain biking on marked trails"),
        (692, "or over open water when run", "Orienteering and fell running"),
        (678, "Camel riding on a guided trek", "Paragliding over the sea when"),
        (664, "Canoeing on inland waters", "towed by a licensed boat"),
        (650, "Dog sledding with a guide", "Rock climbing using ropes and"),
        (636, "and a team of trained dogs", "harnesses with an instructor"),
        (622, "Fencing in a supervised class", "Sailing within coastal waters"),
        (608, "Gliding as a passenger with", "Scuba diving to twenty metres"),
        (594, "a qualified pilot", "Snorkelling from the shore"),
    ]
    _cells(c, _WIDE, rows)


def test_a_list_set_in_two_columns_out_of_step_stays_columns(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "activities.pdf", _activities))
    text = "\n".join(text for _, text in blocks)
    left, right = text.find("Archery"), text.find("Motor rallies")
    assert 0 <= left < text.find("Gliding as a passenger") < right, blocks


def _three_columns(c, _number: int) -> None:
    rows = [
        (720, "Routine foot care, such as the", "You pay all charges", "You pay all charges"),
        (706, "cutting of nails and corns,", "for the care", "for the care"),
        (692, "except as stated above", "", ""),
        (670, "Orthopedic shoes and other", "You pay all charges", "Nothing when the"),
        (656, "supportive devices for the feet", "", "plan doctor orders"),
        (634, "Hearing aid batteries and the", "You pay all charges", "You pay all charges"),
        (620, "repair of hearing aids", "for the repair", "for the repair"),
        (598, "Custodial care in a nursing", "You pay all charges", "You pay all charges"),
        (584, "home or at the member's home", "", ""),
        (562, "Wigs and hairpieces of any kind", "You pay all charges", "You pay all charges"),
        (540, "Massage chairs for home use", "You pay all charges", "You pay all charges"),
    ]
    _cells(c, (72, 330, 450), rows)


def test_a_table_of_three_columns_keeps_its_reading_as_columns(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "three.pdf", _three_columns))
    texts = [text for _, text in blocks]
    assert not any("above You pay" in text for text in texts), blocks
