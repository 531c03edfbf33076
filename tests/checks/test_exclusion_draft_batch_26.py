"""Draft "What is not covered" lists and the detection under them, from batch 26 of
editors' readings of real policies clarity was not tuned on (issue 18): US health plans
(BCBS, Kaiser, SCAN) and a US commercial package. Fixtures written for this file; each
test failed on the code before (the guards of a narrowed rule, "... still excludes", pass
on both)."""

from __future__ import annotations

from exclusion_helpers import assert_only_beside, clause_texts

from clarity import check_text

_REAL = "We do not cover cosmetic surgery."


def _draft(text: str) -> str:
    result = check_text(text, lang="en", profile="insurance", fmt="markdown")
    return result.extra["summary_draft"]


def test_the_members_share_that_does_not_apply_is_no_exclusion() -> None:
    for sentence in (
        "Copayments do not apply to services received from out-of-network providers.",
        "This copayment does not apply if you are admitted to the hospital as an inpatient.",
    ):
        assert_only_beside(sentence, _REAL, "# Health plan\n\n## Your costs")


def test_a_medicare_plan_s_supplemental_benefit_is_no_exclusion() -> None:
    text = (
        "# Medicare plan\n\n## Emergency care\n\nWorldwide emergency coverage is not covered "
        f"by Original Medicare and is considered a supplemental benefit.\n\n{_REAL}\n"
    )
    assert clause_texts(text) == [_REAL]


def test_the_situations_an_exclusion_excepts_are_cover() -> None:
    text = (
        "# Medicare plan\n\n## How to get care from out-of-network providers\n\n"
        "Care you get from an out-of-network provider will not be covered except in the "
        "following situations:\n\n- Emergency or urgently needed services.\n"
        "- Kidney dialysis services when you are temporarily outside our service area.\n"
    )
    found = clause_texts(text)
    assert not any("Kidney dialysis" in c or c.startswith("Emergency") for c in found), found
    assert any(c.startswith("Care you get from an out-of-network provider") for c in found)


def test_a_bulleted_cover_list_s_last_item_titles_no_exclusions() -> None:
    text = (
        "# Health plan\n\n## Home Health Care\n\nCovered services include:\n\n"
        "- Medical and surgical supplies\n- Oxygen and its administration\n\n"
        "The following are not covered services:\n\n- Homemaker services\n"
        "- Food or home delivered meals\n\n## Hearing Aids\n\n"
        "The following are not covered:\n\n- Batteries or cords\n"
    )
    draft = _draft(text)
    assert "### Home Health Care\n" in draft, draft
    assert "Oxygen" not in draft, draft


def test_a_numbered_title_still_names_the_exclusions_of_its_body() -> None:
    text = (
        "# Business policy\n\n## Section 1 – Fire\n\n### What we exclude\n\n"
        "1. Maintenance or defects\n\nloss or damage caused by or arising out of:\n\n"
        "- rust or corrosion;\n- gradual deterioration.\n\n## Section 2 – Theft\n\n"
        "We do not cover theft by your employees.\n"
    )
    draft = _draft(text)
    assert "Maintenance or defects" in draft, draft


def _benefit_tables() -> str:
    parts = []
    for name, excluded in (
        ("Alternative Treatments", "Biofeedback"),
        ("Hospice Care", "Homemaker services"),
        ("Inpatient Hospital", "Personal comfort items"),
        ("Maternity Care", "Home births"),
        ("Organ Transplants", "Donor screening"),
    ):
        parts.append(
            f"## {name}\n\n### Standard Option\n\nWe pay 85% of the plan allowance.\n\n"
            f"### Basic Option\n\nYou pay a $30 copayment.\n\n### Standard Option\n\n"
            f"Continued from the page before.\n\n### Basic Option\n\n"
            f"Not covered:\n\n- {excluded}\n"
        )
    return "# Federal health plan\n\n" + "\n".join(parts)


def test_a_benefit_table_s_column_set_as_a_heading_titles_no_exclusions() -> None:
    draft = _draft(_benefit_tables())
    assert "### Basic Option" not in draft, draft
    assert "### Alternative Treatments" in draft, draft
    assert "### Hospice Care" in draft, draft


