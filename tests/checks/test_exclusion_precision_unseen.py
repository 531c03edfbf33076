"""Exclusion precision principles found by judging clarity on policies it was not tuned on
(issue 18): headings that announce a limit, run-in labels, give-backs, provisos on how a
benefit is settled, statements that are not about cover, cross-references that import
nothing. Every fixture is written for the test; each pairs the false case with a true one
of the same shape where the principle could overreach."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, exclusions

NOT_UNDER = "not-under-exclusion-heading"


def _rows(text: str, fmt: str = "markdown") -> list[dict]:
    return exclusions(text, fmt=fmt)


@pytest.mark.parametrize(
    "heading",
    [
        "Time limit for bringing a claim",
        "7. Time Limit for Legal Action",
        "Limit of liability",
        "Aggregate limit of indemnity",
        "Limits to what we pay",
    ],
)
def test_a_heading_that_announces_a_limit_is_an_exclusion_heading(heading: str) -> None:
    text = f"# {heading}\n\nWe will not pay more than £5,000 for any one boat.\n"
    rows = _rows(text)
    assert len(rows) == 1 and NOT_UNDER not in rows[0]["reasons"], rows


@pytest.mark.parametrize(
    "heading", ["Territorial limits", "Benefit table limit per day in pounds", "Garden sheds"]
)
def test_a_limit_noun_without_what_it_limits_is_no_exclusion_heading(heading: str) -> None:
    text = f"# {heading}\n\nWe will not pay more than £5,000 for any one boat.\n"
    assert NOT_UNDER in _rows(text)[0]["reasons"]


def test_items_under_a_limit_heading_are_not_exclusions_for_that_alone() -> None:
    text = "# Limits of cover\n\n- Jewellery £500\n- Bicycles £300\n"
    assert _rows(text) == []


@pytest.mark.parametrize("label", ["What we exclude", "What we do not cover"])
def test_a_run_in_label_titles_its_paragraph(label: str) -> None:
    text = (
        "# Bicycle cover\n\nWe pay for theft of your bicycle from a locked shed.\n\n"
        f"{label} We will not pay more than £500 for any one bicycle. "
        "We will not pay for tyres damaged by punctures.\n"
    )
    rows = _rows(text)
    assert len(rows) == 2 and all(NOT_UNDER not in r["reasons"] for r in rows), rows


def test_a_cover_label_or_a_label_inside_a_paragraph_is_no_exclusion_heading() -> None:
    text = (
        "# Bicycle cover\n\nWhat we cover We pay for theft of your bicycle, but we will not pay "
        "more than £500 for any one bicycle.\n\nRead what is not covered below. We will not pay "
        "for tyres damaged by punctures.\n"
    )
    rows = _rows(text)
    assert len(rows) == 2 and all(NOT_UNDER in r["reasons"] for r in rows), rows


def _texts(text: str, fmt: str = "markdown") -> list[str]:
    return [row["text"] for row in _rows(text, fmt)]


def test_a_clause_that_gives_back_what_is_not_otherwise_excluded_is_no_exclusion() -> None:
    text = (
        "# Other damage\n\nWe will not pay for damage caused by frost or rot.\n\n"
        "However, we will pay for any later damage not otherwise excluded which results "
        "from fire.\n\nThis policy shall cover liability otherwise excluded above if it "
        "results from a sudden accident.\n"
    )
    assert _texts(text) == ["We will not pay for damage caused by frost or rot."]


def test_the_items_of_a_give_back_lead_in_are_not_exclusions() -> None:
    text = (
        "GENERAL EXCLUSIONS\n\n1. Any liability you take on under a contract.\n\n"
        "However, this exclusion (a) does not apply to:\n\n"
        "- liability you would have had without the contract;\n"
        "- liability under a lease named in the schedule.\n\n"
        "2. Any fine or penalty.\n"
    )
    assert _texts(text, fmt="text") == [
        "Any liability you take on under a contract.",
        "Any fine or penalty.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "However, this exclusion (b) does not apply to claims brought in New Zealand.",
        "Paragraphs (c) and (d) above do not apply to liability for your own products.",
        "This underinsurance condition does not apply if your boat is under 5 metres long.",
    ],
)
def test_a_clause_that_lifts_a_named_exclusion_is_no_exclusion(sentence: str) -> None:
    text = f"# Liability cover\n\nWe will not pay for any fine or penalty.\n\n{sentence}\n"
    assert _texts(text) == ["We will not pay for any fine or penalty."]


@pytest.mark.parametrize(
    "sentence",
    [
        "We will not pay more than £2,000 for claims under Section 1, Personal Accident.",
        "Cover is limited to the amount shown in the schedule against Section 4.",
    ],
)
def test_a_pointer_to_the_cover_a_clause_limits_is_no_cross_reference(sentence: str) -> None:
    rows = _rows(f"# Exclusions\n\n{sentence}\n")
    assert len(rows) == 1 and "cross-reference" not in rows[0]["reasons"], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Anything mentioned in the general exclusions.",
        "We will not pay for anything that is excluded under Section 3A.",
        "We will not pay for damage of the type described in paragraph 2 above.",
    ],
)
def test_a_reference_that_imports_exclusions_is_a_cross_reference(sentence: str) -> None:
    rows = _rows(f"# What is not covered\n\n- {sentence}\n")
    assert len(rows) == 1 and "cross-reference" in rows[0]["reasons"], rows


@pytest.mark.parametrize(
    "sentence",
    [
        "A claim for a broken window will not reduce your no claims discount.",
        "At renewal we reduce your no claim bonus for each claim you made.",
        "Your schedule shows whether benefits are only paid for a total loss.",
    ],
)
def test_a_statement_about_the_premium_or_the_schedule_is_no_exclusion(sentence: str) -> None:
    text = f"# Your cover\n\nWe will not pay for tyres damaged by punctures.\n\n{sentence}\n"
    assert _texts(text) == ["We will not pay for tyres damaged by punctures."]


def test_what_the_out_of_pocket_limit_does_not_include_is_cost_sharing() -> None:
    text = """# Student health plan

