"""Draft bullets of a clause that opens a long list (draft_list_items.py): "War, invasion,
act of foreign enemy, ... riot, civil commotion ..." is too long to show whole, and "War …"
hides riot and commotion, which no customer guesses from it. The bullet shows the list's
items while they stay items, and stops where the list turns into a clause, a lettered
item or a phrase cut before its noun. All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import general_exclusion_bullets

from clarity.checks.exclusions.draft_clause import MAX_WHOLE_WORDS
from clarity.checks.exclusions.draft_list_items import listed_items
from clarity.checks.exclusions.lexicon import CompiledLexicon, lexicon_for
from clarity.rules.packs import load_rulesets


@pytest.fixture(scope="module")
def lex() -> CompiledLexicon:
    return lexicon_for(load_rulesets()["en"])


def _bullets(item: str) -> list[str]:
    return general_exclusion_bullets(item)


def test_a_long_war_list_shows_its_items_up_to_the_bullet_length() -> None:
    bullets = _bullets(
        "war, invasion, act of foreign enemy, hostilities (whether war be declared or not), "
        "civil war, rebellion, revolution, insurrection, riot, civil commotion or military "
        "or usurped power or confiscation or nationalisation or requisition or destruction "
        "of property by order of any government."
    )
    assert len(bullets) == 1, bullets
    assert bullets[0].startswith(
        "War, invasion, act of foreign enemy, hostilities (whether war be declared or not), "
        "civil war, rebellion, revolution, insurrection, riot, civil commotion"
    ), bullets
    assert bullets[0].endswith(" …"), bullets


def test_a_list_of_things_names_them() -> None:
    bullets = _bullets(
        "jewellery, watches, furs, cameras, money, cheques, credit cards, tickets, securities, "
        "deeds, stamps, documents, laptops or phones left in an unattended vehicle overnight "
        "anywhere at all in the country."
    )
    assert bullets == [
        "Jewellery, watches, furs, cameras, money, cheques, credit cards, tickets, "
        "securities, deeds, stamps, documents, laptops …"
    ]


def test_the_list_ends_where_a_clause_of_its_own_begins() -> None:
    bullets = _bullets(
        "bandages, gauze, tape, however, ostomy supplies and diabetic supplies are paid for "
        "under the medical supplies benefit of this plan as set out in its schedule for each "
        "year of cover."
    )
    assert bullets == ["Bandages, gauze, tape …"]


def test_a_cover_name_takes_no_items_of_another_kind() -> None:
    bullets = _bullets(
        "Home Assist Cover, an intentional act, an omission of the policy owner, a member of "
        "your family or a person acting on their behalf, whether or not you knew of it."
    )
    assert bullets == ["Home Assist Cover …"]


def test_a_head_that_names_nothing_is_not_rescued_by_its_list(lex: CompiledLexicon) -> None:
    hidden = ", comparison, differentiation, sequencing, storage or retrieval of any data"
    assert listed_items(lex, "Calculation", hidden, MAX_WHOLE_WORDS) == "Calculation"


def test_a_lettered_item_ends_the_list(lex: CompiledLexicon) -> None:
    hidden = ", and (b) warning signs at the entrance, and (c) all other safety notices"
    shown = listed_items(lex, "Posted hours of operation", hidden, MAX_WHOLE_WORDS)
    assert shown == "Posted hours of operation"


def test_an_item_cut_before_its_noun_ends_the_list(lex: CompiledLexicon) -> None:
    hidden = ", phones, computers, radio equipment fitted to"
    shown = listed_items(lex, "Sound equipment", hidden, MAX_WHOLE_WORDS)
    assert shown == "Sound equipment, phones, computers"
    hidden = ", storm, hail, the radioactive, toxic"
    assert listed_items(lex, "Flood", hidden, MAX_WHOLE_WORDS) == "Flood, storm, hail"


def test_one_item_is_no_list_worth_showing(lex: CompiledLexicon) -> None:
    hidden = ", oropharynx and respiratory system in a person who uses tobacco"
    assert listed_items(lex, "Cancer of the mouth", hidden, MAX_WHOLE_WORDS) == (
        "Cancer of the mouth"
    )


def test_a_list_never_runs_past_the_bullet_length(lex: CompiledLexicon) -> None:
    hidden = "".join(f", item{n}" for n in range(40))
    shown = listed_items(lex, "Tools", hidden, MAX_WHOLE_WORDS)
    assert len(shown.split()) <= MAX_WHOLE_WORDS
    assert shown.startswith("Tools, item0, item1")
