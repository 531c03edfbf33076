"""A part's title that a PDF sets as a bare label over its name ("Section 4" /
"EMERGENCY MEDICAL EXPENSES"), or breaks before a dash ("Section 2" / "- Hospital
Benefit"), is one heading: each half alone names no part, and the exclusions under it
would be drafted under "Specific Exclusions" with every other section's.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import block_texts, draw_pdf


def _blocks(tmp_path: Path, lines: list[tuple[int, str, str, int]]) -> list[tuple[str, str]]:
    """The blocks (kind, text) of a one-page PDF with ``lines`` drawn at the left margin."""

    def draw(c, _number: int) -> None:
        for y, font, text, size in lines:
            c.setFont(font, size)
            c.drawString(72, y, text)

    return block_texts(draw_pdf(tmp_path / "parts.pdf", draw))


def _headings(tmp_path: Path, lines: list[tuple[int, str, str, int]]) -> list[str]:
    return [text for kind, text in _blocks(tmp_path, lines) if kind == "heading"]


BODY = [
    (560, "Helvetica", "We pay the reasonable costs of treatment you receive abroad.", 10),
    (548, "Helvetica", "We pay them up to the limit shown in your schedule.", 10),
    (536, "Helvetica", "Claims must be made within thirty days of your return.", 10),
    (524, "Helvetica", "Please keep every receipt for the costs you claim.", 10),
]


def test_a_bare_label_and_the_name_set_below_it(tmp_path: Path) -> None:
    lines = [
        (700, "Helvetica-Bold", "SECTION 4", 16),
        (664, "Helvetica-Bold", "EMERGENCY MEDICAL EXPENSES", 16),
        (630, "Helvetica-Bold", "Specific Exclusions", 12),
        *BODY,
    ]
    assert _headings(tmp_path, lines)[0] == "SECTION 4 EMERGENCY MEDICAL EXPENSES"


def test_a_title_broken_before_its_dash(tmp_path: Path) -> None:
    lines = [
        (700, "Helvetica-Bold", "Section 2", 16),
        (680, "Helvetica-Bold", "- Hospital Benefit", 16),
        (640, "Helvetica-Bold", "What is not covered", 12),
        *BODY,
    ]
    assert _headings(tmp_path, lines)[0] == "Section 2 - Hospital Benefit"


def test_two_labels_and_a_numbered_item_stay_apart(tmp_path: Path) -> None:
    lines = [
        (700, "Helvetica-Bold", "Section 4", 16),
        (680, "Helvetica-Bold", "Section 6", 16),
        (640, "Helvetica-Bold", "PART C", 16),
        (620, "Helvetica-Bold", "1. BENEFITS PAYABLE", 16),
        *BODY,
    ]
    assert _headings(tmp_path, lines)[:4] == [
        "Section 4",
        "Section 6",
        "PART C",
        "1. BENEFITS PAYABLE",
    ]


def test_a_name_far_below_its_label_or_in_other_type_stays_apart(tmp_path: Path) -> None:
    lines = [
        (700, "Helvetica-Bold", "Section 3", 16),
        (600, "Helvetica-Bold", "Baggage", 16),
        (560, "Helvetica-Bold", "Part 5", 16),
        (540, "Helvetica-Bold", "What is covered", 12),
        *[(y - 100, font, text, size) for y, font, text, size in BODY],
    ]
    assert _headings(tmp_path, lines)[:4] == ["Section 3", "Baggage", "Part 5", "What is covered"]


SMALL_BODY = [(y, font, text, 9) for y, font, text, _size in BODY]
"""The body of a policy set in 9-point type."""


def test_a_labelled_part_title_a_size_above_the_body_heads_its_part(tmp_path: Path) -> None:
    lines = [
        (700, "Helvetica", "Section 5: Repatriation of Remains", 10),
        (686, "Helvetica", "We pay the cost of bringing the body home to Singapore.", 9),
        (650, "Helvetica", "Section 6 - Education Fund", 10),
        *SMALL_BODY,
    ]
    assert _headings(tmp_path, lines) == [
        "Section 5: Repatriation of Remains",
        "Section 6 - Education Fund",
    ]


def test_a_continued_title_and_a_title_in_body_type_stay_body_text(tmp_path: Path) -> None:
    lines = [
        (700, "Helvetica", "Part 1 - Member Services (continued)", 10),
        (686, "Helvetica", "We pay the cost of bringing the body home to Singapore.", 9),
        (650, "Helvetica", "Section 6: Education Fund", 9),
        *SMALL_BODY,
    ]
    assert _headings(tmp_path, lines) == []


def test_a_title_in_capitals_a_size_above_the_body_stands_off_its_text(
    tmp_path: Path,
) -> None:
    lines = [
        (700, "Helvetica", "GENERAL EXCLUSIONS", 10),
        (675, "Helvetica", "The exclusions below apply to every section of the policy.", 9),
        (640, "Helvetica", "WITH RESPECT TO THE COVER GIVEN BY THE SECOND", 10),
        (630, "Helvetica", "COMPANY, THESE CLAUSES APPLY:", 10),
        (605, "Helvetica", "Service of suit and where a claim is heard.", 9),
        *[(y - 100, font, text, size) for y, font, text, size in SMALL_BODY],
    ]
    assert _headings(tmp_path, lines) == ["GENERAL EXCLUSIONS"]


def test_a_wrapped_title_with_a_pointer_in_brackets_stays_a_heading(tmp_path: Path) -> None:
    """ "Additional Exceptions applicable to Commercial Vehicles (also refer to General
    Exceptions" / "and Additional Exceptions to Section 3)": the note in brackets points
    elsewhere and is no part of the title's length."""
    lines = [
        (
            700,
            "Helvetica-Bold",
            "Additional Exceptions applicable to Commercial Vehicles (also refer to General Exceptions",
            10,
        ),
        (688, "Helvetica-Bold", "and the Additional Exceptions to Section 3)", 10),
        *[(y - 60, font, text, size) for y, font, text, size in BODY],
    ]
    assert _headings(tmp_path, lines) == [
        "Additional Exceptions applicable to Commercial Vehicles (also refer to General "
        "Exceptions and the Additional Exceptions to Section 3)"
    ]


def test_a_numbered_line_after_a_call_of_a_named_part_goes_on_with_the_sentence(
    tmp_path: Path,
) -> None:
    """ "g. Property in a rented flat, except as provided under Additional Coverage" /
    "11. Landlord's Furnishings;": the number is the part the sentence names, no list
    marker, and the item stays whole; a numbered line after a plain line starts an item."""
    lines = [
        (700, "Helvetica", "We do not cover:", 10),
        (
            686,
            "Helvetica",
            "g. Property in a rented flat, except as provided under Additional Coverage",
            10,
        ),
        (674, "Helvetica", "11. Landlord's Furnishings;", 10),
        (660, "Helvetica", "h. Property rented to others away from the home.", 10),
        (646, "Helvetica", "We pay the costs shown in the schedule.", 10),
        (632, "Helvetica", "12. Debris removal.", 10),
    ]

    texts = [" ".join(text.split()) for _kind, text in _blocks(tmp_path, lines)]
    assert any(t.endswith("Additional Coverage 11. Landlord's Furnishings;") for t in texts), texts
    assert "12. Debris removal." in texts, texts
