"""Under an exclusion heading when the nearest heading or an enclosing one announces
exclusions; Finnish statute and policy text that takes nothing from the insured is no
exclusion; Finnish limits that were missed. Every fixture is written for this file."""

from __future__ import annotations

from dataclasses import replace

import pytest
from exclusion_helpers import exclusions
from rule_settings import EVERY_RULE

from clarity import check_text

HEADING = "not-under-exclusion-heading"
CLAIMS = "## 5 Claims\n\n" + "Tell us about a claim as soon as you can and keep receipts. " * 40


def _reasons(text: str, phrase: str, lang: str = "en", fmt: str = "markdown") -> list[str]:
    rows = [r for r in exclusions(text, lang=lang, fmt=fmt) if phrase in r["text"]]
    assert len(rows) == 1, rows
    return rows[0]["reasons"]


# --- burial: an enclosing heading ------------------------------------------------------


def test_a_clause_in_an_exclusions_section_under_its_own_topic_heading() -> None:
    text = (
        "# Home policy\n\n## 4 Exclusions\n\n### 4.1 War\n\n"
        "We will not pay for loss caused by war or invasion.\n\n" + CLAIMS + "\n"
    )
    assert HEADING not in _reasons(text, "war or invasion")


def test_finnish_policy_section_that_names_what_is_not_compensated() -> None:
    text = (
        "# Kotivakuutus\n\n## 3 Mitä vakuutuksesta ei korvata\n\n### 3.1 Sota\n\n"
        "Sodan aiheuttamia vahinkoja ei korvata.\n\n## 4 Korvaushakemus\n\n"
        + "Ilmoita vahingosta heti ja säilytä kuitit. " * 40
        + "\n"
    )
    assert HEADING not in _reasons(text, "Sodan", lang="fi")


STATUTE = (
    "Laki lemmikkien vakuuttamisesta\n\n"
    "3 luku\nVakuutuksenantajan vastuun rajoitukset\n\n"
    "12 §\nTahallinen aiheuttaminen\n"
    "Vakuutuksenantaja on vastuusta vapaa, jos omistaja on aiheuttanut vahingon tahallaan.\n\n"
    "13 §\nEräät korvaamatta jäävät kulut\n"
    "Eläimen ruokintakuluja ei korvata.\n\n"
    "4 luku\nKorvausmenettely\n\n"
    "20 §\nKorvauksen hakeminen\n"
    + "Korvausta haetaan kirjallisesti vakuutusyhtiöltä, ja hakemukseen liitetään kuitit. " * 30
    + "\n"
)


@pytest.mark.parametrize("phrase", ["vastuusta vapaa", "ruokintakuluja"])
def test_statute_sections_under_a_chapter_of_limitations(phrase: str) -> None:
    """A statute's genre reports no exclusion findings; its exclusions are read as the
    policy terms that copy them are (as benchmarks/quality.py reads them)."""
    settings = replace(EVERY_RULE, genre="consumer")
    result = check_text(STATUTE, lang="fi", profile="insurance", fmt="text", settings=settings)
    rows = [r for r in result.extra["exclusions"] if phrase in r["text"]]
    assert len(rows) == 1 and HEADING not in rows[0]["reasons"]


def test_a_document_title_that_names_exclusions_is_not_an_exclusions_section() -> None:
    """Guard: a title over the whole wording says nothing about where a clause sits."""
    text = (
        "# Terms, conditions and exclusions\n\n## 1 Your cover\n\n"
        "We pay for your home, and if you leave it empty for 60 days we will not pay.\n\n"
        + CLAIMS
        + "\n"
    )
    assert HEADING in _reasons(text, "leave it empty")


def test_a_negated_cover_word_above_other_headings_is_a_name() -> None:
    """Guard: "No Claim Discount" negates a cover word but announces no exclusions."""
    text = (
        "# Car policy\n\n## No claim discount\n\n### Your discount\n\n"
        "If you make a claim we will not pay the discount for the next year.\n\n" + CLAIMS + "\n"
    )
    assert HEADING in _reasons(text, "next year")


# --- Finnish: takes nothing from the insured -------------------------------------------


def texts(text: str, lang: str = "fi", fmt: str = "markdown") -> list[str]:
    return [row["text"] for row in exclusions(text, lang=lang, fmt=fmt)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a duty of the insurer
        "Vakuutusyhtiön on annettava kirjallinen päätös, jos korvaus evätään osittain.",
        # a payment the policyholder owes
        "Vakuutuksenottajan on suoritettava vakuutusyhtiölle enintään kaksinkertainen "
        "vakuutusmaksu.",
        # how a reduction is weighed
        "Harkittaessa, onko korvausta alennettava, otetaan huomioon laiminlyönnin merkitys.",
        # another form of the same payment
        "Kertakorvauksen sijasta voidaan maksaa kuukausittainen korvaus vain hakijan pyynnöstä.",
        # protection from creditors
        "Lapsen vakuutuksesta maksettua korvausta ei saa ulosmitata.",
        # a procedural right; a claim-process noun after a negation
        "Vahinkoa kärsinyt voi esittää korvausvaatimuksen keskukselle, jos ajoneuvoa "
        "ei tunnisteta eikä korvausvelvollista yhtiötä saada selville.",
        # a calculation between insurers
        "Korvaukset otetaan huomioon vain siltä osin kuin ne ylittävät rajan.",
        # a relative clause naming what another sentence excludes; a duty to pay others
        "Jos vakuutettu on kuollut, se osa korvauksesta, jota ei makseta hänelle, on "
        "maksettava perillisille.",
    ],
)
def test_finnish_text_that_takes_nothing_away(sentence: str) -> None:
    assert texts(f"# Korvaukset\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vakuutusyhtiön vastuu rajoittuu siihen määrään, joka vastaa maksettua vakuutusmaksua.",
        "Hän voi saada vakuutuskorvauksen tai osan siitä ainoastaan, jos se on kohtuullista.",
        "Vakuutusyhtiö on velvollinen korvaamaan alivakuutetulle omaisuudelle sattuneesta "
        "vahingosta vain niin suuren osan kuin vakuutusmäärä osoittaa.",
        "Rajavakuutuksesta korvataan ajoneuvon kuljettajalle aiheutunut henkilövahinko vain, "
        "jos vahinko on sattunut Suomessa.",
    ],
)
def test_finnish_limits_that_were_missed(sentence: str) -> None:
    assert texts(f"# Korvaukset\n\n{sentence}\n") == [sentence]


# --- Finnish lead-ins whose items are not exclusions ------------------------------------


def test_items_naming_whom_a_rule_applies_to_are_not_exclusions() -> None:
    text = (
        "# Vastuun rajoitukset\n\n"
        "Mitä edellä säädetään vakuutetusta, sovelletaan vastaavasti henkilöön:\n\n"
        "1) joka asuu vakuutetun kanssa samassa taloudessa;\n"
        "2) joka käyttää ajoneuvoa vakuutetun luvalla.\n"
    )
    assert texts(text) == []


def test_a_limit_that_ends_in_if_is_one_clause_with_its_conditions() -> None:
    lead = (
        "Vakuutusehdoissa voidaan rajoittaa vakuutusyhtiön vastuuta aiemmista sairauksista "
        "ainoastaan, jos:"
    )
    text = (
        f"# Vastuun rajoitukset\n\n{lead}\n\n"
        "1) rajoitus perustuu terveysselvitykseen; tai\n"
        "2) rajoitus johtuu vakuutuksen laadusta.\n"
    )
    assert texts(text) == [lead]
