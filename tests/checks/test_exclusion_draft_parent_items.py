"""Draft bullets of sub-items under an outer item that names what is excluded and ends
by asking which ("b. travel in or upon: | (1) a snowmobile", "c. transplant of one of
the following organs: | (1) bone marrow"): the bullet joins the outer item's words, as
alone the sub-item names something else ("Snowmobile", "Bone marrow")
(clarity/checks/exclusions/draft_item_words.py ``parent_phrase``). Fixtures written for
this file."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_bullets

POLICY = (
    "# Accident policy\n\n## Exclusions\n\nWe will not pay benefits for a loss caused by:\n\n"
    "a. suicide or attempted suicide;\n\n{outer}\n\n(1) a snowmobile;\n\n(2) a quad bike.\n"
)


def test_a_sub_item_takes_the_words_of_the_item_it_completes() -> None:
    assert draft_bullets(POLICY.format(outer="b. travel in or upon:")) == [
        "Suicide or attempted suicide",
        "Travel in or upon a snowmobile",
        "Travel in or upon a quad bike",
    ]


def test_the_following_is_left_out_of_the_joined_words() -> None:
    bullets = draft_bullets(POLICY.format(outer="b. travel in one of the following vehicles:"))
    assert bullets[1:] == ["Travel in vehicles: a snowmobile", "Travel in vehicles: a quad bike"]


def test_a_title_over_its_own_items_is_not_joined() -> None:
    bullets = draft_bullets(POLICY.format(outer="b. Motor sports:"))
    assert not any(b.startswith("Motor sports") for b in bullets), bullets


def test_any_of_the_following_is_left_out_too() -> None:
    bullets = draft_bullets(POLICY.format(outer="b. travel in any of the following:"))
    assert bullets[1:] == ["Travel in a snowmobile", "Travel in a quad bike"], bullets


def test_a_sub_item_that_goes_on_as_an_infinitive_takes_the_outer_noun() -> None:
    """ "the failure of any building: | (1) to comply with any building code": the outer
    item's noun, its article left out, and the sub-item read as one phrase."""
    text = (
        "# Liability policy\n\n## Exclusions\n\nWe will not pay for liability arising from:\n\n"
        "a. asbestos;\n\nb. the failure of any building:\n\n(1) to comply with any building "
        "code;\n\n(2) to keep out rain.\n"
    )
    assert draft_bullets(text)[1:] == [
        "Failure of any building to comply with any building code",
        "Failure of any building to keep out rain",
    ]


def test_a_sub_item_that_is_a_lead_in_of_its_own_is_not_joined() -> None:
    text = (
        "# Drug policy\n\n## Exclusions\n\nWe will not pay for:\n\n"
        "a. cosmetics;\n\nb. the replacement of a drug:\n\n(1) the drug meets one of these tests:\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.startswith("Replacement of a drug") for b in bullets), bullets
