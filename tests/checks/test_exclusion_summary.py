"""The "what is not covered" summary (present/absent/incomplete), IPID headings and order,
the `clarity summary` draft, --template, and the reported profile."""

from __future__ import annotations

import json

from exclusion_helpers import codes
from rule_settings import EVERY_RULE

from clarity import check_text

BODY = "# Your cover\n\n" + "We pay for fire damage to your home. " * 200 + "\n\n"
EXCLUSIONS = "# Exclusions\n\n- Flood damage.\n- Wear and tear.\n- War.\n"
IPID = [
    ("What is this type of insurance?", "Home insurance."),
    ("What is insured?", "Fire."),
    ("What is not insured?", "Flood."),
    ("Are there any restrictions on cover?", "An excess of 100 euros."),
    ("Where am I covered?", "In Finland."),
    ("What are my obligations?", "Tell us about changes."),
    ("When and how do I pay?", "Monthly."),
    ("When does the cover start and end?", "On the dates in the schedule."),
    ("How do I cancel the contract?", "Write to us."),
]


def ipid(headings) -> str:
    return "".join(f"# {h}\n\n{body}\n\n" for h, body in headings)


def test_summary_absent_is_an_error_at_the_start() -> None:
    result = check_text(
        BODY + EXCLUSIONS, lang="en", profile="insurance", fmt="markdown", settings=EVERY_RULE
    )
    (w101,) = [f for f in result.findings if f.code == "W101"]
    assert w101.severity.label == "error" and w101.line == 1
    assert result.extra["exclusions_summary"] == {"found": False}


def test_summary_present_and_complete() -> None:
    summary = "# What is not covered?\n\n- Flood\n- Wear and tear\n- War\n\n"
    found = codes(summary + BODY + EXCLUSIONS)
    assert "W101" not in found and "W102" not in found


def test_summary_found_by_meaning_in_finnish() -> None:
    summary = "# Mitä vakuutus ei kata?\n\n- Tulvat\n- Sota\n\n"
    body = "# Vakuutuksen kohde\n\n" + "Vakuutus korvaa palovahingot kotona. " * 200 + "\n\n"
    excl = "# Rajoitukset\n\n- Tulvavahingot.\n- Sotavahingot.\n- Kuluminen ja ruostuminen.\n"
    result = check_text(
        summary + body + excl, lang="fi", profile="insurance", fmt="markdown", settings=EVERY_RULE
    )
    w102 = [f for f in result.findings if f.code == "W102"]
    assert "W101" not in {f.code for f in result.findings}
    assert [f.data["topic"] for f in w102] == ["kuluminen"]


def test_summary_incomplete_lists_each_missing_topic() -> None:
    summary = "# Main exclusions\n\n- Flood\n\n"
    result = check_text(
        summary + BODY + EXCLUSIONS,
        lang="en",
        profile="insurance",
        fmt="markdown",
        settings=EVERY_RULE,
    )
    missing = [f.data["topic"] for f in result.findings if f.code == "W102"]
    assert missing == ["wear and tear", "war"]
    assert all(f.line > 5 for f in result.findings if f.code == "W102")


def _summary_found(text: str) -> bool:
    result = check_text(text, lang="en", profile="insurance", fmt="markdown", settings=EVERY_RULE)
    return bool(result.extra["exclusions_summary"]["found"])


def test_a_summary_of_covers_that_points_to_the_exclusions_is_no_summary() -> None:
    covers = (
        "# Summary of cover\n\n"
        "This summary shows the main covers only. See each section for its limits, "
        "conditions and exclusions. The covers apply only if your schedule shows them.\n\n"
        "## Fire\n\nWe pay for fire damage to your home.\n\n"
    )
    assert not _summary_found(covers + BODY + EXCLUSIONS)


def test_a_summary_section_lists_exclusions_by_sub_heading_lead_in_or_paragraphs() -> None:
    head = "# Key points\n\nThe cover in brief.\n\n"
    by_heading = head + "## What is not covered\n\nFlood and war.\n\n"
    by_lead_in = head + "We do not cover:\n\n- flood;\n- war.\n\n"
    by_paragraphs = head + "We do not cover flood damage.\n\nWar is excluded.\n\n"
    one_paragraph = head + "We do not cover flood damage.\n\nWe pay for fire.\n\n"
    for summary in (by_heading, by_lead_in, by_paragraphs):
        assert _summary_found(summary + BODY + EXCLUSIONS), summary
    assert not _summary_found(one_paragraph + BODY + EXCLUSIONS)


