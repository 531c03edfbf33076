"""Burial evidence: one test per reason code, and a visible exclusion with none.
Style reasons use a hand-built Document carrying StyleSpans, as PDF/DOCX readers will."""

from __future__ import annotations

from pathlib import Path

import pytest
from exclusion_helpers import analyse_document, exclusions
from readers_builders import make_pdf

from clarity.core.document import Block, Document, StyleSpan
from clarity.readers import read_path
from clarity.readers.plain import read_plain

FILLER = (
    "# Your cover\n\n" + "We pay for fire damage to your home and its contents. " * 150 + "\n\n"
)


def reasons_of(text: str, lang: str = "en") -> list[str]:
    found = exclusions(text, lang=lang)
    assert len(found) == 1, found
    return found[0]["reasons"]


def test_visible_exclusion_has_no_reason() -> None:
    text = "# What is not covered\n\n- Flood.\n\n# Exclusions\n\nWe will not pay for flood.\n"
    for row in exclusions(text):
        assert row["reasons"] == [] and row["buried"] is False


@pytest.mark.parametrize(
    ("reason", "text", "lang"),
    [
        (
            "not-under-exclusion-heading",
            "# Cover\n\nWe pay for your home and if you leave it empty we will not pay.\n",
            "en",
        ),
        (
            "in-definition",
            "# Definitions\n\nFlood does not include water escaping from a burst pipe.\n",
            "en",
        ),
        (
            "long-sentence",
            "# Exclusions\n\nWe will not pay for damage "
            + "that happens in the garden " * 9
            + ".\n",
            "en",
        ),
        ("in-parentheses", "# Cover\n\nWe pay for theft (we will not pay for cash).\n", "en"),
        (
            "cross-reference",
            "# Exclusions\n\nWe will not pay for flood, subject to clause 9.4(b).\n",
            "en",
        ),
        (
            "notwithstanding-or-provided-that",
            "# Exclusions\n\nNotwithstanding the above, we will not pay for flood.\n",
            "en",
        ),
        (
            "in-definition",
            "# Määritelmät\n\nTulvalla tarkoitetaan vettä, jota ei korvata putkivuotona.\n",
            "fi",
        ),
        ("cross-reference", "# Rajoitukset\n\nTulvavahinkoja ei korvata (ks. kohta 9.4).\n", "fi"),
        (
            "notwithstanding-or-provided-that",
            "# Rajoitukset\n\nSen estämättä, mitä edellä sanotaan, tulvaa ei korvata.\n",
            "fi",
        ),
    ],
)
def test_each_text_reason(reason: str, text: str, lang: str) -> None:
    assert reason in reasons_of(text, lang)


def test_late_exclusion_not_in_summary() -> None:
    late = FILLER + "# Exclusions\n\nWe will not pay for damage caused by war.\n"
    # No summary: that is one W101 for the document, not a reason on every exclusion.
    assert reasons_of(late) == ["late-in-document"]
    other = "# What is not covered\n\n- Flood.\n\n" + late
    rows = [r for r in exclusions(other) if r["line"] > 10]
    assert rows and "late-not-in-summary" in rows[0]["reasons"]
    summarised = "# What is not covered\n\n- War.\n\n" + late
    rows = [r for r in exclusions(summarised) if r["line"] > 10]
    assert rows and "late-not-in-summary" not in rows[0]["reasons"]


def _styled(style: StyleSpan, body_pt: float | None = None) -> Document:
    text = "Cover\nWe pay for fire. We will not pay for flood.\n"
    start = text.index("We will not")
    blocks = [Block("heading", 0, 5, level=1), Block("paragraph", 6, len(text) - 1)]
    style = StyleSpan(start, len(text) - 1, **style)  # type: ignore[arg-type]
    return Document(
        path="styled.pdf", text=text, blocks=blocks, style=[style], format="pdf", body_pt=body_pt
    )


@pytest.mark.parametrize(
    ("style", "reason", "severity"),
    [
        ({"small": True}, "fine-print", "warning"),
        ({"size_pt": 6.5}, "fine-print", "warning"),
        ({"hidden": True}, "hidden-text", "error"),
    ],
)
def test_style_reasons(style: dict, reason: str, severity: str) -> None:
    result = analyse_document(_styled(style))
    findings = [f for f in result.findings if f.code == "X101"]
    assert len(findings) == 1 and reason in findings[0].evidence
    assert findings[0].severity.label == severity


def test_normal_print_is_not_fine_print() -> None:
    result = analyse_document(_styled({"size_pt": 11.0}))
    assert all("fine-print" not in f.evidence for f in result.findings)


@pytest.mark.parametrize(("body_pt", "fine"), [(8.0, False), (9.0, True), (None, True)])
def test_eight_point_is_fine_print_only_below_the_body(body_pt: float | None, fine: bool) -> None:
    """A wording set in 8 pt throughout has no fine print at 8 pt; in a 9 pt one it is."""
    result = analyse_document(_styled({"size_pt": 8.0}, body_pt=body_pt))
    findings = [f for f in result.findings if f.code == "X101"]
    assert ("fine-print" in findings[0].evidence) is fine if findings else not fine


