"""A table row whose last cell is only a verdict, read after the row's other cells
(issue 18: the Medicare chart of services not covered, "Service | Not covered under any
condition"). Fixtures written for this file."""

from __future__ import annotations

from exclusion_helpers import clause_texts, summary_draft

_CHART = "# Medicare plan\n\n## Medical benefits chart\n\n"


def test_a_verdict_after_the_row_s_words_excludes_them() -> None:
    row = "Massage chairs for home use bought without a referral. Not covered under any condition"
    found = clause_texts(f"{_CHART}{row}\n")
    assert found == [row], found


def test_the_draft_names_the_row_s_service() -> None:
    text = (
        f"{_CHART}Massage chairs for home use. Not covered under any condition\n\n"
        "Yoga retreats and wellness holidays. Not covered under any condition\n"
    )
    draft = summary_draft(text)
    assert "**Massage chairs for home use" in draft, draft
    assert "**Yoga retreats and wellness holidays" in draft, draft


def test_a_schedule_row_s_verdict_is_one_plan_s_column() -> None:
    for row in (
        "Preventive care visits ........ $0, deductible waived ........ Not covered",
        "Covered if the ambulance takes you to hospital. Not covered under any condition",
    ):
        assert clause_texts(f"{_CHART}{row}\n") == [], row


def test_not_covered_with_a_colon_still_leads_in_to_its_list() -> None:
    text = (
        f"{_CHART}Surgery is covered when it is medically necessary. Not covered:\n\n"
        "- Cosmetic surgery\n- Reversal of sterilization\n"
    )
    found = clause_texts(text)
    assert "Cosmetic surgery" in found and "Reversal of sterilization" in found, found


def test_the_chart_s_header_row_is_no_exclusion() -> None:
    text = (
        f"{_CHART}Services not covered by Medicare Not covered under any condition\n\n"
        "Wigs of any kind. Not covered under any condition\n"
    )
    assert clause_texts(text) == ["Wigs of any kind. Not covered under any condition"]


def test_the_chart_s_column_heading_titles_no_draft_section() -> None:
    text = (
        "# Medicare plan\n\n## Services we do not cover\n\n"
        "### Covered only under specific conditions\n\n"
        "Wigs of any kind. Not covered under any condition\n"
    )
    draft = summary_draft(text)
    assert "### Covered only under specific conditions" not in draft, draft
    assert "**Wigs of any kind" in draft, draft


def test_a_row_under_an_exclusions_heading_is_one_clause_with_its_verdict() -> None:
    row = "Home help with dressing and bathing for daily living. Not covered under any condition"
    text = f"# Medicare plan\n\n## Services we do not cover (exclusions)\n\n{row}\n"
    assert clause_texts(text) == [row]


def test_when_the_benefit_is_not_reduced_is_pay_kept() -> None:
    text = (
        "# Income cover\n\n## When we won't reduce your benefit\n\n"
        "Occupation group and plan When your benefit is not reduced\n\n"
        "Occupation groups A and B\n\n"
        "- by way of social security benefits, or\n"
        "- from an income plan that started after this plan started.\n\n"
        "## When we reduce your benefit\n\n"
        "Your benefit will be reduced by any workers' compensation you receive.\n"
    )
    assert clause_texts(text) == [
        "Your benefit will be reduced by any workers' compensation you receive."
    ]


def test_the_chart_s_rows_take_the_exclusions_title_its_column_heading_is_set_beside() -> None:
    # the reader set the chart's column header at the level of the section's title; the
    # rows belong to that title, not to the chapter's running title above both
    text = (
        "# Chapter 4 Medical Benefits Chart\n\n"
        "## Section 2.4 Travel\n\nWe do not cover trips outside the country.\n\n"
        "## Section 3.1 Services we do not cover (exclusions)\n\n"
        "This section tells you what services are excluded.\n\n"
        "## Covered only under specific conditions\n\n"
        "Wigs of any kind. Not covered under any condition\n"
    )
    draft = summary_draft(text)
    assert "### Section 3.1 Services we do not cover (exclusions)\n\n- **Wigs" in draft, draft


def test_a_column_heading_beside_a_title_naming_no_exclusions_leaves_the_part_above() -> None:
    text = (
        "# Medicare plan\n\n## Travel\n\nWe do not cover trips outside the country.\n\n"
        "## Hearing aids\n\n### Description\n\nHearing aids fitted.\n\n"
        "### Covered only under specific conditions\n\n"
        "Wigs of any kind. Not covered under any condition\n"
    )
    draft = summary_draft(text)
    assert "### Hearing aids\n\n- **Wigs" in draft, draft


def test_a_row_s_terms_cell_is_cut_off_its_service_in_the_draft() -> None:
    # the row read across: the service, then (capitalised, no stop) when it is covered
    text = (
        "# Medicare plan\n\n## Services we do not cover (exclusions)\n\n"
        "Massage chairs for home use Covered when ordered as part of a therapy programme.\n\n"
        "Wigs of any kind. Not covered under any condition\n"
    )
    draft = summary_draft(text)
    assert "- **Massage chairs for home use …**" in draft, draft
    assert "home use Covered" not in draft, draft
