"""Draft bullets that would say more, or other, than their clause (editors' reading, batch
10). Fixtures written for this file.

- A condition whose subject the clause says is not so ("if: the police report confirming
  the theft is not submitted"): the subject with "…" reads as the thing excluded. The
  clause's own refusal ("... is not provided") is no such condition.
- Two exceptions, the second long ("other than you, unless you have told us ..."): the
  first is shown, so the bullet does not hide who stays insured.
- A topic inside a relative clause of the subject ("Any sickness that manifests itself
  during the waiting period is not covered even if ..."): the words after the trigger say
  something of the sickness, not of the waiting period.
- A give-back that names things listed below it: the bare lines under it are those
  things, given back, not more exclusions.
- A quoted title of the policy and the kind of part it is ('the "What we exclude"
  column of this section'): a pointer, no bullet."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts
from test_exclusion_topics_draft import draft_bullets


def test_the_subject_of_an_unmet_condition_is_no_bullet() -> None:
    text = (
        "# Motor policy\n\n## 8. Return to invoice\n\nWe will pay the financial shortfall "
        "between the amount paid under Section 1 and the invoice price of the vehicle.\n\n"
        "### What is not covered\n\nWe will not pay the financial shortfall if:\n\n"
        "1) the theft claim is not admissible under Section 1 of the Policy;\n\n"
        "2) Final report of the police confirming the theft of the car in case of a theft "
        "claim is not submitted to us.\n\n"
        "## 9. Key cover\n\nWe will not pay for keys lost at home.\n"
    )
    bullets = draft_bullets(text)
    assert not any("report of the police" in b for b in bullets), bullets
    assert "Keys lost at home" in bullets


def test_the_clauses_own_refusal_keeps_its_bullet() -> None:
    text = (
        "# Benefits\n\n## Transportation services\n\nThe following are not covered:\n\n"
        "- Door-to-door service in buildings without a lift.\n"
        "- Reimbursement for transportation arranged by the member is not provided. "
        "All transportation must be booked by the plan.\n"
    )
    bullets = draft_bullets(text)
    assert "Reimbursement for transportation arranged by the member …" in bullets, bullets


def test_a_short_first_exception_is_shown_before_a_long_second() -> None:
    text = (
        "# General exclusions\n\n"
        "We will not insure the interests of any person other than you, unless you have "
        "told us about them in writing and we have agreed to insure them and have noted "
        "them in the schedule.\n"
    )
    assert "Interests of any person, other than you, unless …" in draft_bullets(text)


def test_a_topic_inside_a_relative_clause_does_not_take_the_words_after_the_trigger() -> None:
    text = (
        "# Waiting period\n\n"
        "A waiting period of 48 hours applies from the start of your cover. Any sickness "
        "that manifests itself during the waiting period is not covered even if related "
        "expenses are incurred after the waiting period.\n\n"
        "# Exclusions\n\nWe will not pay for:\n\n- treatment of a sickness you knew about.\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.startswith("Waiting period even if") for b in bullets), bullets


def test_lines_listed_below_a_give_back_are_no_exclusions() -> None:
    text = (
        "# Business policy\n\n## 7) Electronic data exclusion\n\n"
        "We will not pay for loss of or damage to electronic data. "
        "This exclusion does not apply where an event listed below caused the loss.\n\n"
        "Fire;\n\nStorm and wind;\n\nEarthquake, including tsunami or volcanic eruption.\n"
    )
    clauses = clause_texts(text)
    assert not any(c.startswith(("Storm", "Earthquake", "Fire")) for c in clauses), clauses


def test_a_quoted_column_title_is_a_pointer() -> None:
    text = (
        "# Section 1A Fire\n\nThis section covers loss of or damage to your property from "
        "the events listed in this section.\n\nYou can claim for loss of or damage to your "
        "property as described under “What we cover” if:\n\n"
        "- the event is shown in your schedule;\n"
        "- the loss or damage is not excluded under the “What we exclude” column of this "
        "section; and\n"
        "- the loss or damage is not excluded by any of the General Exclusions.\n\n"
        "## What we exclude\n\nWe will not pay for theft of your property from an unlocked "
        "building.\n"
    )
    bullets = draft_bullets(text)
    assert not any("column" in b for b in bullets), bullets
    assert "Theft of your property from an unlocked building" in bullets


def test_an_exception_beyond_the_words_shown_is_announced() -> None:
    """'Treatment to remove physical flaws or anomalies (... unless medically required
    ...)': cut before its bracket, the bullet says that an exception follows."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- Treatment relating to the removal of physical flaws or anomalies (cosmetic "
        "treatment or plastic surgery in any form unless medically required as part of "
        "treatment for accidents and burns).\n"
        "- Rest cures at a spa.\n"
    )
    bullets = draft_bullets(text)
    assert any(b.endswith("…, unless …") and b.startswith("Treatment") for b in bullets), bullets


