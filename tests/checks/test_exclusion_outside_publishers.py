"""Forms met on publishers outside ../shared (held-out sets 23 and 24,
benchmarks/heldout/external.md), each on invented text: a numbered exclusion titled
with a section number ("4.30 Equipment") and its paragraph; a benefit named as the subject
of "does not cover:"; "subject to fulfilment of following conditions:"; a lead-in that ends
"for the following." with a full stop."""

from __future__ import annotations

from exclusion_helpers import clause_texts, exclusions

NUMBERED = """# Policy

## 4 Exclusions

The insurer shall not be liable to make any payment for expenses incurred in connection with:

### {first} Equipment

External medical equipment of any kind used for diagnosis at home.

### {second} Items of personal comfort

Items of personal comfort including telephone and television.

## 5 Conditions

The insured must tell us of any change of address.
"""


def test_paragraphs_under_section_numbered_exclusion_titles() -> None:
    for first, second in (("4.30.", "4.31."), ("4.30", "4.31"), ("D3.6.1", "D3.6.2")):
        found = clause_texts(NUMBERED.format(first=first, second=second))
        assert found == [
            "External medical equipment of any kind used for diagnosis at home.",
            "Items of personal comfort including telephone and television.",
        ], (first, found)


BENEFIT = """# Benefits

## 4. Dental treatment

We will pay for dental treatment in a dental hospital.

{lead}

a. Cosmetic work of any kind.

b. Treatment taken without the dentist advising the same.
"""


def test_a_benefit_named_as_subject_of_does_not_cover() -> None:
    found = clause_texts(BENEFIT.format(lead="Exclusions: Dental treatment does not cover:"))
    assert found == [
        "a. Cosmetic work of any kind.",
        "b. Treatment taken without the dentist advising the same.",
    ]


def test_conditions_after_subject_to_fulfilment_of_following_conditions() -> None:
    lead = "The above cover is subject to fulfilment of following conditions:"
    rows = exclusions(BENEFIT.format(lead=lead))
    assert [r["text"].split(".")[0] for r in rows] == ["a", "b"]


def test_a_lead_in_ending_the_following_with_a_full_stop_is_no_exclusion_itself() -> None:
    found = clause_texts(BENEFIT.format(lead="We will not provide cover for the following."))
    assert found == [
        "a. Cosmetic work of any kind.",
        "b. Treatment taken without the dentist advising the same.",
    ]


TABLE_PROSE = """# Section F - Pedal cycles

## What is not insured

This applies to all items of this section. Loss or damage caused by wear and tear or
gradual deterioration. Lamps, tyres or accessories unless the pedal cycle is lost at the
same time. Theft of a pedal cycle outside the home unless from a locked building.
We will pay the full cost of repair of the article damaged.

## No Claim Discount

Your discount is shown in the schedule. A discount of 20% after two years without a claim.
"""


def test_sentences_naming_things_under_a_what_is_not_insured_heading() -> None:
    assert clause_texts(TABLE_PROSE) == [
        "Loss or damage caused by wear and tear or gradual deterioration.",
        "Lamps, tyres or accessories unless the pedal cycle is lost at the same time.",
        "Theft of a pedal cycle outside the home unless from a locked building.",
    ]


ALARM = """# Endorsements

## Intruder alarm

There is no insurance under section 2 for theft from your home unless the following
requirements are met by you{end}

1. The alarm must be kept in working order under a maintenance contract.

2. The alarm must be set whenever your home is left empty.

## Jewellery

We will pay up to the limit in the schedule.
"""


def test_requirements_named_by_the_sentence_before_them_are_conditions() -> None:
    for end in (".", ":"):
        found = clause_texts(ALARM.format(end=end))
        assert found[-2:] == [
            "The alarm must be kept in working order under a maintenance contract.",
            "The alarm must be set whenever your home is left empty.",
        ], (end, found)


def test_a_sentence_ending_on_provided_leads_in_to_its_conditions() -> None:
    text = """# Benefits

## 11. Physiotherapy

We will pay You up to the limits in the schedule for the cost of physiotherapy provided

a. it is carried out by a registered physiotherapist; and

b. it starts within 14 days of discharge.

## 12. Other
"""
    assert clause_texts(text) == [
        "a. it is carried out by a registered physiotherapist; and",
        "b. it starts within 14 days of discharge.",
    ]


