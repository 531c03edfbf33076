"""The reading of "shall" (clarity/checks/shall_reading.py): a duty only for a party, the
plain present for a fact, nothing when the subject cannot be told."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_settings import EVERY_RULE

from clarity import check_text
from clarity.checks.shall_reading import (
    DUTY,
    FACT,
    UNSURE,
    ShallWords,
    Word,
    present,
    read_shall,
    subject_of,
)
from clarity.rules.packs import load_rulesets

LEX = ShallWords.of(load_rulesets(())["en"].lexicon("shall"))


def words(text: str) -> list[Word]:
    return [Word(w.lower(), w.lower(), w.isalpha()) for w in text.split()]


@pytest.mark.parametrize(
    ("verb", "plural", "negated", "expected"),
    [
        ("be", False, False, "is"),
        ("be", True, True, "are not"),
        ("apply", False, False, "applies"),
        ("apply", True, True, "do not apply"),
        ("mean", False, False, "means"),
        ("have", False, False, "has"),
        ("exceed", False, True, "does not exceed"),
        ("cover", True, False, "cover"),
        ("attach", False, False, "attaches"),
    ],
)
def test_present_tense(verb, plural, negated, expected):
    assert present(verb, plural, negated) == expected


@pytest.mark.parametrize(
    ("before", "party", "plural"),
    [
        ("you", True, True),
        ("this policy", False, False),
        ("2 . benefits", False, True),
        ("the indemnity under this policy", False, False),
        ("the policyholder", True, False),
        ("nothing in this contract", False, False),
    ],
)
def test_a_plain_subject_is_read(before, party, plural):
    subject = subject_of(words(before), LEX, whole=True)
    assert (subject.party, subject.plural) == (party, plural)


@pytest.mark.parametrize(
    "before",
    [
        "in no case",  # inversion: the subject comes after "shall"
        "the cover and the excess",  # after "and": the subject may be "X and Y"
        "the benefit payable",  # the head is not a noun
        "which",
        "the terms of",
    ],
)
def test_an_unclear_subject_is_not_guessed(before):
    subject = subject_of(words(before), LEX, whole=True)
    assert subject.plural is None


def test_a_subject_cut_off_by_the_window_is_not_guessed():
    assert subject_of(words("cover"), LEX, whole=False).plural is None
    assert subject_of(words("cover"), LEX, whole=True).plural is False


def test_duty_fact_and_unsure():
    assert read_shall(words("you"), words("notify us"), LEX, True).kind == DUTY
    assert read_shall(words("benefits"), words("not be payable"), LEX, True).kind == FACT
    assert read_shall(words("claims"), words("be made within"), LEX, True).kind == UNSURE


@settings(deadline=None, max_examples=30)
@given(
    st.sampled_from(["Benefits", "This policy", "The excess", "Cover", "These terms"]),
    st.sampled_from(["be payable", "not be payable", "apply", "not apply", "mean", "be void"]),
)
def test_a_thing_is_never_told_it_must(subject, predicate):
    """No "must" for a thing: it would turn what the contract says into a duty."""
    result = check_text(
        f"{subject} shall {predicate} here.", lang="en", profile="insurance", settings=EVERY_RULE
    )
    shall = [f for f in result.findings if f.code == "S101"]
    assert shall and all("must" not in f.suggestion for f in shall)
