"""Jargon packs: coverage of the terms users expect, inflection-aware matching."""

from __future__ import annotations

import pytest
from rule_settings import EVERY_RULE

from clarity import check_text
from clarity.rules.packs import load_rulesets


def jargon_hits(text: str, lang: str) -> list[str]:
    result = check_text(text, lang=lang, profile="generic", fmt="markdown", settings=EVERY_RULE)
    return [f.text.lower() for f in result.findings if f.code.startswith("J")]


def test_pack_sizes():
    sets = load_rulesets()
    assert sum(r.meta.code.startswith("J") for r in sets["en"].rules) >= 150
    assert sum(r.meta.code.startswith("J") for r in sets["fi"].rules) >= 80


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Notwithstanding clause 4, we pay.", "notwithstanding"),
        ("We pay pursuant to section 2.", "pursuant to"),
        ("In the event that you move, tell us.", "in the event that"),
        ("You indemnified the other driver.", "indemnified"),
        ("We will indemnify you.", "indemnify"),
        ("The terms set out herein apply.", "herein"),
        ("The Insurer (hereinafter the Company) pays.", "hereinafter"),
        ("We have rights of subrogation.", "subrogation"),
        ("Tell us prior to the trip.", "prior to"),
        ("We pay cash in lieu of repair.", "in lieu of"),
        ("The Insured must pay on time.", "insured"),
    ],
)
def test_english_terms_and_inflections(sentence, expected):
    hits = jargon_hits(sentence, "en")
    assert any(expected in hit for hit in hits), hits


def test_english_company_is_case_sensitive():
    assert any("company" in h for h in jargon_hits("The Company will pay the claim.", "en"))
    assert not any("company" in h for h in jargon_hits("Tell the company you work for.", "en"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mikäli vahinko sattuu, ilmoita siitä.", "mikäli"),
        ("Edellä mainittu vahinko korvataan.", "edellä mainit"),
        ("Edellä mainitussa tapauksessa korvaamme.", "edellä mainit"),
        ("Ehdot kerrotaan jäljempänä.", "jäljempänä"),
        ("Ko. vahinko korvataan.", "ko."),
        ("Em. ehtoja sovelletaan.", "em."),
        ("Tarkastus tehdään yhtiön toimesta.", "toimesta"),
        ("Vakuutuksenottaja voi suorittaa maksun verkossa.", "suorittaa maksun"),
        ("Hinta on 10 euroa sisältäen arvonlisäveron.", "sisältäen"),
        ("Vakuutuksenottajan on ilmoitettava muutoksista.", "vakuutuksenottajan"),
        ("Lähetämme laskun vakuutuksenottajalle.", "vakuutuksenottajalle"),
        ("Vakuutuksenottajat saavat tiedotteen.", "vakuutuksenottajat"),
    ],
)
def test_finnish_terms_in_inflected_forms(sentence, expected):
    hits = jargon_hits(sentence, "fi")
    assert any(expected in hit for hit in hits), hits


def test_finnish_own_is_not_the_verb_omata():
    assert not any(h.startswith("oma") for h in jargon_hits("Oma koti on meille tärkeä.", "fi"))


def test_findings_carry_plain_alternatives():
    result = check_text(
        "Notwithstanding clause 4, we pay.", lang="en", profile="generic", settings=EVERY_RULE
    )
    finding = next(f for f in result.findings if f.code.startswith("J"))
    assert finding.suggestion.startswith("use ")
    assert finding.text == "Notwithstanding"