def test_a_proviso_on_the_cover_a_list_item_names() -> None:
    text = """# Trip cancellation

If you must cancel your trip due to a covered event listed below, we will pay the deposit.

## Medical events

1. You or your travel companion fall ill.

2. Sickness of your service dog, provided you are an individual with a disability.

3. Your travel companion is quarantined.
"""
    assert clause_texts(text) == [
        "Sickness of your service dog, provided you are an individual with a disability."
    ]


def test_no_proviso_on_when_the_excess_is_waived_or_a_discount() -> None:
    text = """A10 Excess

For every claim you pay the excess shown in the schedule.

A10.2.1 Liability

• in the event of joyriding, provided that the keeper is not at fault for the theft

• if we pay although you are not at fault

A11 Discounts

• the same discount of 10% is offered on renewal provided the policy was bought online
"""
    assert clause_texts(text, fmt="text") == []
    cover = text.replace("A10 Excess", "A10 Theft").replace(
        "discount of 10% is offered on renewal", "cover for your bicycle"
    )
    assert clause_texts(cover, fmt="text") == [
        "in the event of joyriding, provided that the keeper is not at fault for the theft",
        "the same cover for your bicycle provided the policy was bought online",
    ]


def test_conditions_a_promise_of_cover_leads_in_to_have_no_exclusion_heading() -> None:
    text = """# Air ambulance

We will pay for transport by air ambulance provided that:

1. a doctor certifies the emergency; and

2. we have accepted your claim for the hospital stay.

We will not pay for:

1. return transport to your home.
"""
    rows = {r["text"].strip(" .;"): r for r in exclusions(text)}
    assert "not-under-exclusion-heading" in rows["a doctor certifies the emergency; and"]["reasons"]
    assert rows["return transport to your home"]["buried"] is False


def test_a_section_number_glued_to_a_letter_before_the_topic_does_not_break_the_draft() -> None:
    """'Section 4c - Overseas Emergency Medical Expenses - Pregnancy related': the letter
    after the number is no word of its own (it crashed the draft's narrowing once)."""
    text = """# Travel delay

We will pay for your extra travel costs.

This does not apply to Section 4c - Overseas Emergency Medical Expenses - Pregnancy related,
Section 4g - Emergency Telephone Charges or the coverage under Free extension (e) - Pregnancy
or childbirth related conditions.
"""
    assert exclusions(text)


def test_a_side_label_beside_the_first_item_titles_the_list() -> None:
    text = """# Section 29 Overseas wedding

We will cover your wedding attire if it is lost.

What is not covered • Any claim for a service not booked in advance.

• Any amount for loss that you can claim from another source.

• Anything mentioned in the General Exceptions.
"""
    found = [clause.lstrip("• ") for clause in clause_texts(text)]
    assert "Any amount for loss that you can claim from another source." in found
    assert "Anything mentioned in the General Exceptions." in found


def test_a_cross_reference_by_the_quoted_name_of_an_exclusions_section() -> None:
    text = """# Section 29 Overseas wedding

We will cover damages you must pay for an accident caused by your guests.

This is subject to 'What is not covered' under Section 11 - Personal Liability.

General exclusions also apply.
"""
    assert clause_texts(text) == [
        "This is subject to 'What is not covered' under Section 11 - Personal Liability.",
        "General exclusions also apply.",
    ]


def test_a_contents_entry_of_one_line_is_a_title() -> None:
    text = """# Contents

Section 13 Travel Delay 26

Section 14 Replacement Traveller (For Business Travel Only) 27

# Section 14 Replacement Traveller

We will pay for a replacement colleague only if the traveller dies.
"""
    assert clause_texts(text) == [
        "We will pay for a replacement colleague only if the traveller dies."
    ]


def test_cover_rendered_invalid_or_a_claim_denied_or_invalidated() -> None:
    text = """# Notice

Leaving Canada during the coverage period renders the coverage invalid in its entirety.

Failure to call us before a consultation could result in the denial of your claim.

If you tell us late, you will pay the extra costs. It may also invalidate your right to claim.
"""
    found = clause_texts(text)
    assert found[:2] == [
        "Leaving Canada during the coverage period renders the coverage invalid in its entirety.",
        "Failure to call us before a consultation could result in the denial of your claim.",
    ]
    assert found[-1] == "It may also invalidate your right to claim."


