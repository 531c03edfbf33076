"""An exclusion that a sentence after it narrows to some cases ("b. Weather conditions.
But this exclusion only applies if weather conditions contribute in any way with a cause
or event excluded in Paragraph 1 above", the US special causes-of-loss form; "This
exclusion applies only if ..." after a terrorism clause), found by editors in random
samples of outside PDFs (issue 18): alone, "Weather conditions …" says far more is
excluded than the policy does, so it gives no bullet. It stays an exclusion. Fixtures written for this file;
the first test failed on the code before."""

from __future__ import annotations

from exclusion_helpers import clause_texts, draft_bullet_words

_POLICY = (
    "# Property form\n\n## Covered causes of loss\n\nWe cover direct physical loss to your "
    "building.\n\n## Exclusions\n\nWe will not pay for loss or damage caused by or "
    "resulting from any of the following:\n\n"
    "- {item}\n- Wear and tear.\n"
)

_WEATHER = (
    "Weather conditions. But this exclusion only applies if weather conditions contribute "
    "in any way with a cause or event excluded above to produce the loss or damage."
)


def test_an_exclusion_narrowed_to_some_cases_is_no_bullet() -> None:
    bullets = draft_bullet_words(_POLICY.format(item=_WEATHER))
    assert not any(b.startswith("Weather conditions") for b in bullets), bullets
    assert "Wear and tear" in bullets, bullets


def test_it_stays_an_exclusion() -> None:
    clauses = clause_texts(_POLICY.format(item=_WEATHER))
    assert any(c.startswith("Weather conditions") for c in clauses), clauses
