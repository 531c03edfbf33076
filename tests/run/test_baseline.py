"""Baselines: old findings stay hidden across unrelated edits, new ones are reported."""

from __future__ import annotations

import json
from pathlib import Path

from rule_settings import EVERY, EVERY_RULE

DOC = "# Payment\n\nThe insured shall pay the premium.\n\nYou pay every month.\n"


def test_inserted_paragraph_does_not_resurface_an_old_finding(run_cli, tmp_path: Path) -> None:
    doc = tmp_path / "policy.md"
    doc.write_text(DOC, encoding="utf-8")
    today = run_cli("check", "policy.md", "--isolated", *EVERY, "--format", "json").stdout
    count = len(json.loads(today)["documents"][0]["findings"])
    assert count >= 1  # S101 at least
    wrote = run_cli("check", "policy.md", "--isolated", *EVERY, "--write-baseline", "base.json")
    assert wrote.exit_code == 0
    assert f"wrote {count} finding" in wrote.stderr
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    assert list(data["files"]) == ["policy.md"]

    # An unrelated paragraph above moves the old finding down three lines.
    doc.write_text(DOC.replace("# Payment\n\n", "# Payment\n\nA new intro line.\n\n"), "utf-8")
    moved = run_cli("check", "policy.md", "--isolated", *EVERY, "--baseline", "base.json")
    assert "S101" not in moved.output
    assert "0 findings" in moved.output

    # A new finding is reported, with the old one still hidden.
    doc.write_text(doc.read_text("utf-8") + "\nWe shall refund you.\n", encoding="utf-8")
    new = run_cli(
        "check",
        "policy.md",
        "--isolated",
        *EVERY,
        "--baseline",
        "base.json",
        "--fail-on",
        "warning",
    )
    assert new.exit_code == 1
    lines = [line for line in new.output.splitlines() if "S101" in line]
    assert len(lines) == 1 and lines[0].startswith("policy.md:9:4: S101")


def test_duplicates_are_counted(run_cli, tmp_path: Path) -> None:
    # P101 reports each place on its own (S101 says one advice once, with its places)
    doc = tmp_path / "a.md"
    doc.write_text("The premium must be paid.\n", encoding="utf-8")
    run_cli("check", "a.md", "--isolated", *EVERY, "--write-baseline", "b.json")
    doc.write_text("The premium must be paid.\n\nThe premium must be paid.\n", encoding="utf-8")
    result = run_cli("check", "a.md", "--isolated", *EVERY, "--baseline", "b.json")
    lines = [line for line in result.output.splitlines() if "P101" in line]
    assert len(lines) == 1 and lines[0].startswith("a.md:3:"), lines


def test_changed_sentence_is_new(run_cli, tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("The premium must be paid.\n", encoding="utf-8")
    run_cli("check", "a.md", "--isolated", *EVERY, "--write-baseline", "b.json")
    doc.write_text("The premium and the fee must be paid.\n", encoding="utf-8")
    assert "P101" in run_cli("check", "a.md", "--isolated", *EVERY, "--baseline", "b.json").output
    # whitespace and case changes alone are not new
    doc.write_text("THE  premium must\nbe paid.\n", encoding="utf-8")
    assert (
        "P101" not in run_cli("check", "a.md", "--isolated", *EVERY, "--baseline", "b.json").output
    )


def test_one_advice_said_once_keeps_its_baseline_as_its_places_multiply(
    run_cli, tmp_path: Path
) -> None:
    """S101 says the same advice once (``group: advice``): its fingerprint is the rule and
    the advice, so a baseline keeps knowing it as its places move or multiply, as it does
    a term grouped per rule; different advice is a new finding."""
    doc = tmp_path / "a.md"
    doc.write_text("You shall pay.\n", encoding="utf-8")
    run_cli("check", "a.md", "--isolated", *EVERY, "--write-baseline", "b.json")
    doc.write_text("You shall pay.\n\nYou shall tell us.\n", encoding="utf-8")
    same = run_cli("check", "a.md", "--isolated", *EVERY, "--baseline", "b.json")
    assert "S101" not in same.output
    doc.write_text("You shall pay.\n\nCover shall begin today.\n", encoding="utf-8")
    other = run_cli("check", "a.md", "--isolated", *EVERY, "--baseline", "b.json")
    assert [line for line in other.output.splitlines() if "S101" in line] == [
        'a.md:3:7: S101 [warning] "shall" is ambiguous here; write "will" (use "will")'
    ]


def test_baseline_paths_are_relative_to_the_baseline_file(run_cli, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("You shall pay.\n", encoding="utf-8")
    run_cli("check", "docs", "--isolated", *EVERY, "--write-baseline", "b.json")
    result = run_cli(
        "check", "a.md", "--isolated", *EVERY, "--baseline", "../b.json", cwd=tmp_path / "docs"
    )
    assert "S101" not in result.output


def test_bad_baseline_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("You pay.\n", encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    result = run_cli("check", "a.md", "--isolated", *EVERY, "--baseline", "b.json")
    assert result.exit_code == 2
    assert "not a clarity baseline" in result.stderr
    missing = run_cli("check", "a.md", "--isolated", *EVERY, "--baseline", "nope.json")
    assert missing.exit_code == 2


def test_fingerprint_ignores_position_not_rule_or_text() -> None:
    from clarity.run.baseline import fingerprint

    a = fingerprint("S101", "shall", "You shall pay.")
    assert a == fingerprint("S101", "Shall", "you  shall\npay.")
    assert a != fingerprint("S102", "shall", "You shall pay.")
    assert a != fingerprint("S101", "shall", "We shall pay.")


def test_a_sentence_over_2000_characters_gives_each_finding_its_own_nearby_context() -> None:
    from clarity import check_text
    from clarity.run.baseline import fingerprint

    filler = "the insured person will tell us about it and " * 60  # no full stop: one sentence
    text = filler + "the premium must be paid " + filler + "and the fee must be paid"
    assert len(text) > 4000
    found = [
        f for f in check_text(text, lang="en", settings=EVERY_RULE).findings if f.code == "P101"
    ]
    assert len(found) == 2
    for f in found:
        nearby = text[max(0, f.start - 80) : f.end + 80]
        assert f.fingerprint == fingerprint("P101", f.text, nearby)
    edited = check_text(
        "we " + text, lang="en", settings=EVERY_RULE
    ).findings  # far from the second finding
    second = [f for f in edited if f.code == "P101"][1]
    assert second.fingerprint == found[1].fingerprint
    short = check_text("The premium must be paid.", lang="en", settings=EVERY_RULE).findings[0]
    assert short.fingerprint == fingerprint("P101", short.text, "The premium must be paid.")
