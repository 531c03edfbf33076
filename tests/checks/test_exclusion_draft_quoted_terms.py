"""Draft bullets of clauses whose words quote their defined terms ('against "you" or
"your" association', as AAIS and ISO forms print them): the topic is found in the words
with the quotes left out, and the bullet still shows the clause's words after it
(clarity/checks/exclusions/draft_clause.py ``after_topic``). Fixtures written for this
file."""

from __future__ import annotations

from exclusion_helpers import draft_bullet_words

HOME = (
    "# Home policy\n\n## Your cover\n\nWe cover your home.\n\n## Loss Assessment\n\nWe pay "
    "your share of an assessment.\n\n{sentence}\n\n## General exclusions\n\nWe will not "
    "pay for any loss caused by war.\n"
)


def test_a_quoted_defined_word_does_not_cut_the_bullet() -> None:
    sentence = (
        'However, we do not pay for assessments charged against you or "your" association '
        "by any governmental body or authority."
    )
    bullets = draft_bullet_words(HOME.format(sentence=sentence))
    assert (
        "Assessments charged against you or your association by any governmental body or "
        "authority" in bullets
    ), bullets
