"""What a plan tells its members about decisions and explanations is no exclusion (issue
18: the model evidence of coverage every Medicare plan uses, read in two publishers'
documents): an indirect question ("why something is not covered") and a decision
reported in a letter ("a letter that says we will not pay"), what the member's
out-of-pocket costs leave out (how spending is counted), that a plan does not cover
everything of a kind, the notice of non-discrimination. A topic ends before
"might" or "could", as it does before "may" ("The drug might not be covered" names no
"Drug might").

Every text here is written for the test; none is taken from a real document."""

from __future__ import annotations

import pytest
from exclusion_helpers import assert_only_beside, exclusions

_REAL = "We do not cover hearing aids bought abroad."


@pytest.mark.parametrize(
    "sentence",
    [
        "This leaflet gives information about why a claim is not covered and who to ask.",
        "Part 6 explains why a prescribed medicine is not covered or is limited.",
        "We will then send you a letter that says we will not pay for the treatment.",
        "You will get a notice stating that we will not pay for the scan.",
        "Our plan does not cover all hearing aids.",
        "See Not Covered later in this section for details.",
        "If you have not paid for the service or the hearing aid yet, we will pay the "
        "provider directly.",
        "The examples below do not cover every situation.",
        "The plan does not discriminate, exclude people, or treat them differently because "
        "of sex (including pregnancy) or age.",
    ],
)
def test_an_explanation_or_a_reported_decision_is_no_exclusion(sentence: str) -> None:
    assert_only_beside(sentence, _REAL)


def test_a_real_exclusion_with_whether_is_still_found() -> None:
    found = exclusions(
        "# Policy terms\n\nInjury in war, whether declared or not, is not covered.\n"
    )
    assert len(found) == 1 and "war" in found[0]["topic"], found


def test_a_plan_chosen_that_does_not_cover_all_places_still_excludes() -> None:
    sentence = (
        "If you choose a plan that does not cover all the countries you visit, you will not "
        "be covered for events in a country your plan leaves out."
    )
    assert len(exclusions(f"# Policy terms\n\n{sentence}\n")) == 1


def test_a_topic_ends_before_might() -> None:
    found = exclusions("# Policy terms\n\nThe hearing aid might not be covered at all.\n")
    assert found and "might" not in found[0]["topic"].lower(), found


def test_what_the_member_s_out_of_pocket_costs_leave_out_is_no_exclusion() -> None:
    text = (
        "# Drug costs\n\n## These payments are not included in your out-of-pocket costs\n\n"
        "Your out-of-pocket costs do not include any of these types of payments:\n\n"
        "- Medicines you buy on holiday abroad.\n"
        "- Payments for your medicines made by a charity.\n\n"
        f"## Exclusions\n\n{_REAL}\n"
    )
    assert [row["text"] for row in exclusions(text)] == [_REAL]


def test_what_the_insurer_must_prove_to_deny_a_claim_is_no_exclusion() -> None:
    text = (
        "# State notices\n\n## Fraud statement\n\n"
        "In order for us to deny a claim on the basis of misstatements in the application, "
        "we must show that:\n\n"
        "- The misinformation is material to the content of the policy;\n"
        "- We relied upon the misinformation; and\n"
        "- The information was material to the risk assumed by us.\n\n"
        f"## Exclusions\n\n{_REAL}\n"
    )
    assert [row["text"] for row in exclusions(text)] == [_REAL]
