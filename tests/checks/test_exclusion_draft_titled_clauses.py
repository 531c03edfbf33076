"""Draft bullets of clauses a title opens (clarity/checks/exclusions/draft_clause.py
``titled_clause``, draft_bullet.py, draft_lead_ins.py). A title alone ("Liquor Liability
…", "Damage To Property …") names a field of law or a kind of loss, and a reader takes
it for all of it, where the clause excludes only part: the bullet shows the title with
its clause when the clause is one short sentence, else none. Fixtures written for this
file."""

from __future__ import annotations

import pytest
from test_exclusion_topics_draft import draft_bullets

RUN_IN = (
    "# Liability coverage form\n\n## 2. Exclusions\n\nThis insurance does not apply to:\n\n{items}"
)
COLON = "# Health policy\n\n## Exclusions\n\nWe will not pay for:\n\n{items}"


def _bullets(text: str) -> list[str]:
    return [b for b in draft_bullets(text) if not b.startswith("###")]


def test_a_short_clause_shows_with_its_title() -> None:
    text = RUN_IN.format(
        items='a. Criminal Acts "Personal injury" arising out of a criminal act committed by '
        "the insured.\n\nb. Electronic Data Damages arising out of the loss of, or "
        "inability to access, electronic data.\n"
    )
    assert _bullets(text) == [
        'Criminal Acts: "Personal injury" arising out of a criminal act committed by the insured',
        "Electronic Data: Damages arising out of the loss of, or inability to access, "
        "electronic data",
    ]


def test_a_clause_that_names_its_title_shows_alone() -> None:
    text = COLON.format(items="1. War: War, invasion, rebellion or civil war.\n")
    assert _bullets(text) == ["War, invasion, rebellion or civil war"]


def test_a_clause_whose_list_goes_on_past_a_semicolon_is_not_cut_there() -> None:
    """ "... include admissions for wilderness training" alone drops the other kinds."""
    text = COLON.format(
        items="1. RESIDENTIAL CARE: Admissions that are not medically appropriate and are "
        "not covered include admissions for wilderness center training; for custodial care; "
        "or as an alternative to a foster home.\n"
    )
    bullets = _bullets(text)
    assert not any("wilderness" in b and "custodial" not in b for b in bullets), bullets


CRIMINAL = 'Criminal Acts "Personal injury" arising out of a criminal act committed by the insured.'
"""A short titled clause, whose bullet each fixture below keeps beside the one it leaves out."""


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(
            'Pollution Hazard "Bodily injury" or "property damage" arising out of the actual, '
            "alleged or threatened discharge, dispersal, seepage, migration, release or escape "
            "of pollutants at or from any premises, site or location which is or was at any "
            "time owned or occupied by any insured.",
            id="too-long",
        ),
        pytest.param(
            'Mobile Equipment "Bodily injury" arising out of the use of mobile equipment, '
            "unless it is used on premises you own.",
            id="exception",  # the clause cut before its exception claims more
        ),
        pytest.param(
            'Liquor Liability "Bodily injury" for which any insured may be held liable by '
            "reason of:\n\n(1) Causing the intoxication of any person; or\n\n(2) The "
            "furnishing of alcoholic beverages to a person under age.",
            id="items",  # neither the title nor one item says what is excluded
        ),
        pytest.param(
            "Fines And Penalties Or indemnify the insured for any liability to pay fines or "
            "penalties.",
            id="opens-on-a-link",
        ),
        pytest.param(
            "Athletics Activities To a person injured while practicing or taking part in any "
            "physical games.",
            # hangs from "We will not pay expenses for bodily injury:"; shown without it,
            # it reads as the whole cover's
            id="needs-its-lead-in-words",
        ),
    ],
)
def test_a_titled_clause_that_cannot_be_shown_gives_no_bullet(item: str) -> None:
    text = RUN_IN.format(items=f"a. {item}\n\nb. {CRIMINAL}\n")
    assert _bullets(text) == [CRIMINAL.rstrip(".").replace(' "', ': "', 1)]


def test_a_colon_title_shows_with_its_short_clause() -> None:
    text = COLON.format(
        items="1. SOBER LIVING: Expenses related to a stay at a sober living facility.\n"
        "2. INFERTILITY: Services to diagnose or treat infertility are not covered.\n"
    )
    assert _bullets(text) == [
        "SOBER LIVING: Expenses related to a stay at a sober living facility",
        "INFERTILITY: Services to diagnose or treat infertility",
    ]