@pytest.mark.parametrize(
    ("size_pt", "body_pt", "fine"), [(7.3, 7.5, False), (7.2, 7.5, False), (6.5, 7.5, True)]
)
def test_a_wording_set_small_throughout_has_no_fine_print_at_its_body_size(
    size_pt: float, body_pt: float, fine: bool
) -> None:
    """The body size is the commonest size to the half point (7.3 pt reads 7.5): text in a
    wording set in 7.3 pt throughout is under 8 pt and flagged small by the reader, yet no
    smaller than the rest, so it is no fine print there; 6.5 pt in it is."""
    style = {"size_pt": size_pt, "small": True}
    result = analyse_document(_styled(style, body_pt=body_pt))
    findings = [f for f in result.findings if f.code == "X101"]
    assert ("fine-print" in findings[0].evidence) is fine if findings else not fine


def test_a_pdf_reader_tells_the_body_size(tmp_path: Path) -> None:
    path = tmp_path / "body.pdf"
    make_pdf(path)
    assert read_path(path).body_pt == 11.0


def test_buried_finding_carries_reasons_as_evidence(run_cli, tmp_path) -> None:
    (tmp_path / "p.md").write_text(
        "# Cover\n\nWe pay for theft (we will not pay for cash).\n", encoding="utf-8"
    )
    result = run_cli("check", "p.md", "--profile", "insurance", "--select", "X", "--format", "json")
    import json

    doc = json.loads(result.output)["documents"][0]
    (finding,) = doc["findings"]
    assert finding["code"] == "X101" and "in-parentheses" in finding["evidence"]
    assert doc["exclusions"][0]["topic"] == "cash"


def test_plain_reader_keeps_items_and_skips_page_furniture() -> None:
    text = (
        "EXCLUSIONS\nWe will not pay for:\n1. breakdown of the vehicle; or\n"
        "Wording v2 - Page 3 of 9\n2. war.\nWording v2 - Page 4 of 9\nWording v2 - Page 5 of 9\n"
    )
    doc = read_plain("x.txt", text)
    kinds = [(b.kind, doc.text[b.start : b.end][:8]) for b in doc.blocks]
    assert ("list_item", "1. break") in kinds and ("list_item", "2. war.") in kinds
    assert not any("Page" in doc.text[b.start : b.end] for b in doc.blocks)


def test_a_short_document_has_no_late_place() -> None:
    """The guideline's 'after 70%' is for documents of several pages: in a one-page form
    the exclusions section at its end is one glance away."""
    short = "# Cover\n\nWe pay for fire.\n\n# What is not covered\n\n- Wear and tear.\n- Pets.\n"
    assert all("late-in-document" not in e["reasons"] for e in exclusions(short))
    long = "# Cover\n\n" + "We pay for fire damage to your home. " * 300 + "\n\n" + short
    assert "late-in-document" in exclusions(long)[-1]["reasons"]


def test_items_of_a_defining_lead_in_are_in_the_definition() -> None:
    """A list whose lead-in defines a word ("Personal belongings means ... but does not
    include:") limits that definition: its items are "in-definition" even though the
    lead-in announces them, and even under a heading that is no definitions heading."""
    text = (
        "# Your belongings\n\n"
        "Personal belongings means clothing and things you carry with you, but does not "
        "include:\n\n- bicycles;\n- hearing aids.\n"
    )
    rows = exclusions(text)
    assert rows and all("in-definition" in row["reasons"] and row["buried"] for row in rows)


def test_a_lead_in_that_explains_does_not_define() -> None:
    """ "This means that ..." explains the sentence before it; it defines no word, so the
    items of its list are not in a definition (a guard for the test above: it holds on
    the code before it too)."""
    text = (
        "# Exclusions\n\nThis section covers your tools. This means that we will not pay "
        "for:\n\n- tools left in an open van;\n- tools lent to others.\n"
    )
    rows = exclusions(text)
    assert rows and all("in-definition" not in row["reasons"] for row in rows)


def test_a_list_limiting_a_word_in_the_definitions_section_is_in_the_definition() -> None:
    """Under a definitions heading, a list whose lead-in limits a word ("winter sports
    that are not covered:") belongs to that definition. (One whose lead-in refuses cover, "ACE shall
    not be liable for:", is a list of exclusions that only follows a definition: the
    labelled set holds that case, tests/checks/test_exclusion_labels.py.)"""
    limiting = (
        "# Definitions\n\nWinter sports: sports on snow or ice.\n\n"
        "Examples of winter sports that are not covered:\n\n- ski jumping;\n"
        "- bobsleigh racing.\n"
    )
    rows = exclusions(limiting)
    assert len(rows) == 2 and all("in-definition" in row["reasons"] for row in rows)
