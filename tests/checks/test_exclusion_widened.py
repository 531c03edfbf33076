"""A sentence that widens the exclusion before it ("This exclusion applies even if the
claims allege negligence", "This exclusion also applies to any loss, cost or expense
..."), as US liability forms add one after many exclusions, is part of what is not
covered, and readers label it so. One that narrows it ("This exclusion applies only to
...") or gives cover back ("This exclusion does not apply to ...") does not widen it.
Invented text."""

from __future__ import annotations

from exclusion_helpers import clause_texts

BASE = """# Section 2 Your liability

We pay the damages you are legally liable to pay for injury to others.

Injury arising out of the use of any aircraft you own. {sentence}
"""


def _found(sentence: str) -> list[str]:
    return clause_texts(BASE.format(sentence=sentence))


def test_a_sentence_that_widens_the_exclusion_is_found() -> None:
    for sentence in (
        "This exclusion applies even if the claims against you allege negligence.",
        "This exclusion applies whether you may be liable as an owner or in any other capacity.",
        "This exclusion also applies to any loss, cost or expense awarded against you.",
    ):
        assert any(text.startswith("This exclusion") for text in _found(sentence)), sentence


def test_a_sentence_that_gives_cover_back_is_not_a_widening() -> None:
    found = _found("This exclusion does not apply to model aircraft.")
    assert not any(text.startswith("This exclusion") for text in found), found
