"""Rules on by default and opt-in rules (issue 19): a rule pack's ``default: false`` keeps
a rule off until --select or --extend-select (or the config's) names it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clarity import check_text
from clarity.core.errors import RulePackError
from clarity.core.settings import Settings, load_settings
from clarity.rules.catalogue import all_rules
from clarity.rules.packs import load_pack_file

RULES = {rule.code: rule for rule in all_rules()}
SHALL = "# Payment\n\nThe policyholder pays the premium in respect of the cover.\n"
"""J217 (opt-in) and J152 (on by default) each find one thing here."""


def codes(settings: Settings) -> set[str]:
    return {f.code for f in check_text(SHALL, lang="en", settings=settings).findings}


def test_an_opt_in_rule_does_not_run_by_default() -> None:
    assert not RULES["J217"].default and RULES["J152"].default
    assert codes(Settings()) == {"J152"}


@pytest.mark.parametrize(
    "settings",
    [
        Settings(extend_select=("J217",)),
        Settings(extend_select=("J21",)),
        Settings(extend_select=("ALL",)),
        Settings(select=("J217",)),
        Settings(select=("ALL",)),
    ],
    ids=["extend-code", "extend-prefix", "extend-all", "select-code", "select-all"],
)
def test_naming_an_opt_in_rule_turns_it_on(settings: Settings) -> None:
    assert "J217" in codes(settings)


def test_select_still_narrows_and_ignore_still_wins() -> None:
    assert codes(Settings(select=("J217",))) == {"J217"}
    assert codes(Settings(select=("J",), extend_select=("J217",))) == {"J152", "J217"}
    assert codes(Settings(extend_select=("J217",), ignore=("J21",))) == {"J152"}


def test_rule_enabled_takes_the_rules_default() -> None:
    settings = Settings()
    assert settings.rule_enabled("X101") and not settings.rule_enabled("X101", default=False)
    assert Settings(extend_select=("X1",)).rule_enabled("X101", default=False)
    assert not Settings(select=("J",)).rule_enabled("X101", default=True)


def test_every_opt_in_rule_says_why_with_a_measured_precision() -> None:
    opt_in = [rule for rule in RULES.values() if not rule.default]
    assert opt_in, "issue 19 moved families out of the default set"
    for rule in opt_in:
        assert "judged" in rule.opt_in_reason, rule.code
    assert all(not rule.opt_in_reason for rule in RULES.values() if rule.default)


def test_extend_select_from_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "clarity.toml").write_text('extend-select = ["j217"]\n', encoding="utf-8")
    settings = load_settings(cwd=tmp_path)
    assert settings.extend_select == ("J217",)
    assert "J217" in codes(settings)


def test_the_command_line_turns_opt_in_rules_on(run_cli, tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text(SHALL, encoding="utf-8")
    plain = run_cli("check", "p.md", "--isolated", "--format", "json")
    assert {f["code"] for f in json.loads(plain.stdout)["documents"][0]["findings"]} == {"J152"}
    (tmp_path / "pyproject.toml").write_text(
        '[tool.clarity]\nextend-select = ["L"]\n', encoding="utf-8"
    )
    extended = run_cli("check", "p.md", "--extend-select", "J217", "--format", "json")
    found = {f["code"] for f in json.loads(extended.stdout)["documents"][0]["findings"]}
    assert found == {"J152", "J217"}  # the flag adds to the config's extend-select
    typo = run_cli("check", "p.md", "--isolated", "--extend-select", "Q9")
    assert typo.exit_code == 2 and "extend-select: 'Q9'" in typo.output


def test_rules_listing_shows_the_default(run_cli) -> None:
    lines = {line.split()[0]: line.split()[3] for line in run_cli("rules").output.splitlines()}
    assert lines["J152"] == "on" and lines["J217"] == "opt-in"
    listed = {r["code"]: r for r in json.loads(run_cli("rules", "--format", "json").output)}
    assert listed["J217"]["default"] is False and "judged" in listed["J217"]["opt_in_reason"]
    assert listed["J152"] == {**listed["J152"], "default": True, "opt_in_reason": ""}
    explained = run_cli("explain", "J217").output
    assert "Default: off" in explained and "--extend-select J217" in explained


PACK = """\
pack: house
language: en
category: jargon
{pack_keys}rules:
  - code: J990
    name: widget
    severity: warning
{rule_keys}    match: {{lemma: [widget]}}
    plain: [part]
    why: Say part.
