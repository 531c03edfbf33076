"""Genre detection (statute or court decision, consumer policy, business policy, loan
agreement) and the rules it turns off: a statute names its parties in the third person
by design, so the rules that ask for "we" and "you" stay quiet there."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_settings import EVERY, EVERY_RULE

from clarity import check_text
from clarity.core.errors import RulePackError
from clarity.rules.catalogue import all_rules
from clarity.rules.packs import load_pack_file, load_rulesets
from clarity.text.genre import detect_genre

# Our own texts, written for these tests.
FI_STATUTE = """Laki kotieläinten vakuuttamisesta

Eduskunnan päätöksen mukaisesti säädetään:

1 §
Soveltamisala
Tätä lakia sovelletaan kotieläinten vakuutuksiin. Vakuutuksenantajan on annettava
vakuutuksenottajalle tiedot ennen sopimuksen tekemistä.

2 §
Tiedonanto
Vakuutuksenottajan on ilmoitettava vakuutuksenantajalle eläimen sairauksista. Ilmoitus
pidetään voimassa, kunnes vakuutuksenantaja on käsitellyt sen.

3 §
Voimaantulo
Tämä laki tulee voimaan 1 päivänä tammikuuta. Vakuutuksenantaja vastaa vakuutuksesta 2 §:n
mukaisesti.
"""

EN_CONSUMER = (
    "We pay for damage to your car if you have an accident. You must tell us about a claim "
    "within 30 days. Your excess is shown in your schedule. Our cover ends when your premium "
    "is not paid. If the insurer pays a claim, the policyholder pays the excess. "
) * 4

EN_BUSINESS = (
    "We cover your business premises, your stock and your machinery. Employees injured at "
    "work are covered by employers' liability. Public liability covers injury to customers. "
    "Loss of turnover from business interruption is covered. Your premium is in the schedule. "
) * 4

EN_LOAN = (
    "The lender charges interest at an APR of 9.9%. You repay the loan in monthly instalments. "
    "The total amount payable is shown in your credit agreement. "
) * 4


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


def test_a_finnish_statute_is_a_statute():
    result = check_text(FI_STATUTE, settings=EVERY_RULE)
    assert result.genre == "statute" and result.genre_detected


@pytest.mark.parametrize(
    ("text", "genre"),
    [(EN_CONSUMER, "consumer"), (EN_BUSINESS, "business"), (EN_LOAN, "loan")],
)
def test_policies_and_agreements_get_their_genre(text, genre):
    assert check_text(text, settings=EVERY_RULE).genre == genre


def test_a_policy_that_cites_an_act_once_is_still_a_consumer_policy():
    text = EN_CONSUMER + "Your rights under section 5 of the Consumer Act (§ 5) are not affected."
    assert check_text(text, settings=EVERY_RULE).genre == "consumer"


def test_consumer_voice_rules_do_not_run_on_a_statute():
    """vakuutuksenantaja -> me, vakuutuksenottaja -> sinä and the passive are consumer
    voice; the same words in the same text are flagged when it is read as a policy."""
    voice = {"J565", "J566", "P501"}
    assert not codes(check_text(FI_STATUTE, settings=EVERY_RULE)) & voice
    assert voice <= codes(check_text(FI_STATUTE, genre="consumer", settings=EVERY_RULE))


def test_other_rules_still_run_on_a_statute():
    # "mukaisesti" (J522) is jargon in any genre
    assert "J522" in codes(check_text(FI_STATUTE, settings=EVERY_RULE))


def test_genre_override_is_not_detected():
    result = check_text(EN_CONSUMER, genre="statute", settings=EVERY_RULE)
    assert result.genre == "statute" and not result.genre_detected
    assert "J219" not in codes(result) and "J219" in codes(
        check_text(EN_CONSUMER, settings=EVERY_RULE)
    )


def test_vakuutustapahtuma_is_not_turned_into_vahinko():
    """The insured event is not "damage": that suggestion would change the cover."""
    text = "Vakuutustapahtuman sattuessa sinun on ilmoitettava siitä meille heti. " * 3
    result = check_text(text, lang="fi", genre="consumer", settings=EVERY_RULE)
    assert not [f for f in result.findings if "vahinko" in f.suggestion]


def test_rules_say_which_genres_they_run_on():
    rules = {rule.code: rule for rule in all_rules()}
    for code in ("J566", "J219", "P501", "P101", "X101"):
        assert "statute" not in rules[code].genres, code
        assert "consumer" in rules[code].genres, code
    assert rules["J522"].genres == ()  # every genre


def test_json_and_text_say_the_genre(tmp_path, run_cli):
    doc = tmp_path / "laki.txt"
    doc.write_text(FI_STATUTE, encoding="utf-8")
    out = run_cli("check", str(doc), "--format", "json", "--fail-on", "never", *EVERY)
    document = json.loads(out.output)["documents"][0]
    assert (document["genre"], document["genre_detected"]) == ("statute", True)
    text = run_cli("check", str(doc), "--fail-on", "never", *EVERY).output
    assert "note: checked as insurance, statute or court decision (profile and genre detected)" in (
        text
    )
    forced = run_cli("check", str(doc), "--genre", "consumer", "--format", "json", *EVERY)
    assert json.loads(forced.output)["documents"][0]["genre"] == "consumer"


def test_genre_in_config_file(tmp_path, run_cli):
    (tmp_path / "clarity.toml").write_text('genre = "business"\n', encoding="utf-8")
    doc = tmp_path / "p.txt"
    doc.write_text(EN_CONSUMER, encoding="utf-8")
    out = run_cli("check", str(doc), "--format", "json", "--fail-on", "never", *EVERY)
    assert json.loads(out.output)["documents"][0]["genre"] == "business"
    (tmp_path / "clarity.toml").write_text('genre = "novel"\n', encoding="utf-8")
    bad = run_cli("check", str(doc), *EVERY)
    assert bad.exit_code == 2 and "expected one of auto, statute" in bad.output


def test_a_user_rule_with_an_unknown_genre_is_refused(tmp_path):
    path = tmp_path / "pack.yml"
    path.write_text(
        "pack: test\nlanguage: fi\nrules:\n  - code: J991\n    name: thing\n"
        "    severity: warning\n    genres: [novel]\n    match: {stem: ['asianomai*']}\n"
        "    plain: [asiaan liittyvä]\n    why: Kapulakieltä.\n",
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match="'novel' is not one of"):
        load_pack_file(path)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=1), st.integers(min_value=0, max_value=30))
def test_a_few_section_signs_in_a_long_policy_do_not_make_a_statute(signs, extra):
    """Citations of a law stay below the statute floor in a policy of some length."""
    text = EN_CONSUMER * (2 + extra // 10) + " See § 3." * signs
    guess = detect_genre(text, load_rulesets(())["en"], "insurance", len(text.split()))
    assert guess.genre == "consumer"


FI_LOAN = (
    "Luotonantaja myöntää luotonsaajalle luoton. Luotonsaaja maksaa luoton takaisin "
    "kuukausierinä, ja luoton todellinen vuosikorko on 9,9 prosenttia. Jos maksu myöhästyy, "
    "luotonsaaja maksaa viivästyskorkoa korkolain 4 §:n 1 momentin mukaan. Luotonsaaja voi "
    "maksaa luoton takaisin ennen eräpäivää, ja luotonantaja palauttaa luottokustannukset. "
) * 3


def test_an_agreement_that_cites_a_section_of_a_law_is_not_a_statute():
    """One citation ("4 §:n 1 momentin") per paragraph is how agreements refer to the law."""
    result = check_text(FI_LOAN, lang="fi", settings=EVERY_RULE)
    assert result.profile == "loan" and result.genre == "loan"