def test_a_topic_inside_the_exception_after_the_trigger_is_no_bullet() -> None:
    """'... shall not be liable except in respect of loss by fire, theft, riot or
    terrorism': the perils named are what stays covered."""
    text = (
        "# Motor policy\n\n## IMT.27 Liability and fire and/or theft only\n\n"
        "It is agreed that under Section 1 we shall not be liable except in respect of loss "
        "of or damage to the vehicle by fire, explosion, lightning, theft, riot, strike or "
        "terrorism.\n\n## IMT.28 Laid up vehicles\n\nWe will not pay for accidental damage "
        "while the vehicle is laid up.\n"
    )
    bullets = draft_bullets(text)
    assert not any("terrorism" in b.lower() or "fire" in b.lower() for b in bullets), bullets


def test_a_subject_named_again_in_its_exception_keeps_its_bullet() -> None:
    """'Pre-existing Medical Condition will not be covered unless you have bought the
    Pre-existing Medical Condition Benefit': the topic is the subject, named again after
    the exception."""
    text = (
        "# Travel policy\n\n## Section 47 – Pre-existing Medical Condition Benefit\n\n"
        "This section applies if you have bought it.\n\n## Important notes\n\n"
        "Pre-existing Medical Condition will not be covered unless you have bought the "
        "Pre-existing Medical Condition Benefit.\n\n"
        "## Exclusions\n\nWe will not pay for travel against medical advice.\n"
    )
    bullets = draft_bullets(text)
    assert any(b.startswith("Pre-existing Medical Condition unless") for b in bullets), bullets


