"""A sentence that defines a quoted term under an exclusion's heading ('So long as the Act is
in force, "terrorism" includes ...'; '"Employee" does not include a "temporary worker"')
says what a word means, not what is excluded: it gives no bullet, as clauses inside the
definitions give none (``draft_defining_sentences``). All text here is invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections


def _bullets(*paragraphs: str) -> list[str]:
    lines = (
        ("heading", 1, "", "Terrorism exclusion"),
        *(("paragraph", 0, "", words) for words in paragraphs),
        *GENERAL_PART,
    )
    sections = draft_sections(document_of_blocks(lines, sections=True))
    return [bullet for bullets in sections.values() for bullet in bullets]


def test_a_sentence_that_defines_a_quoted_term_gives_no_bullet() -> None:
    bullets = _bullets(
        "We will not pay for loss or damage caused by any act of terrorism.",
        'So long as the Federal Act is in force, "terrorism" includes any act the Act certifies.',
        '"Employee" does not include a "seasonal worker" hired for harvest.',
    )
    assert any("terrorism" in b.lower() for b in bullets), bullets
    assert not any("So long" in b or "Federal Act" in b for b in bullets), bullets
    assert not any("seasonal worker" in b.lower() for b in bullets), bullets