def test_limits_that_will_not_be_added_or_increased_and_no_duplication() -> None:
    text = """# Limits of liability

THE LIMITS AVAILABLE FOR ANY OTHER AUTO COVERED BY THE POLICY WILL NOT BE ADDED TO THE
COVERAGE FOR THE AUTO INVOLVED.

The limit will not be increased because more than one person is insured.

There will be no duplication of payments made under the liability and medical coverages.
"""
    assert len(clause_texts(text)) == 3


def test_a_policy_that_is_only_operative_while() -> None:
    text = """# Driving tuition

When a person is receiving driving tuition the Policy will only be operative whilst that
person is accompanied by a licensed instructor.
"""
    assert len(clause_texts(text)) == 1


def test_a_pointer_to_the_exclusions_section_under_what_is_not_covered() -> None:
    text = "# Section 30\n\nWe pay for delays.\n\n## What is not covered\n\nPlease see the section on exclusions.\n"
    assert clause_texts(text) == ["Please see the section on exclusions."]
    assert clause_texts(text.replace("section on exclusions", "claims section")) == []


def test_a_sentence_that_introduces_a_table_of_what_is_not_covered_is_no_exclusion() -> None:
    text = """# 2.3 Excluded conditions

The following table sets out the medical conditions and fees which We do not cover.

These are listed within 'We do not cover' under each section of this policy.

We do not cover dental treatment unless it follows an accident.
"""
    assert clause_texts(text) == ["We do not cover dental treatment unless it follows an accident."]


def test_the_topic_of_a_named_cover_that_does_not_cover_is_what_it_leaves_out() -> None:
    text = "# Storm\n\nBut our buildings cover does not cover damage to TV aerials and satellite dishes.\n"
    rows = exclusions(text)
    assert len(rows) == 1 and "aerials" in rows[0]["topic"].lower()


def test_for_this_benefit_to_apply_nullifies_and_whom_a_provider_cannot_be() -> None:
    text = """# Trip interruption

For this benefit to apply, the trip must have been booked before the strike was announced.

Failure to report a loss to the police nullifies any claim.

The nurse cannot be you or a family member.

This is subject to:

• 'What is not covered' under Section 1a - Accidental Death.
"""
    found = clause_texts(text)
    assert len(found) == 4, found


TITLE_ABOVE_LEAD = """# Section 7 - Public liability

{cover}

We will pay up to £1,000,000 for your legal liability as occupier of the home.

{title}

Your legal liability to pay compensation or costs arising directly or indirectly from:

a) any business, trade or profession carried on by you

b) the use of any motorised vehicle or craft

c) any deliberate act carried out by you
"""


def test_a_run_in_title_above_a_lead_in_of_its_own_titles_its_list() -> None:
    """Set 30: "What your policy does not cover:" alone, then "Your legal liability ...
    arising from:": the items under the second line are what the title leaves out."""
    for title in ("What your policy does not cover:", "What we do not cover:"):
        text = TITLE_ABOVE_LEAD.format(cover="What your policy covers:", title=title)
        assert clause_texts(text) == [
            "a) any business, trade or profession carried on by you",
            "b) the use of any motorised vehicle or craft",
            "c) any deliberate act carried out by you",
        ], title


def test_a_cover_title_above_a_lead_in_titles_nothing() -> None:
    text = TITLE_ABOVE_LEAD.format(
        cover="What your policy covers:", title="What your policy covers:"
    )
    assert clause_texts(text) == []


SUIT_AND_OTHER_INSURANCE = """# Section II Conditions

## Suit against us

{suit}

## Other insurance

{other}

## Policy period

{period}

## Loss payment

We will pay you within 30 days after we receive your proof of loss.
"""


def test_suit_against_us_other_insurance_and_policy_period() -> None:
    """Set 30 (US homeowners' forms): the right to sue held back, other insurance paying
    first or sharing the loss, and cover held to the policy period."""
    text = SUIT_AND_OTHER_INSURANCE.format(
        suit="No action can be brought against us unless there has been full compliance "
        "with all of the terms of this policy.",
        other="This insurance is excess over other valid and collectible insurance. If a "
        "loss is also covered by other insurance, we will pay only our share of the loss.",
        period="This policy applies only to loss which occurs during the policy period.",
    )
    rows = exclusions(text)
    assert [(r["family"], r["text"].split()[0]) for r in rows] == [
        ("restriction", "No"),
        ("limit", "This"),
        ("limit", "If"),
        ("restriction", "This"),
    ]
    during = SUIT_AND_OTHER_INSURANCE.format(
        suit="", other="", period="Your policy applies only during the policy period."
    )
    assert [r["family"] for r in exclusions(during)] == ["restriction"]


