"""Forms read after held-out set 16's scoring (invented text throughout).

The insured's corresponding share of costs, a contribution the insured may have to make,
a value "but limited ... to", cover made contingent on a repair, a cover applicable only
if, and a lead-in of what does not constitute a defined thing take cover away; which
sections were bought ("Provided ‘Glass’ is shown in the schedule") does not. Cancellation and its premium refunds, and the
excess deducted from a payment, are no exclusions; "means of payment" defines nothing."""

from __future__ import annotations

from exclusion_helpers import clause_texts, excess, one_clause

from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.rules.packs import load_rulesets


def test_the_insureds_corresponding_share() -> None:
    one_clause(
        "# Repairs\n\nIf wear and tear has raised the repair cost, you must pay the "
        "corresponding share of these costs.\n"
    )


def test_a_contribution_the_insured_may_have_to_make() -> None:
    one_clause(
        "# Repairs\n\nYou may have to contribute to the cost of replacing tyres and batteries.\n"
    )


def test_a_value_but_limited_to() -> None:
    one_clause(
        "# Contents\n\nContents means:\n\n- stock in trade\n- moulds and dies used in the "
        "business but limited, unless replaced, to the value in your records.\n"
    )


def test_cover_contingent_on_a_repair() -> None:
    one_clause(
        "# Repairs\n\nPayment may be made contingent on the repair actually being carried out.\n"
    )


def test_a_cover_applicable_only_if() -> None:
    one_clause(
        "# Towing\n\nWhat we cover: only applicable if your vehicle is a truck of 2 tonnes.\n"
    )


def test_which_sections_were_bought_is_no_exclusion() -> None:
    # a new reader judged these grants of cover, not restrictions
    text = (
        "# Glass\n\nProvided ‘Glass’ is shown in the schedule we will insure you for breakage of "
        "glass at the premises.\n\nApplicable if the section is shown as covered in the Policy "
        "Schedule.\n"
    )
    assert clause_texts(text) == []


def test_a_give_back_with_however_and_a_note_on_claims_procedure() -> None:
    text = (
        "# Waiting period\n\nThis exclusion shall not, however, apply if you have been insured "
        "for twelve months.\n\nSubmission of claim papers does not mean admission of claim.\n"
    )
    assert clause_texts(text) == []


def test_a_lead_in_of_what_does_not_constitute_accessories() -> None:
    text = (
        "# Accessories\n\nThe following do not constitute accessories:\n\n"
        "- phones not fixed in the vehicle\n- helmets and gloves\n"
    )
    found = clause_texts(text)
    assert "phones not fixed in the vehicle" in " ".join(found), found


def test_an_inspection_that_does_not_constitute_a_waiver_is_no_exclusion() -> None:
    text = "# Inspection\n\nOur inspection does not constitute a waiver of any of our rights.\n"
    assert clause_texts(text) == []


def test_cancellation_and_its_refunds_are_no_exclusions() -> None:
    text = (
        "# Cancelling\n\nWe may cancel your policy by giving you 7 days notice.\n\n"
        "Cancelling your policy means you will not be covered from that date.\n\n"
        "If you have made a claim you will not receive any refund of premium.\n\n"
        "The cooling off period does not apply to trip extensions.\n\n"
        "Once your certificate is issued you are not entitled to a refund of any part of "
        "the premium.\n"
    )
    assert clause_texts(text) == []


def test_a_refusal_that_also_names_cancellation_is_still_found() -> None:
    one_clause(
        "# Disclosure\n\nIf you do not tell us something, we may cancel your contract or reduce "
        "the amount we will pay you.\n"
    )


def test_the_excess_deducted_is_the_excess() -> None:
    text = "# Settlement\n\nWe will not pay for rust. We will deduct any excess that is payable.\n"
    assert not any("deduct any excess" in t for t in clause_texts(text))
    assert any("deduct any excess" in e["text"] for e in excess(text))


def test_means_of_payment_is_no_definition() -> None:
    text = (
        "# Personal belongings\n\nThe insurance does not cover:\n\n"
        "- any kind of means of payment, tickets or items of sentimental value\n"
        "- data stored on phones\n"
    )
    found = clause_texts(text)
    assert any(t.startswith("any kind of means of payment") for t in found), found


# Forms read after held-out set 17's scoring.


def test_a_heading_that_says_what_a_word_does_not_mean_announces_its_items() -> None:
    text = (
        "# Definitions\n\n## Theft loss does not mean:\n\n"
        "(a) wages earned in the normal course of employment; or\n\n"
        "(b) damages of any type.\n"
    )
    found = clause_texts(text)
    assert "(b) damages of any type." in found, found


def test_benefits_limited_in_total_per_event() -> None:
    one_clause(
        "# Benefits\n\nIn the event of a claim, our benefits are limited in total per event to "
        "the sums insured.\n"
    )


def test_a_trip_that_must_not_be_longer_than() -> None:
    one_clause("# Journey\n\nThe trip must not be longer than 90 days in a row.\n")


# Precision, from a new reader's judgement of this session's additions.


def test_a_table_under_a_payable_not_payable_heading_is_read_by_its_rows() -> None:
    text = (
        "# Annexure\n\n## List of expenses – Payable/Not Payable\n\n"
        "- OXYGEN MASK\n- GAUZE SOFT\n- Charges for baby food are not payable.\n"
    )
    found = clause_texts(text)
    assert "OXYGEN MASK" not in found and "GAUZE SOFT" not in found, found
    assert "Charges for baby food are not payable." in found, found


def test_a_run_of_table_cells_and_what_is_not_excluded_are_no_clauses() -> None:
    text = (
        "# Annexure\n\nNot Payable Not Payable Payable Not Payable\n\n"
        "Sugar free variants of admissible medicines are not excluded.\n"
    )
    assert clause_texts(text) == []


def test_a_lead_in_of_cover_with_a_subject_to_phrase_gives_cover() -> None:
    # "(c) Where a fire is caused by a virus, this policy, subject to all its provisions, will
    # insure:" / "(ii) consequential loss insured by this policy.": its items are cover
    lex = lexicon_for(load_rulesets()["en"])
    lead = "Where a fire is caused by a virus, this policy, subject to all its provisions, will insure:"
    assert lex.matches("cover_lead_in", lead)


def test_a_benefit_subject_to_the_policy_having_been_in_force() -> None:
    one_clause(
        "# Organ donor\n\nThis benefit is subject to the Policy having been continuously in force "
        "for at least 12 months.\n"
    )


def test_automatic_renewal_is_no_exclusion() -> None:
    text = (
        "# Renewal\n\nIf you have not opted out: We will collect payment for another year of "
        "cover unless you tell us not to.\n"
    )
    assert clause_texts(text) == []


def test_cancellation_events_and_instalments_not_refunded_are_no_exclusions() -> None:
    text = (
        "# Cancellation\n\nIn the event of cancellation the Policy will be null and void from the "
        "date of cancellation.\n\nWe will not refund any instalments paid.\n"
    )
    assert clause_texts(text) == []
