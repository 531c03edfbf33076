"""Nested lists: an exclusion's span when list items hold lists of their own."""

from __future__ import annotations

from exclusion_helpers import exclusions

COVER_ITEM_OPENS_EXCLUSIONS = """Section 4 - Your boat

We cover the following events:

1. Fire or lightning on board;
2. Theft of the boat from a locked marina;
- We will not pay any claim caused by or arising from:
(a) rot, rust or mould in the hull; or
(b) wear to the sails.

Section 5 - Your trailer

We pay for damage to your trailer.
"""


def test_a_cover_item_that_opens_a_list_of_exclusions_is_their_lead_in() -> None:
    found = exclusions(COVER_ITEM_OPENS_EXCLUSIONS, fmt="text")
    texts = [" ".join(e["text"].split()) for e in found]
    assert not any(t.endswith("arising from:") for t in texts), texts
    assert "rot, rust or mould in the hull; or" in texts, texts
    assert "wear to the sails." in texts, texts


def test_a_cover_item_that_excludes_by_itself_stays_an_exclusion() -> None:
    text = COVER_ITEM_OPENS_EXCLUSIONS.replace(
        "- We will not pay any claim caused by or arising from:",
        "- We will not pay for theft from an open mooring.",
    )
    found = exclusions(text, fmt="text")
    texts = [" ".join(e["text"].split()) for e in found]
    assert "We will not pay for theft from an open mooring." in texts, texts


ITEM_OF_SENTENCES = """# What is not covered

- Any damage to the hull caused by rot, rust or mould that builds up over time. You
  must have the hull checked by a qualified marine surveyor every two years, and keep
  the surveyor's written reports on board so that we can see them after a claim.
- Any damage to the sails caused by wind when the boat is moored and the sails were left
  up overnight by you or by anyone you allowed to sail the boat, unless the mooring was
  in a marina that we have approved in writing before the start of the period of cover.

Some text at the end of the policy that closes the document for the reader.
"""


def test_an_item_of_short_sentences_is_not_one_long_sentence() -> None:
    found = {e["text"][:20]: e["reasons"] for e in exclusions(ITEM_OF_SENTENCES)}
    assert "long-sentence" not in found["Any damage to the hu"], found
    assert "long-sentence" in found["Any damage to the sa"], found


LEAD_IN_ITEM_WITH_NESTED_LIST = """# Your buildings are covered for

- Storm damage to your home
- We do not pay for:
  - damage to sheds caused by wind
  - loss of garden furniture left outside
- Fire, smoke and explosion
- Escape of water from fixed pipes
"""


def test_a_lead_in_items_list_ends_at_the_next_item_further_out() -> None:
    """ "We do not pay for:" takes the items set in under it, not the cover items that
    follow back out at its own level."""
    texts = [" ".join(e["text"].split()) for e in exclusions(LEAD_IN_ITEM_WITH_NESTED_LIST)]
    assert "damage to sheds caused by wind" in texts, texts
    assert "loss of garden furniture left outside" in texts, texts
    assert not any("Fire" in t or "Escape of water" in t for t in texts), texts


def test_a_flat_list_after_a_lead_in_item_stays_its_list() -> None:
    """Without indentation the items after the lead-in item are its items, as before."""
    flat = LEAD_IN_ITEM_WITH_NESTED_LIST.replace("  - ", "- ")
    texts = [" ".join(e["text"].split()) for e in exclusions(flat)]
    assert "damage to sheds caused by wind" in texts, texts
    assert "Fire, smoke and explosion" in texts, texts


BULLET_LIST_INSIDE_A_COVER_BULLET = """# Home emergency

You are covered for the events set out below that need help at once:

- Lost keys: we pay for a locksmith when you cannot get into your home.
- You are not covered for:
    - keys lost while you are abroad
    - locks on a garden shed or a garage
- Boiler failure: we pay for an engineer to repair your boiler.
"""


def test_bullets_set_further_in_under_a_cover_bullet_are_its_own_list() -> None:
    """Bullets carry no number: only their indent shows the list inside the item."""
    texts = [" ".join(e["text"].split()) for e in exclusions(BULLET_LIST_INSIDE_A_COVER_BULLET)]
    assert "keys lost while you are abroad" in texts, texts
    assert "locks on a garden shed or a garage" in texts, texts
    assert not any(t.startswith("Boiler failure") for t in texts), texts


def test_a_cover_item_ending_on_excluding_opens_its_list_of_exclusions() -> None:
    """ "(2) Storm or flood excluding" over "(a) ...", "(b) ...": the sub-items are the
    exclusions; the peril that ends on its excluding word names none itself."""
    text = (
        "# Defined perils\n\nWe will indemnify You for Damage caused by:\n\n"
        "(1) Fire, explosion or lightning\n\n(2) Storm or flood excluding\n\n"
        "(a) Damage caused by frost or subsidence\n\n(b) Damage to gates and fences\n\n"
        "(3) Escape of water from any tank or pipe\n"
    )
    texts = [" ".join(e["text"].split()) for e in exclusions(text)]
    assert texts == [
        "(a) Damage caused by frost or subsidence",
        "(b) Damage to gates and fences",
    ], texts
