"""What an insurer says it does not answer for in the care it arranges ("We are not
responsible for the availability, quality or results of any medical treatment", "The
plan is not responsible if a provider refuses to furnish services", "... not liable for
the acts or omissions of any health care provider"), found in travel-medical and health
policies of several publishers (issue 18). The guideline counts it (the policy does not
protect you there), so it stays an exclusion; editors reading the draft judged it no line
of a "What is not covered" list, so it gives no bullet. A loss the insurer will not answer
for still does. Fixtures written for this file; the first test failed on the code before."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts, draft_bullet_words

_POLICY = (
    "# Visitors medical policy\n\n## Your cover\n\nWe pay for emergency medical treatment "
    "while you travel.\n\n## General conditions and limitations\n\n{clause}\n\n"
    "We do not pay for cosmetic surgery.\n"
)

_DISCLAIMERS = (
    "We are not responsible for the availability, quality or results of any medical "
    "treatment or transportation.",
    "The plan is not responsible if a provider refuses to furnish services to you.",
    "The plan is not liable for the acts or omissions of any health care provider.",
)


@pytest.mark.parametrize("clause", _DISCLAIMERS)
def test_a_disclaimer_of_the_care_arranged_is_no_bullet(clause: str) -> None:
    bullets = draft_bullet_words(_POLICY.format(clause=clause))
    assert any(b.startswith("Cosmetic surgery") for b in bullets), bullets
    assert len(bullets) == 1, bullets


@pytest.mark.parametrize("clause", _DISCLAIMERS)
def test_it_stays_an_exclusion_as_the_guideline_counts_it(clause: str) -> None:
    assert any(clause[:30] in text for text in clause_texts(_POLICY.format(clause=clause)))


def test_a_loss_the_insurer_will_not_answer_for_is_still_a_bullet() -> None:
    text = _POLICY.format(clause="We will not be liable for the negligence of your own staff.")
    assert any("negligence of your own staff" in b.lower() for b in draft_bullet_words(text))
