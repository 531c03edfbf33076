"""What the first screen of a draft "What is not covered" list must not show, and clauses
that credit time already insured, found by reading the drafts of real PDFs clarity was not
tuned on (issue 18). Fixtures written for this file; each test failed on the code before."""

from __future__ import annotations

import pytest
from exclusion_helpers import (
    GENERAL_PART,
    clause_texts,
    document_of_blocks,
    draft_sections,
    exclusions,
    summary_draft,
)
from test_exclusion_precision_unseen import PREEXISTING
from test_exclusion_topics_draft import draft_bullets

from clarity import check_text


def test_a_topic_that_is_the_subject_of_a_duty_is_no_bullet() -> None:
    text = (
        "# Emergency medical cover\n\n## Conditions and limitations\n\n"
        "1. The medical staff of the assistance company must approve all heart operations, "
        "including bypass surgery and angioplasty, in advance.\n"
        "2. Cosmetic surgery is not covered.\n"
    )
    bullets = draft_bullets(text)
    assert "Cosmetic surgery" in bullets
    assert not [b for b in bullets if "medical staff" in b.lower()], bullets


@pytest.mark.parametrize(
    "cap",
    [
        "1. For a lost suitcase we will pay the lesser of:\n\n"
        "   - the price of a similar new case;\n   - the value of the case on the day it was lost.",
        "1. The insurance will pay the lesser of: the price of a similar new case; or the "
        "value of the case on the day it was lost, less wear and tear.",
        # a sum capped: its terms are no things left out
        "1. The partial benefit will equal the weekly benefit, but in no event will the sum "
        "of:\n\n   - the partial benefit;\n   - income from rehabilitative work;\n\n"
        "   exceed your earnings.",
    ],
)
def test_the_terms_of_a_cap_are_no_bullets(cap: str) -> None:
    text = (
        f"# Baggage cover\n\n## Conditions and limitations\n\n{cap}\n\n"
        "2. Cosmetic surgery is not covered.\n"
    )
    bullets = draft_bullets(text)
    assert "Cosmetic surgery" in bullets
    assert bullets == ["Cosmetic surgery"], bullets


def test_a_table_row_read_across_its_columns_is_no_bullet() -> None:
    text = (
        "# Items we do not pay for\n\n"
        "Paper towels payable / cloth towels not payable unless used in theatre\n\n"
        "We will not pay for:\n\n- interest payable on a loan taken out for repairs.\n"
    )
    bullets = draft_bullets(text)
    assert not [b for b in bullets if "towels" in b.lower()], bullets
    assert [b for b in bullets if b.startswith("Interest payable")], bullets


def test_credit_for_time_already_insured_is_no_waiting_period_exclusion() -> None:
    credit = (
        "If you were insured without a break under another health policy, the waiting "
        "period for your claim will be reduced by the time you were insured there.\n\n"
        "On renewal you keep your continuity benefits such as waiting periods already "
        "served.\n"
    )
    assert exclusions(credit) == []
    wait = "A waiting period of 30 days applies to every claim for illness.\n"
    assert [row["family"] for row in exclusions(wait)] == ["waiting-period"]


def test_a_clause_about_this_definition_is_inside_a_definition() -> None:
    text = (
        "# Cover for hospital stays\n\n"
        "We pay for your stay in hospital as an in-patient. Treatment you could have as an "
        "out-patient is not included in the scope of this definition.\n"
    )
    rows = exclusions(text)
    assert rows and "in-definition" in rows[0]["reasons"], rows