def test_an_abbreviation_s_stop_ends_no_topic() -> None:
    text = (
        "# Medicare plan\n\n## Worldwide coverage\n\n"
        "Transportation back to the U.S. from another country is not covered.\n\n"
        "## Exclusions\n\nWe do not cover cosmetic surgery.\n"
    )
    draft = _draft(text)
    assert "**Transportation back to the U.S. from another country**" in draft, draft


def test_what_medicare_does_not_cover_that_the_plan_covers_is_no_exclusion() -> None:
    text = (
        "# Medicare plan\n\n## Prosthetic devices\n\n"
        "We also cover these items not covered by Medicare:\n\n"
        "- Therapeutic shoes not covered by Medicare to treat neuropathy.\n"
        "- Compression garments not covered by Medicare.\n\n"
        "## Exclusions\n\nWe do not cover cosmetic surgery.\n"
    )
    assert clause_texts(text) == ["We do not cover cosmetic surgery."]


def test_a_fee_schedule_row_is_no_bullet() -> None:
    text = (
        "# Dental plan\n\n## Fee schedule\n\n"
        "D2934 Prefabricated esthetic coated stainless steel crown, $118 Not covered\n\n"
        "D0140 Limited oral evaluation - problem focused visit Not covered\n\n"
        "## Exclusions\n\nWe do not cover cosmetic dentistry.\n"
    )
    draft = _draft(text)
    assert "D2934" not in draft and "D0140" not in draft, draft
    assert "Cosmetic dentistry" in draft, draft


def test_a_plan_named_as_the_refusing_party_is_no_topic() -> None:
    text = (
        "# Medicare plan\n\n## Emergency care outside the country\n\n"
        "SCAN will not cover transportation from the foreign location back to the U.S.\n\n"
        "## Exclusions\n\nWe do not cover cosmetic surgery.\n"
    )
    draft = _draft(text)
    assert "**SCAN**" not in draft, draft
    assert "**Transportation from the foreign location back to the U.S" in draft, draft


def test_conditions_held_to_one_cover_are_no_limit_of_it() -> None:
    text = (
        "# Property policy\n\n## Valuable papers\n\n"
        "In addition to the conditions of this policy, the following conditions apply only "
        "to this Additional Coverage:\n\n"
        "a. PAIR OR SET In case of loss of or damage to any part of a pair or set, we may:\n"
        "   (1) Repair or replace any part of the pair or set; or\n"
        "   (2) Pay the difference between the actual cash value before and after the loss.\n\n"
        f"{_REAL}\n"
    )
    assert clause_texts(text) == [_REAL]


def test_what_a_premium_is_worked_out_on_is_no_exclusion() -> None:
    for sentence in (
        "Sales or excise taxes collected separately need to be identified in order to be excluded.",
        "EMPLOYEE TIPS - Tips declared by employees may be excluded from their gross payroll "
        "only if separately identified.",
    ):
        assert_only_beside(sentence, _REAL, "# Premium audit\n\n## What records are needed")


def test_a_named_condition_that_applies_only_to_some_policies_still_limits() -> None:
    text = (
        "# Life policy\n\n## Critical conditions\n\nThis critical condition applies only for "
        "policies where the benefit is $100,000 or more.\n"
    )
    assert clause_texts(text), "a benefit held to some policies is a limit"


def test_an_exclusions_heading_with_its_word_in_brackets_is_a_bare_heading() -> None:
    text = (
        "# Medicare plan\n\n## Routine transportation\n\nWe cover 24 one-way trips a year."
        "\n\n### What is NOT covered (exclusions):\n\n- Door-to-door service in buildings "
        "without an operational elevator.\n- Reimbursement for transportation arranged by the "
        "member.\n\n## Vision care\n\n### What is NOT covered (exclusions):\n\n"
        "- Replacement of lost lenses.\n"
    )
    draft = _draft(text)
    assert "### Routine transportation – What is NOT covered (exclusions):" in draft, draft


def test_a_lettered_bare_exclusions_heading_is_named_with_its_form() -> None:
    parts = []
    for form, excluded in (
        ("ELECTRONIC DATA PROCESSING EQUIPMENT", "theft of any property not part of the system"),
        ("VALUABLE PAPERS", "property held as samples"),
    ):
        parts.append(
            f"## {form}\n\nWe cover your equipment against direct physical loss.\n\n"
            f"### (d) Exclusions\n\nWe will not pay for {excluded}.\n"
        )
    draft = _draft("# Commercial package\n\n" + "\n".join(parts))
    assert "### ELECTRONIC DATA PROCESSING EQUIPMENT – (d) Exclusions" in draft, draft


