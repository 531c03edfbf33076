"""A title wholly in brackets, set right under a title, is a note on it.

"4. General Exclusions" / "(Applicable to all covers under the Policy)", "Baby Care
Option" / "(available under Trauma Cover)", "Summary of key features" / "(continued)":
the note says where the part applies or that it goes on; it does not open a part of its
own. Read as a sibling title, it would end the part above it, and the clauses under both
would no longer sit under the exclusions title that names them. A bracketed list marker
set as a title ("(a)") is no note. Fixtures are written for these tests."""

from __future__ import annotations

from clarity.readers.markdown import read_markdown


def _paths(source: str) -> dict[str, tuple[str, ...]]:
    doc = read_markdown("p.md", source)
    return {
        " ".join(doc.text[b.start : b.end].split()): b.section_path
        for b in doc.blocks
        if b.kind != "heading"
    }


def test_a_bracketed_note_under_a_title_keeps_the_title_in_the_path() -> None:
    paths = _paths(
        "## 4. General Exclusions\n\n## (Applicable to all covers under the Policy)\n\n"
        "Any claim arising from war.\n\n## 5. General Conditions\n\nYou must tell us.\n"
    )
    assert paths["Any claim arising from war."] == (
        "4. General Exclusions",
        "(Applicable to all covers under the Policy)",
    )
    assert paths["You must tell us."] == ("5. General Conditions",)


def test_a_bracketed_marker_is_a_title_of_its_own() -> None:
    paths = _paths("## Cancellation\n\n## (a)\n\nWe may cancel this policy.\n")
    assert paths["We may cancel this policy."] == ("(a)",)


def test_a_bracketed_title_after_text_is_a_title_of_its_own() -> None:
    paths = _paths("## Cover\n\nWe cover your bags.\n\n## (Optional extras)\n\nGolf clubs.\n")
    assert paths["Golf clubs."] == ("(Optional extras)",)
