"""Every pattern issue 18 names, as a fixture of our own: what must be found, what must
not, where burial and the summary stand. One table, so that the issue's list can be read
against the tests; many patterns also have a focused test elsewhere
(test_exclusion_recall.py, test_exclusion_precision.py, test_exclusion_summary.py, ...)."""

from __future__ import annotations

import pytest
from exclusion_helpers import excess, exclusions

from clarity import check_text

FOUND = [
    # missed before: the issue's "Missed" list, in our own words
    ("no-coverage-on", "# Cover\n\nThere is no insurance coverage on private race tracks.\n"),
    (
        "no-coverage-while",
        "# Cover\n\nThere is no coverage for the trailer while it is parked abroad.\n",
    ),
    ("not-receive", "# Cover\n\nYou will not receive backdated cover for earlier events.\n"),
    (
        "exception-in-definition",
        "# Definitions\n\nContents means your furniture and clothes, with the exception of cash.\n",
    ),
    (
        "parentheses",
        "# Cover\n\nWe repair the paintwork (excluding scratches) after a collision.\n",
    ),
    (
        "policy-not-valid",
        "# Your duties\n\nIf you do not tell us about a new driver, your policy may not be valid.\n",
    ),
    (
        "cap-hours",
        "# Cover\n\nWe pay kennel fees for a period not exceeding 72 consecutive hours.\n",
    ),
    ("waiting-period", "# Cover\n\nA waiting period of 14 days applies to illness claims.\n"),
    ("in-no-case", "# Cover\n\nIn no case shall this insurance cover loss caused by frost.\n"),
    ("only-if", "# Cover\n\nThe cover operates only if the caravan is locked.\n"),
    (
        "must-or-not-pay",
        "# Your duties\n\nYou must report a theft within 24 hours, or we will not pay the claim.\n",
    ),
    ("limited-to", "# Cover\n\nCover for bicycles is limited to £400 in total.\n"),
    (
        "def-shall-not-include",
        "# Definitions\n\nHospital means a licensed clinic. Hospital shall not include a spa.\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), FOUND, ids=[n for n, _ in FOUND])
def test_the_issues_missed_exclusions_are_found(name: str, text: str) -> None:
    assert len(exclusions(text)) == 1, name


def test_provided_that_with_sub_items_is_a_condition() -> None:
    text = "# Cover\n\nWe pay for theft from the shed provided that:\n\n- it is locked;\n- it has no window.\n"
    assert len(exclusions(text)) >= 2


NOT_FOUND = [
    (
        "cover-lead-in",
        "# Your cover\n\nWe cover the following costs:\n\n- towing;\n- a hotel night.\n",
    ),
    (
        "benefits-lead-in",
        "# Benefits\n\nWe provide the following benefits:\n\n- legal advice;\n- a hire car.\n",
    ),
    ("contents-line", "# Contents\n\n- What is covered 4\n- What is not covered 5\n"),
    ("benefit-limit", "# Cover\n\nWe pay for meals up to a maximum of £15 per day.\n"),
    ("maximum-we-pay", "# Cover\n\nThe maximum we will pay is £5,000.\n"),
    (
        "office-hours",
        "# Contact\n\nOur phone lines are open Monday to Friday, 9am to 5pm, except bank holidays.\n",
    ),
    (
        "give-back",
        "# Exclusions\n\nThis exclusion does not apply where the damage is caused by fire.\n",
    ),
    ("fi-statute-scope", "# 3 §\n\nMitä 2 momentissa säädetään, ei koske ryhmävakuutusta.\n"),
    ("fi-void-term", "# 3 §\n\nSopimusehto, joka poikkeaa tämän lain säännöksistä, on mitätön.\n"),
]


@pytest.mark.parametrize(("name", "text"), NOT_FOUND, ids=[n for n, _ in NOT_FOUND])
def test_the_issues_false_exclusions_are_not_found(name: str, text: str) -> None:
    lang = "fi" if name.startswith("fi-") else "en"
    assert exclusions(text, lang=lang) == [], name


def test_excess_is_its_own_family_never_an_exclusion() -> None:
    text = "# Cover\n\nYou pay the excess agreed in the schedule for each claim.\n"
    assert exclusions(text) == [] and excess(text)


def _summary(text: str) -> bool:
    result = check_text(text, lang="en", profile="insurance", fmt="markdown")
    return bool(result.extra["exclusions_summary"]["found"])


BODY = "# Your cover\n\n" + "We pay for fire damage to your home. " * 150 + "\n\n"


def test_the_summary_counts_only_up_front() -> None:
    ipid = "# What is not insured?\n\n- Flood.\n- War.\n\n"
    assert _summary(ipid + BODY)
    late = BODY + "# What is not covered?\n\n- Flood.\n- War.\n"
    assert not _summary(late)
    # one section's own list, and a general exclusions section, are the detailed wording
    own_section = "# Section A - Fire\n\n## What is not covered\n\n- Arson.\n\n"
    assert not _summary("# Your home policy\n\n" + own_section + BODY)
    general = "# General exclusions\n\n- Flood.\n- War.\n\n"
    assert not _summary("# Your home policy\n\n" + general + BODY)


def test_a_missing_summary_is_one_finding_not_a_reason_on_every_exclusion() -> None:
    text = BODY + "# General exclusions\n\n- Flood.\n- War.\n- Wear and tear.\n"
    result = check_text(text, lang="en", profile="insurance", fmt="markdown")
    assert [f.code for f in result.findings].count("W101") == 1
    assert all("late-not-in-summary" not in e["reasons"] for e in result.extra["exclusions"])


def test_the_json_gives_the_whole_clause() -> None:
    long_item = "We will not pay for damage caused by " + "storm water and rising rivers, " * 20
    (row,) = exclusions("# Cover\n\n" + long_item.rstrip(", ") + ".\n")
    assert len(row["text"]) > 300 and row["text"].endswith("rising rivers.")


def test_a_scale_of_premium_refunds_is_no_exclusion() -> None:
    """Cancellation terms are left out by the guideline, "(Not Exceeding)" or not."""
    text = (
        "5. Cancellation\nYou may cancel this Policy at any time. We refund the premium "
        "at the short period rates as follows:\n\n"
        "Short Period rates for 12 months Policy\nPeriod of Coverage\n(Not Exceeding)\n"
        "Premium Refund (%\nof Annual Premium)\n30 days 90%\n31 to 90 days 40%\n"
        "Exceeding 90 days 0%\n"
    )
    assert exclusions(text, fmt="text") == []
