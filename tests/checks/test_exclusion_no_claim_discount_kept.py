"""When a no-claim discount is kept ("Your NCD will not be affected even if a claim is
made if:" / "we are of the opinion that you are not at fault" / "the other vehicle is
insured"), set under a title that names exceptions ("3. Exception to this Rule") in a
Malaysian motor policy and an Australian business pack (issue 18): a premium rule, so
neither the lead-in nor its items are exclusions, though the title names exceptions.
Fixtures written for this file; the first test failed on the code before."""

from __future__ import annotations

from exclusion_helpers import clause_texts

_POLICY = (
    "# Motor policy\n\n## Section A – Loss or damage to your car\n\nWe cover loss of or "
    "damage to your car.\n\nWe will not pay for wear and tear.\n\n## No claim discount\n\n"
    "### 3. Exception to this rule\n\n{lead_in}\n\n"
    "- we are of the opinion that you are not at fault for causing the loss;\n"
    "- the other vehicle is insured by a licensed insurer; and\n"
    "- there is no death or injury claim involved.\n"
)


def test_the_items_of_a_discount_kept_are_no_exclusions() -> None:
    text = _POLICY.format(lead_in="Your NCD will not be affected even if a claim is made if:")
    clauses = clause_texts(text)
    assert not any("not at fault" in c or "licensed insurer" in c for c in clauses), clauses
    assert any(c.startswith("We will not pay for wear and tear") for c in clauses), clauses


def test_the_same_title_over_exclusions_still_makes_them_exclusions() -> None:
    text = _POLICY.format(lead_in="We will not pay any claim if:")
    clauses = clause_texts(text)
    assert any("not at fault" in c for c in clauses), clauses