def test_a_colon_title_gives_no_bullet_for_a_long_clause() -> None:
    """A title set with a colon before a clause too long to show ("Profit or Fraud:",
    "Contractual Liability:") names a field wider than the clause, which then lifts part
    of it ("However, this exclusion shall not apply to ..."): editors judged such
    caption-only bullets right on one in three. No bullet; the short clause beside it
    still shows with its title."""
    text = COLON.format(
        items="1. War and exposure to hazardous substances: Treatment for any injury or "
        "illness resulting directly or indirectly from nuclear or radiological emissions, "
        "war or war-like situations, rebellion, revolution or acts of terrorism, whether "
        "war is declared or not.\n"
        "2. SOBER LIVING: Expenses related to a stay at a sober living facility.\n"
    )
    assert _bullets(text) == ["SOBER LIVING: Expenses related to a stay at a sober living facility"]


def test_a_standard_exclusion_code_is_left_out_of_the_bullet() -> None:
    text = COLON.format(
        items="1. Refractive Error – Code Excl 15: Expenses related to the correction of "
        "eyesight due to refractive error of less than 7.5 dioptres.\n"
    )
    assert _bullets(text) == [
        "Refractive Error: Expenses related to the correction of eyesight due to refractive "
        "error of less than 7.5 dioptres"
    ]


def test_a_clause_pointing_at_a_list_it_does_not_hold_is_not_shown() -> None:
    text = COLON.format(
        items="1. Obesity and Weight Control: Expenses related to the surgical treatment of obesity that does "
        "not fulfil all the below conditions.\n"
    )
    bullets = _bullets(text)
    assert not any("below" in b for b in bullets), bullets


def test_a_section_title_loses_its_standard_exclusion_code() -> None:
    text = (
        "# Health policy\n\n## Exclusions\n\n### 7. Breach of law (Code- Excl10)\n\nWe will "
        "not pay for treatment arising from an insured person committing a breach of law "
        "with criminal intent.\n\n### 8. Refractive Error: Code-Excl. 15\n\nWe will not "
        "pay for the correction of eyesight due to refractive error of less than 7.5 "
        "dioptres.\n"
    )
    titles = [b for b in draft_bullets(text) if b.startswith("###")]
    assert titles and not any("Excl" in t for t in titles), titles
    assert any(t.endswith("Breach of law") for t in titles), titles


TWINS = (
    "# Motor policy\n\n## About this policy\n\n"
    + "This policy covers the van you own and the people who drive it.\n\n" * 40
    + "\n\n## {first}\n\n## What we cover\n\nWe pay for a new tyre after a "
    "puncture.\n\n## What we do not cover\n\nWe will not pay for:\n\n- poor workmanship during "
    "repair;\n- fraud by the workshop.\n\n## {second}\n\n## What we cover\n\nWe pay for a new rim "
    "after an accident.\n\n## What we do not cover\n\nWe will not pay for:\n\n- minor "
    "scratches to the rim;\n- rust.\n"
)


def test_a_pair_of_bare_headings_is_named_by_the_cover_before_it() -> None:
    """ "Tyre Protector" / "What we cover" / "What we do not cover", all at one level: the
    pair is that add-on's, and a bare "What we do not cover" reads as the whole policy's."""
    text = TWINS.format(first="Tyre Protector", second="Rim Protector")
    titles = [b for b in draft_bullets(text) if b.startswith("###")]
    assert titles == [
        "### Tyre Protector – What we do not cover",
        "### Rim Protector – What we do not cover",
    ], titles


def test_a_heading_set_in_every_part_names_no_pair() -> None:
    text = TWINS.format(first="Guidance notes", second="Guidance notes")
    text += "\n## General exclusions\n\nWe will not pay for:\n\n- war;\n- nuclear risks.\n"
    titles = [b for b in draft_bullets(text) if b.startswith("###")]
    assert titles, titles
    assert not any("Guidance" in t for t in titles), titles


def test_a_sidebar_that_explains_words_is_a_definitions_part() -> None:
    """ "Word Explanations" beside a policy's exclusions explains its terms: what sits
    under it is no exclusion of the draft's."""
    text = (
        "# Health policy\n\n## Exclusions\n\nWe will not pay for:\n\n- cosmetic surgery;\n"
        "- hearing aids.\n\n## Word Explanations\n\nHyperbaric therapy: treatment in a "
        "pressurised chamber, which is not covered.\n"
    )
    assert draft_bullets(text) == ["Cosmetic surgery", "Hearing aids"]


def test_a_colon_title_that_names_a_cover_gives_no_bullet_alone() -> None:
    """A title that names one of the policy's covers ("Identity Theft Expenses:", also a
    heading) is still only a caption when its clause is too long to show."""
    text = (
        "# Cyber policy\n\n## Identity Theft Expenses\n\nWe pay the costs of restoring your "
        "identity after an identity theft.\n\n## Exclusions\n\nWe will not pay for any claim "
        "arising out of the following:\n\n1. Identity Theft Expenses: Any costs incurred for "
        "identity theft committed by a family member, a person who lives with you, or any "
        "person you have given your passwords to, whether or not you knew of the theft.\n"
        "2. War: War, invasion or civil war.\n"
    )
    assert _bullets(text) == ["War, invasion or civil war"]
