"""Conditions of cover written inside cover text, and a list item numbered twice.

The guideline counts a condition that cover depends on, stated as such ("but only if",
"it shall be a condition precedent ... that", "must be incurred within N days",
"Provided always that:" over items that say who, when or within what time), as an
exclusion; a proviso about the documents a claim needs is a duty, not a condition of
cover. Every fixture is written for this file."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, exclusions


def texts(text: str, fmt: str = "text") -> list[str]:
    return clause_texts(text, fmt=fmt)


DOUBLE_NUMBERED = (
    "Section 3 Your boat\n\n"
    "We will not pay for:\n\n"
    "1. theft of fishing tackle left on deck.\n\n"
    "2. (a) rot, corrosion, osmosis or gradual\n"
    "deterioration of the hull,\n\n"
    "(b) damage to sails split by the wind,\n\n"
    "3. racing more than twenty miles from the coast.\n"
)


def test_an_item_numbered_twice_is_the_first_item_of_its_inner_list() -> None:
    found = texts(DOUBLE_NUMBERED)
    assert any("rot, corrosion, osmosis" in t for t in found), found
    assert any("sails split by the wind" in t for t in found), found
    assert any("racing more than twenty miles" in t for t in found), found


COVER_TEXT = (
    "Section 5 Your garden\n\n"
    "This includes cover for:\n\n"
    "- greenhouses, but only if your house is damaged at the same time\n"
    "- garden furniture left outside overnight\n\n"
    "Section 6 Disputes\n\n"
    "It shall be a condition precedent to any right of action against the society that "
    "the dispute is first put to a mediator.\n\n"
    "Section 7 Emergency repairs\n\n"
    "We will pay a plumber to stop a leak. These charges must be agreed with our helpline "
    "and incurred within thirty (30) days of the leak.\n\n"
    "Section 8 Cancelling your holiday\n\n"
    "We will reimburse the following costs providing you cancel at least a week before you "
    "leave:\n\n"
    "- the deposit for your cottage\n"
    "- ferry tickets you cannot use\n\n"
    "We may end this agreement by providing you with thirty days notice of the change.\n"
)


def test_a_condition_stated_as_such_needs_no_word_about_cover() -> None:
    found = texts(COVER_TEXT, fmt="markdown")
    assert any(t.startswith("greenhouses, but only if") for t in found), found
    assert any("condition precedent to any right of action" in t for t in found), found
    assert not any("garden furniture" in t for t in found), found


def test_a_time_limit_after_another_requirement() -> None:
    found = texts(COVER_TEXT, fmt="markdown")
    assert any("incurred within thirty (30) days" in t for t in found), found


def test_a_cover_list_whose_lead_in_states_its_condition() -> None:
    found = texts(COVER_TEXT, fmt="markdown")
    assert any("providing you cancel at least a week" in t for t in found), found
    # the items are what is covered, and the verb "providing" is no condition
    assert not any("deposit for your cottage" in t or "ferry tickets" in t for t in found), found
    assert not any("providing you with thirty days" in t for t in found), found


PROVISO_LIST = (
    "Section 9 Accidents to you\n\n"
    "We will pay the amount in the table for your death or injury in an accident while "
    "you ride the insured bicycle.\n\n"
    "Provided always that:\n\n"
    "(i) you are between seventeen and seventy years old on the day of the accident\n\n"
    "(ii) you wore a helmet at the time\n\n"
    "(iii) the death happens within ninety days of the accident\n\n"
    "Section 10 Delayed ferry\n\n"
    "We will pay £20 for each full four hours your ferry is late.\n\n"
    "Provided that:\n\n"
    "(a) written confirmation of the delay from the ferry company is obtained.\n"
)


def test_a_bare_proviso_lists_conditions_of_the_cover_before_it() -> None:
    found = texts(PROVISO_LIST)
    assert any("between seventeen and seventy" in t for t in found), found
    assert any("wore a helmet" in t for t in found), found
    assert any("within ninety days" in t for t in found), found


def test_a_provisos_document_duty_is_no_exclusion() -> None:
    found = texts(PROVISO_LIST)
    assert not any("written confirmation" in t for t in found), found
    assert not any(t.startswith("Provided") for t in found), found


ROMAN_LIST = (
    "Section 11 Your camera\n\n"
    "We will not pay for damage caused by:\n\n"
    "(i) sand or salt water,\n\n"
    "(ii) dropping it while climbing,\n\n"
    "(iii) lending it to a friend,\n\n"
    "(iv) leaving it in a parked car overnight.\n"
)


def test_a_list_goes_on_past_a_three_letter_roman_numeral() -> None:
    found = texts(ROMAN_LIST)
    assert any("lending it to a friend" in t for t in found), found
    assert any("parked car overnight" in t for t in found), found


REQUIREMENTS = (
    "Section 12 Vet fees\n\n"
    "We will pay vet fees after an accident to your horse. The fees must be incurred by "
    "you.\n\n"
    "We will pay for a farrier when a shoe is lost, provided, however, that the horse is "
    "insured under this section.\n"
)


def test_a_requirement_on_what_is_paid_for_and_a_proviso_with_however() -> None:
    found = texts(REQUIREMENTS)
    assert "The fees must be incurred by you." in found, found
    assert any("provided, however, that the horse is insured" in t for t in found), found
    assert not any(t.startswith("We will pay vet fees") for t in found), found


def test_a_but_only_if_clause_is_named_by_what_comes_before_it() -> None:
    rows = exclusions(COVER_TEXT, fmt="markdown")
    greenhouse = [r for r in rows if r["text"].startswith("greenhouses")]
    assert greenhouse and greenhouse[0]["topic"] == "greenhouses", greenhouse


OPENING_PROVISOS = (
    "# Definitions\n\n"
    "Rider means the person named in the schedule. Provided that the rider holds a "
    "licence for the class of motorcycle.\n\n"
    "# Section 13 Touring\n\n"
    "We pay for a hire motorcycle while yours is repaired. Provided always that the hire "
    "firm is licensed.\n\n"
    "If you die, your executors have the protection of this section. Provided that the "
    "executors comply with the terms of this policy.\n\n"
    "We pay for spare parts flown out to you.\n\n"
    "Provided that the parts:\n\n"
    "- are not available locally\n"
    "- fit your model of motorcycle\n"
)


def test_a_sentence_that_opens_with_a_proviso_conditions_the_one_before() -> None:
    rows = exclusions(OPENING_PROVISOS)
    found = [" ".join(r["text"].split()) for r in rows]
    assert "Provided that the rider holds a licence for the class of motorcycle." in found
    assert "Provided always that the hire firm is licensed." in found, found
    # keeping the policy's terms is no condition of cover (settlement_provisos)
    assert not any("executors comply" in t for t in found), found
    # a proviso's items are conditions, under no heading that announces exclusions
    items = [
        r
        for r in rows
        if r["text"].strip() in ("are not available locally", "fit your model of motorcycle")
    ]
    assert len(items) == 2, found
    assert all(r["buried"] for r in items), items


AS_LONG_AS = (
    "# Section 14 Breakdown abroad\n\n"
    "We will pay for a taxi to your hotel, as long as you break down on the way to the "
    "port.\n\n"
    "The benefits of this section also apply in Ireland, as long as you break down on a "
    "journey that started in France.\n\n"
    "# Cancelling\n\n"
    "You will get a full refund so long as you have not claimed.\n"
)


def test_as_long_as_after_the_cover_it_conditions() -> None:
    found = texts(AS_LONG_AS, fmt="markdown")
    assert any("as long as you break down on the way" in t for t in found), found
    # an extension of cover shaped by a condition takes none away (extends_cover)
    assert not any("apply in Ireland" in t for t in found), found
    # a refund of the premium on cancellation is no cover
    assert not any("full refund" in t for t in found), found


def test_a_requirement_keeps_its_subject_as_topic() -> None:
    text = "# Section 15 Teeth\n\nWe pay for emergency care. All dental treatment must be prescribed by a dentist.\n"
    rows = [r for r in exclusions(text) if "prescribed" in r["text"]]
    assert rows and rows[0]["topic"] == "dental treatment", rows


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a time the treatment must fall in, before the invoices it also asks for: late
        # treatment is out of cover
        (
            "Compensation shall be payable only if the treatment is given within two (2) "
            "years from the Date of Accident, provided that the original invoices are "
            "submitted to the Company.",
            True,
        ),
        # only how the claim is documented: no condition of cover
        ("Compensation is payable provided that the original invoices are submitted.", False),
        # a time bar on proof of loss, however the sentence opens
        (
            "Proof must be given as soon as reasonably possible, and in no event later than "
            "1 year from the date of loss.",
            True,
        ),
        # a late notice that does not invalidate the claim gives the claim back
        (
            "Failure to notify us within the time limit shall not invalidate the claim if it "
            "was not reasonably possible to notify us sooner.",
            False,
        ),
    ],
)
def test_time_limits_of_cover_and_claims(sentence: str, found: bool) -> None:
    text = f"# Benefits\n\nWe will reimburse medical expenses after an accident.\n\n{sentence}\n"
    assert (sentence in clause_texts(text)) is found, clause_texts(text)


def test_a_cover_lead_in_whose_negative_qualifies_what_it_pays_lists_cover() -> None:
    """ "We will pay for the deposits ... which are not recoverable from any other source,
    if the trip is cancelled because of:" lists the events the cover pays for; the
    negative says which costs it pays, it announces no exclusions."""
    text = (
        "# Section 12 – Trip cancellation\n\n"
        "If any of the following events occurs before you travel, we will pay for the "
        "deposits you paid in advance which are not recoverable from any other source:\n\n"
        "(a) death or illness of your spouse or child;\n\n"
        "(b) serious damage to your home.\n\n"
        "We will not pay for a cancellation caused by a strike known when you booked.\n"
    )
    found = clause_texts(text)
    assert not any("serious damage to your home" in t for t in found), found
    assert not any("death or illness" in t for t in found), found
    assert any(t.startswith("We will not pay for a cancellation") for t in found), found
