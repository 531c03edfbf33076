"""Draft "What is not covered" lists and the detection under them, from batches 21 to 24
of editors' readings of real policies clarity was not tuned on (issue 18). Fixtures
written for this file; each test failed on the code before (the guards of a narrowed rule,
"... still excludes", pass on both)."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_only_beside, clause_texts
from test_exclusion_topics_draft import draft_bullets

from clarity import check_text
from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.rules.packs import load_rulesets

_REAL = "Cosmetic surgery is not covered."


def _assert_no_exclusion(title: str, sentence: str, real: str = _REAL) -> None:
    """Only the real exclusion beside the sentence is found, not the sentence."""
    assert_only_beside(sentence, real, f"# {title}")


_SHARED = (
    "- broken appointments;\n- sales taxes on dental services;\n"
    "- dental services rendered outside the United States;\n"
)


def _parallel_lists() -> str:
    return (
        "# Dental policy\n\n## 8.1 Pediatric dental care\n\n"
        "We do not cover:\n\n"
        f"{_SHARED}- dental services that are not dentally necessary.\n\n"
        "## 8.2 Adult dental care\n\n"
        f"We do not cover:\n\n{_SHARED}- analgesics or prescription drugs.\n"
    )


def test_bullets_two_parallel_lists_share_sit_under_both_titles() -> None:
    draft = check_text(_parallel_lists(), lang="en", profile="insurance", fmt="markdown").extra[
        "summary_draft"
    ]
    both = "### 8.1 Pediatric dental care; 8.2 Adult dental care"
    assert both in draft, draft
    shared_part = draft.split(both)[1].split("###")[0]
    assert "Broken appointments" in shared_part, draft
    assert "Sales taxes on dental services" in shared_part, draft
    assert "not dentally necessary" not in shared_part, draft
    # each list's own bullets stay under its own title
    adult = draft.split("### 8.2 Adult dental care\n")[1]
    assert "Analgesics" in adult, draft


def test_a_bullet_two_unrelated_sections_repeat_stays_where_it_first_appears() -> None:
    text = (
        "# Travel policy\n\n## Section 1 Medical expenses\n\n"
        "We do not cover:\n\n- cosmetic surgery;\n- war.\n\n"
        "## Section 5 Baggage\n\nWe do not cover:\n\n- wear and tear;\n- war.\n"
    )
    titles = [b for b in draft_bullets(text) if b.startswith("###")]
    assert titles == ["### Section 1 Medical expenses", "### Section 5 Baggage"], titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Grace Period is not applicable for Single Premium payment option under this Policy.",
        "Revival clause is not applicable for Single Premium payment option.",
        "This section is not applicable for Regular Premium Payment option.",
        "The threshold is not applicable if the participants provided their bank details.",
    ],
)
def test_a_term_of_how_the_policy_is_run_that_does_not_apply_is_no_exclusion(
    sentence: str,
) -> None:
    _assert_no_exclusion("Policy terms", sentence)


def test_a_section_that_does_not_apply_to_some_people_is_still_a_limit() -> None:
    text = (
        "# Travel delay\n\nThis Section is not applicable to Insured Persons who are above "
        "the age of eighty years old.\n"
    )
    assert clause_texts(text), "a limit of who is covered"


def _exclusions_list(item: str) -> str:
    return f"# Life cover\n\n## Exclusions\n\nWe will not pay if death results from:\n\n- {item}\n"


def test_a_long_exception_shows_its_first_alternative() -> None:
    item = (
        "participation in any flying activity, except as a bona fide, fare-paying passenger "
        "of a recognised airline or pilots and cabin crew of a commercial airline operating "
        "between established aerodromes on regular routes and on a scheduled timetable."
    )
    bullets = draft_bullets(_exclusions_list(item))
    assert (
        "Participation in any flying activity, except as a bona fide, fare-paying passenger "
        "of a recognised airline …"
    ) in bullets, bullets


@pytest.mark.parametrize(
    "exception",
    [
        # an "or" that ends an enumeration: the first alternative would cut it
        "unless necessitated by injury, deformity or disease of a kind that the medical "
        "staff of the hospital we approve in advance agree is serious and lasting.",
        # an "or" between two modifiers of one noun
        "except devices and promising experimental or investigational interventions that "
        "the medical staff of the hospital we approve in advance agree are serious.",
    ],
)
def test_a_long_exception_cut_mid_phrase_shows_its_opening_word_only(exception: str) -> None:
    item = f"elective or cosmetic surgery, {exception}"
    bullets = draft_bullets(_exclusions_list(item))
    opening = exception.split()[0]
    assert f"Elective or cosmetic surgery, {opening} …" in bullets, bullets


def test_what_stretches_an_exclusion_is_no_bullet_of_its_own() -> None:
    text = (
        "# Liability cover\n\n## Exclusions\n\nThis insurance does not apply to:\n\n"
        "a. Liquor liability: bodily injury for which any insured may be held liable by "
        "reason of causing the intoxication of any person.\n\n"
        "This exclusion applies even if the claims against any insured allege negligence "
        "or other wrongdoing in:\n\n"
        "(a) the supervision, hiring, employment, training or monitoring of others by that "
        "insured; or\n\n(b) providing or failing to provide transportation.\n\n"
        "b. War, including undeclared or civil war.\n"
    )
    bullets = draft_bullets(text)
    assert [b for b in bullets if b.startswith("War")], bullets
    assert not [b for b in bullets if "supervision" in b.lower()], bullets
    assert not [b for b in bullets if "allege" in b.lower()], bullets


@pytest.mark.parametrize(
    "bullet",
    [
        # "b) We specifically exclude elsewhere under Section 1 - Buildings", read as topic
        "Elsewhere under Section 1 – Buildings - Standard cover",
        "Elsewhere under Section 2, other than items designed and intended to be portable",
    ],
)
def test_a_pointer_to_the_rest_of_the_policy_is_no_bullet(bullet: str) -> None:
    lex = lexicon_for(load_rulesets()["en"])
    assert lex.matches("draft_not_standalone", bullet)
    assert not lex.matches("draft_not_standalone", "Costs recoverable elsewhere")


def test_an_exception_in_the_next_sentence_lifts_that_sentence_only() -> None:
    text = (
        "# Buildings\n\n## Exclusions\n\nYou are not covered for loss or damage:\n\n"
        "- caused by wear and tear;\n"
        "- or liability arising out of the activities of contractors. Whilst contractors "
        "are at the home, there is no cover for theft from the home unless there is "
        "physical evidence of forced entry to, or exit from, the home, as our loss adjuster "
        "will confirm in writing.\n"
    )
    bullets = draft_bullets(text)
    contractors = [b for b in bullets if "contractors" in b.lower()]
    assert contractors, bullets
    assert not [b for b in contractors if "unless" in b], bullets


def test_what_a_definition_does_not_include_is_no_bullet() -> None:
    text = (
        "# Liability cover\n\n## Exclusions\n\nThis insurance does not apply to:\n\n"
        "a. War, including undeclared or civil war.\n\n"
        "## Section V\n\n"
        '9. "Insured contract" means that part of any other contract under which you assume '
        "the tort liability of another party.\n\n"
        "Paragraph f. does not include that part of any contract or agreement:\n\n"
        "(1) that indemnifies a railroad for injury arising out of demolition works;\n\n"
        "(2) under which the insured assumes liability for injury to a surveyor.\n\n"
        '16. "Products hazard":\n\n'
        "b. Does not include injury or damage arising out of:\n\n"
        "(1) the transportation of property, unless the injury arises out of a condition "
        "in a vehicle not owned by you.\n"
    )
    bullets = draft_bullets(text)
    assert [b for b in bullets if b.startswith("War")], bullets
    assert not [b for b in bullets if "railroad" in b.lower()], bullets
    assert not [b for b in bullets if "transportation" in b.lower()], bullets


def test_charges_of_financing_the_premium_are_no_exclusion() -> None:
    _assert_no_exclusion(
        "Premium finance notice",
        "We are not responsible for fees, taxes or other charges not included within the "
        "policy premium for coverage.",
    )


@pytest.mark.parametrize(
    ("bullet", "vague"),
    [
        ("Failure …", True),
        ("Calculation …", True),
        ("Change …", True),
        ("Plan", True),
        ("Miscellaneous", True),
        ("Option", True),
        ("Option to buy back the cover", False),
        ("What This Optional Benefit …", True),
        ("War …", False),
        ("Pollution …", False),
        ("Flood …", False),
        ("Design defects", False),
        ("Failure of performance of contract", False),
    ],
)
def test_one_word_of_a_kind_names_nothing(bullet: str, vague: bool) -> None:
    lex = lexicon_for(load_rulesets()["en"])
    assert lex.matches("draft_not_standalone", bullet) is vague


@pytest.mark.parametrize(
    "refusal",
    [
        "We will not cover any claim",
        # the refusal names who is not paid first, then the section
        "We will not pay you or the personal service company",
    ],
)
def test_items_refused_under_a_named_section_say_which(refusal: str) -> None:
    text = (
        "# Liability policy\n\n## Exclusions applying to section 1\n\n"
        f"{refusal} under section of cover ‘professional liability’ for any "
        "loss that is caused by or arises in any way from:\n\n"
        "- coronavirus disease;\n- a mutation of the virus.\n\n"
        "## General exclusions\n\nWe will not pay for war.\n"
    )
    titles = [b for b in draft_bullets(text) if b.startswith("###")]
    assert (
        "### Exclusions applying to section 1 – Section of cover ‘professional liability’" in titles
    ), titles


def test_a_numbered_clause_that_gives_cover_ends_an_exclusions_heading_above_it() -> None:
    text = (
        "# 3. Coverage\n\n3.18 MENTAL ILLNESS: We cover inpatient treatment of mental illness.\n\n"
        "## Exclusions\n\n"
        "Any kind of psychological counselling for which hospitalisation is not necessary "
        "shall not be covered.\n\n"
        "3.19 COVERAGE FOR MODERN TREATMENTS: The following procedures will be covered "
        "either as in patient or as day care treatment up to the limit specified.\n\n"
        "3.19.1 Balloon sinuplasty.\n\n3.19.2 Robotic surgeries.\n\n3.19.3 Oral chemotherapy.\n"
    )
    found = clause_texts(text)
    assert [t for t in found if "counselling" in t], found
    assert not [t for t in found if "Robotic" in t or "sinuplasty" in t], found


def test_the_items_a_rule_does_not_reach_are_no_exclusions() -> None:
    text = (
        "# Room rent\n\nProportionate deduction is applicable on the associate medical "
        "expenses if the insured person opts for a higher room. However, it is not "
        "applicable on\n\n1. Cost of pharmacy and consumables\n\n2. Cost of diagnostics.\n\n"
        "Cosmetic surgery is not covered.\n"
    )
    found = clause_texts(text)
    assert not [t for t in found if "pharmacy" in t or "diagnostics" in t], found


def test_what_a_cover_is_not_applicable_to_stays_excluded() -> None:
    text = (
        "# Outbuildings\n\nWe cover outbuildings at the home. However, this is not "
        "applicable to\n\n1. Outbuildings let to a lodger\n\n2. Outbuildings used for trade.\n"
    )
    found = clause_texts(text)
    assert [t for t in found if "lodger" in t], found


@pytest.mark.parametrize(
    "notice",
    [
        "The subscribing insurers are not responsible for the subscription of any "
        "co-subscribing insurer who for any reason does not satisfy all of its obligations.",
        "We are not responsible for any third party’s data collection or privacy practices.",
    ],
)
def test_notices_of_who_answers_for_what_are_no_exclusions(notice: str) -> None:
    _assert_no_exclusion("Notices", notice)


def test_a_state_of_claims_a_condition_asks_for_is_no_exclusion() -> None:
    text = (
        "# Suicide\n\nWe will not pay if death is caused by suicide within 13 months. This "
        "exclusion does not apply if your policy replaces another policy and the following "
        "conditions are met:\n\n- the other policy was in force for 13 months; and\n"
        "- no claim is pending or payable under the other policy.\n"
    )
    found = clause_texts(text)
    assert [t for t in found if "suicide" in t], found
    assert not [t for t in found if "pending" in t], found


def test_a_plan_table_row_with_amounts_beside_not_covered_is_no_bullet() -> None:
    lex = lexicon_for(load_rulesets()["en"])
    row = "Trip Cancellation For Any Reason Not Covered S$5,000 S$7,500"
    assert lex.matches("draft_plan_table_rows", row)
    assert not lex.matches("draft_plan_table_rows", _REAL)


def test_a_bare_this_does_not_apply_after_an_exclusion_gives_cover_back() -> None:
    text = (
        "# General exceptions\n\n(24) Pregnancy\n\nAny claim that results from pregnancy, "
        "childbirth or miscarriage is not covered.\n\nThis does not apply to Section 4c - "
        "Overseas emergency medical expenses.\n\n(25) Wear and tear is not covered.\n"
    )
    found = clause_texts(text)
    assert [t for t in found if "pregnancy" in t], found
    assert not [t for t in found if "Section 4c" in t], found


def test_a_bare_this_does_not_apply_after_a_cover_still_excludes() -> None:
    text = (
        "# Outbuildings\n\nWe cover outbuildings at the home up to 10% of the sum insured.\n\n"
        "This does not apply to outbuildings let to a lodger.\n"
    )
    found = clause_texts(text)
    assert [t for t in found if "lodger" in t], found


def test_items_of_a_lead_in_window_show_the_window() -> None:
    text = (
        "# Trauma cover\n\n## Exclusions\n\nWe will not pay a trauma benefit if the condition "
        "first occurs in the 90 days following the application date and the condition is:\n\n"
        "- a stroke;\n- a heart attack.\n"
    )
    bullets = draft_bullets(text)
    assert "Stroke, in the 90 days following the application date …" in bullets, bullets


@pytest.mark.parametrize(
    ("bullet", "when"),
    [("Start date …", True), ("Commencement date", True), ("Dates and other dried fruit", False)],
)
def test_a_date_a_window_counts_from_is_no_bullet(bullet: str, when: bool) -> None:
    lex = lexicon_for(load_rulesets()["en"])
    assert lex.matches("draft_not_standalone", bullet) is when


def test_an_item_its_own_paragraph_lifts_says_more_follows() -> None:
    text = (
        "# Part 1 Liability\n\n## Exclusions\n\nWe will not pay for:\n\n"
        "1. Bodily injury to a co-worker injured in the course of employment. This "
        "exclusion does not apply to you.\n\n"
        "2. An owned auto while available for hire to the public.\n"
    )
    bullets = draft_bullets(text)
    assert "Bodily injury to a co-worker injured in the course of employment …" in bullets, bullets
    assert "Owned auto while available for hire to the public" in bullets, bullets


def test_what_a_tax_favoured_account_pays_for_is_no_exclusion() -> None:
    _assert_no_exclusion(
        "Flexible spending accounts",
        "Please note that insurance premiums are not eligible expenses for either type of FSA.",
        "Cosmetic dentistry is not covered.",
    )


@pytest.mark.parametrize(
    "rule",
    [
        "Indexation will not apply while Premium Freeze is in force.",
        "The Future Increases feature and the Business Increase option do not apply to the "
        "reinstated Life Insurance.",
        "The repurchased Life insurance will not be eligible for increases under the "
        "Inflation Protection Benefit.",
    ],
)
def test_how_a_life_sum_insured_grows_is_no_exclusion(rule: str) -> None:
    _assert_no_exclusion("Life cover", rule, "We will not pay if death results from suicide.")
