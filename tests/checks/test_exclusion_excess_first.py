"""The first amount of each claim that the insurer withholds is excess, not an exclusion."""

from __future__ import annotations

from exclusion_helpers import excess, exclusions

FIRST_AMOUNTS = """# Your boat

We cover accidental damage to your boat.

For damage while racing we will not be liable for the first:

- $800 when the skipper is under 21 years of age;
- $300 when the skipper has held a licence for less than a year.

You are not covered for the first £150 of any claim for a lost oar.

You are not covered for the first 14 days after a storm for damage to the mast.

We will not pay for damage caused by woodworm or rot.
"""


def _texts(rows: list[dict]) -> list[str]:
    return [" ".join(r["text"].split()) for r in rows]


def test_amounts_under_a_the_first_lead_in_are_excess() -> None:
    excluded = _texts(exclusions(FIRST_AMOUNTS))
    apart = _texts(excess(FIRST_AMOUNTS))
    assert not any(t.startswith(("$800", "$300")) for t in excluded), excluded
    assert any(t.startswith("$800 when the skipper") for t in apart), apart
    assert any(t.startswith("$300 when the skipper") for t in apart), apart


def test_a_trigger_that_withholds_the_first_amount_is_excess() -> None:
    excluded = _texts(exclusions(FIRST_AMOUNTS))
    apart = _texts(excess(FIRST_AMOUNTS))
    assert not any("first £150" in t for t in excluded), excluded
    assert any("first £150" in t for t in apart), apart
    assert any("woodworm" in t for t in excluded), excluded  # an exclusion stays one
    assert any("first 14 days" in t for t in excluded), excluded  # a period is no amount


def test_the_definition_of_the_excess_is_excess() -> None:
    """ "Excess means the first part of each claim we do not pay ...": the definition of
    the excess says how much the insured bears, it takes no loss out of cover."""
    text = (
        "# Definitions\n\nExcess means the first part of each claim that we do not pay and "
        "that you bear yourself, as shown in your schedule.\n\n"
        "Storm means wind over 50 miles an hour, but we do not pay for damage by frost.\n"
    )
    assert not any(t.startswith("Excess means") for t in _texts(exclusions(text)))
    assert any(t.startswith("Excess means") for t in _texts(excess(text)))
