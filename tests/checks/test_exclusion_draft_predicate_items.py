"""Items of a lead-in that open on a verb are the predicate of the lead-in's subject
("Bodily injury for which any person:" / "a) is an insured under a nuclear liability policy"):
the noun inside them is no thing excluded, so without a join that brings the subject
along they give no bullet (``draft_item_opens_on_verb``,
clarity/checks/exclusions/draft_bullet.py). All text here is invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections


def _bullets(*lines: tuple) -> list[str]:
    sections = draft_sections(document_of_blocks((*lines, *GENERAL_PART), sections=True))
    return [bullet for bullets in sections.values() for bullet in bullets]


def test_an_item_that_opens_on_a_verb_gives_no_bullet() -> None:
    bullets = _bullets(
        ("heading", 1, "", "Part A – Exclusions"),
        ("paragraph", 0, "", "We do not provide liability coverage for:"),
        ("list_item", 1, "1.", "1. Bodily injury to you or a family member."),
        ("list_item", 1, "2.", "2. Bodily injury or property damage for which any person:"),
        ("list_item", 2, "a)", "a) is an insured under a nuclear liability policy; or"),
        ("list_item", 2, "b)", "b) would be an insured under a nuclear liability policy."),
    )
    assert not any("nuclear" in b.lower() for b in bullets), bullets
    assert "Bodily injury to you or a family member" in bullets, bullets


def test_an_item_that_names_a_thing_keeps_its_bullet() -> None:
    bullets = _bullets(
        ("heading", 1, "", "Section 2 Your car – Exclusions"),
        ("paragraph", 0, "", "We will not pay for:"),
        ("list_item", 1, "a)", "a) wear and tear to your car; or"),
        ("list_item", 1, "b)", "b) damage to tyres caused by braking."),
    )
    assert any("Wear and tear" in b for b in bullets), bullets


def test_a_participle_item_joins_the_thing_its_lead_in_ends_on() -> None:
    """'... arising out of a libel or slander: | a) made prior to the period': the
    item is said of the libel (draft_predicates.py); alone it names nothing."""
    bullets = _bullets(
        ("heading", 1, "", "Section 3 Liability – Exclusions"),
        ("paragraph", 0, "", "We will not pay for:"),
        ("list_item", 1, "1.", "1. Personal injury arising out of a libel or slander:"),
        ("list_item", 2, "a)", "a) made prior to the start of the period of insurance; or"),
        ("list_item", 2, "b)", "b) made by you knowing it to be false."),
        ("list_item", 1, "2.", "2. Fines or penalties."),
    )
    assert "Libel or slander made prior to the start of the period of insurance" in bullets, bullets
    assert not any(b.startswith("Made") for b in bullets), bullets


def test_a_condition_that_gives_cover_back_gives_no_bullet() -> None:
    """'unless you have: | shut off the water supply': alone the item reads as the thing
    excluded, the wording reversed (``draft_item_opens_on_verb``)."""
    bullets = _bullets(
        ("heading", 1, "", "Section 1 Buildings – Exclusions"),
        (
            "paragraph",
            0,
            "",
            "We will not pay for freezing while the home is empty unless you have:",
        ),
        ("list_item", 1, "a)", "a) shut off the water supply; and"),
        ("list_item", 1, "b)", "b) drained the tanks."),
        ("paragraph", 0, "", "We will not pay for theft of a bicycle unless it is:"),
        ("list_item", 1, "a)", "a) located inside a locked building; or"),
        ("list_item", 1, "b)", "b) locked to a fixed object."),
    )
    assert not any(b.split()[0] in ("Shut", "Located") for b in bullets), bullets