"""


def pack(tmp_path: Path, pack_keys: str = "", rule_keys: str = "") -> Path:
    path = tmp_path / "house.yml"
    path.write_text(PACK.format(pack_keys=pack_keys, rule_keys=rule_keys), encoding="utf-8")
    return path


def test_a_packs_default_holds_for_its_rules(tmp_path: Path) -> None:
    keys = "default: false\nopt_in_reason: measured 1 useful of 9 judged\n"
    (rule,) = load_pack_file(pack(tmp_path, keys)).rules
    assert not rule.meta.default and rule.meta.opt_in_reason == "measured 1 useful of 9 judged"
    (kept,) = load_pack_file(pack(tmp_path, keys, "    default: true\n")).rules
    assert kept.meta.default and kept.meta.opt_in_reason == ""


@pytest.mark.parametrize(
    ("pack_keys", "rule_keys", "message"),
    [
        ("", "    default: false\n", "needs an 'opt_in_reason'"),
        ("", "    opt_in_reason: why\n", "belongs to a rule with 'default: false'"),
        ("", '    default: "no"\n', "is not of type 'boolean'"),
    ],
)
def test_opt_in_metadata_is_checked(tmp_path: Path, pack_keys, rule_keys, message) -> None:
    with pytest.raises(RulePackError, match=message):
        load_pack_file(pack(tmp_path, pack_keys, rule_keys))


def test_a_user_pack_rule_can_be_opt_in(run_cli, tmp_path: Path) -> None:
    path = pack(tmp_path, rule_keys="    default: false\n    opt_in_reason: noisy\n")
    (tmp_path / "w.md").write_text("# T\n\nWe replace the widgets.\n", encoding="utf-8")
    off = run_cli("check", "w.md", "--isolated", "--rules", str(path))
    assert "J990" not in off.output
    on = run_cli("check", "w.md", "--isolated", "--rules", str(path), "--extend-select", "J990")
    assert "J990" in on.output


def test_sarif_marks_an_opt_in_rule_as_not_enabled_by_default(run_cli, tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text(SHALL, encoding="utf-8")
    out = run_cli("check", "p.md", "--isolated", "--extend-select", "J217", "--format", "sarif")
    rules = {r["id"]: r for r in json.loads(out.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["J217"]["defaultConfiguration"]["enabled"] is False
    assert "enabled" not in rules["J152"]["defaultConfiguration"]


CONSUMER = (
    "# Your cover\n\nWe pay for fire damage to your home. We will not pay for flood damage.\n"
)
BUSINESS = (
    "# Your business cover\n\nWe pay for fire damage to your business premises, stock, "
    "machinery and commercial goods in transit, for employees and contractors of the trade. "
    "We will not pay for flood damage to stock or machinery of the business.\n"
)


def _w101(text: str, settings: Settings) -> bool:
    result = check_text(text, lang="en", profile="insurance", settings=settings)
    return "W101" in {f.code for f in result.findings}


def test_a_rule_on_by_default_for_some_genres_only() -> None:
    """W101 was measured right on consumer policies, debatable on business wordings."""
    rule = RULES["W101"]
    assert not rule.default and rule.default_genres == ("consumer",)
    assert rule.on_by_default("consumer") and not rule.on_by_default("business")
    assert check_text(BUSINESS, lang="en", profile="insurance").genre == "business"
    assert _w101(CONSUMER, Settings())
    assert not _w101(BUSINESS, Settings())
    assert _w101(BUSINESS, Settings(extend_select=("W101",)))
    assert not _w101(CONSUMER, Settings(ignore=("W101",)))


def test_the_listing_and_explain_show_a_genre_default(run_cli) -> None:
    lines = {line.split()[0]: line.split()[3] for line in run_cli("rules").output.splitlines()}
    assert lines["W101"] == "on:consumer"
    listed = {r["code"]: r for r in json.loads(run_cli("rules", "--format", "json").output)}
    assert listed["W101"]["default_genres"] == ["consumer"]
    assert "Default: on for consumer documents" in run_cli("explain", "W101").output


def test_default_genres_are_checked(tmp_path: Path) -> None:
    keys = "    default: false\n    opt_in_reason: why\n    default_genres: [poetry]\n"
    with pytest.raises(RulePackError, match="default_genres"):
        load_pack_file(pack(tmp_path, rule_keys=keys))
