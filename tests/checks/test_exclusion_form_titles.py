"""A form's title ends the exclusion heading above it.

A policy package binds an endorsement ("CHANGES - EXCLUSION FOR ANIMALS") and the
coverage forms it changes. Where the reader sets the endorsement's title a level above
the next form's title ("BUILDING COVERAGE FORM"), the form's sections ("C. Limits Of
Insurance") sit under the endorsement's title as well: its word "EXCLUSION" must not
make every item of the form an exclusion. The form starts anew.

All text here is invented."""

from __future__ import annotations

from exclusion_helpers import clause_texts

ENDORSED = """# CHANGES - EXCLUSION FOR ANIMALS

This endorsement changes the policy. Please read it carefully.

## BUILDING COVERAGE FORM

### C. Limits Of Insurance

1. The most we will pay for loss in any one occurrence is the Limit shown in the Declarations.
2. The most we will pay for loss to outdoor signs is $2,500 per sign in any one occurrence.
"""


def test_items_under_a_form_title_are_not_the_endorsements_exclusions() -> None:
    """Items under 'BUILDING COVERAGE FORM' / 'C. Limits Of Insurance' are no exclusions."""
    texts = clause_texts(ENDORSED)
    assert not any(t.startswith("The most we will pay") for t in texts), texts


def test_without_a_form_title_the_exclusion_heading_still_governs() -> None:
    """With no form title between them, the items are read under the exclusion heading."""
    texts = clause_texts(ENDORSED.replace("## BUILDING COVERAGE FORM\n\n", ""))
    assert any(t.startswith("The most we will pay for loss in any one") for t in texts), texts
