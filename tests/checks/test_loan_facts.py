"""Loans: the up-front key facts (K101), each missing fact (K102), buried costs (K201)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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


def test_facts_above_the_key_facts_section_are_up_front() -> None:
    # A table of the credit's figures above a "Key information" box states them up front.
    figures = "# Your figures\n\nAPR: 9.9%. Total amount payable: 5,400 euros.\n\n"
    box = "# Key information\n\nFees: none. Late payment: a charge of 12 euros.\n\n"
    facts = run(figures + box + BODY_EN, "en").extra["loan_key_facts"]
    assert facts["summary"] == "Key information"
    assert {"annual percentage rate (APR)", "total amount payable"} <= set(facts["present"])


def test_list_items_after_a_cost_lead_in_are_cost_clauses_only_when_they_name_a_cost() -> None:
    lead_in = (
        "# Terms\n\nDefault interest and other enforcement rights:\n\n"
        "- You pay our reasonable tracing costs if you move without telling us.\n"
        "- English law applies to this agreement.\n"
        "- We may transfer this agreement to another lender.\n"
    )
    clauses = run(FACTS_EN + BODY_EN + lead_in, "en").extra["loan_key_facts"]["cost_clauses"]
    topics = [c["topic"] for c in clauses if c["family"] == "listed"]
    assert len(topics) == 1 and "tracing" in topics[0]


def test_product_traits_and_facts_not_asked_are_in_the_output() -> None:
    text = (
        "# Key facts\n\nWe do not charge interest. You must pay us in full each month. "
        "Fees: none.\n\n" + BODY_EN
    )
    facts = run(text, "en").extra["loan_key_facts"]
    assert facts["product"] == ["no-interest", "paid-in-full-each-period"]
    assert facts["not_applicable"] == [
        "annual percentage rate (APR)",
        "total amount payable",
        "interest rate type (fixed or variable)",
        "early repayment",
    ]
    assert not set(facts["not_applicable"]) & set(facts["missing"])


@pytest.mark.parametrize(
    "condition",
    [
        "If you pay in full each month, we do not charge interest.",
        "During the introductory period we do not charge interest.",
        "We do not charge interest until the promotional period ends.",
        "We do not charge interest on purchases.",
        "We will not charge interest on balance transfers for 12 months.",
    ],
)
def test_conditional_no_interest_is_not_a_product_trait(condition: str) -> None:
    facts = run(f"# Key facts\n\n{condition}\n\n" + BODY_EN, "en").extra["loan_key_facts"]
    assert "no-interest" not in facts["product"]
    assert "annual percentage rate (APR)" in facts["missing"]


@pytest.mark.parametrize(
    ("sentence", "paid_in_full"),
    [
        ("You agree to pay us in full each month for the whole balance.", True),
        ("Your balance is due in full each billing cycle.", True),
        ("You can avoid interest by paying your balance in full each month.", False),
        ("If you pay in full every month, you pay no interest.", False),
    ],
)
def test_paid_in_full_each_period_is_an_obligation_not_an_offer(
    sentence: str, paid_in_full: bool
) -> None:
    facts = run(f"# Key facts\n\n{sentence}\n\n" + BODY_EN, "en").extra["loan_key_facts"]
    assert ("paid-in-full-each-period" in facts["product"]) == paid_in_full
    assert ("total amount payable" in facts["missing"]) != paid_in_full


_COSTS = st.sampled_from(
    [
        "interest",
        "penalty interest",
        "an annual fee",
        "a late payment fee",
        "penalty fees",
        "an arrangement fee",
        "default interest",
    ]
)
_NEGATIONS = st.sampled_from(
    ["We do not charge", "We will not charge", "We don't charge", "We won't impose"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(negation=_NEGATIONS, costs=st.lists(_COSTS, min_size=1, max_size=3), fee=_COSTS)
def test_a_negated_cost_is_no_cost_clause_until_a_contrast(
    negation: str, costs: list[str], fee: str
) -> None:
    listed = ", including ".join(costs)
    base = len(run(FACTS_EN + BODY_EN, "en").extra["loan_key_facts"]["cost_clauses"])
    negated = f"# Terms\n\n{negation} {listed} for the use of the card.\n"
    clauses = run(FACTS_EN + BODY_EN + negated, "en").extra["loan_key_facts"]["cost_clauses"]
    assert len(clauses) == base
    contrast = f"# Terms\n\n{negation} {listed}, but we will charge {fee} of 25 euros.\n"
    clauses = run(FACTS_EN + BODY_EN + contrast, "en").extra["loan_key_facts"]["cost_clauses"]
    assert len(clauses) == base + 1