## Out-of-Pocket Limit

The out-of-pocket limit does not include copayments, dental expenses or amounts in
excess of the plan allowance.

The plan does not cover cosmetic surgery.
"""
    found = clause_texts(text)
    assert not any("out-of-pocket" in text for text in found), found
    assert any("cosmetic surgery" in text for text in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Policy year means a period of twelve months. This period includes the first day "
        "and excludes the next policy anniversary day.",
        "The length of your trip is counted in days, excluding the day of your return.",
    ],
)
def test_how_a_period_is_counted_is_no_exclusion(sentence: str) -> None:
    text = f"# Definitions\n\n{sentence}\n\n# Exclusions\n\nWe do not cover suicide.\n"
    found = clause_texts(text)
    assert not any("day" in text for text in found), found
    assert any("suicide" in text for text in found), found


REFERRAL = """# Student health plan

## Referral penalty

You must get a referral from school health services for off-campus care.

If you do not get a referral, then we will pay covered benefits at the out-of-network
cost sharing.

### Exceptions

- Treatment for an emergency medical condition
- Obstetric and gynecological care

## What is not covered

The plan does not cover cosmetic surgery.
"""


def test_the_exceptions_to_a_rule_are_no_exclusions() -> None:
    # the cases that need no referral: read as exclusions, emergency care "is not covered"
    found = clause_texts(REFERRAL)
    assert not any("emergency" in text for text in found), found
    assert any("cosmetic surgery" in text for text in found), found


def test_a_bare_exceptions_heading_after_cover_still_excludes() -> None:
    text = REFERRAL.replace(
        "If you do not get a referral, then we will pay covered benefits at the out-of-network\n"
        "cost sharing.",
        "We pay for medical treatment at any hospital.",
    ).replace("You must get a referral from school health services for off-campus care.", "")
    found = clause_texts(text)
    assert any("emergency" in text for text in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group Policy does not provide voluntary alternative dispute resolution options.",
        "Discounts are not insured benefits.",
    ],
)
def test_notices_a_us_group_plan_must_carry_are_no_exclusions(sentence: str) -> None:
    text = f"# Your rights\n\n{sentence}\n\n# Exclusions\n\nWe do not cover suicide.\n"
    found = clause_texts(text)
    assert found and all("suicide" in text for text in found), found


PREEXISTING = """# Disabilities excluded from coverage

## C. Exclusion

You are not covered for a Disability caused by a Preexisting Condition unless, on the
date you become Disabled, you:

- have been continuously insured under the policy for 12 months; and
- have been actively at work for at least one full day after that.
"""
"""An exclusion whose colon opens the list of its exception (also drafted in
test_exclusion_draft_first_screen.py)."""


def test_an_exclusion_whose_colon_opens_its_exception_is_found() -> None:
    # the clause names what it excludes before "unless": the colon opens the list of
    # the exception, not of the exclusion
    found = clause_texts(PREEXISTING)
    assert any(
        text.startswith("You are not covered for a Disability caused by a Preexisting")
        for text in found
    ), found


def test_the_incontestability_provision_is_no_exclusion() -> None:
    text = """# Incontestability

No misrepresentation will be used to reduce or deny a claim or contest the validity of
insurance unless:

- the insurance would not have been approved if we had known the truth; and
- we have given you a copy of the signed statement.

# Exclusions

We do not cover suicide.
"""
    found = clause_texts(text)
    assert found and all("suicide" in text for text in found), found
