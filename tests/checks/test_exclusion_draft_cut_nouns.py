"""A topic whose noun went with the cut gives no line of the draft summary.

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