def test_unmarked_sub_items_do_not_end_the_list_of_a_definition_s_exclusions() -> None:
    """An item that opens sub-items the wording sets without markers ("any of the
    following:" / "Benign; Non-invasive;"): the items after them still belong to the
    list, and a list that limits "the above definition" is inside a definition."""
    text = (
        "A kidney failure means end-stage failure of both kidneys.\n\n"
        "For the above definition, the following are excluded:\n\n"
        "\u2022 All cysts which are classified as any of the following:\n"
        "Benign;\nNon-invasive;\nHaving borderline growth;\n"
        "\u2022 Kidney stones removed in one visit;\n"
        "\u2022 Any kidney disease present at the start of cover.\n"
    )
    rows = exclusions(text, fmt="text")
    texts = [" ".join(row["text"].split()) for row in rows]
    assert any(t.startswith("Kidney stones") for t in texts), texts
    assert any(t.startswith("Any kidney disease") for t in texts), texts
    assert all("in-definition" in row["reasons"] for row in rows), rows


def test_cover_that_is_not_available_is_an_exclusion() -> None:
    text = (
        "Cover is not available while your premium is overdue.\n\n"
        "If spare parts are not available, we will pay the cost of the nearest equivalent.\n"
    )
    rows = exclusions(text)
    assert [" ".join(r["text"].split())[:20] for r in rows] == ["Cover is not availab"], rows


def test_fraud_the_insured_suffers_is_not_their_criminal_act() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- any loss from purchases made by fraudulent use of your bank card;\n"
        "- any fraudulent or dishonest act by you or your staff;\n"
        "- any criminal act by you.\n"
    )
    rows = exclusions(text)
    themes = [row["theme"] for row in rows]
    assert themes[1:] == ["fraud or dishonesty", "criminal acts"], themes
    assert themes[0] not in ("criminal acts", "fraud or dishonesty"), themes


def test_the_values_of_a_measure_are_no_exclusions() -> None:
    """Rows of a table of values under a cap ("Length – 8m") name no thing excluded; the
    sentence that says what happens beyond them does."""
    text = (
        "# Towing\n\nWe will tow your trailer as long as it is not more than:\n\n"
        "- Length – 7m\n- Weight: 2,000 kg\n\n"
        "Trailers larger than this are not covered.\n"
    )
    texts = [" ".join(row["text"].split()) for row in exclusions(text)]
    assert texts == ["Trailers larger than this are not covered."], texts


def test_a_cap_on_the_premium_is_no_limit_of_cover() -> None:
    text = (
        "The loading for a person with a history of illness shall not exceed 40% of the "
        "premium.\n\nThe benefit for any one claim shall not exceed £2,000.\n"
    )
    texts = [" ".join(row["text"].split())[:15] for row in exclusions(text)]
    assert texts == ["The benefit for"], texts


def test_a_list_under_a_definitions_heading_is_the_definition_s_detail() -> None:
    text = (
        "# Definitions\n\n## Contents\n\nHousehold goods in your home. We do not include:\n\n"
        "- motor cars;\n- live animals.\n\n"
        "# Exclusions\n\nWe will not pay for wear and tear.\n"
    )
    assert draft_bullets(text) == ["Wear and tear"], draft_bullets(text)


def test_a_topic_that_ends_in_the_insurer_is_no_bullet() -> None:
    text = (
        "WAITING PERIODS The Company shall not be liable to make any payment under the plan "
        "in connection with or in respect of the following costs till the end of the "
        "waiting period set out below:\n"
    )
    bullets = draft_bullets(text)
    assert not [b for b in bullets if "Company" in b], bullets


def test_a_heading_numbered_in_brackets_titles_its_section() -> None:
    text = (
        "# Business Policy\n\n## (2) Glass\n\nWe pay for broken windows.\n\n"
        "We will not pay for breakage of glass in vending machines.\n\n# Other\n\n"
        "## (3) Money\n\nWe will not pay for shortages due to accounting errors.\n"
    )
    draft = check_text(text, lang="en", profile="insurance", fmt="markdown").extra["summary_draft"]
    titles = [line for line in draft.splitlines() if line.startswith("###")]
    assert titles == ["### (2) Glass", "### (3) Money"], titles


