"""Draft bullets of sentences that leave no loss out though they hold a refusing word: a
rule of which options a cover may carry, a hedged pointer to waits set out elsewhere, a
disclaimer, a pointer to the schedule, and what a cover is only paid for
(clarity/checks/exclusions/draft_cover.py ``says_no_loss``, ``cover_bullet``). Fixtures
written for this file."""

from __future__ import annotations

import pytest
from exclusion_helpers import draft_bullet_words, exclusions

from clarity.checks.exclusions.draft_cover import cover_bullet
from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.checks.exclusions.model import Exclusion
from clarity.rules.packs import load_rulesets

LIFE = (
    "# Life insurance policy\n\n## Your cover\n\nWe pay the Benefit Amount if the life "
    "insured dies.\n\n## About the Reinstatement Benefit\n\n{sentence}\n\n"
    "## General exclusions\n\nWe will not pay for any claim caused by war.\n"
)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The repurchased cover will not be eligible for any of the optional benefits "
            "available under Critical Illness insurance.",
            "optional benefits",
        ),
        (
            "Cover for some benefits does not start at once and a Waiting Period may apply.",
            "Waiting Period",
        ),
        ("The waiting period that applies is shown on your policy schedule.", "schedule"),
    ],
)
def test_a_sentence_that_leaves_no_loss_out_is_no_bullet(sentence: str, words: str) -> None:
    bullets = draft_bullet_words(LIFE.format(sentence=sentence))
    assert bullets and not any(words.lower() in b.lower() for b in bullets), bullets


def test_a_refusal_that_ends_on_the_schedule_is_a_bullet() -> None:
    sentence = (
        "We do not provide a courtesy car if the repairer is not one of our approved "
        "repairers, even if the courtesy car option is shown in your schedule."
    )
    bullets = draft_bullet_words(LIFE.format(sentence=sentence))
    assert any("repairer" in b for b in bullets), bullets


def test_a_payment_that_admits_nothing_is_a_disclaimer() -> None:
    lex = lexicon_for(load_rulesets()["en"])
    clause = (
        "Payment of the Advanced Payment Benefit does not mean any admission or acceptance "
        "of any claim or liability regarding future payments."
    )
    assert lex.matches("draft_disclaimers", clause)
    assert not lex.matches("draft_disclaimers", "We do not pay for any admission to a spa.")


def test_what_a_cover_is_only_paid_for_is_no_bullet_of_the_cover() -> None:
    """ "The Financial Planning Benefit is only payable | for the fees actually paid": the
    topic, the cover, with the words after it would say those fees are left out."""
    lex = lexicon_for(load_rulesets()["en"])
    text = (
        "The Financial Planning Benefit is only payable for the fees actually paid to an "
        "adviser. The Travel Benefit is not payable for trips to a war zone."
    )
    cut = text.index(" The Travel")

    def clause(start: int, end: int, trigger: str, topic: str) -> Exclusion:
        at = text.index(trigger, start)
        return Exclusion(
            start,
            end,
            "sentence",
            "not-covered",
            at,
            at + len(trigger),
            0,
            start,
            end,
            topic=topic,
        )

    only = clause(0, cut, "only payable", "Financial Planning Benefit")
    assert cover_bullet(lex, only, text, "Financial Planning Benefit") == ""
    refusal = clause(cut + 1, len(text), "not payable", "Travel Benefit")
    assert cover_bullet(lex, refusal, text, "Travel Benefit"), "a refusal keeps its bullet"


def test_who_may_join_is_no_bullet() -> None:
    text = LIFE.format(
        sentence="### Eligible Class(es) For Coverage:\n\nAll Full-time Active Employees who "
        "live in the United States; excluding temporary, leased or seasonal employees."
    )
    bullets = draft_bullet_words(text)
    assert bullets and not any("seasonal" in b for b in bullets), bullets


TERMS = (
    "# Disability policy\n\n## Your cover\n\nWe pay a monthly benefit while you are "
    "disabled.\n\n## Limitations\n\n{before}\n\n{term} includes but is not limited to:\n\n"
    "- {first};\n- {second}.\n\n## General exclusions\n\nWe will not pay for any claim "
    "caused by war.\n"
)


def test_a_term_listed_among_definitions_gives_no_bullets() -> None:
    text = TERMS.format(
        before="Medical Care is received when a Physician provides Treatment.",
        term="Treatment",
        first="medical examinations, tests or observation",
        second="use of drugs, medical services or equipment",
    )
    bullets = draft_bullet_words(text)
    assert bullets and not any("examinations" in b or "drugs" in b for b in bullets), bullets


def test_the_kinds_of_a_refused_peril_are_bullets() -> None:
    text = TERMS.format(
        before="We do not pay for loss which results from earth movement.",
        term="Earth movement",
        first="earthquake",
        second="landslide, subsidence or erosion",
    )
    bullets = draft_bullet_words(text)
    assert "Earthquake" in bullets, bullets


def test_a_terms_own_list_is_buried_in_a_definition() -> None:
    """burial.py reads the same lead-ins: the items of a term's list are in a definition,
    the kinds of a refused peril are not."""
    definition = TERMS.format(
        before="Medical Care is received when a Physician provides Treatment.",
        term="Treatment",
        first="medical examinations, tests or observation",
        second="use of drugs, medical services or equipment",
    )
    rows = [r for r in exclusions(definition) if "medical" in r["text"]]
    assert rows and all("in-definition" in r["reasons"] for r in rows), rows
    refused = TERMS.format(
        before="We do not pay for loss which results from earth movement.",
        term="Earth movement",
        first="earthquake",
        second="landslide, subsidence or erosion",
    )
    rows = [r for r in exclusions(refused) if r["text"].startswith("earthquake")]
    assert rows and "in-definition" not in (rows[0]["reasons"] or []), rows