def test_a_right_to_sue_a_duty_to_tell_and_an_unlimited_scope_are_no_restrictions() -> None:
    text = SUIT_AND_OTHER_INSURANCE.format(
        suit="You may bring an action against us in any court of your state.",
        other="Tell us about any other insurance that covers the same loss.",
        period="This policy applies to loss which occurs during the policy period.",
    )
    assert exclusions(text) == []


CODED = """# Policy terms and conditions

## 4.1 Standard terms

### 4. Change-of-Gender treatments: (Code- Excl07)

Expenses related to any treatment to change characteristics of the body to those of the
opposite sex.

### 5. Cosmetic or plastic surgery: (Code- Excl08)

Expenses for cosmetic or plastic surgery unless for reconstruction following an Accident.

The exclusions under 4.1 are subject to the portability rules.

## 4.2 Claims

Notify us of a claim within 30 days.
"""


def test_titles_with_a_standard_exclusion_code_head_their_paragraphs() -> None:
    """Set 31 (Indian health wordings): each standard exclusion's title carries its code
    ("(Code- Excl07)"); the paragraph under it is the exclusion, a note about the
    exclusions is not."""
    assert clause_texts(CODED) == [
        "Expenses related to any treatment to change characteristics of the body to those of "
        "the opposite sex.",
        "Expenses for cosmetic or plastic surgery unless for reconstruction following an Accident.",
    ]


DEFINED_NOT = """# Part 3 Uninsured motorists

## {title}

1. a motor vehicle that is lawfully self-insured.

2. a motor vehicle owned by any government agency.

## Payment of loss

We will pay within 30 days of agreeing the amount.
"""


def test_a_heading_that_says_what_a_defined_term_is_not() -> None:
    """Set 28 (a US auto policy): "An uninsured auto is not:" titles the carve-outs of the
    defined term; "An uninsured auto is:" titles what it is."""
    assert clause_texts(DEFINED_NOT.format(title="An uninsured auto is not:")) == [
        "a motor vehicle that is lawfully self-insured.",
        "a motor vehicle owned by any government agency.",
    ]
    assert clause_texts(DEFINED_NOT.format(title="An uninsured auto is:")) == []


OTHER_SOURCES = """# Section 2 Medical expenses

## Other insurance and assistance

{text}

## Claims

Send us the original bills within 30 days.
"""


def test_other_sources_assistance_and_extensions() -> None:
    """Set 30 (Singapore travel wordings): paying only what another source does not, one
    policy per person, a disclaimer with "also", and extensions that do not pay."""
    cases = {
        "If any other insurance covers these expenses, we shall only be liable for the "
        "excess of the amount recoverable from it.": "limit",
        "No person shall be covered under more than one such travel policy issued by us.": (
            "limit"
        ),
        "Our assistance company shall also not be responsible for advice given by the "
        "service providers.": "not-covered",
        "These special extensions do not pay for any expenses relating to diagnostic "
        "tests.": "not-covered",
    }
    for text, family in cases.items():
        rows = exclusions(OTHER_SOURCES.format(text=text))
        assert [row["family"] for row in rows] == [family], text


def test_the_excess_you_pay_stays_an_excess() -> None:
    rows = exclusions(OTHER_SOURCES.format(text="You must pay the excess of £100 for each claim."))
    assert [row["family"] for row in rows] in ([], ["deductible"])


BAIL = """# Benefit N - Bail bond

We will pay the bail amount for your release if you are arrested abroad, up to $500.
The Company will however not pay the bail expenses if:

1. you are charged for speeding in a vehicle; and

2. you are charged for breaking the law with criminal intent.

# Benefit O - Trip curtailment

We pay for unused travel costs if you must cut your trip short.
"""


def test_an_adverb_between_will_and_not() -> None:
    """Set 30 (an Indian travel wording): "The Company will however not pay ... if:"."""
    assert clause_texts(BAIL) == [
        "you are charged for speeding in a vehicle; and",
        "you are charged for breaking the law with criminal intent.",
    ]