def test_a_bullet_shows_the_enumeration_its_topic_opens() -> None:
    """ "Scratching" alone says more than the wording; "War" stands for its list by name."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- scratching, biting or chewing by any pet;\n- war.\n"
    )
    bullets = draft_bullets(text)
    assert bullets == ["Scratching, biting or chewing by any pet", "War"], bullets


def test_a_give_back_glued_to_an_item_gives_back_the_list_restarted_under_it() -> None:
    text = (
        "# General exclusions\n\nThis policy does not cover:\n\n"
        "(a) loss caused by riot;\n\n"
        "(b) loss caused by any act of sabotage. However, this exclusion does not apply "
        "to sections:\n\n"
        "(a) 2. Glass;\n\n(b) 4. Money;\n\n(c) 5. Stock.\n\n"
        "# Electronic data\n\nThis policy does not cover the loss of data.\n"
    )
    found = [t.split(") ", 1)[-1] for t in clause_texts(text)]
    assert found == [
        "loss caused by riot;",
        "loss caused by any act of sabotage.",
        "This policy does not cover the loss of data.",
    ], found


def test_one_bullet_whatever_the_quotation_marks_and_case() -> None:
    # the same wording set twice, once with straight quotes and capitals, once with
    # curly quotes: one bullet, with both places
    text = (
        "# Property cover\n\n## Pollutant clean up\n\n"
        'We will not pay the cost to extract "Contaminants or Pollutants" from land or '
        "water.\n\n"
        "## Debris removal\n\n"
        "We will not pay the cost to extract “contaminants or pollutants” from land or "
        "water.\n"
    )
    bullets = draft_bullets(text)
    extract = [b for b in bullets if "from land or water" in b]
    assert len(extract) == 1, bullets


PERILS = """# Homeowners form

## PERILS INSURED AGAINST

We insure against direct physical loss caused by the following perils:

1. Fire or Lightning
2. Windstorm or Hail -- However, we do not pay for loss:
    - to watercraft or their trailers unless inside a fully enclosed building; or
    - to fences caused by the weight of ice or snow.
3. Theft -- This includes attempted theft. However, we do not cover:
    - theft by an insured;
    - theft that occurs away from the insured premises of:
        - trailers or their equipment;
        - campers or camper bodies.
4. Explosion
"""


def test_a_peril_named_before_a_dash_titles_its_exclusions() -> None:
    # not "Fire or Lightning", the item before it: the watercraft are excluded from
    # windstorm cover only, the trailers from theft cover only
    draft = summary_draft(PERILS)
    windstorm = draft.index("### PERILS INSURED AGAINST – Windstorm or Hail")
    theft = draft.index("### PERILS INSURED AGAINST – Theft")
    assert windstorm < draft.index("Watercraft or their trailers") < theft, draft
    assert theft < draft.index("of trailers or their equipment"), draft
    assert "Fire or Lightning" not in draft, draft


def test_a_title_in_two_parts_is_no_peril() -> None:
    text = PERILS.replace(
        "2. Windstorm or Hail -- However,", "2. SECTION I -- LOSS OF OR DAMAGE. However,"
    )
    assert "– SECTION I" not in summary_draft(text)


def test_a_thing_lost_in_a_place_keeps_the_place() -> None:
    # alone, "Trailers or their equipment" reads as excluded everywhere; only their
    # theft away from the premises is
    bullets = draft_bullets(PERILS)
    assert "Theft that occurs away from the insured premises of trailers or their equipment" in (
        bullets
    ), bullets
    assert "Trailers or their equipment" not in bullets, bullets


def test_a_place_that_opens_on_that_takes_the_outer_noun() -> None:
    text = PERILS.replace(
        "3. Theft -- This includes attempted theft. However, we do not cover:",
        "3. Theft -- This peril does not include loss caused by theft:",
    ).replace(
        "theft that occurs away from the insured premises of:", "that occurs off the premises of:"
    )
    bullets = draft_bullets(text)
    assert "Theft that occurs off the premises of campers or camper bodies" in bullets, bullets


def test_a_place_set_between_commas_is_left_to_the_item() -> None:
    text = PERILS.replace(
        "theft that occurs away from the insured premises of:",
        "This peril does not apply, away from the insured premises, to theft of:",
    )
    bullets = draft_bullets(text)
    assert not [b for b in bullets if b.startswith((",", "Away"))], bullets


NURSING = """# Your benefits

