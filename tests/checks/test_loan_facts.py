"""Loans: the up-front key facts (K101), each missing fact (K102), buried costs (K201)."""

from __future__ import annotations

import pytest
from rule_settings import EVERY_RULE

from clarity import check_text

FACTS_EN = (
    "# Key facts\n\nAPR: 9.9%. Total amount payable: 5,400 euros. The interest rate is fixed. "
    "Fees: none. Late payment: a charge of 12 euros. You may withdraw within 14 days. "
    "You can repay early at any time. The loan is unsecured.\n\n"
)
FACTS_FI = (
    "# Keskeiset tiedot\n\nTodellinen vuosikorko on 9,9 %. Luoton ja luottokustannusten "
    "yhteismäärä on 5 400 euroa. Korko on kiinteä. Avausmaksu on 50 euroa. Viivästyskorko on "
    "laissa säädetty. Sinulla on peruuttamisoikeus 14 päivän ajan. Ennenaikainen takaisinmaksu "
    "on aina mahdollista. Luotolla ei ole vakuuksia.\n\n"
)
BODY_EN = "# Agreement\n\n" + "You repay the loan in monthly instalments. " * 150 + "\n\n"
BODY_FI = "# Sopimus\n\n" + "Maksat luoton takaisin kuukausierissä. " * 150 + "\n\n"


def run(text: str, lang: str):
    return check_text(text, lang=lang, profile="loan", fmt="markdown", settings=EVERY_RULE)


@pytest.mark.parametrize(
    ("facts", "body", "lang"), [(FACTS_EN, BODY_EN, "en"), (FACTS_FI, BODY_FI, "fi")]
)
def test_complete_key_facts_pass(facts: str, body: str, lang: str) -> None:
    result = run(facts + body, lang)
    assert not {"K101", "K102"} & {f.code for f in result.findings}
    assert result.extra["loan_key_facts"]["missing"] == []


@pytest.mark.parametrize(("body", "lang"), [(BODY_EN, "en"), (BODY_FI, "fi")])
def test_missing_key_facts_section_and_every_fact(body: str, lang: str) -> None:
    result = run(body, lang)
    found = [f.code for f in result.findings]
    assert found.count("K101") == 1 and found.count("K102") == 8


@pytest.mark.parametrize(
    ("drop", "fact"),
    [
        ("APR: 9.9%. ", "annual percentage rate (APR)"),
        ("Total amount payable: 5,400 euros. ", "total amount payable"),
        ("The interest rate is fixed. ", "interest rate type (fixed or variable)"),
        ("You may withdraw within 14 days. ", "right of withdrawal"),
        ("You can repay early at any time. ", "early repayment"),
        ("The loan is unsecured.", "security or guarantees"),
    ],
)
def test_each_english_key_fact(drop: str, fact: str) -> None:
    result = run(FACTS_EN.replace(drop, "") + BODY_EN, "en")
    assert [f.data["fact"] for f in result.findings if f.code == "K102"] == [fact]


@pytest.mark.parametrize(
    ("drop", "fact"),
    [
        ("Todellinen vuosikorko on 9,9 %. ", "todellinen vuosikorko"),
        ("Sinulla on peruuttamisoikeus 14 päivän ajan. ", "peruuttamisoikeus"),
        ("Ennenaikainen takaisinmaksu on aina mahdollista. ", "ennenaikainen takaisinmaksu"),
        ("Luotolla ei ole vakuuksia.", "vakuudet ja takaukset"),
    ],
)
def test_each_finnish_key_fact(drop: str, fact: str) -> None:
    result = run(FACTS_FI.replace(drop, "") + BODY_FI, "fi")
    assert [f.data["fact"] for f in result.findings if f.code == "K102"] == [fact]


def test_buried_cost_clauses() -> None:
    buried = (
        "# Definitions\n\nArrears means any sum unpaid, provided that we will charge a late "
        "payment fee of 25 euros as set out in clause 14.2.\n\n# General\n\nYou repay monthly "
        "(and we may demand immediate repayment if you break this agreement).\n"
    )
    result = run(FACTS_EN + BODY_EN + buried, "en")
    k201 = [f for f in result.findings if f.code == "K201"]
    assert len(k201) == 2
    assert {"in-definition", "notwithstanding-or-provided-that", "cross-reference"} <= set(
        k201[0].evidence
    )
    assert "in-parentheses" in k201[1].evidence


def test_visible_cost_clause_under_a_fees_heading_is_fine() -> None:
    text = FACTS_EN + "# Fees and charges\n\n- An arrangement fee of 50 euros.\n"
    assert "K201" not in {f.code for f in run(text, "en").findings}


def test_finnish_buried_cost_clause() -> None:
    text = FACTS_FI + BODY_FI + "# Muut ehdot\n\nLuotonantaja voi muuttaa korkoa (ks. kohta 12).\n"
    k201 = [f for f in run(text, "fi").findings if f.code == "K201"]
    assert len(k201) == 1 and "cross-reference" in k201[0].evidence
