"""Config discovery, validation and precedence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rule_settings import EVERY

from clarity.core.errors import ConfigError
from clarity.core.rulemeta import Severity
from clarity.core.settings import Settings, load_settings

LONG33 = "# T\n\n" + " ".join(["word"] * 33) + ".\n"
"""Over the English warning threshold (30 words) and under 35."""


def test_pyproject_found_by_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.clarity]\nlang = "fi"\nignore = ["J"]\nfail-on = "warning"\n'
        '[tool.clarity.severity]\nL101 = "info"\n',
        encoding="utf-8",
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    settings = load_settings(cwd=deep)
    assert settings.lang == "fi"
    assert settings.ignore == ("J",)
    assert settings.fail_on is Severity.WARNING
    assert settings.severity_for("L101", Severity.ERROR) is Severity.INFO
    assert settings.config_path == str(tmp_path / "pyproject.toml")


def test_pyproject_without_table_is_skipped_and_clarity_toml_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.clarity]\nlang = "fi"\n', encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert load_settings(cwd=inner).lang == "fi"
    (inner / "clarity.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert load_settings(cwd=inner).lang == "en"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('colour = "red"\n', "key 'colour': unknown key"),
        ('lang = "de"\n', "key 'lang': expected one of auto, en, fi"),
        ('fail-on = "fatal"\n', "key 'fail-on': expected never, info, warning or error"),
        ("fail-on = 3\n", "key 'fail-on': expected never, info, warning or error, got 3"),
        ("[thresholds]\nsentence-warning = -3\n", "thresholds.sentence-warning"),
        ("[thresholds]\nparagraphs = 3\n", "unknown threshold"),
        ("[severity]\nJ101 = 4\n", "severity.J101"),
        ("lang = \n", "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, run_cli, body, fragment):
    (tmp_path / "clarity.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(cwd=tmp_path)
    assert str(tmp_path / "clarity.toml") in str(info.value)
    assert fragment in str(info.value)
    doc = tmp_path / "d.md"
    doc.write_text("We pay.\n", encoding="utf-8")
    result = run_cli("check", str(doc), cwd=tmp_path)
    assert result.exit_code == 2
    assert fragment in result.output


def test_flags_override_config_and_thresholds_apply(tmp_path, run_cli):
    (tmp_path / "clarity.toml").write_text(
        'fail-on = "warning"\nextend-select = ["L101"]\n[thresholds.en]\nsentence-warning = 35\n',
        encoding="utf-8",
    )
    doc = tmp_path / "d.md"
    doc.write_text(LONG33, encoding="utf-8")
    # 33 words is under the configured 35: clean.
    assert run_cli("check", str(doc), "--lang", "en", cwd=tmp_path).exit_code == 0
    (tmp_path / "clarity.toml").write_text(
        'fail-on = "warning"\nextend-select = ["L101"]\n', encoding="utf-8"
    )
    assert run_cli("check", str(doc), "--lang", "en", cwd=tmp_path).exit_code == 1
    assert (
        run_cli("check", str(doc), "--lang", "en", "--fail-on", "error", cwd=tmp_path).exit_code
        == 0
    )
    assert (
        run_cli(
            "check", str(doc), "--isolated", *EVERY, "--fail-on", "warning", cwd=tmp_path
        ).exit_code
        == 1
    )


def test_select_prefix_and_lang_from_config(tmp_path, run_cli):
    (tmp_path / "clarity.toml").write_text('select = ["S"]\nprofile = "loan"\n', encoding="utf-8")
    doc = tmp_path / "d.md"
    doc.write_text("# T\n\nThe borrower shall repay the loan.\n", encoding="utf-8")
    data = json.loads(run_cli("check", str(doc), "--format", "json", cwd=tmp_path).stdout)
    assert {f["code"] for f in data["documents"][0]["findings"]} == {"S101"}
    assert data["documents"][0]["profile"] == "loan"
    assert data["documents"][0]["profile_detected"] is False


def test_extra_rule_pack_from_config_is_relative_to_config(tmp_path, run_cli):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "house.yml").write_text(
        "pack: house\nlanguage: en\ncategory: jargon\nrules:\n"
        "  - code: J990\n    name: house-word\n    severity: error\n"
        "    match: {lemma: [widget]}\n    plain: [part]\n    why: Say part.\n",
        encoding="utf-8",
    )
    (tmp_path / "clarity.toml").write_text('rules = ["packs/house.yml"]\n', encoding="utf-8")
    doc = tmp_path / "d.md"
    doc.write_text("# T\n\nWe replace the widgets.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en", cwd=tmp_path)
    assert "J990 [error]" in result.output and result.exit_code == 1


def test_defaults():
    settings = Settings()
    assert settings.fail_on is Severity.ERROR and settings.lang == "auto"
    assert settings.rule_enabled("J101")
    assert Path(__file__).exists()


def test_sentences_of_26_to_30_words_are_info_by_default(tmp_path, run_cli):
    """The default warning is for clearly long sentences; 26-30 words is info."""
    doc = tmp_path / "d.md"
    doc.write_text("# T\n\n" + " ".join(["word"] * 28) + ".\n", encoding="utf-8")
    args = ("check", str(doc), "--lang", "en", "--format", "json", "--extend-select", "L101")
    data = json.loads(run_cli(*args).stdout)
    long = [f for f in data["documents"][0]["findings"] if f["code"] == "L101"]
    assert [f["severity"] for f in long] == ["info"]
    (tmp_path / "clarity.toml").write_text("[thresholds]\nsentence-info = 30\n", encoding="utf-8")
    data = json.loads(run_cli(*args).stdout)
    assert not [f for f in data["documents"][0]["findings"] if f["code"] == "L101"]