## Skilled Nursing Facility Services

Services in a skilled nursing facility are covered as for an inpatient of a hospital.

### No benefits are payable:

- when confinement is only to help you with the activities of daily living; or
- for treatment of substance abuse or mental illness.

## Spinal Manipulations

Spinal manipulations are covered up to 20 visits a year.

## General exclusions

We do not cover any claim caused by war.
"""


def test_a_refusal_set_as_a_heading_takes_the_part_it_refuses_in() -> None:
    # under "No benefits are payable:" alone, mental health treatment reads as
    # excluded from the whole plan; only its skilled nursing stays are
    draft = summary_draft(NURSING)
    assert "### Skilled Nursing Facility Services" in draft, draft
    assert "No benefits are payable" not in draft, draft


def test_a_refusal_under_a_bare_exclusions_title_keeps_its_words() -> None:
    text = NURSING.replace("## Skilled Nursing Facility Services", "## 2. Exclusions")
    draft = summary_draft(text)
    assert "No benefits are payable:\n" in draft, draft
    assert "### 2. Exclusions\n" not in draft, draft


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Certain vehicles are not covered by this benefit, including: antique cars, "
            "cargo vans and limousines.",
            False,
        ),
        ("Some drugs are not covered.", False),
        ("Certain provider charges are not covered.", False),
        ("Certain drugs that are used on an off-label basis are not covered.", True),
    ],
)
def test_a_vague_kind_is_no_bullet(sentence: str, kept: bool) -> None:
    # "Certain vehicles …" says nothing a customer can act on; the bullet that goes on
    # to say which stays
    text = f"# Rental car benefit\n\n## What are the limits of this cover?\n\n{sentence}\n\nWe will not pay for any claim caused by war.\n"
    bullets = draft_bullets(text)
    vague = [b for b in bullets if b.startswith(("Certain", "Some"))]
    assert bool(vague) == kept, bullets
    assert "War" in bullets, bullets


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        # a lead-in too long to bring: no bullet, rather than half an item
        (
            "Foundations of buildings, structures, machinery or boilers if their foundations "
            "are below:",
            None,
        ),
        ("Foundations that are below:", "Foundations that are below lowest basement floor"),
    ],
)
def test_an_item_under_a_bound_is_not_the_thing_excluded(
    lead_in: str, expected: str | None
) -> None:
    text = (
        "# Building and personal property\n\n## Property not covered\n\n"
        f"{lead_in}\n\n- the lowest basement floor; or\n- the surface of the ground.\n\n"
        "We will not pay for any claim caused by war.\n"
    )
    bullets = draft_bullets(text)
    assert not [
        b for b in bullets if b.lower().startswith("the lowest") or b == "Lowest basement floor"
    ], bullets
    if expected:
        assert expected in bullets, bullets


def test_a_condition_the_lead_in_sets_on_its_items_stays() -> None:
    # alone, "Grain, hay, straw or other crops" reads as excluded wherever it is kept
    text = (
        "# Building and personal property\n\n## Property not covered\n\n"
        "Covered property does not include:\n\n"
        "1. Land, water or growing crops;\n"
        "2. The following property while outside of buildings:\n"
        "    - Grain, hay, straw or other crops;\n"
        "    - Fences and radio antennas.\n"
    )
    bullets = draft_bullets(text)
    assert "Grain, hay, straw or other crops while outside of buildings" in bullets, bullets
    assert "Grain, hay, straw or other crops" not in bullets, bullets


def test_a_peril_that_does_not_include_loss_to_titles_its_items() -> None:
    # under the form's title alone, a parking structure reads as not covered at all;
    # only its loss by falling objects is left out
    text = """# Commercial property coverage form

## Covered causes of loss

We cover direct physical loss caused by fire, windstorm or a falling object.

Falling object does not include loss to:

- personal property in the open; or
- a parking structure.

## General exclusions

