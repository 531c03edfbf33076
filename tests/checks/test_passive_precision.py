"""P101 leaves alone the passives that name no one on purpose: events with no actor to
name, clauses after "having", and passives inside an exclusion (naming "you" there would
narrow the exclusion and so change the cover)."""

from __future__ import annotations

from rule_settings import EVERY_RULE

from clarity import check_text

POLICY = """# Your car insurance

We insure your car. Your premium is in your schedule. You must tell us about a claim.

## What is covered

We pay to repair your car after an accident. Claims must be reported within 30 days.
We pay for new keys if your keys are stolen.
The glass having been repaired, we pay the garage directly.

## What is not covered

We do not pay for loss or damage if your car is left unlocked.
"""


def passives(text: str, **kw: str) -> list[str]:
    result = check_text(text, lang="en", fmt="markdown", **kw, settings=EVERY_RULE)
    return [" ".join(f.text.split()) for f in result.findings if f.code == "P101"]


def test_a_passive_that_hides_who_must_act_is_still_flagged():
    assert "be reported" in passives(POLICY)


def test_an_event_with_no_actor_to_name_is_not_flagged():
    assert "are stolen" not in passives(POLICY)


def test_a_clause_after_having_is_not_flagged():
    assert "been repaired" not in passives(POLICY)


def test_a_passive_inside_an_exclusion_is_not_flagged():
    found = passives(POLICY)
    assert "is left" not in found
    # the same sentence outside any exclusion is flagged
    outside = "We insure your car. Your premium is paid monthly. Your car is left at the garage."
    assert "is left" in passives(outside, profile="insurance")


def test_whether_p101_is_selected_alone_does_not_change_it():
    alone = check_text(POLICY, lang="en", fmt="markdown", settings=EVERY_RULE)
    only = [f.text for f in alone.findings if f.code == "P101"]
    from dataclasses import replace

    from clarity.core.settings import Settings

    selected = check_text(
        POLICY, lang="en", fmt="markdown", settings=replace(Settings(), select=("P101",))
    )
    assert [f.text for f in selected.findings] == only
    assert "exclusions" not in selected.extra  # the analysis was used, not reported


FI_POLICY = """# Kotivakuutus

Vakuutus korvaa kotisi vahingot. Maksat vakuutusmaksun kerran vuodessa.

## Mitä vakuutus ei korvaa

Vakuutuksesta ei korvata vahinkoa, joka on aiheutettu tahallisesti. Emme korvaa kulumista.

## Korvauksen hakeminen

Vahingosta ilmoitetaan meille heti.
"""


def test_a_finnish_passive_inside_an_exclusion_is_not_flagged():
    result = check_text(
        FI_POLICY,
        lang="fi",
        profile="insurance",
        fmt="markdown",
        genre="consumer",
        settings=EVERY_RULE,
    )
    texts = [f.text for f in result.findings if f.code == "P501"]
    assert any("ilmoitetaan" in t for t in texts)
    assert not any("korvata" in t or "aiheutettu" in t for t in texts)