def test_a_later_sentence_that_narrows_the_exclusion_to_some_cases_leaves_no_bullet() -> None:
    """'This exclusion applies only if you are in the business of selling alcohol': the
    items before it exclude less than they say on their own, and "…" does not say how
    much less (editors' sample 5 judged "Weather conditions …" so narrowed wrong); the
    bullet was once the item and "…"."""
    text = (
        "# Exclusions\n\nThis insurance does not apply to bodily injury for which you may be "
        "held liable by reason of:\n\n"
        "- the furnishing of alcoholic beverages to a person under the legal drinking age.\n\n"
        "This exclusion applies only if you are in the business of selling alcoholic "
        "beverages.\n\n## Aircraft\n\nThis insurance does not apply to the ownership of any "
        "aircraft.\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.startswith("Furnishing of alcoholic") for b in bullets), bullets
    assert any(b.startswith("Ownership of any aircraft") for b in bullets), bullets


def test_a_kind_of_insured_keeps_the_lead_ins_words() -> None:
    """'... committed by an insured whose business is:' / 'Advertising, broadcasting,
    publishing or telecasting': the item names a business, not a thing excluded."""
    text = (
        "# Coverage B exclusions\n\nThis insurance does not apply to personal injury "
        "committed by an insured whose business is:\n\n"
        "- advertising, broadcasting, publishing or telecasting;\n"
        "- designing web sites for others.\n\n"
        "## Other exclusions\n\nThis insurance does not apply to injury caused by war.\n"
    )
    bullets = draft_bullets(text)
    assert any(b.startswith("Insured whose business is advertising") for b in bullets), bullets


def test_the_items_of_an_eligibility_lead_in_are_no_bullets() -> None:
    """'you are not eligible for coverage under this Policy if you:' / 'have: required
    treatment with prednisone': who may buy the policy, at any depth of the list."""
    text = (
        "# Eligibility\n\nYou are not eligible for coverage under this Policy if, on the "
        "date you apply, you:\n\n- are waiting for test results for a heart condition;\n"
        "- have had:\n  - required treatment with prednisone for a lung condition.\n\n"
        "# Exclusions\n\nWe will not pay for cosmetic surgery.\n"
    )
    bullets = draft_bullets(text)
    assert not any("prednisone" in b.lower() for b in bullets), bullets
    assert "Cosmetic surgery" in bullets, bullets


def test_for_the_avoidance_of_doubt_is_no_headline() -> None:
    """'For the avoidance of doubt, We shall not be liable for any other ancillary costs':
    the lawyer's phrase is no subject."""
    text = (
        "# Benefits\n\n## 7. Annual health check-up\n\nYou will be entitled to a health "
        "check-up each year. We will reimburse the amount as per the limits in the Schedule.\n"
        "You may ask Us to arrange the check-up. For the avoidance of doubt, We shall not be\n"
        "liable for any other ancillary or peripheral costs or expenses (including transport\n"
        "or accommodation).\n\n## 8. Exclusions\n\nWe will not pay for cosmetic surgery.\n"
    )
    bullets = draft_bullets(text, fmt="text")
    assert not any(b.lower().startswith("avoidance of doubt") for b in bullets), bullets
    assert "Cosmetic surgery" in bullets, bullets


@pytest.mark.parametrize(
    "rule",
    [
        "Automatic Increase does not apply to the Funeral Benefit.",
        "The Replacement Cost Terms do not apply to mobile homes or awnings.",
        "The Cost Share Limit does not apply to services of non-network dentists.",
    ],
)
def test_a_rule_about_how_a_benefit_grows_or_is_settled_is_no_bullet(rule: str) -> None:
    """ "Automatic Increase does not apply to the Funeral Benefit", "Replacement Cost
    Terms do not apply to mobile homes": the benefit is still paid and the home still
    insured; a bullet would say they are not (editors, sample 3)."""
    text = (
        "# Life and home cover\n\n## Your benefits\n\n"
        f"We pay the Funeral Benefit when the life insured dies. {rule}\n\n"
        "## Exclusions\n\nWe will not pay for any claim caused by war.\n"
    )
    bullets = [b for b in draft_bullets(text) if not b.startswith("### ")]
    assert bullets == ["War"], bullets


@pytest.mark.parametrize(
    ("clause", "bullet"),
    [
        (
            "We will not pay for any increase in loss caused by the enforcement of any law.",
            "Increase in loss caused by the enforcement of any law",
        ),
        ("We will not pay credit card conversion fees.", "Credit card conversion fees"),
    ],
)
def test_an_increase_in_loss_or_conversion_fees_stay_exclusions(clause: str, bullet: str) -> None:
    text = (
        "# Travel and property cover\n\n## Exclusions\n\n"
        f"{clause}\n\nWe will not pay for any claim caused by war.\n"
    )
    assert bullet in draft_bullets(text)


def test_a_glossary_column_heading_makes_its_rows_definitions() -> None:
    """ "What Does it Mean": the column of a table of critical illnesses, each row a
    definition with what it leaves out ("Angioplasty ... are excluded" from heart
    surgery). In the draft they would read as whole-policy exclusions (editors, samples 2
    and 3)."""
    text = (
        "# Health policy\n\n## Critical illnesses\n\n### What Does it Mean\n\n"
        "Open heart surgery means surgery to replace a heart valve. Angioplasty and any "
        "other intra-arterial procedures are excluded.\n\n"
        "## Exclusions\n\nWe will not pay for any claim caused by war.\n"
    )
    bullets = [b for b in draft_bullets(text) if not b.startswith("### ")]
    assert bullets == ["War"], bullets
