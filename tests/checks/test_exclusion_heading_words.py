"""Words of a heading that look like a refusal and are not, and a note set under an
exclusions heading.

- "no." is the abbreviation of number ("Endorsement no. Optional Covers"): the list of
  optional covers under it is no list of exclusions.
- "Home medical care not covered by Medicare" names a benefit a Medicare plan adds: what
  another payer leaves out, not what this policy does.
- "4. General Exclusions" / "(Applicable to all covers under the Policy)": the note in
  brackets does not end the exclusions heading, so the draft titles its items with it.

Fixtures written for this file."""

from __future__ import annotations

from exclusion_helpers import clause_texts, summary_draft


def test_number_abbreviation_is_no_negation() -> None:
    text = (
        "# Travel policy\n\n## Endorsement no. Optional Covers\n\n"
        "- Loss of gadgets\n- Trip cancellation\n- Personal liability\n"
    )
    assert clause_texts(text) == []


def test_a_negated_heading_still_refuses() -> None:
    text = "# Travel policy\n\n## Items not covered\n\n- Loss of gadgets\n- Trip cancellation\n"
    assert len(clause_texts(text)) == 2


def test_what_another_payer_leaves_out_is_no_exclusions_heading() -> None:
    text = (
        "# Benefits\n\n## Home medical care not covered by Medicare\n\n"
        "- Prescribed by a network doctor who has decided you can be treated at home.\n"
        "- Chosen by you because you prefer to be treated at home.\n"
    )
    assert clause_texts(text) == []


def test_a_bracketed_note_keeps_the_exclusions_heading_for_the_draft() -> None:
    text = (
        "# Travel policy\n\n## 3. Emergency medical expenses\n\n"
        "We pay medical costs abroad up to the limit in your schedule.\n\n"
        "## 4. General Exclusions\n\n## (Applicable to all covers under the Policy)\n\n"
        "- Any claim arising from war or invasion.\n"
        "- Any claim arising from nuclear radiation.\n\n"
        "## 5. Baggage\n\nWe will not pay for:\n\n- bags left unattended in a public place.\n"
    )
    draft = summary_draft(text)
    assert "### 4. General Exclusions" in draft, draft
    assert "(Applicable" not in draft


def test_a_notes_label_titles_no_draft_section() -> None:
    """'Note:' / 'Please Note:' set as a heading names no part of the policy: the draft
    titles the bullets under it with the part it sits in."""
    text = (
        "# Travel policy\n\n## Section 2 Baggage\n\nWe pay for lost bags.\n\n### Note:\n\n"
        "We will not pay for bags left unattended in a public place.\n\n"
        "## Section 3 Personal liability\n\nWe will not pay for damage to property you "
        "own.\n"
    )
    titles = [line for line in summary_draft(text).splitlines() if line.startswith("### ")]
    assert "### Note:" not in titles, titles
    assert "### Section 2 Baggage" in titles, titles
