"""A bold line that ends where a clause joins the next ("...; and", "..., or") is no
heading: it is an item, or an item's tail, of a list set in bold.

Some US forms set their coverage pages in bold while the declarations are not, so bold
there is the type of the text. A wrapped item ("(1) The injury is caused by an accident
that" / "happens in the territory; and") or an item's tail carried to the top of a column
("Of Insurance; and") had read as a heading, which cut the list under "only if:" from its
lead-in and put the next letter's paragraphs under it.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf

WRAPPED = [
    (0, "b. This insurance applies to an injury only if:"),
    (18, "(1) The injury is caused by an accident that"),
    (30, "happens in the territory; and"),
    (18, "(2) The injury occurs during the policy period; or"),
    (18, "(3) No insured knew of the injury before the"),
    (30, "policy period."),
    (0, "Medical Payments"),
]


def _plain_then_bold(c, number: int) -> None:
    if number == 1:  # a plain page (the declarations), so the document is not all bold
        c.setFont("Helvetica", 10)
        for index in range(40):
            c.drawString(
                60, 780 - index * 13, f"Item {index + 1} of the declarations is shown here."
            )
        return
    c.setFont("Helvetica-Bold", 10)
    y = 780
    for indent, text in WRAPPED:
        c.drawString(60 + indent, y, text)
        y -= 13
    for index in range(20):
        c.drawString(
            60, 600 - index * 13, f"The terms of section {index + 1} apply in full to this cover."
        )


def test_bold_items_that_join_the_next_clause_are_items(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "form.pdf", _plain_then_bold, pages=2))
    kinds = {text: kind for kind, text in blocks}
    assert (
        kinds.get("(1) The injury is caused by an accident that happens in the territory; and")
        == "list_item"
    ), blocks
    assert kinds.get("(2) The injury occurs during the policy period; or") == "list_item", blocks


def test_a_bold_title_is_still_a_heading(tmp_path: Path) -> None:
    blocks = block_texts(draw_pdf(tmp_path / "form.pdf", _plain_then_bold, pages=2))
    assert ("heading", "Medical Payments") in blocks, blocks
