"""A topic whose noun went with the cut gives no line of the draft summary, nor does a
short one that ends wanting the words of its sub-list.

"The naming of the lender as an additional insured shall not operate to increase our
limits": the party word "insured" ends the subject and is trimmed as it is after "by the
insured", which left "... as an additional", an article and an adjective with no noun
(topic_words.trim_end). Where nothing was trimmed ("loss to an additional vehicle") the
phrase is whole. Fixtures written for this file."""

from __future__ import annotations

from exclusion_helpers import summary_draft

EXCLUSIONS = """# Exclusions

The naming of the lender as an additional insured shall not operate to increase our limits.

We will not pay for loss to an additional vehicle you hire.
"""


def test_an_adjective_left_without_its_noun_gives_no_line() -> None:
    draft = summary_draft(EXCLUSIONS)
    assert "an additional**" not in draft and "lender" not in draft, draft
    assert "**Loss to an additional vehicle you hire**" in draft, draft


DANGLING = """# Policy

## Cover

We cover your home.

## Exclusions

We will not pay for:

- Weight loss surgery, unless the body mass index is greater than or equal to
- Deliberately caused by
- Greater than or equal to
- Wear and tear
- Damage to tyres caused by braking, unless caused by
"""


def test_a_short_bullet_that_ends_wanting_its_sub_list_gives_no_line() -> None:
    """ "Deliberately caused by": the words its sub-list gave it were the exclusion; a
    bullet that keeps an exception ("..., unless caused by …") says more follows (draft.py
    ``MAX_DANGLING_WORDS``)."""
    draft = summary_draft(DANGLING)
    assert "Deliberately" not in draft and "Greater" not in draft, draft
    assert "**Wear and tear**" in draft and "unless caused by …**" in draft, draft
