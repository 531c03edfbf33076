"""The clarity score: formula, grades, per-section scores, --min-score, config weights."""

from __future__ import annotations

import json

import pytest

from clarity import check_text
from clarity.core.settings import ConfigError, Settings, load_settings
from clarity.score import clarity_score, grade

EASY = "We pay for damage to your home. Tell us within 30 days. We reply in a week."
HARD = (
    "Notwithstanding any provision hereinbefore contained, the indemnification obligations "
    "of the insurer pursuant to this endorsement are conditional upon satisfactory "
    "documentation substantiating the policyholder's contemporaneous notification."
)


def test_formula_by_hand():
    # R = (40 - 10) / 60 = 0.5; S = 1 - 2 x 0.25 = 0.5; no findings: F = 1.
    # score = 100 x (0.4 x 0.5 + 0.2 x 0.5 + 0.4 x 1) / 1.0 = 70 -> C
    metrics = {"flesch_reading_ease": 40.0, "long_sentence_share": 0.25, "words": 100}
    score = clarity_score(metrics, [], "en")
    assert score["value"] == 70 and score["grade"] == "C"
    # Finnish: LIX 50 -> R = (70 - 50) / 40 = 0.5
    metrics = {"lix": 50.0, "long_sentence_share": 0.0, "words": 100}
    assert clarity_score(metrics, [], "fi")["value"] == 80
    # weights: readability only
    only = {"readability": 1, "sentences": 0, "findings": 0}
    assert clarity_score(metrics, [], "fi", only)["value"] == 50


@pytest.mark.parametrize(
    ("value", "letter"),
    [(100, "A"), (90, "A"), (89, "B"), (70, "C"), (60, "D"), (50, "E"), (49, "F")],
)
def test_grades(value, letter):
    assert grade(value) == letter


def test_findings_lower_the_score():
    clean = check_text("You must tell us within 14 days.", lang="en")
    flagged = check_text("You must tell us in respect of a claim within 14 days.", lang="en")
    assert flagged.extra["score"]["value"] < clean.extra["score"]["value"]


def test_sections_have_their_own_scores():
    text = f"# Easy part\n\n{EASY}\n\n# Hard part\n\n{HARD}\n"
    result = check_text(text, lang="en", fmt="markdown")
    sections = {s["title"]: s for s in result.metrics["sections"]}
    assert set(sections) == {"Easy part", "Hard part"}
    assert sections["Easy part"]["score"]["value"] > sections["Hard part"]["score"]["value"]
    assert sections["Hard part"]["line"] == 7  # first sentence under the heading


def test_min_score_gate(run_cli, tmp_path):
    doc = tmp_path / "hard.md"
    doc.write_text(HARD + "\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en", "--fail-on", "never")
    assert result.exit_code == 0
    line = next(x for x in result.output.splitlines() if x.startswith(f"{doc}: score "))
    value = int(line.split()[2])
    assert (
        run_cli(
            "check", str(doc), "--lang", "en", "--fail-on", "never", "--min-score", str(value)
        ).exit_code
        == 0
    )
    below = run_cli(
        "check", str(doc), "--lang", "en", "--fail-on", "never", "--min-score", str(value + 1)
    )
    assert below.exit_code == 1
    assert f"clarity: {doc}: score {value} is below --min-score {value + 1}" in below.output
    silent = run_cli(
        "check", str(doc), "--lang", "en", "--fail-on", "never", "--min-score", str(value + 1),
        "-qq",
    )  # fmt: skip
    assert silent.exit_code == 1 and silent.output == ""
    out = run_cli("check", str(doc), "--lang", "en", "--format", "json", "--fail-on", "never")
    score = json.loads(out.output)["documents"][0]["score"]
    assert score["value"] == value and score["grade"] in "ABCDEF"


def test_fail_on_still_applies_with_min_score(run_cli, tmp_path):
    doc = tmp_path / "p.md"
    doc.write_text("The insurer pays in respect of the claim.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en", "--fail-on", "warning", "--min-score", "0")
    assert result.exit_code == 1


def test_config_keys(tmp_path):
    cfg = tmp_path / "clarity.toml"
    cfg.write_text('min-score = 60\njurisdiction = "US-FL"\n[score-weights]\nfindings = 2\n')
    settings = load_settings(str(cfg))
    assert settings.min_score == 60 and settings.jurisdiction == "us-fl"
    assert settings.score_weights == {"findings": 2.0}
    cfg.write_text("[score-weights]\nspeed = 1\n")
    with pytest.raises(ConfigError, match="unknown weight"):
        load_settings(str(cfg))
    cfg.write_text("min-score = 101\n")
    with pytest.raises(ConfigError, match="0 to 100"):
        load_settings(str(cfg))


def test_weights_from_settings_change_the_score():
    text = "You must tell us in respect of a claim within 14 days."
    base = check_text(text, lang="en").extra["score"]["value"]
    heavy = Settings(score_weights={"findings": 10.0, "warning": 10.0})
    assert check_text(text, lang="en", settings=heavy).extra["score"]["value"] < base