def test_providers_are_no_topic() -> None:
    text = (
        "# Medicare plan\n\n## Emergency care outside the country\n\nMost foreign providers "
        "are not eligible to receive reimbursement directly from the plan.\n\n"
        "Network providers should always bill us directly, and we will not ask you for more "
        "than your share.\n\n## Exclusions\n\nWe do not cover cosmetic surgery.\n"
    )
    draft = _draft(text)
    assert "providers" not in draft.lower(), draft


def _medicare_chart(row: str) -> str:
    return (
        "# Medicare plan\n\n## Services we do not cover (exclusions)\n\n"
        "The chart below lists services and items that either are not covered under any "
        "condition or are covered only under specific conditions.\n\n"
        f"{row}\n\nWe do not cover cosmetic surgery.\n\n## Dental exclusions\n\n"
        "We do not cover dental implants.\n"
    )


def test_a_medicare_exclusions_chart_s_introduction_is_no_bullet() -> None:
    draft = _draft(_medicare_chart("Acupuncture is not covered."))
    assert "Chart below" not in draft, draft


def test_a_chart_column_run_into_a_row_leaves_the_bullet() -> None:
    row = "Wigs (any type and their care) under any condition are not covered."
    draft = _draft(_medicare_chart(row))
    assert "under any condition" not in draft, draft
    assert "**Wigs (any type and their care)**" in draft, draft


def test_what_says_it_is_covered_is_no_bullet_but_an_exception_still_shows() -> None:
    text = (
        "# Medicare plan\n\n## Services we do not cover (exclusions)\n\n"
        "Routine chiropractic care\n\n"
        "Manual manipulation of the spine to correct a subluxation is covered.\n\n"
        "Air conditioners unless your schedule shows they are covered.\n\n"
        "## Liability\n\nWe do not cover punitive damages.\n"
    )
    draft = _draft(text)
    assert "spine" not in draft, draft
    assert "Air conditioners" in draft, draft


def test_what_counts_toward_the_members_share_is_no_exclusion() -> None:
    for sentence in (
        "This benefit does not apply to your maximum out-of-pocket amount.",
        "Charges in excess of the Allowed Amount do not apply toward the Deductible.",
    ):
        assert_only_beside(sentence, _REAL, "# Health plan\n\n## Your costs")


def test_a_statute_named_as_the_topic_is_no_bullet() -> None:
    text = (
        "# Excess liability\n\n## Residential fuel tank exclusion\n\nThis exclusion applies "
        "to injury caused by a release of heating oil, as specified by Chapter 175 of the "
        "laws of Massachusetts, and the following is not covered:\n\n"
        "- laws of Massachusetts\n- response action costs.\n\n"
        "## Exclusions\n\nWe do not cover punitive damages.\n"
    )
    draft = _draft(text)
    assert "**Laws of Massachusetts**" not in draft, draft


def test_whom_a_benefit_is_for_in_brackets_is_no_exclusion() -> None:
    text = (
        "# Medicare plan\n\n## Medical nutrition therapy\n\nThis benefit is for people with "
        "diabetes, renal disease (but not on dialysis), or after a kidney transplant.\n\n"
        f"{_REAL}\n"
    )
    assert clause_texts(text) == [_REAL]


def test_a_thing_left_out_in_brackets_still_excludes() -> None:
    text = (
        "# Home policy\n\n## Contents\n\nWe cover personal belongings of visitors (but not "
        "paying guests or lodgers).\n"
    )
    assert clause_texts(text), "the bracketed carve-out is an exclusion"


def test_a_provision_switched_off_for_an_extension_is_no_exclusion() -> None:
    for sentence in (
        "7. Valuation does not apply to this endorsement. The following applies instead.",
        "Exclusions 6 and 7 do not apply to this Extension of Cover.",
    ):
        assert_only_beside(
            sentence, _REAL, "# Commercial package\n\n## Valuable papers endorsement"
        )
