"""Lists that continue one clause: the lead-in and its items are one exclusion."""

from __future__ import annotations

from exclusion_helpers import exclusions

UNATTENDED_CARAVAN = """WHAT IS NOT COVERED

1. Any loss of or damage to fishing rods left on the river bank at any time.

2. Theft of camping gear from a caravan that nobody is staying in:

a) between dusk and dawn or

b) during the day unless it is locked in a cupboard that is out of sight.

3. Wear and tear to tents and awnings.

We will not pay for any claim caused by:

a) flooding from a burst river bank; or

b) subsidence of the ground under the shed.

Some closing text of the policy for the reader to finish on.
"""


def _texts(text: str, fmt: str = "text") -> list[str]:
    return [" ".join(e["text"].split()) for e in exclusions(text, fmt=fmt)]


def test_items_that_run_on_with_or_are_one_exclusion_with_their_lead_in() -> None:
    texts = _texts(UNATTENDED_CARAVAN)
    joined = [t for t in texts if "camping gear" in t]
    assert len(joined) == 1, texts
    assert joined[0].endswith("out of sight."), joined
    assert "between dusk and dawn or" in joined[0], joined
    assert not any(t.startswith(("between dusk", "during the day")) for t in texts), texts
    assert any(t.startswith("Any loss of or damage to fishing rods") for t in texts), texts
    assert any(t.startswith("Wear and tear") for t in texts), texts


def test_items_punctuated_as_a_list_stay_separate_exclusions() -> None:
    """ "...; or" closes a list item: the items are separate exclusions."""
    texts = _texts(UNATTENDED_CARAVAN)
    assert "flooding from a burst river bank; or" in texts, texts
    assert "subsidence of the ground under the shed." in texts, texts
    assert not any("camping gear" in t and "flooding" in t for t in texts), texts


CAPPED_AMOUNTS = """STORM DAMAGE TO SHEDS

We cover storm damage to garden sheds.

What we exclude: for a shed we will not pay more than:

(i) $ 4,000; or

(ii) 15% of the home insured amount, whichever is the lower amount.

Some closing text of the policy for the reader to finish on.
"""


def test_amounts_weighed_by_whichever_are_one_cap() -> None:
    texts = _texts(CAPPED_AMOUNTS)
    joined = [t for t in texts if "4,000" in t]
    assert len(joined) == 1 and "whichever is the lower" in joined[0], texts
    assert joined[0].startswith("What we exclude: for a shed"), joined


LESSER_OF = """LIMITS ON THE BICYCLE COVER

For a stolen bicycle we will not pay more than the lesser of:

1. the price of a similar new bicycle, or

2. the amount shown in your schedule.

We cover the following costs:

a) replacing a stolen bell or

b) fitting a new lock.

Some closing text of the policy for the reader to finish on.
"""


def test_a_lead_in_that_weighs_its_items_makes_them_one_cap() -> None:
    texts = _texts(LESSER_OF)
    joined = [t for t in texts if "similar new bicycle" in t]
    assert len(joined) == 1 and joined[0].endswith("in your schedule."), texts
    assert joined[0].startswith("For a stolen bicycle"), joined
    assert not any("stolen bell" in t or "new lock" in t for t in texts), texts  # cover
