"""Refusals said in other words, and refusals ruled out.

- "No partial loss or damage shall become payable": a refusal with its subject after
  "no" (not "No excess is payable", what the insured is spared paying, nor "If no benefit
  is paid", a condition);
- the insurer's word that it does not vouch for an assignment ("We are not responsible for
  the validity of an assignment") takes no cover away, nor does who pays the premium ("The
  lessor is not responsible for payment of premiums"), nor a state guaranty
  association's notice of what it pays if the insurer fails;
- how an amount is counted ("The sum insured you choose should exclude goods and services
  tax") takes no cover away;
- "won't" with the verbs of paying back ("We won't reimburse any expenses you can
  recover elsewhere") refuses as "will not reimburse" does;
- a benefit "not concurrently payable" with another is not paid, with the adverb between;
- "We may reduce Our liability for any claim" cuts what is paid, whoever the duty binds
  ("If You (or they) do not comply ...");
- a refusal ruled out ("in which case we cannot refuse to pay the claim only by reason of
  the act", "we will not deny payment on the grounds of ...") gives cover back, and so does
  a coinsurance condition lifted ("The Additional Condition, Coinsurance, does not apply to
  these Extensions"), unless a limit says it in passing;
- an endorsement's notice of what it adds ("The following exclusion is added to Paragraph
  2., Exclusions of Section I ...:") or a definition it adds is no exclusion: the clauses
  after it are; nor is an exclusion named by its number and title that "does not apply to
  this Extension" (cover given back), nor a form's copyright line.

All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_found, assert_not_found, clause_texts

COVER = """# Section 4 Business expenses

We pay your fixed business expenses while you are disabled. {sentence}
"""

FOUND = (
    "We won’t reimburse any expenses you can recover under another policy.",
    "Benefits are not concurrently payable for both Total and Partial Disability.",
    "If You (or they) do not tell Us, We may reduce Our liability for any claim.",
    "We will not pay expenses that exceed 75% of the usual cost if you do not call us first, "
    "unless you could not call (in that case, the 25% co-insurance does not apply).",
    "No partial loss of a bag shall become payable.",
    "No monthly business expense benefit will be paid while you are in prison.",
)

NOT_FOUND = (
    "If the act caused no part of the loss, we cannot refuse to pay the claim only by reason "
    "of the act.",
    "We will not deny payment on the grounds of a late notice of claim.",
    "The Additional Condition, Coinsurance, does not apply to these Extensions.",
    "The Coinsurance Additional Condition does not apply to Demolition Cost Coverage.",
    "Exclusion 4.2 (b) – ‘Goods in your custody’ does not apply to this Extension.",
    "Exclusion 1, theft from an open yard, does not apply to this Extension.",
    "Exclusion 20. does not apply to injury caused by a machine you repaired.",
    "Includes copyrighted material of Example Rating Office, Inc., with its permission.",
    "No excess is payable for a claim under this section.",
    "If no business expense benefit is paid, the premium is refunded.",
    "The sum insured you choose should exclude goods and services tax (GST).",
    "Annual premium is the premium you pay in a year, excluding taxes and rider premiums.",
    "We are not responsible for the validity of an assignment.",
    "The lessor is not responsible for payment of premiums.",
    "Coverage by the Association generally requires residency in the state.",
    "If the person is provided coverage by the guaranty association of another state, "
    "we will not pay.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_a_refusal_in_other_words_is_found(sentence: str) -> None:
    assert_found(COVER, sentence)


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_a_refusal_ruled_out_or_a_notice_is_not_found(sentence: str) -> None:
    assert_not_found(COVER, sentence)


ENDORSED = """MOULD EXCLUSION

EXCLUSIONS

A. The following exclusion is added to Paragraph 2., Exclusions of Section I - Coverage A:
  1. "Bodily injury" arising out of any mould or fungus.
B. The following exclusion is added to Paragraph 2., Exclusions of Section I - Coverage B:
  1. "Personal injury" arising out of any mould or fungus.
C. The following definition is added to the Definitions Section: "Mould" means any fungus.

HOW TO CLAIM

Call us within thirty days of any loss.
"""


def test_an_endorsements_notices_under_its_exclusions_heading_are_not_found() -> None:
    found = clause_texts(ENDORSED, fmt="text")
    assert found == [
        '"Bodily injury" arising out of any mould or fungus.',
        '"Personal injury" arising out of any mould or fungus.',
    ], found


NUMBERED_GIVE_BACK = """EXTENSIONS OF COVER

New premises

We will cover property at new premises, provided that:

(a) you tell us about the new premises within 60 days; and
(b) Limitations of Cover – 7. ‘Underinsurance’ does not apply to this Extension of Cover.
"""


def test_the_clause_number_of_a_give_back_is_not_left_as_an_item() -> None:
    """The item's sentence is cut after "7."; neither part takes cover away."""
    found = clause_texts(NUMBERED_GIVE_BACK, fmt="text")
    assert found == ["you tell us about the new premises within 60 days; and"]


EXCLUSIONS_PAGE = """# Exclusions

We will not pay for:

- war;
- riot.

{sentence}
"""


def test_a_forms_copyright_line_under_exclusions_is_not_one() -> None:
    found = clause_texts(
        EXCLUSIONS_PAGE.format(
            sentence="Includes copyrighted material of Example Rating Office, Inc., with its "
            "permission."
        )
    )
    assert found == ["war;", "riot."], found


PARTS_GIVE_BACK = """EXCLUSIONS

This policy does not cover:

1. treatment you travelled to receive;

2. expenses for treatment provided outside Canada except as provided under the following
sections in this policy:

a. Automatic policy extensions; or

b. Travel benefits outside Canada.

3. routine dental care.
"""


def test_the_parts_an_exception_names_are_no_exclusions() -> None:
    """'... does not cover treatment outside Canada except as provided under the following
    sections in this policy:' / 'Automatic policy extensions': the sections give cover
    back; the clause that names them still excludes."""
    found = clause_texts(PARTS_GIVE_BACK, fmt="text")
    assert not any(c.startswith(("Automatic", "Travel benefits")) for c in found), found
    assert any("outside Canada" in c for c in found), found
