"""Topics as phrases, the grouped draft summary, the whole clause in JSON, and burial by
the annotation guideline (shared/labels/README). Fixtures written for this file."""

from __future__ import annotations

from exclusion_helpers import codes, exclusions

from clarity import check_text


def draft(text: str, lang: str = "en") -> str:
    return check_text(text, lang=lang, profile="insurance", fmt="markdown").extra["summary_draft"]


def test_topic_is_the_subject_phrase_in_the_documents_casing() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for water entering through a poorly maintained Roof.\n\n"
        "Storm damage to garden Fences is excluded.\n"
    )
    assert [row["topic"] for row in exclusions(text)] == [
        "water entering through a poorly maintained Roof",
        "Storm damage to garden Fences",
    ]


def test_a_topic_is_never_a_clause_or_a_stop_word() -> None:
    text = "# Claims\n\nIf we allege that a loss is not covered, the burden of proof is yours.\n"
    for row in exclusions(text):
        assert not row["topic"].lower().startswith(("if ", "we ", "is ")), row


def test_draft_groups_by_section_most_consequential_first() -> None:
    text = (
        "# Section A - Your car\n\nWe will not pay for:\n\n- tyres damaged by braking;\n"
        "- tyres damaged by braking on ice;\n\nA waiting period of 7 days applies to "
        "windscreen claims.\n\nTheft of the car is excluded.\n\n"
        "# Section B - Breakdown\n\nWe will not pay for:\n\n- breakdowns abroad.\n"
    )
    lines = draft(text).splitlines()
    a, b = lines.index("### Section A - Your car"), lines.index("### Section B - Breakdown")
    section_a = [line for line in lines[a:b] if line.startswith("- ")]
    assert [line.split(" (")[0] for line in section_a] == [
        "- **Tyres damaged by braking**",
        "- **Tyres damaged by braking on ice**",
        "- **Theft of the car**",
        "- **Waiting period of 7 days applies to windscreen claims**",
    ]
    assert any("Breakdowns abroad" in line for line in lines[b:])


def test_draft_leaves_out_conditions_and_caps() -> None:
    text = (
        "# Cover\n\nWe pay for storm damage only if the windows were shut.\n\n"
        "Cover for bicycles is limited to £500.\n\nWe will not pay for frost.\n"
    )
    bullets = [line for line in draft(text).splitlines() if line.startswith("- ")]
    assert bullets == ["- **Frost** (line 7)"]


def test_json_text_is_the_whole_clause() -> None:
    long_clause = "We will not pay for damage " + "caused by a named storm " * 30 + "at sea."
    row = exclusions(f"# Exclusions\n\n{long_clause}\n")[0]
    assert row["text"] == long_clause and "page" in row


# --- burial ---------------------------------------------------------------------------


def test_no_summary_is_one_document_finding_not_a_reason_per_exclusion() -> None:
    text = "# Cover\n\nWe pay for fire.\n\n# Exclusions\n\n- Frost.\n- Flood.\n- War.\n\n" + (
        "# Claims\n\n" + "Call us when something happens to your home. " * 60 + "\n"
    )
    found = codes(text)
    assert found.count("W101") == 1 and "X101" not in found
    assert all(row["reasons"] == [] for row in exclusions(text))


def test_bullets_a_reader_ran_together_are_counted_one_by_one() -> None:
    items = " ".join(f"• loss of item number {n} in the garden shed" for n in range(8))
    text = f"# Exclusions\n\nWe will not pay for the following {items}.\n"
    row = exclusions(text)[0]
    assert "long-sentence" not in row["reasons"]


def test_a_long_sentence_is_buried() -> None:
    clause = "We will not pay for damage " + "that happens in the garden shed " * 8 + "."
    row = exclusions(f"# Exclusions\n\n{clause}\n")[0]
    assert "long-sentence" in row["reasons"] and row["buried"]


def test_an_exclusion_late_in_the_document_is_buried() -> None:
    """Several pages in (a short form has no late place: test_exclusion_burial.py)."""
    filler = "# Cover\n\n" + "We pay for fire damage to your home and contents. " * 200 + "\n\n"
    row = exclusions(filler + "# Exclusions\n\nWe will not pay for war.\n")[0]
    assert row["reasons"] == ["late-in-document"] and row["buried"]


def test_the_nearest_heading_decides_whether_it_is_under_an_exclusion_heading() -> None:
    text = "# Exclusions\n\n## Claims procedure\n\nWe will not pay for late claims.\n"
    assert "not-under-exclusion-heading" in exclusions(text)[0]["reasons"]


def test_a_lead_in_that_announces_exclusions_is_their_heading() -> None:
    text = "# Section 7 - Cancellation\n\nWe will not pay for:\n\n- a change of mind;\n- debts.\n"
    text += "\n# Claims\n\n" + "Call us when something happens to your home. " * 20 + "\n"
    assert [row["reasons"] for row in exclusions(text)] == [[], []]


def test_cross_reference_alone_does_not_bury() -> None:
    text = "# Exclusions\n\nWe will not pay for flood, subject to clause 9.4(b).\n"
    row = exclusions(text)[0]
    assert row["reasons"] == ["cross-reference"] and row["buried"] is False
    assert "X101" not in codes(text)


def test_summary_only_up_front_and_not_a_sections_own_list() -> None:
    own_list = (
        "# Policy\n\n## Section A\n\n### What is covered\n\nWe pay for fire.\n\n"
        "### What is not covered\n\n- Frost.\n"
    )
    assert "W101" in codes(own_list)
    ipid = (
        "# Travel IPID\n\n## What is not insured?\n\n- Frost.\n\n## What is insured?\n\n- Fire.\n"
    )
    assert "W101" not in codes(ipid)
    glance = "# Key points at a glance\n\n## Exclusions\n\n- Frost.\n\n# Your cover\n\nWe pay for fire.\n"
    assert "W101" not in codes(glance)
    later = "# Your cover\n\n" + "We pay for fire. " * 300 + "\n\n# Exclusions\n\n- Frost.\n"
    assert "W101" in codes(later)
