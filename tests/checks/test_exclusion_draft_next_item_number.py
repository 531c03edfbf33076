"""A list set in two columns, read across, leaves the next item's number at the end of an
item's line ("5. Benign prostatic hypertrophy 6. Hernia", an Indian health policy's table of
conditions with a waiting period; issue 18). The bullet drops it: a number one more than
the item's own is no part of the item. A number that is the item's own words stays
("... beyond the normal complement of 32"). Fixtures written for this file; the first
test failed on the code before."""

from __future__ import annotations

from exclusion_helpers import BlockLine, bullets_of_blocks


def _bullets(*rows: str) -> list[str]:
    lines: tuple[BlockLine, ...] = (
        ("heading", 1, "", "Specified disease waiting period"),
        ("paragraph", 0, "", "We will not pay for treatment of these in the first two years:"),
        *(("list_item", 1, row.split(" ", 1)[0], row) for row in rows),
    )
    return bullets_of_blocks(lines, blank_lines=True)


def test_the_next_item_s_number_is_no_part_of_the_bullet() -> None:
    bullets = _bullets(
        "1. Any type of fistula 2. Cataracts",
        "3. Benign prostatic hypertrophy 4. Hernia of all types",
        "5. Dysfunctional uterine bleeding 6. Fibromyoma",
    )
    assert any(b.endswith("prostatic hypertrophy") for b in bullets), bullets
    assert not any(b.endswith((" 2", " 4", " 6")) for b in bullets), bullets


def test_a_number_of_the_item_s_own_words_stays() -> None:
    bullets = _bullets(
        "1. Replacement of teeth beyond the normal complement of 32", "2. Dentures", "3. Crowns"
    )
    assert any(b.endswith("normal complement of 32") for b in bullets), bullets
