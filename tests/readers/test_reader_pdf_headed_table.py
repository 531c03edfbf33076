"""A table whose two columns are named by a bold header row ("What we cover | What we
exclude") is read column by column, each column under its own heading, even when its
cells fill the rows unevenly: a long cover clause beside a one-line exclusion, rows
with nothing excluded, a short first cell ("3. Glass") beside the first line of a
longer exclusion. Without a header row, a long text beside a few short lines stays a
table read row by row.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

COVER = [
    "3. Glass",
    "Breakage of glass in the windows and doors",
    "of your business premises, including the cost",
    "of boarding up the premises until the glass",
    "can be replaced by a glazier of our choice.",
    "4. Signs",
    "Damage to signs fixed to the outside of the",
    "business premises, caused by any of the",
    "events listed in Section 1 of this policy.",
    "5. Temporary repairs",
    "The cost of temporary repairs needed to",
    "keep the premises secure after an event",
    "covered by this policy, once we agree.",
    "6. Locks",
    "The cost of replacing the locks of the",
    "outside doors of the premises if the keys",
    "are stolen from you or from your staff.",
    "7. Shop fronts",
    "Damage to the frames of shop fronts and",
    "display windows, caused by an event that",
    "is covered under Section 1 of this policy.",
    "8. Lettering",
    "The cost of replacing painted lettering or",
    "signwriting on glass that we have paid",
    "for under this section of the policy.",
]
EXCLUDE = {
    0: "We will not pay for glass that was already",
    1: "cracked or scratched before the period of",
    9: "We will not pay more than 10% of the sum",
    10: "insured for temporary repairs in any one",
}


def _draw(header: bool):
    def draw(c, _number: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 780, "Section 2 Glass and signs")
        if header:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(72, 750, "What we cover")
            c.drawString(310, 750, "What we exclude")
        c.setFont("Helvetica", 9)
        for index, line in enumerate(COVER):
            y = 734 - index * 12
            c.drawString(72, y, line)
            if index in EXCLUDE:
                c.drawString(310, y, EXCLUDE[index])

    return draw


def _under(path: Path) -> dict[str, str]:
    document = read_path(path)
    out: dict[str, str] = {}
    for block in document.blocks:
        if block.kind != "heading" and block.section_path:
            text = " ".join(document.text[block.start : block.end].split())
            key = block.section_path[-1]
            out[key] = f"{out.get(key, '')} {text}".strip()
    return out


def test_a_named_table_is_read_column_by_column(tmp_path: Path) -> None:
    under = _under(draw_pdf(tmp_path / "named.pdf", _draw(header=True)))
    assert under["What we exclude"] == " ".join(EXCLUDE[k] for k in sorted(EXCLUDE))
    assert "We will not pay" not in under["What we cover"]


def test_without_a_header_row_the_rows_stay_together(tmp_path: Path) -> None:
    under = _under(draw_pdf(tmp_path / "plain.pdf", _draw(header=False)))
    text = " ".join(under.values())
    # read row by row: the exclusion's first line follows the first cover line
    assert (
        text.index("3. Glass")
        < text.index("We will not pay for glass")
        < text.index("Breakage of glass")
    )
