"""Draft bullets keep the quotes of defined terms in pairs (forms that quote every
defined term, as held-out set 55's homeowners form does), and a key word set beside its
exclusion is the bullet (set 53's benefit book); invented text here."""

from __future__ import annotations

from exclusion_helpers import exclusions, summary_draft

LIABILITY = """# Section 4: Liability to others

We pay for damages you must pay because of an accident at your home.

## Exclusions

We do not pay for:

1. "bodily injury" or "property damage" which results from war, riot or revolt;
2. loss that results from the "trade" of an "insured";
3. "bodily injury" to "you", and if residents of "your" household, your relatives.
4. “loss of use” caused by the “pollutants” of a neighbour.
"""


def _bullets() -> list[str]:
    return [line for line in summary_draft(LIABILITY).splitlines() if line.startswith("- ")]


def test_a_bullet_that_opens_on_a_defined_term_keeps_its_opening_quote() -> None:
    bullets = _bullets()
    assert any(b.startswith('- **"Bodily injury" or "property damage" which') for b in bullets), (
        bullets
    )
    assert any(b.startswith("- **“Loss of use” caused by") for b in bullets), bullets


def test_a_bullet_cut_after_a_defined_term_keeps_its_closing_quote() -> None:
    bullets = _bullets()
    assert any('results from the "trade"' in b for b in bullets), bullets


def test_every_bullet_has_its_quotes_in_pairs() -> None:
    for bullet in _bullets():
        words = bullet.split(" (line")[0]
        assert words.count('"') % 2 == 0, bullet
        assert words.count("“") == words.count("”"), bullet


def test_a_quoted_party_leaves_no_space_before_a_comma() -> None:
    assert not any(" ," in b for b in _bullets()), _bullets()


KEY_WORDS = """# Section 9: Exclusions

Except as specifically provided in this benefit book, no benefits will be provided for services, supplies or charges:

- Acupuncture • For acupuncture services
- Hypnosis • For hypnosis, except as provided herein
- Massage • For massage therapy given by a spa
"""


def test_a_key_word_beside_its_exclusion_is_the_bullet() -> None:
    """A table of key words, each beside its exclusion ("Acupuncture • For acupuncture
    services", as US benefit books set them): the key word is the topic, the cell after
    the bullet glyph restates it; "…" where that cell lifts it."""
    bullets = [line for line in summary_draft(KEY_WORDS).splitlines() if line.startswith("- ")]
    assert bullets[0].startswith("- **Acupuncture** ("), bullets
    assert bullets[1].startswith("- **Hypnosis …** ("), bullets
    assert not any("•" in b for b in bullets), bullets


def test_a_bullet_glyph_printed_as_a_hyphen_cuts_no_topic() -> None:
    """Some PDFs print the hyphen of a broken word as a bullet glyph ("nonre• newal"):
    no cell begins there."""
    text = "# Section 3\n\nWe will not provide any jewel• lery cover for the period of extension.\n"
    topics = [row["topic"] for row in exclusions(text)]
    assert not any(topic.endswith("jewel") for topic in topics), topics
