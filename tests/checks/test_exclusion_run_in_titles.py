"""A clause set under a run-in title in capitals ("Criminal Acts" / '"Personal injury"
arising out of a criminal act ...', "DIRECTORS LIABILITY Alleging or ...") is named by
its title: a topic read across both ("Criminal Acts "Personal"") says neither, and the
draft bullet is the title with "…" (the clause says more than a bullet can). Defined
terms in capitals inside a sentence are no title. Fixtures written for this file."""

from __future__ import annotations

import pytest
from test_exclusion_topics_draft import draft_bullets, topics

from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.checks.exclusions.run_in_title import after_run_in_title
from clarity.rules.packs import load_rulesets

LIST = "# Exclusions\n\nThis insurance does not apply to:\n\n{items}"


@pytest.mark.parametrize(
    ("item", "topic"),
    [
        (
            'Criminal Acts "Personal injury" arising out of a criminal act by the insured.',
            "Criminal Acts",
        ),
        (
            "Athletics Activities To a person injured while taking part in any sport.",
            "Athletics Activities",
        ),
        ("TRADE DEBTS Alleging or arising from any trading debt of the insured.", "TRADE DEBTS"),
        (
            'Available Benefits Any "claim" for benefits another plan would pay.',
            "Available Benefits",
        ),
    ],
)
def test_a_run_in_title_is_the_topic(item: str, topic: str) -> None:
    assert topics(LIST.format(items=f"- {item}\n")) == [topic]


@pytest.mark.parametrize(
    "item",
    [
        "Bodily Injury to an Employee arising out of their work.",
        "Refractive Error: A vision problem corrected by glasses.",
        "Any Authorised Driver You allow to drive your car.",
        "Travel Advisory If You travel against a warning.",
        "Limited Coverage For “Mold”, “Fungi” Or Wet Rot",
        "Annual Health Check-up Refer Appendix A for the limits.",
    ],
)
def test_capitals_inside_a_phrase_are_no_title(item: str) -> None:
    lex = lexicon_for(load_rulesets()["en"])
    assert after_run_in_title(lex, item) == item


def test_the_draft_bullet_is_the_title_and_its_short_clause() -> None:
    """The title alone ("Criminal Acts …") names a field; the clause says what is out."""
    text = LIST.format(
        items='- Criminal Acts "Personal injury" arising out of a criminal act by the insured.\n'
        "- Athletics Activities To a person injured while taking part in any sport.\n"
    )
    # "To a person injured ...": the lead-in's words ("expenses for bodily injury") go
    # before it, and the bullet cannot show them
    assert draft_bullets(text) == [
        'Criminal Acts: "Personal injury" arising out of a criminal act by the insured'
    ]