We will not pay for any loss caused by war.
"""
    draft = summary_draft(text)
    assert "– Falling object" in draft, draft


def test_an_exception_whose_list_follows_is_cut_at_its_word() -> None:
    # "..., unless, on the date you become Disabled, you" says nothing; the list of the
    # exception's conditions cannot be shown in a bullet
    text = PREEXISTING + "\n## War\n\nYou are not covered for a Disability caused by war.\n"
    bullets = draft_bullets(text)
    assert "Disability caused by a Preexisting Condition, unless …" in bullets, bullets


@pytest.mark.parametrize(
    "pointer",
    [
        "(Hospital stays are covered in the Eligible health services - Hospital care section)",
        "(See the Hospital care - facility charges benefit in this section)",
    ],
)
def test_an_item_covered_under_another_benefit_is_no_bullet(pointer: str) -> None:
    # the stay is covered, only not under this benefit: a bullet would say it is not
    text = (
        "# Surgical services\n\n## Surgical assistant\n\n"
        "The following are not covered under this benefit:\n\n"
        f"- A stay in a hospital {pointer}\n- Cosmetic surgery\n"
    )
    bullets = draft_bullets(text)
    assert "Cosmetic surgery" in bullets, bullets
    assert not [b for b in bullets if "hospital" in b.lower()], bullets


def test_a_tables_column_headers_title_nothing() -> None:
    text = """# Schedule of benefits

## Well newborn nursery care

### In-network coverage Out-of-network coverage

Nursery charges are not covered after the mother is discharged.

## General exclusions

