"""Forms read after held-out set 13's scoring (invented text throughout).

Cover that continues only if something is done, a benefit admissible only when, a doctor
who should not be the insured, an insurer not obliged to defend once the limit is paid,
the average clause in its "same proportion of the loss" form, and a sentence that
imports the general exclusions all take cover away. Not applying the average clause
gives cover back, and the no claim bonus one earns or protects is the premium's, not
cover; a lead-in of extra cover that names the exclusions it is subject to lists cover."""

from __future__ import annotations

from exclusion_helpers import clause_texts, one_clause, summary_draft


def test_cover_that_continues_only_if_the_balance_is_paid() -> None:
    one_clause(
        "# Changing your payments\n\nAny balance of the premium must be paid in order for your "
        "insurance cover to continue.\n"
    )


def test_a_benefit_admissible_only_when() -> None:
    one_clause(
        "# Definitions\n\nFor physiotherapy, expenses are admissible only when the treatment is "
        "given in a hospital.\n"
    )


def test_a_doctor_who_should_not_be_the_insured() -> None:
    one_clause("# Doctor\n\nThe doctor should not be the insured or any member of his family.\n")


def test_an_insurer_not_obliged_to_defend() -> None:
    one_clause(
        "# Limit\n\nIf we pay the limit for a claim we will not be obliged to defend any legal "
        "action against you.\n"
    )


def test_the_same_proportion_of_the_loss() -> None:
    one_clause(
        "# Underinsurance\n\nFor a partial loss, we will pay the same proportion of the loss as "
        "the insured amount bears to 80% of the value.\n"
    )


def test_not_applying_the_average_clause_gives_cover_back() -> None:
    text = (
        "# Underinsurance\n\nFor a total loss, we will not apply this underinsurance condition.\n"
    )
    assert clause_texts(text) == []


def test_the_no_claim_bonus_one_earns_is_the_premiums() -> None:
    text = (
        "# No claim bonus\n\nIf you are not entitled to a maximum No Claim Bonus, you will earn "
        "a bonus for the next year if no claim is made.\n"
    )
    assert clause_texts(text) == []


def test_a_cap_that_names_the_no_claim_bonus_is_still_a_cap() -> None:
    one_clause(
        "# Accessories\n\nWe will pay for accessories up to an amount not exceeding $500 without "
        "the loss of the No Claim Bonus.\n"
    )


def test_a_sentence_that_imports_the_general_exclusions() -> None:
    one_clause(
        "# Extra benefits\n\nWe will also provide these benefits, subject to the General "
        "exclusions and all of the exclusions in this section.\n"
    )


def test_a_lead_in_of_extra_cover_subject_to_the_exclusions_lists_cover() -> None:
    text = (
        "# Extra benefits\n\nThe cover is extended to the following loss, subject to the General "
        "exclusions and all of the exclusions in this section:\n\n"
        "- damage to your laptop away from the premises\n- theft of tools from your van\n"
    )
    found = clause_texts(text)
    assert not any("laptop" in t or "tools" in t for t in found), found


# Forms read after held-out set 14's scoring.


def test_a_definition_that_leads_in_with_is_not() -> None:
    text = (
        "# Definitions\n\n## Safe\n\nA steel box designed to resist opening by tools. A safe is "
        "not:\n\n(a) a cash tin;\n\n(b) a locked drawer in a desk.\n"
    )
    found = clause_texts(text)
    assert "(a) a cash tin;" in found, found


def test_no_greater_proportion_of_the_loss() -> None:
    one_clause(
        "# Underinsurance\n\nWe will be liable for no greater proportion of the loss than the "
        "insured amount bears to 80% of the value.\n"
    )


def test_a_benefit_that_stops_before_its_limit() -> None:
    text = (
        "# Hire car\n\nThe hire car benefit stops before the 30 day limit if:\n\n"
        "- we repair your car and return it to you; or\n- we have settled your claim.\n"
    )
    found = clause_texts(text)
    assert "we have settled your claim." in " ".join(found), found


def test_cover_that_ceases_to_apply() -> None:
    one_clause(
        "# Assault\n\nOnce we have paid a benefit to a person this cover will cease to apply "
        "to that person.\n"
    )


def test_a_pointer_to_a_worked_example_and_a_definitions_reach() -> None:
    text = (
        "# Underinsurance\n\nSee the worked dollar example below for how underinsurance will "
        "reduce the amount we pay.\n\nPlease note that this definition applies to all sections, "
        "with the exception of section 4.\n"
    )
    assert clause_texts(text) == []


# Forms read after held-out set 15's scoring.


def test_a_lead_in_set_as_a_heading_inside_numbered_exclusions() -> None:
    text = (
        "# Glass\n\nWhat we exclude: this section does not insure:\n\n"
        "## 1. Heat\n\nDamage to glass caused by fire.\n\n"
        "## 2. Some types of glass\n\n## Glass:\n\n(a) in light fittings;\n\n"
        "(b) that is cracked before the damage.\n\n"
        "## 3. Tiles\n\nBreakage of tiles around the glass.\n"
    )
    found = clause_texts(text)
    assert "(a) in light fittings;" in found, found
    assert "Breakage of tiles around the glass." in found, found


def test_an_item_with_a_give_back_inside_its_sentence() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for claims arising from:\n\n"
        "(a) pollution;\n\n(b) the failure to perform a contract but this exclusion shall not "
        "apply to claims for negligence.\n"
    )
    found = clause_texts(text)
    assert any(t.startswith("(b) the failure to perform a contract") for t in found), found
    assert not any("shall not apply" in t for t in found), found


def test_the_draft_titles_a_lead_in_heading_by_the_numbered_title_before_it() -> None:
    text = (
        "# Glass\n\nWhat we exclude: this section does not insure:\n\n"
        "## 1. Heat\n\nDamage to glass caused by fire or by the application of heat.\n\n"
        "## 2. Some types of glass\n\n## Glass:\n\n"
        "(a) forming part of stock in trade or merchandise;\n\n"
        "(b) held in a glasshouse, conservatory or the like.\n\n"
        "## 3. Tiles\n\nBreakage of tiles on shop fronts around the glass.\n"
    )
    draft = summary_draft(text)
    assert "### 2. Some types of glass" in draft, draft
    assert "### Glass:" not in draft, draft
