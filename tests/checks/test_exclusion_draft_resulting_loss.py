"""Draft bullets of a list the sentence after it pays part of back ("However, we will
pay for any resulting loss from items a. through c. unless ...", "However, we will pay
if the claim alleges unintentional breach of copyright"): each item's bullet ends in "…"
(more follows), and the exception inside that give-back ("unless the resulting loss is
itself a Loss Not Insured") is not the item's own: no ", unless …" after it.
Fixtures written for this file."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_bullets

RESULTING = (
    "# Home policy\n\n## Losses not insured\n\nWe do not insure for any loss which consists "
    "of, or is caused by, one or more of the following:\n\na. wear, tear, marring, "
    "scratching or deterioration;\n\nb. mechanical breakdown;\n\nc. pressure from or "
    "presence of tree, shrub, or plant roots.\n{after}\n"
)
GIVE_BACK = (
    "However, we will pay for any resulting loss from items a. through c. unless the "
    "resulting loss is itself a Loss Not Insured as described in this Section."
)


def test_the_items_a_resulting_loss_give_back_follows_say_more_follows() -> None:
    assert draft_bullets(RESULTING.format(after=GIVE_BACK)) == [
        "Wear, tear, marring, scratching or deterioration …",
        "Mechanical breakdown …",
        "Pressure from or presence of tree, shrub, or plant roots …",
    ]


def test_items_no_give_back_follows_stand_whole() -> None:
    assert draft_bullets(RESULTING.format(after="Other causes are described below.")) == [
        "Wear, tear, marring, scratching or deterioration",
        "Mechanical breakdown",
        "Pressure from or presence of tree, shrub, or plant roots",
    ]


def test_a_give_back_of_one_case_marks_the_items_of_its_list() -> None:
    text = (
        "# Liability policy\n\n## Exclusions\n\nWe will not pay for any claim alleging any "
        "breach of intellectual property rights including:\n\n- copyright\n- patent\n- trade "
        "mark\n\nHowever, we will pay if the claim alleges unintentional breach of copyright.\n"
    )
    assert draft_bullets(text) == ["Copyright …", "Patent …", "Trade mark …"]
