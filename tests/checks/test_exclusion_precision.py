"""Exclusion precision in English: text that holds a trigger word or follows a lead-in
but takes no cover away is not an exclusion (clarity/checks/exclusions/precision.py and
the not_exclusion / not_triggers words of rules/en/exclusions.yml). Each case pairs a
false exclusion with a true one of the same shape, which must stay."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, excess, exclusions


def _texts(text: str, fmt: str = "markdown") -> list[str]:
    return [e["text"] for e in exclusions(text, fmt=fmt)]


def test_a_condition_on_what_you_pay_is_no_lead_in_of_exclusions() -> None:
    text = (
        "# Premium\n\nThe licensing office may withdraw your plates if you do not pay:\n\n"
        "- the yearly premium,\n- any reminder fees owed.\n"
    )
    assert _texts(text) == []
    # a condition on cover keeps its items
    kept = "# Cover\n\nWe will only cover the boat if:\n\n- it is moored in a marina,\n- it is locked.\n"
    assert len(_texts(kept)) == 2


def test_a_trigger_in_an_earlier_clause_does_not_open_the_next_clauses_list() -> None:
    text = (
        "C3.4 The bonus level does not change:\n\n"
        "- if the rider is held liable, provided that the owner was not at fault\n"
        "C3.5 For theft cover, the bonus level is recalculated if:\n"
        "- a third party repaid the full amount to us\n"
        "- you refund what we paid within 30 days\n"
    )
    found = _texts(text, fmt="text")
    assert not any("third party repaid" in t or "you refund" in t for t in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Dentist means a dentist registered to practise where the insured person is treated, "
        "other than you or a member of your family.",
        "Total disability shall mean a disability other than the loss of a hand or a foot, "
        "which stops you from working for as long as the benefit is claimed.",
        "Lost deposits shall mean money paid in advance that becomes forfeit under the contract.",
    ],
)
def test_a_definition_that_merely_defines_is_no_exclusion(sentence: str) -> None:
    assert _texts(f"# Definitions\n\n{sentence}\n") == []


def test_a_definition_that_excludes_stays() -> None:
    text = "# Definitions\n\nHand means the hand and wrist, excluding the fingernails.\n"
    assert len(_texts(text)) == 1


def test_a_definition_item_under_a_mixed_heading_is_no_exclusion() -> None:
    text = (
        "# Specific conditions, exclusions and definitions of the coma section\n\n"
        "1. Benefit term shall mean the longest time for which the coma benefit is payable.\n"
        "2. Waiting days shall mean the first days of a coma during which benefits are not "
        "payable.\n"
    )
    found = _texts(text)
    assert len(found) == 1 and found[0].startswith("Waiting days"), found


@pytest.mark.parametrize(
    "sentence",
    [
        "For an extra premium this insurance is extended to pay you the cost of storing "
        "the goods at any port other than the port of destination.",
        "Import duty on the replacement parts shall also be recoverable provided that the "
        "full duty is included in the sum insured.",
    ],
)
def test_an_extension_of_cover_is_no_exclusion(sentence: str) -> None:
    assert _texts(f"# Extensions\n\n{sentence}\n") == []


def test_a_condition_of_cover_stays() -> None:
    text = "# Extensions\n\nWe pay for storage only if the goods are kept in a locked building.\n"
    assert len(_texts(text)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "You will not lose your right to a claim because of an honest mistake in a "
        "declaration, provided that you correct it as soon as you notice it.",
        "Notice takes effect after 30 days, but cancellation shall not apply to any "
        "shipment already under way.",
        "The requirements of this clause do not apply to any tender boat used inside the harbour.",
    ],
)
def test_a_give_back_is_no_exclusion(sentence: str) -> None:
    assert _texts(f"# Conditions\n\n{sentence}\n") == []


def test_what_you_are_not_liable_for_is_no_exclusion() -> None:
    text = "# Excess exclusion\n\nYou will not be responsible for more than one excess.\n"
    assert _texts(text) == []
    kept = "# Cover\n\nWe will not be responsible for loss of money left in a car.\n"
    assert len(_texts(kept)) == 1


def test_up_to_but_not_exceeding_is_a_positive_amount() -> None:
    text = (
        "# Settlement\n\nWe pay the value of the stock up to but not exceeding the sum insured.\n"
    )
    assert _texts(text) == []
    kept = "# Settlement\n\nOur payment for any one bicycle shall not exceed £500.\n"
    assert len(_texts(kept)) == 1


def test_the_sum_insured_is_an_amount_not_cover() -> None:
    text = (
        "# Settlement\n\nAfter a loss the sum insured will be restored to its full amount, "
        "unless you or we give written notice otherwise.\n"
    )
    assert _texts(text) == []
    kept = "# Cover\n\nTheft from a shed is covered, unless the shed was left unlocked.\n"
    assert len(_texts(kept)) == 1


def test_text_that_explains_where_the_exclusions_are_is_no_exclusion() -> None:
    text = (
        "# About this policy\n\nThere are also general exclusions (things that are not "
        "included) that apply to every section of the cover.\n"
    )
    assert _texts(text) == []


def test_a_list_of_sections_of_cover_under_an_exclusion_heading_is_no_exclusion() -> None:
    text = (
        "# Excess exclusion\n\n"
        "1. If one incident leads to a claim under more than one of the following sections "
        "of cover\n\n"
        "   a) own tools,\n"
        "   b) hired tools, or\n"
        "   c) building works\n\n"
        "only one excess is taken.\n"
    )
    assert _texts(text, fmt="text") == []


def test_the_excess_is_still_reported_apart() -> None:
    text = "# Your excess\n\nYou must pay the excess shown in your schedule for each claim.\n"
    assert _texts(text) == []
    assert [row["family"] for row in excess(text)] == ["deductible"]


def test_under_a_mixed_heading_a_clause_excludes_only_by_its_own_words() -> None:
    text = (
        "# General Conditions, Limitations and Exclusions\n\n"
        "- We may ask a doctor of our choice to examine you while a claim is open.\n"
        "- References to your age mean your age on the day you applied.\n"
        "- We will not pay for claims caused by war.\n"
    )
    found = exclusions(text)
    assert [e["text"] for e in found] == ["We will not pay for claims caused by war."]
    # for burial the heading still announces exclusions: the reader is told they are there
    assert "not-under-exclusion-heading" not in found[0]["reasons"]
    # under a heading that announces only exclusions, the items are exclusions by the heading
    plain = text.replace("General Conditions, Limitations and Exclusions", "General Exclusions")
    assert len(exclusions(plain)) == 3


def test_the_premium_kept_on_cancellation_and_a_liability_kept_are_no_exclusions() -> None:
    """The guideline leaves cancellation rights out: "we will not refund any premium if"
    lists when the premium is kept, not what is not covered; "without prejudice to any
    liability incurred" keeps cover. An exclusion of a refund of costs stays."""
    text = (
        "# Cancelling\n\nIf you cancel early, we will not refund any premium if:\n\n"
        "- you have made a claim this year,\n- the refund would be less than £10.\n\n"
        "If the premium is unpaid, then:\n\n"
        "- the cover ends at once;\n"
        "- the ending of the cover shall be without prejudice to any liability incurred "
        "before that day.\n"
    )
    found = _texts(text)
    assert not any("made a claim" in t or "less than £10" in t for t in found), found
    assert not any("without prejudice" in t for t in found), found
    kept = "# Travel\n\nWe will not refund the cost of tickets you could have used.\n"
    assert len(_texts(kept)) == 1