We will not pay for any claim caused by war.
"""
    draft = summary_draft(text)
    assert "### In-network coverage" not in draft, draft
    assert "### Well newborn nursery care" in draft, draft


def test_a_catch_all_of_what_the_cover_does_not_list_is_no_bullet() -> None:
    # "Procedure" alone would say that every procedure is excluded
    text = (
        "# Dental plan\n\n## Dental exclusions\n\n"
        "- Any procedure not specifically listed as a covered benefit in the chart above.\n"
        "- Cosmetic dental services.\n"
    )
    assert len(exclusions(text)) == 2
    bullets = draft_bullets(text)
    assert "Cosmetic dental services" in bullets, bullets
    assert not [b for b in bullets if "procedure" in b.lower()], bullets


def test_a_scope_sentence_before_the_list_s_headings_names_the_perils_in_its_title() -> None:
    # the list holds for these perils only: without them its items read as never covered
    text = (
        "# Property form\n\n## Theft\n\nWe do not cover theft by your employees.\n\n"
        "# Storm endorsement\n\n"
        "As respects the Perils of Flood and Hail, the following is added to Section 3:\n\n"
        "## Property not covered\n\n"
        "### 1. We do not cover:\n\n- Trees, shrubs and lawns;\n- Awnings and signs.\n"
    )
    bullets = draft_bullets(text)
    titles = [b for b in bullets if b.startswith("### ")]
    assert any(t.endswith("– Perils of Flood and Hail") for t in titles), bullets


_SHARED_TAIL = (
    "# Liability form\n\n## Abuse exclusion\n\n"
    "This insurance does not apply to injury arising out of:\n\n"
    "1. The abuse of any person in the care of any insured; or\n"
    "2. The negligent:\n   - Employment;\n   - Supervision;\n   - Retention;\n"
    "   of a person for whom any insured is legally responsible.\n"
)


def test_a_tail_after_the_last_item_qualifies_every_item_s_bullet() -> None:
    # without it "Negligent employment" says every claim of negligent hiring is excluded
    bullets = draft_bullets(_SHARED_TAIL)
    for noun in ("employment", "supervision", "retention"):
        assert (
            f"Negligent {noun} of a person for whom any insured is legally responsible"
        ) in bullets, bullets


def test_a_tail_set_apart_after_a_last_item_without_a_stop_qualifies_every_item() -> None:
    """ "e. Retention" / "of a person for whom ...": a PDF reader sets the tail after a last
    item that ends on no stop as a paragraph of its own."""
    lines = (
        ("heading", 1, "", "Abuse exclusion"),
        (
            "paragraph",
            0,
            "",
            "This insurance does not apply to injury arising out of the negligent:",
        ),
        ("list_item", 1, "a.", "a. Employment;"),
        ("list_item", 1, "b.", "b. Supervision;"),
        ("list_item", 1, "c.", "c. Retention"),
        ("paragraph", 0, "", "of a person for whom any insured is legally responsible."),
        *GENERAL_PART,
    )
    sections = draft_sections(document_of_blocks(lines, sections=True))
    bullets = [b for bs in sections.values() for b in bs]
    assert not any(b in ("Employment", "Supervision", "Retention") for b in bullets), bullets
    assert any(
        b.endswith("of a person for whom any insured is legally responsible") for b in bullets
    )


def test_a_long_shared_tail_is_cut_before_its_and() -> None:
    text = _SHARED_TAIL.replace(
        "legally responsible.",
        "or ever was legally responsible and whose conduct would be excluded above.",
    )
    bullets = draft_bullets(text)
    assert (
        "Negligent employment of a person for whom any insured is or ever was legally responsible …"
    ) in bullets, bullets


@pytest.mark.parametrize(
    ("clause", "bullet"),
    [
        (
            "Care from a provider outside the network will not be covered except in the "
            "following situations:",
            "Care from a provider outside the network, except …",
        ),
        (
            "The Classic plan does not cover out-of-network services rendered with the "
            "exceptions of the following:",
            "Out-of-network services rendered, except …",
        ),
    ],
)
def test_an_exception_that_points_to_its_list_shows_its_opening_word(
    clause: str, bullet: str
) -> None:
    text = (
        "# Plan\n\n## Travel\n\nWe do not cover trips abroad.\n\n## Network\n\n"
        f"{clause}\n\n- Emergency care.\n- Dialysis away from home.\n"
    )
    assert bullet in draft_bullets(text), draft_bullets(text)


def test_what_another_part_of_the_cover_pays_is_no_bullet() -> None:
    text = (
        "# Drug cover\n\n## Types of drugs we do not cover\n\n"
        "Our plan's drug coverage cannot cover a drug that would be covered under the "
        "national health scheme.\n\nOur plan does not cover drugs used for cosmetic "
        "purposes.\n"
    )
    bullets = draft_bullets(text)
    assert [b for b in bullets if "cosmetic" in b], bullets
    assert not [b for b in bullets if "would be covered" in b], bullets


def test_a_title_whose_clause_narrows_it_shows_the_clause() -> None:
    # under a cover of cash, only fire damage to the premises is excluded: "Fire" alone
    # says every loss by fire is
    text = (
        "# Cash cover\n\n## Exclusions\n\nThis insurance does not apply to:\n\n"
        '1. Fire: Loss from damage to the "premises" resulting from fire, however caused.\n'
        "2. War: War, invasion or civil war.\n"
    )
    bullets = draft_bullets(text)
    assert 'Loss from damage to the "premises" resulting from fire, however caused' in bullets
    assert "War, invasion or civil war" in bullets, bullets


def test_an_inner_item_saying_how_under_an_outer_item_too_long_to_name_is_no_bullet() -> None:
    # "Basis of instructions nobody authorised" is a fragment: the loss is the outer item's
    text = (
        "# Cash cover\n\n## Exclusions\n\n"
        "We will not pay for loss caused by any of the following:\n\n"
        "1. Transfer of property:\n"
        "   - Loss of property after it has been handed over to a person or place outside "
        "the premises or the bank premises:\n"
        "      - On the basis of instructions nobody authorised; or\n"
        "      - After a threat to harm someone.\n"
        "2. War.\n"
    )
    assert len(exclusions(text)) == 3
    assert draft_bullets(text) == ["War"], draft_bullets(text)


@pytest.mark.parametrize(
    "lead_in",
    [
        "We will not pay more than the smallest of the following amounts:",
        "However, we will not pay an amount exceeding the smallest of the following for "
        "items a. and b. above:",
    ],
)
def test_the_amounts_a_cap_weighs_are_one_clause_and_no_bullet(lead_in: str) -> None:
    text = (
        "# Property of others\n\n## Limits\n\n"
        f"{lead_in}\n\n1. replacement cost at the time of loss;\n2. full cost of repair; or\n"
        "3. the limit shown in the schedule.\n"
    )
    assert len(exclusions(text)) == 1, exclusions(text)
    assert not [b for b in draft_bullets(text) if "cost" in b.lower()], draft_bullets(text)


def test_a_run_in_title_the_clause_repeats_is_said_once() -> None:
    text = (
        "# Travel cover\n\n## Exclusions\n\nWe will not pay for:\n\n"
        "- Suicide Suicide or attempted suicide, while sane or insane.\n"
        "- War.\n"
    )
    bullets = draft_bullets(text)
    assert not [b for b in bullets if b.lower().startswith("suicide suicide")], bullets
    assert [b for b in bullets if b.startswith("Suicide or attempted suicide")], bullets


def test_a_limit_worded_as_cover_is_no_bullet() -> None:
    # "Two sets ... are covered per calendar year" in a list of what is not covered
    # reads as if those x-rays were excluded
    text = (
        "# Dental plan\n\n## Dental limitations\n\n"
        "- Two (2) sets of bitewing x-rays are covered per calendar year per patient.\n"
        "- Crowns are not covered for cosmetic reasons.\n\n"
        "## Travel\n\nWe do not cover trips abroad.\n"
    )
    draft = summary_draft(text)
    assert "Crowns for cosmetic reasons" in draft, draft
    assert "bitewing" not in draft, draft


def test_a_currency_code_read_as_the_topic_is_no_bullet() -> None:
    text = (
        "# Schedule\n\n## Limits\n\n"
        "USD Not Covered Per Occurrence for Interruption by Communicable Disease.\n\n"
        "## Travel\n\nWe do not cover trips abroad.\n"
    )
    assert "**USD" not in summary_draft(text), summary_draft(text)


@pytest.mark.parametrize(
    "item",
    ["Then the damage.", "However, a waiting period of 72 hours.", "See II.B.1.c and II.B.2."],
)
def test_a_bullet_opening_on_a_link_or_a_pointer_is_left_out(item: str) -> None:
    text = (
        "# Policy\n\n## Exclusions\n\nWe will not pay for:\n\n"
        f"- {item}\n- War.\n\n## Travel\n\nWe do not cover trips abroad.\n"
    )
    bullets = [b for b in draft_bullets(text) if not b.startswith("### ")]
    assert bullets == ["War", "Trips abroad"], bullets


_FREEZING = """SECTION I - PERILS INSURED AGAINST

We do not insure, however, for loss:

a. Caused by:

(1) Theft in or to a dwelling under construction;

(2) Freezing, thawing, pressure or weight of water or ice, whether driven by wind or not, to a:

(a) Fence, pavement, patio or swimming pool;

(b) Pier, wharf or dock;

(3) Wear and tear.

SECTION II - TRAVEL

We do not cover trips abroad.
"""


def test_an_item_under_its_own_cause_lead_in_names_the_cause() -> None:
    # "Pier, wharf or dock" alone says docks are never covered; only freezing damage is
    draft = summary_draft(_FREEZING, fmt="text")
    assert (
        "**Freezing, thawing, pressure or weight of water or ice to a pier, wharf or dock**"
    ) in draft, draft
    assert "**Wear and tear**" in draft, draft


def test_an_inner_lead_in_with_a_verb_names_no_cause() -> None:
    text = _FREEZING.replace(
        "(2) Freezing, thawing, pressure or weight of water or ice, whether driven by wind or "
        "not, to a:",
        "(2) Pollutants include but are not limited to any:",
    )
    draft = summary_draft(text, fmt="text")
    assert "**Pier, wharf or dock**" in draft, draft
