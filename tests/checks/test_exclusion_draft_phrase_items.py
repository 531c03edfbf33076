"""Draft bullets of a list that is one phrase cut into items ("... arises from or involves
the" / "• manufacture," / "• mining," / "• use," / "or exposure to asbestos."): each item
is a word of the phrase whose object comes after the list, and alone ("Mining") says that
all mining is excluded. No such item is a bullet (``draft_phrase_lead_in``). All text here
is invented."""

from __future__ import annotations

from exclusion_helpers import draft_bullet_words

POLICY = (
    "# Liability policy\n\n## Your cover\n\nWe cover your legal liability to others.\n\n"
    "## Exclusions\n\n### Asbestos\n\n"
    "We will not pay where legal liability arises in any way from or involves {lead}\n\n"
    "- manufacture,\n- mining,\n- storage,\n- use,\n\n"
    "or exposure to asbestos or materials containing asbestos.\n"
)


def test_the_words_of_one_phrase_are_no_bullets() -> None:
    bullets = draft_bullet_words(POLICY.format(lead="the"))
    assert not {"Manufacture", "Mining", "Storage"} & set(bullets), bullets


def test_items_after_a_lead_in_that_ends_on_a_colon_stay_bullets() -> None:
    bullets = draft_bullet_words(POLICY.format(lead="any of the following:"))
    assert "Mining" in bullets, bullets
