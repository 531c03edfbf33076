"""A list marked by bare letters ("a A stay in hospital ...", "b Any pre-existing ...")
is read as a list when at least three lines run on in letter order, also over a page
break ("k ..." / "l ..."); a line that starts "a Policy ..." inside a sentence is not.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path
from clarity.readers.structure import bare_letter_items, follows

FIRST = [
    "The following items are not covered under your policy.",
    "a A stay in hospital for a rest cure.",
    "b Any illness you had before the start date.",
    "c Cosmetic surgery of any kind.",
]
NEXT = ["d Dental treatment unless caused by an accident.", "e Treatment abroad."]


def _draw(c, number: int) -> None:
    c.setFont("Helvetica", 10)
    for index, line in enumerate(FIRST if number == 1 else NEXT):
        c.drawString(72, 700 - index * 14, line)


def test_bare_letters_in_order_are_list_markers(tmp_path: Path) -> None:
    document = read_path(draw_pdf(tmp_path / "letters.pdf", _draw, pages=2))
    items = [document.text[b.start : b.end] for b in document.blocks if b.kind == "list_item"]
    assert [item[:2] for item in items] == ["a ", "b ", "c ", "d ", "e "]


def test_a_lone_a_at_a_line_start_is_no_marker() -> None:
    lines = ["We will send you", "a Policy schedule every year.", "b Next line.", "The end."]
    assert bare_letter_items(lines) == {}


def test_bare_letters_run_on_past_z() -> None:
    assert follows("z", "aa") and follows("aa", "ab") and follows("az", "ba")
    assert not follows("aa", "ac") and not follows("y", "aa")
    run = ["a A."] + [f"{chr(c)} B." for c in range(ord("b"), ord("z") + 1)] + ["aa C.", "ab D."]
    assert list(bare_letter_items(run).values())[-3:] == ["z", "aa", "ab"]


def test_a_wrapped_line_that_opens_on_a_short_word_does_not_break_the_run() -> None:
    # "of Singapore." ends item "c": read as the marker "of" it cut the list, and
    # "d", "e" and the items after them were run into "c" as one clause
    lines = [
        "a A stay in hospital.",
        "b Cosmetic surgery.",
        "c Medical trials not approved by the Health Sciences Authority",
        "of Singapore.",
        "d Private nursing charges.",
        "e Vaccinations.",
    ]
    found = bare_letter_items(lines)
    assert [found.get(i) for i in (4, 5)] == ["d", "e"], found
    assert 3 not in found