def test_a_summary_of_covers_with_a_mixed_sub_heading_or_a_passing_carve_out_is_none() -> None:
    covers = "".join(
        f"## Section {n}\n\nWe pay for {thing}.\n\n"
        for n, thing in enumerate(
            ["fire", "theft", "storm", "glass", "sheds", "keys", "frozen food", "tools"], 1
        )
    )
    head = "# Summary of cover\n\nThe main covers in brief.\n\n" + covers
    mixed = (
        "## Terms, Conditions and Exclusions\n\nAll covers are subject to the terms, "
        "conditions and exclusions of the policy.\n\n"
    )
    # a lead-in whose exclusion sits in an earlier sentence opens no list of exclusions
    earlier = "Children are not insured persons. The policyholder:\n\n- pays the premium.\n\n"
    passing = "Cover ends at the end of the period (with the exception of claims in progress).\n\n"
    for tail in (mixed, earlier, passing + "We do not cover wear and tear.\n\n"):
        assert not _summary_found(head + tail + BODY + EXCLUSIONS), tail


def test_summary_heading_late_in_the_document_does_not_count() -> None:
    text = BODY + "# What is not covered\n\n- Flood\n"
    assert "W101" in codes(text)


def test_ipid_complete_and_in_order() -> None:
    found = codes(ipid(IPID))
    assert not {"W103", "W104"} & set(found)


def test_ipid_missing_and_out_of_order() -> None:
    shuffled = [IPID[0], IPID[2], IPID[1], *IPID[3:7], IPID[8]]
    result = check_text(
        ipid(shuffled), lang="en", profile="insurance", fmt="markdown", settings=EVERY_RULE
    )
    missing = [f.data["heading"] for f in result.findings if f.code == "W103"]
    order = [f.data["heading"] for f in result.findings if f.code == "W104"]
    assert missing == ["When does the cover start and end?"]
    assert order == ["What is insured?"]


def test_template_ipid_forces_and_none_disables() -> None:
    plain = "# What is insured?\n\nFire.\n"
    assert codes(plain).count("W103") == 0
    assert codes(plain, template="ipid").count("W103") == 8
    assert codes(ipid(IPID[:5]), template="none").count("W103") == 0
    assert codes(ipid(IPID[:5])).count("W103") == 4


def test_finnish_ipid_headings() -> None:
    text = (
        "# Millainen vakuutus tämä on?\n\nKotivakuutus.\n\n# Mitä vakuutus ei kata?\n\nTulvat.\n\n"
        "# Mitä vakuutus kattaa?\n\nPalot.\n\n# Missä vakuutus on voimassa?\n\nSuomessa.\n"
    )
    result = check_text(text, lang="fi", profile="insurance", fmt="markdown", settings=EVERY_RULE)
    assert [f.data["heading"] for f in result.findings if f.code == "W104"] == [
        "Mitä vakuutus kattaa?"
    ]
    assert len([f for f in result.findings if f.code == "W103"]) == 5


def test_cli_summary_prints_a_markdown_draft(run_cli, tmp_path) -> None:
    (tmp_path / "p.md").write_text(BODY + EXCLUSIONS, encoding="utf-8")
    result = run_cli("summary", "p.md", "--isolated")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "## What is not covered"
    assert [line.split(" (")[0] for line in lines if line.startswith("- ")] == [
        "- **Flood damage**",  # the item's own words: "Flood damage."
        "- **Wear and tear**",
        "- **War**",
    ]


def test_cli_summary_in_finnish_and_bad_input(run_cli, tmp_path) -> None:
    (tmp_path / "e.txt").write_text(
        "Vakuutusehdot\n\nVakuutuksesta ei korvata tulvavahinkoja.\n", encoding="utf-8"
    )
    result = run_cli("summary", "e.txt", "--isolated")
    assert (
        result.output.startswith("## Mitä vakuutus ei kata")
        and "**Tulva** (rivi 3)" in result.output
    )
    missing = run_cli("summary", "nope.txt", "--isolated")
    assert missing.exit_code == 2


def test_profile_is_reported_in_text_and_json(run_cli, tmp_path) -> None:
    insured = (
        "# Cover\n\nYour insurance covers fire. Claims are paid from the premium.\n\n"
        "Your home insurance covers your house and its contents against fire, storm and "
        "theft. You pay the premium every month, and the excess for each claim is 100 euros.\n\n"
    )
    (tmp_path / "p.md").write_text(insured + EXCLUSIONS, encoding="utf-8")
    text = run_cli("check", "p.md", "--isolated", "--fail-on", "never")
    assert (
        "p.md: note: checked as insurance, consumer policy (profile and genre detected)"
        in text.output
    )
    data = json.loads(run_cli("check", "p.md", "--isolated", "--format", "json").output)
    doc = data["documents"][0]
    assert doc["profile"] == "insurance" and doc["summary_draft"].startswith("## What is not")
