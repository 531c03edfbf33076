"""Forms that set every defined term in quotes set the parties' words so too ('"We" do
not pay'); the exclusion analysis reads them as the words they are, and shows the
document's own text. Every fixture is written for the test."""

from __future__ import annotations

from exclusion_helpers import clause_texts

POLICY = "# Coverage B -- Personal Property\n\n"


def test_a_refusal_in_a_quoted_party_s_words_is_found() -> None:
    text = POLICY + '"We" do not pay for loss caused by wear and tear to "your" garden tools.\n'
    assert clause_texts(text) == [
        '"We" do not pay for loss caused by wear and tear to "your" garden tools.'
    ]


def test_the_items_after_a_quoted_party_s_lead_in_are_exclusions() -> None:
    text = (
        POLICY
        + "Card theft is covered.\n\n"
        + '"We" do not pay for a loss if:\n\n'
        + '- an "insured" has not kept the card safe;\n'
        + "- the loss results from the card holder's trade.\n"
    )
    assert clause_texts(text) == [
        'an "insured" has not kept the card safe;',
        "the loss results from the card holder's trade.",
    ]


def test_curly_quotes_read_alike() -> None:
    clause = "\u201cWe\u201d do not pay for theft of a bicycle left unlocked in a street."
    assert clause_texts(POLICY + clause + "\n") == [clause]
