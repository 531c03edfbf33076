"""A list of short names set in alphabetical order down one column and on down the next
(an index, a list of medicines not covered) is read column by column, one name per
line; two sides of short cells that are not one such list stay a table read across.
Every fixture is written for the test."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path

NAMES = [
    "Abseiling", "Aerobatics", "Air racing", "Archery", "Ballooning", "Base jumping",
    "Bobsleigh", "Bouldering", "Canyoning", "Caving", "Cliff diving", "Fencing",
    "Gliding", "Hang gliding", "Heli-skiing", "Hurling", "Ice climbing", "Jousting",
    "Kitesurfing", "Luge", "Motocross", "Paragliding", "Parachuting", "Polo",
]  # fmt: skip


def _names_pdf(path: Path, left: list[str], right: list[str]) -> Path:
    def draw(c, _):
        c.setFont("Helvetica", 10)
        for index, name in enumerate(left):
            c.drawString(56, 760 - 13 * index, name)
        for index, name in enumerate(right):
            c.drawString(316, 760 - 13 * index, name)

    return draw_pdf(path, draw, 1)


def test_names_in_order_down_one_column_and_the_next_are_read_column_by_column(
    tmp_path: Path,
) -> None:
    half = len(NAMES) // 2
    doc = read_path(_names_pdf(tmp_path / "index.pdf", NAMES[:half], NAMES[half:]))
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    assert lines == NAMES


def test_names_in_order_across_the_rows_stay_read_across(tmp_path: Path) -> None:
    # "Abseiling | Aerobatics" / "Air racing | Archery": the right side starts before
    # the left one ends, so the order runs across each row
    left, right = NAMES[0::2], NAMES[1::2]
    doc = read_path(_names_pdf(tmp_path / "across.pdf", left, right))
    lines = [" ".join(line.split()) for line in doc.text.splitlines() if line.strip()]
    assert lines[:2] == ["Abseiling Aerobatics", "Air racing Archery"]


def test_two_sides_out_of_order_stay_a_table(tmp_path: Path) -> None:
    half = len(NAMES) // 2
    left = NAMES[:half]
    right = list(reversed(NAMES[half:]))  # a table's second column in no order
    doc = read_path(_names_pdf(tmp_path / "table.pdf", left, right))
    lines = [" ".join(line.split()) for line in doc.text.splitlines() if line.strip()]
    assert lines[0] == f"{left[0]} {right[0]}"


def test_names_beside_a_column_of_the_same_answer_stay_a_table(tmp_path: Path) -> None:
    # "Golf equipment | No" among "| Yes" rows: a side of one repeated answer is in no
    # order, so each answer stays beside its name
    left = NAMES[:12]
    right = ["Yes"] * 12
    right[5] = "No"
    doc = read_path(_names_pdf(tmp_path / "answers.pdf", left, right))
    lines = [" ".join(line.split()) for line in doc.text.splitlines() if line.strip()]
    assert f"{left[5]} No" in lines
