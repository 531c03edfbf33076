"""Conditions of the insurer's liability, reductions and phone tariffs (invented text).

"It is a Special Condition to Our liability that ..." makes liability depend on what
follows, as a condition precedent does; a lead-in that ends on "that" lists those
conditions. "Our liability under this Clause will be similarly reduced" and "it may
affect your claim if you do not ..." state a loss of cover. What a phone call costs and
a heading that names a case in brackets ("(but not a liability claim)") take nothing
away."""

from __future__ import annotations

from exclusion_helpers import clause_texts, one_clause


def test_a_special_condition_to_liability_is_a_condition() -> None:
    text = (
        "# Goods in transit\n\nIt is a Special Condition to Our liability that whenever a van "
        "is left unattended all its doors are locked.\n"
    )
    found = clause_texts(text)
    assert any(t.startswith("It is a Special Condition to Our liability") for t in found), found


def test_a_lead_in_ending_on_that_lists_its_conditions() -> None:
    text = (
        "# Money\n\nIt is a Special Condition to Our liability that\n\n"
        "(a) You keep a record of Money held at the Premises\n\n"
        "(b) the safe is locked outside Business Hours\n"
    )
    found = clause_texts(text)
    assert "(b) the safe is locked outside Business Hours" in found, found
    assert "It is a Special Condition to Our liability that" not in found, found


def test_a_duty_called_a_condition_of_the_contract_is_not_a_condition_of_liability() -> None:
    text = "# Declarations\n\nIt is a condition of this contract that You declare every shipment.\n"
    assert clause_texts(text) == []


def test_liability_reduced_in_step_is_found() -> None:
    text = (
        "# Extra costs\n\nIf Our liability under this Section is reduced by any condition of "
        "this Policy, Our liability under this Clause will be similarly reduced.\n"
    )
    one_clause(text)


def test_a_claim_affected_by_a_missed_call_is_found() -> None:
    text = (
        "# Medical help\n\nImportant: it may affect your claim if you go into hospital "
        "without first calling our helpline.\n"
    )
    one_clause(text)


def test_a_question_whether_a_change_affects_cover_is_not() -> None:
    text = "# Changes\n\nIf you are unsure whether a change will affect your cover, ask us.\n"
    assert clause_texts(text) == []


def test_what_a_phone_call_costs_is_no_limit() -> None:
    text = (
        "# Contact us\n\nCalls to 03 numbers cost no more than calls to 01 or 02 numbers, "
        "and calls to 0800 numbers are free.\n"
    )
    assert clause_texts(text) == []


def test_a_negation_in_brackets_does_not_make_a_heading_refuse() -> None:
    text = (
        "# Claims conditions\n\n## If you make a contents claim (but not a liability claim)\n\n"
        "For any claim you must:\n\n- give us any receipts we ask for\n"
        "- let us inspect the damaged items\n"
    )
    assert clause_texts(text) == []


def test_cover_the_insurer_may_suspend_or_withdraw() -> None:
    suspend = (
        "# Sprinklers\n\nIf the sprinklers need repair We may suspend cover for damage by "
        "escaping water until the repairs are done.\n"
    )
    withdraw = (
        "# Legal costs\n\nIf you settle a claim without our agreement, we can withdraw cover.\n"
    )
    one_clause(suspend)
    one_clause(withdraw)


# Forms read after held-out set 18's scoring.


def test_a_breakdown_service_refused_or_charged() -> None:
    for sentence in (
        "We will not arrange for help if we think it would be dangerous to move your car.",
        "We have the right to refuse to provide a service if you are abusive to our staff.",
        "You will have to pay the cost of moving your car if it was moved after you called us.",
        "If you drive on after a roadside repair, you will be responsible for any damage to your car.",
        "After a roadside repair we will not be legally responsible for any damage to your car.",
    ):
        one_clause(f"# General conditions\n\n{sentence}\n")


def test_a_discovery_period_that_does_not_reinstate_the_insured_amount() -> None:
    one_clause(
        "# Discovery period\n\nAny discovery period will not increase or reinstate the insured "
        "amount.\n"
    )


def test_cover_that_is_excess_of_other_insurance() -> None:
    text = (
        "# Outside directorships\n\nAny cover afforded under this benefit will be specifically "
        "excess of:\n\n(a) any indemnity from the outside entity; or\n\n(b) any other insurance.\n"
    )
    found = clause_texts(text)
    assert "(b) any other insurance." in found, found


def test_prior_consent_for_the_coverage_of_costs() -> None:
    one_clause(
        "# Legal costs\n\nYou must obtain our prior consent for the coverage of any external costs.\n"
    )


def test_property_you_are_not_legally_responsible_for_is_not_a_refusal() -> None:
    text = (
        "# What we cover\n\nDamage caused by a falling building for which you are not legally "
        "responsible.\n"
    )
    assert clause_texts(text) == []


def test_coded_row_titles_under_a_two_column_heading_keep_the_table() -> None:
    # a PDF table "WHAT IS COVERED | WHAT IS NOT COVERED" read as text: the heading, then
    # coded row titles at the same level, each with its cover column then its exclusions
    text = (
        "# WHAT IS COVERED WHAT IS NOT COVERED\n\n# D2 – HELP AT THE ROADSIDE\n\n"
        "- If your car breaks down, we will come to where it is and pay to tow it.\n"
        "- Any amounts for making the car secure once you are home.\n"
        "- Sending you home if you cannot pay for the repair.\n\n"
        "# D3 – DELIVERING PARTS\n\n"
        "- If parts are not available locally, we will pay to have them delivered.\n"
        "- Any amount for getting parts that can be bought locally.\n"
    )
    found = clause_texts(text)
    assert "Sending you home if you cannot pay for the repair." in found, found
    assert "Any amount for getting parts that can be bought locally." in found, found
    assert not any(t.startswith("If parts are not available") for t in found), found


def test_a_delay_the_insurer_will_not_be_held_responsible_for() -> None:
    one_clause(
        "# Europe\n\nWe will not be held legally responsible for any delays in your journey.\n"
    )


def test_parts_the_insured_pays_for_and_a_certificate_before_the_benefit() -> None:
    one_clause("# Repairs\n\nYou will have to pay for any parts used to repair your car.\n")
    one_clause(
        "# Driver\n\nYou will need to provide a medical certificate before we provide this "
        "benefit.\n"
    )


def test_a_give_back_sentence_between_two_items_does_not_end_the_list() -> None:
    # its full stop lost at a line break, the give-back reads like a lead-in; it is a
    # whole sentence, and the list of exclusions goes on after it
    text = (
        "# Legal protection\n\nThe insurance does not cover legal cases and costs relating to:\n\n"
        "- driving while intoxicated\n\nHowever, the insurance does cover those insureds who "
        "were not aware of this\n\n- fines and other costs of a punitive nature\n"
        "- disputes between persons insured under the same policy\n"
    )
    found = clause_texts(text)
    assert "fines and other costs of a punitive nature" in found, found
    assert not any(t.startswith("However") for t in found), found