def test_a_clause_of_figures_and_function_words_names_nothing() -> None:
    """A table row that a reader cut at a figure taken for a list number ("10 | to 30%
    0% 0%") or a lead-in left without its items names nothing that could be excluded;
    a short item that names something stays."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- to 30% 0% 0%\n- theft of tools.\n\n"
        "# Extras\n\nYou are not covered for:\n"
    )
    assert _texts(text) == ["theft of tools."]


def test_a_lead_in_item_is_no_exclusion_of_its_own() -> None:
    """An item that only leads into the items under it ("Like most insurers, we don't
    cover:") names nothing that is excluded: its items are the exclusions."""
    text = (
        "# This policy does not cover\n\n- Like most home insurers, we don't cover:\n"
        "  - wear and tear;\n  - garden sheds.\n"
    )
    assert _texts(text) == ["wear and tear;", "garden sheds."]


def test_a_worked_example_is_no_exclusion() -> None:
    """A worked example's sum shows a limit at work ("... limited to 60% of $1,000 =
    $600"); the limit it illustrates stays."""
    text = (
        "# Weekly benefit\n\nThe weekly benefit is limited to 60% of your salary.\n\n"
        "For instance, the benefit will be limited to 60% of $1,000 = $600 a week.\n"
    )
    found = _texts(text)
    assert found == ["The weekly benefit is limited to 60% of your salary."], found


def test_which_terms_apply_unless_otherwise_stated_is_no_condition_of_cover() -> None:
    """ "These conditions apply to all covers unless otherwise stated" says where terms
    apply; a cover sentence with a real "unless" still conditions cover."""
    text = (
        "# General conditions\n\nThese general conditions apply to all covers under the "
        "policy unless they are expressly stated not to apply to a cover.\n\n"
        "These conditions apply to every claim under this section unless otherwise stated.\n"
    )
    assert _texts(text) == []
    kept = "# Cover\n\nWe will pay for the hire car unless you hire it for more than 10 days.\n"
    assert len(_texts(kept)) == 1


def test_a_sentence_opening_for_example_is_no_exclusion() -> None:
    """ "For example, if ..., we will pay no more than 75% of your claim" shows the limit
    stated before it at work; the limit itself stays."""
    text = (
        "# Underinsurance\n\nIf your sum insured is too low, we will not pay more than the "
        "share of the claim your premium paid for.\n\nFor example, if your premium was 75% "
        "of what it should have been, we will pay no more than 75% of your claim.\n"
    )
    found = _texts(text)
    assert len(found) == 1 and found[0].startswith("If your sum insured")


def test_a_run_in_label_titles_its_clause() -> None:
    """ "What we exclude We will not pay more than $5,000": the label is the clause's
    title, so the quote starts at the clause, and an excess under such a label is
    reported with the excess, not as an exclusion."""
    text = (
        "# Glass\n\nWe pay for broken windows.\n\nWhat we exclude We will not pay more than "
        "$5,000 for any one event.\n\nWhat we exclude You must pay us an excess of $500 for "
        "each claim under this benefit.\n"
    )
    assert _texts(text) == ["We will not pay more than $5,000 for any one event."]
    assert len(excess(text)) == 1


def test_text_that_says_what_the_document_holds_is_no_exclusion() -> None:
    """ "... what is excluded from the cover and the terms", "to tell you what we cover,
    what we exclude, what we pay": a description of the document, excluding nothing."""
    text = (
        "# About this policy\n\nThe policy wording and schedule tell you what we cover, what "
        "we exclude and what we pay when you claim.\n\nYour schedule shows the extent of "
        "cover, what is excluded from the cover and the terms on which it is given.\n\n"
        "# Exclusions\n\nWe will not pay for wear and tear.\n"
    )
    assert _texts(text) == ["We will not pay for wear and tear."]


CONTENTS_UNDER_A_TITLE = """# Your policy

## General exclusions for all covers

How we settle your claim 67

– What happens to your property 67

– Credit provider's rights 69

Recovery actions 70

– Recovery action by us 70

# General exclusions

We will not pay for loss caused by war.
"""


def test_a_run_of_contents_lines_under_a_title_read_from_the_contents_is_no_list() -> None:
    """A table of contents whose entry "General exclusions for all covers" a reader took
    for a heading: the lines after it, each a title and its page number, are contents
    lines, not the items of an exclusions heading."""
    found = clause_texts(CONTENTS_UNDER_A_TITLE)
    assert found == ["We will not pay for loss caused by war."], found


CLAIM_DOCUMENTS = """# Sickness dental relief

The Company shall not be liable to make any payment under this benefit in connection with:

i. Any treatment of a pre-existing condition.

ii. Artificial teeth or dental implants.

iii. General exclusions as specified in the policy. Claims provisions applicable to Sickness Dental Relief:

i) Original claim form duly signed and filled in.

ii) The original bills and receipts showing that the hospital has been paid.
"""


def test_an_item_that_ends_on_a_title_of_claim_documents_closes_the_exclusions() -> None:
    """ "... as specified in the policy. Claims provisions applicable to ...:" set in the
    last exclusion's block: the documents after it are how to claim, not exclusions."""
    found = clause_texts(CLAIM_DOCUMENTS)
    assert any("pre-existing condition" in text for text in found), found
    assert not any("claim form" in text or "original bills" in text for text in found), found


def test_a_checklist_of_what_to_have_ready_is_no_list_of_exclusions() -> None:
    """ "Please have the following information available when calling the Emergency
    Service:" after a sentence that excludes: the items are what to have ready."""
    text = (
        "# What is not covered\n\nThis insurance does not cover treatment which can "
        "reasonably be delayed until you return home.\n\n"
        "Please have the following information available when calling the Emergency "
        "Service:\n\n- your certificate number\n- dates of outward and inward travel\n"
    )
    found = clause_texts(text)
    assert not any("dates of outward" in t or "certificate number" in t for t in found), found
    assert any(t.startswith("This insurance does not cover treatment") for t in found), found


def test_a_lead_in_that_goes_on_from_an_unfinished_paragraph_promises_cover() -> None:
    """A column break parts "We will provide cover for loss of or damage to the buildings"
    from "caused by any of the following:": read whole, the lead-in promises cover, so its
    perils are no exclusions under the "What is not covered" heading above."""
    text = (
        "# Buildings\n\n## What is not covered\n\nAnything set out in the general "
        "exclusions.\n\nWe will provide cover for loss of or damage to the buildings\n\n"
        "caused by any of the following:\n\n1. Fire, explosion or lightning\n\n"
        "2. Storm or flood.\n"
    )
    found = clause_texts(text)
    assert not any("Fire, explosion" in t or "Storm or flood" in t for t in found), found


def test_an_item_title_set_as_a_heading_goes_on_with_the_lead_in() -> None:
    """ "No coverage will be available ... attributable to:" / a title the reader set as a
    heading, "Dishonest Conduct - Any:" / "a) ...": the items are the lead-in's; a
    heading of conditions to meet under a lead-in of conditions opens nothing."""
    text = (
        "# What is not covered\n\nNo coverage will be available under this policy with "
        "respect to any loss arising out of:\n\n# Dishonest Conduct - Any:\n\n"
        "a) deliberate or fraudulent act;\n\nb) knowing violation of any law.\n\n"
        "# Eligibility\n\nTo be eligible, you must meet the following conditions:\n\n"
        "## Conditions for all ages:\n\n- be a resident of Canada\n"
    )
    found = clause_texts(text)
    assert any(t.startswith("a) deliberate or fraudulent act") for t in found), found
    assert not any("resident of Canada" in t for t in found), found
