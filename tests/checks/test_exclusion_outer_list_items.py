"""Where a lead-in's list ends, on invented text set as US coverage forms set it.

A lead-in set inside a numbered definition ("16. 'Products hazard':" / "a. Includes
all injury ... except:" / "(1) ...", "(2) ...") ends at the next definition ("17.")
even though a page break between them left no paragraph to end it. And two lead-ins
that hold a trigger word but list no exclusions: a window for a notice ("at least 60
but not more than 120 days before:") and the grounds the insurer may cancel on."""

from __future__ import annotations

from exclusion_helpers import clause_texts

from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.rules.packs import load_rulesets

DEFINITIONS = """SECTION V - DEFINITIONS

15. "Pollutants" means any solid, liquid or gaseous irritant.

16. "Products hazard":

a. Includes all injury occurring away from premises you own and arising out of your product except:

(1) Products that are still in your physical possession; or

(2) Work that has not yet been completed.

17. "Property damage" means:

a. Physical injury to tangible property, including all resulting loss of use of that property.

b. Loss of use of tangible property that is not physically injured.

18. "Suit" means a civil proceeding in which damages are alleged.
"""


def test_the_next_definition_ends_a_lead_in_set_inside_one() -> None:
    found = clause_texts(DEFINITIONS, fmt="text")
    assert "Products that are still in your physical possession; or" in found, found
    assert not any(text.startswith("Physical injury") for text in found), found
    assert not any(text.startswith("Loss of use") for text in found), found


RESTARTED = """SECTION 7 MEDICAL EXPENSES

We will pay for:

(1) Treatment overseas;

(2) Extra hotel costs while you recover.

We will not pay for any claim caused by the following:

(1) Chiropractor fees;

(2) Vitamins and health supplements;

(3) Dental treatment for decay.
"""


def test_a_lead_in_that_restarts_a_list_set_the_same_way_keeps_its_items() -> None:
    found = clause_texts(RESTARTED, fmt="text")
    assert "Dental treatment for decay." in found, found


NOTICE = """NONRENEWAL

If we decide not to renew this policy, we will mail written notice to you at least 60 but not more than 120 days before:

(1) The expiration date; or

(2) The anniversary date of a continuous policy.

LIMITS

We will not pay more than:

(1) $500 for jewellery; or

(2) $200 for cash.
"""


def test_a_window_for_a_notice_leads_in_to_no_exclusions() -> None:
    found = clause_texts(NOTICE, fmt="text")
    assert "$500 for jewellery; or" in found, found
    assert not any(text.startswith("The expiration date") for text in found), found


def test_the_grounds_to_cancel_on_take_no_cover_away() -> None:
    lex = lexicon_for(load_rulesets()["en"])
    for text in (
        "If this policy has been in effect for more than 60 days, we may cancel only for any"
        " of the reasons listed below, provided we mail you notice at least 15 days before:",
        "We may cancel this policy only for one or more of the following reasons:",
    ):
        assert lex.matches("not_exclusion", text), text
    assert not lex.matches("not_exclusion", "We will not pay for any of the following:")
