"""A list titled by what it leaves out ("Non-Covered Medicines") lists exclusions, and a
long list of bare names is said once: one bullet of the draft summary, one X101
finding, one row of the HTML report's buried exclusions. Every fixture is written for
the test (the medicine names are made up)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from exclusion_helpers import clause_texts, exclusions, summary_draft
from rule_settings import EVERY_RULE

from clarity import check_text
from clarity.report.html_groups import buried_exclusions

NAMES = [f"{stem}{end}" for stem in ("Abro", "Belta", "Corvi", "Dexa", "Elmo") for end in
         ("fen", "lix", "mab", "pril", "zol")]  # fmt: skip
"""25 made-up medicine names, in alphabetical order."""


def _listed(heading: str, names: list[str], before: str = "") -> str:
    return f"# Your prescription cover\n\n{before}## {heading}\n\n" + "\n".join(names) + "\n"


@pytest.mark.parametrize(
    "heading", ["Non-Covered Medicines", "List of Non-Payable Items", "3.2 Non-covered drugs"]
)
def test_names_under_a_heading_of_what_is_not_covered_are_exclusions(heading: str) -> None:
    assert clause_texts(_listed(heading, NAMES[:6])) == NAMES[:6]


@pytest.mark.parametrize(
    "heading",
    ["Anaesthesia for Non-Covered Dental Work", "Waiver of non-payable expenses"],
)
def test_a_cover_that_names_what_is_not_covered_heads_no_exclusions(heading: str) -> None:
    assert clause_texts(_listed(heading, NAMES[:6])) == []


def test_a_long_list_of_names_is_one_bullet_of_the_draft() -> None:
    draft = summary_draft(_listed("Non-Covered Medicines", NAMES))
    bullets = [line for line in draft.splitlines() if line.startswith("- ")]
    assert bullets == [f"- **All 25 names listed, from {NAMES[0]} to {NAMES[-1]}** (lines 5–29)"]


def test_a_short_list_of_names_stays_a_bullet_each() -> None:
    draft = summary_draft(_listed("Non-Covered Medicines", NAMES[:19]))
    bullets = [line for line in draft.splitlines() if line.startswith("- ")]
    assert len(bullets) == 19 and bullets[0].startswith(f"- **{NAMES[0]}**")


PREAMBLE = "".join(
    f"## Part {n}\n\nWe pay for the medicines your doctor prescribes for you while you are "
    "a member, at the pharmacy you choose, as the schedule sets out.\n\n"
    for n in range(1, 65)
)
"""Enough text before the list (1,600 words) that it starts late in the document."""


def test_a_buried_list_of_names_is_one_finding_with_every_name_as_a_place() -> None:
    text = _listed("Non-Covered Medicines", NAMES, before=PREAMBLE)
    settings = replace(EVERY_RULE, select=("X101",))
    result = check_text(text, lang="en", profile="insurance", fmt="markdown", settings=settings)
    (finding,) = [f for f in result.findings if f.code == "X101"]
    assert finding.count == 25 and finding.text == NAMES[0]
    assert finding.message.startswith('buried list of 25 names under "Non-Covered Medicines"')
    assert [o.text for o in finding.occurrences] == NAMES[1:]


def test_a_buried_list_of_names_is_one_row_of_the_report() -> None:
    text = _listed("Non-Covered Medicines", NAMES, before=PREAMBLE)
    rows = exclusions(text)
    assert len(rows) == 25 and all(row["name_list"] == 25 and row["buried"] for row in rows)
    (row,) = buried_exclusions(rows, [], "d0-", text)
    assert row.topic == "list of 25 names under \u201cNon-Covered Medicines\u201d"
    assert "late-in-document" in row.reasons


def test_short_lists_under_headings_of_one_name_are_lists_of_their_own() -> None:
    # four sections each end in a list of five things left out: four short lists, each a
    # bullet per name, not one list of twenty
    text = "# Your sports cover\n\n" + "".join(
        f"## Section {n}\n\nWe cover the sport below.\n\n### What is not covered\n\n"
        + "\n".join(f"- {name}" for name in NAMES[5 * n : 5 * n + 5])
        + "\n\n"
        for n in range(4)
    )
    rows = exclusions(text)
    assert len(rows) == 20 and not any(row["name_list"] for row in rows)


def test_a_hidden_name_of_a_buried_list_stays_an_error_of_its_own() -> None:
    items = "".join(
        f'<li hidden="">{name}</li>' if name == NAMES[3] else f"<li>{name}</li>" for name in NAMES
    )
    preamble = PREAMBLE.replace("## ", "<h2>").replace("\n\nWe", "</h2><p>We")
    preamble = preamble.replace("sets out.\n\n", "sets out.</p>")
    html = (
        f"<html><body><h1>Your prescription cover</h1>{preamble}"
        f"<h2>Non-Covered Medicines</h2><ul>{items}</ul></body></html>"
    )
    settings = replace(EVERY_RULE, select=("X101",))
    result = check_text(html, lang="en", profile="insurance", fmt="html", settings=settings)
    found = [f for f in result.findings if f.code == "X101"]
    (error,) = [f for f in found if f.severity.label == "error"]
    assert error.text == NAMES[3] and error.count == 1
    (listed,) = [f for f in found if f.severity.label != "error"]
    assert listed.count == 24 and listed.message.startswith("buried list of 24 names")
