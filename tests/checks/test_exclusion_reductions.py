"""Reductions and ends of cover read after held-out set 12's scoring (invented text).

An amount payable reduced in proportion, the insured's proportionate share of a loss
(average), depreciation applied to a replacement, reimbursement a missed call may
prejudice, and an indemnity period that ends on listed events all take cover away. The
amounts listed under an excess heading are excess rows, reported with the excess."""

from __future__ import annotations

from exclusion_helpers import clause_texts, excess, exclusions, one_clause


def test_an_amount_payable_reduced_in_proportion() -> None:
    text = (
        "# Underinsurance\n\nFor a claim for loss of rent, the amount payable will be "
        "proportionately reduced if the rent insured is less than 80% of the annual rent.\n"
    )
    one_clause(text)


def test_a_proportionate_share_of_the_loss() -> None:
    text = (
        "# Average\n\nIf the value of the stock is more than its sum insured, you will bear a "
        "proportionate share of the loss.\n"
    )
    one_clause(text)


def test_depreciation_applied_to_a_replacement() -> None:
    text = "# Computers\n\nWe will apply depreciation at 10% a year from the date of purchase.\n"
    one_clause(text)


def test_reimbursement_a_missed_call_may_prejudice() -> None:
    text = (
        "# Assistance\n\nYou must call our helpline before paying a hospital, as not doing so "
        "may prejudice reimbursement of your costs.\n"
    )
    one_clause(text)


def test_prejudicing_our_rights_is_not_a_loss_of_cover() -> None:
    text = "# Recovery\n\nYou shall not do anything which will prejudice our rights of recovery.\n"
    assert clause_texts(text) == []


def test_an_indemnity_period_that_ends_on_listed_events() -> None:
    text = (
        "# Conditions\n\nThe indemnity period will end at the time any of the following happen:\n\n"
        "(a) you stop trading;\n\n(b) a receiver is appointed to your assets.\n"
    )
    found = clause_texts(text)
    assert "(b) a receiver is appointed to your assets." in found, found


def test_the_events_that_end_cover_are_not_announced_as_exclusions() -> None:
    # a reader takes "We will not pay for:" as a heading of exclusions, not a list of the
    # events that end the cover: under a plain heading those stay buried
    text = (
        "# Conditions\n\nThe indemnity period will end at the time any of the following happen:\n\n"
        "(a) you stop trading;\n\n(b) a receiver is appointed to your assets.\n"
    )
    rows = [e for e in exclusions(text) if "receiver" in e["text"]]
    assert rows and "not-under-exclusion-heading" in rows[0]["reasons"], rows


def test_amounts_under_an_excess_heading_are_excess_rows() -> None:
    text = (
        "# Cover\n\nWe cover your van.\n\n## Young drivers excess\n\n"
        "This excess applies when a young driver was driving:\n\n"
        "- the van is of not more than 2 tonnes:\n"
        "  - for drivers under 21 $500\n"
        "  - for drivers aged 21 to 24 $300\n"
    )
    found = clause_texts(text)
    assert not any("$500" in t or "$300" in t for t in found), found
    assert any("$500" in " ".join(e["text"].split()) for e in excess(text)), excess(text)
