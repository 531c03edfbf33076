"""Draft bullets of items that a lead-in's stem completes, limbs of an all-of test, harm
heads and contractions (clarity/checks/exclusions/draft_lead_ins.py, draft.py,
draft_cover.py, topics.py, draft_item_words.py). Fixtures written for this file."""

from __future__ import annotations

import pytest
from exclusion_helpers import exclusions
from test_exclusion_topics_draft import draft_bullets, topics

from clarity.checks.exclusions.draft_item_words import stem_phrase
from clarity.checks.exclusions.lexicon import CompiledLexicon, lexicon_for
from clarity.checks.exclusions.title_reading import reads_as_heading
from clarity.rules.packs import load_rulesets


@pytest.fixture(scope="module")
def english() -> CompiledLexicon:
    return lexicon_for(load_rulesets()["en"])


def _bullets(text: str) -> list[str]:
    """The bullets alone (no titles); the fixtures' bullets hold no " (" of their own."""
    return [b for b in draft_bullets(text) if not b.startswith("###")]


def test_a_contraction_ends_a_topic_as_its_verb_does() -> None:
    text = (
        "# Exclusions\n\nWe will not pay a benefit if:\n\n"
        "- Home Help doesn’t apply to the life insured;\n- Child Care isn't in force.\n"
    )
    assert topics(text) == ["Home Help", "Child Care"]


def test_the_limbs_of_an_all_of_test_are_no_bullets() -> None:
    """Each limb excludes nothing alone: "the life insured suffers a condition" is one of
    the things that must all be so."""
    text = (
        "# Exclusions\n\nWe won’t pay a disability benefit if all of the following apply:\n\n"
        "- the life insured suffers a day one condition;\n"
        "- the life insured dies within eight days.\n\n"
        "We will not pay for:\n\n- frost damage;\n- war.\n"
    )
    assert _bullets(text) == ["Frost damage", "War"]


def test_a_list_whose_items_each_exclude_keeps_its_bullets() -> None:
    text = "# Exclusions\n\nWe will not pay if any of the following apply:\n\n- frost damage;\n- war.\n"
    assert _bullets(text) == ["Frost damage", "War"]


def test_the_causes_of_a_named_harm_keep_the_harm() -> None:
    """ "Acts of terrorism" alone reads as excluded whatever harm they do."""
    text = (
        "# Exclusions\n\nThis policy does not cover any claim arising from the following:\n\n"
        "1. Riot or civil commotion.\n\n2. Chemical or biological pollution due to or "
        "resulting from:\n\n(a) acts of terrorism; or\n\n(b) action taken to control any act "
        "of terrorism.\n\n3. Frost damage.\n"
    )
    bullets = _bullets(text)
    assert "Chemical or biological pollution due to or resulting from acts of terrorism" in bullets
    assert "Acts of terrorism" not in bullets


def test_the_causes_of_a_generic_loss_stand_alone() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n1. Loss or damage caused by:\n\n"
        "(a) mildew;\n\n(b) vermin.\n\n2. Frost damage.\n"
    )
    assert {"Mildew", "Vermin"} <= set(_bullets(text))


def test_a_cause_lead_in_with_no_harm_of_its_own_is_not_joined() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for any claim:\n\n1. Based upon or arising out of:\n\n"
        "(a) any assault or battery;\n\n(b) any riot.\n\n2. For frost damage.\n"
    )
    assert not any(b.startswith("Based upon") for b in _bullets(text))


def test_damage_to_a_thing_by_a_cause_keeps_its_damage() -> None:
    """ "Tyres by braking" reads as if the tyres were not covered."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- damage to tyres by braking or by road "
        "punctures;\n- damage to furniture stored by a removal firm;\n- frost damage.\n"
    )
    bullets = _bullets(text)
    assert "Damage to tyres by braking or by road punctures" in bullets
    assert "Furniture stored by a removal firm" in bullets  # who keeps it, not a cause


def test_both_halves_of_a_damage_head_go_together() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- damage to or loss of sunglasses;\n"
        "- damage to or destruction of property a family member rents;\n- frost damage.\n"
    )
    bullets = _bullets(text)
    assert "Sunglasses" in bullets  # not "Loss of sunglasses", which drops the damage
    assert "Damage to or destruction of property a family member rents" in bullets


def test_an_item_completes_the_stem_of_its_lead_in() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n(a) Treatment of your pets.\n\n"
        "(b) A sickness or related condition for which:\n\n"
        "(i) further treatment is planned before your trip; or\n\n(ii) war.\n\n"
        "(c) Any insured person suffering physical injury while:\n\n"
        "(i) on duty as a member of the armed forces; or\n\n(ii) frost damage.\n"
    )
    bullets = _bullets(text)
    assert (
        "A sickness or related condition for which further treatment is planned before your trip"
        in bullets
    )
    assert (
        "Any insured person suffering physical injury while on duty as a member of the armed forces"
    ) in bullets


def test_a_stem_that_names_nothing_or_defines_is_not_joined() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n(a) Treatment of your pets.\n\n"
        "(b) A serious illness has manifested itself when:\n\n"
        "(i) treatment is planned before your trip; or\n\n(ii) frost damage.\n"
    )
    assert not any(b.startswith("A serious illness") for b in _bullets(text))


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        # a list item a reader took for a heading
        ("Guaranteed Future Insurability (please refer to section 2) won’t apply", False),
        ("Automatic Increase does not apply", False),
        ("What is not covered", True),
        ("Section 4 – Benefits we won’t pay", True),
    ],
)
def test_a_title_that_ends_on_won_t_apply_is_a_clause(
    english: CompiledLexicon, title: str, heading: bool
) -> None:
    assert reads_as_heading(title, english) is heading


@pytest.mark.parametrize(
    ("lead_in", "joined"),
    [
        ("(c) A sickness or related condition for which:", True),
        ("Any insured person suffering physical injury while:", True),
        # a party, a preposition, an adverb: no subject of its own
        ("We will not indemnify You in respect of damage by theft from a car where", False),
        ("The waiting period won’t apply for any claim where:", False),
        ("However, where:", False),
        # a verb of its own: a definition or a rule
        ("A serious illness has manifested itself when:", False),
    ],
)
def test_a_stem_joins_its_item_only_when_it_names_a_subject(
    english: CompiledLexicon, lead_in: str, joined: bool
) -> None:
    bullet = stem_phrase(english, lead_in, "the doors have not been locked")
    assert bool(bullet) is joined
    if joined:
        assert bullet.endswith("the doors have not been locked")


def test_a_whether_aside_keeps_an_enumeration_whole() -> None:
    """ "(whether war has been declared or not)" widens the list; its verb is not the
    clause's, so the bullet is not cut to "War …"."""
    text = (
        "# General exclusions\n\nThis policy does not cover loss or damage caused by:\n\n"
        "2.1 War, invasion, act of a foreign enemy, hostilities and/or warlike actions "
        "(whether war has been declared or not).\n\n2.2 Frost.\n"
    )
    first = _bullets(text)[0]
    assert first.startswith(
        "War, invasion, act of a foreign enemy, hostilities and/or warlike actions"
    ) and not first.endswith("…"), first


def test_a_note_without_a_subject_naming_a_cover_is_no_bullet() -> None:
    """ "Does not apply to Basic Cover." under a table marks a row; "Basic Cover" alone
    would read as a cover not given."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- frost damage;\n- war.\n\n"
        "Does not apply to Basic Cover.\n\nThe extra benefit does not apply to money "
        "kept overnight.\n"
    )
    bullets = _bullets(text)
    assert "Basic Cover" not in bullets and "Frost damage" in bullets


def test_a_note_whose_subject_is_a_bare_this_is_no_bullet() -> None:
    """ "This does not apply to model aircraft flown for fun": what does not apply is the
    sentence before (here an exclusion, so the note gives cover back); "Model aircraft
    ..." alone would read as excluded."""
    text = (
        "# Exclusions\n\nWe will not pay for damage to aircraft. This does not apply to model "
        "aircraft flown for fun.\n\nPeriodic payments — This does not apply to Wrap "
        "accounts.\n"
    )
    bullets = _bullets(text)
    assert bullets and not any("model" in b.lower() or "Wrap" in b for b in bullets), bullets


def test_a_bullet_glyph_some_pdfs_print_is_not_a_topic_word() -> None:
    """ "> CPI increases do not apply": ">" is the list's bullet, here after "; and"."""
    text = (
        "EXCLUSIONS\n\nThe following restrictions apply to this option:\n\n"
        "> CPI and Loyalty Benefit increases do not apply to this option; and\n"
        "> the Future Insurability Benefit does not apply to the reinstated Death Benefit.\n\n"
        "We will not pay for frost damage.\n"
    )
    assert [row["topic"] for row in exclusions(text, fmt="text")] == [
        "CPI and Loyalty Benefit increases",
        "Future Insurability Benefit",
        "frost damage",
    ]


# A running head whose layers a PDF printed over each other ("Understanding Understanding
# important information (continued) tax tax", "Option Option"), a superscript run into
# the words ("₂₄-hour"), a heading cut on "&" or an exception's word, or a row of product
# codes ("TL TLS") is no title a draft can show.
@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Other Understanding Understanding important information tax tax", False),
        ("Participating Pharmacy Pharmacy", False),
        ("₂₄-hour", False),
        ("Exclusions¹", False),
        ("Annual All-Inclusive and Trip Cancellation &", False),
        ("TL TLS", False),  # the codes of the products a benefit applies to
        ("IPP", False),
        ("EXCEPT", False),  # an exception's opening word set apart from its clause
        ("Non", False),  # a prefix a table cell broke from its word ("Non | Super")
        ("Loss of use unless", False),
        ("COVER PROVIDED", True),
        ("Bed and Breakfast", True),
        ("Loss of Use", True),
        ("Trip Cancellation & Interruption", True),
    ],
)
def test_a_garbled_or_cut_heading_is_no_title(
    english: CompiledLexicon, title: str, heading: bool
) -> None:
    assert reads_as_heading(title, english) is heading


# A field of the schedule ("Payor Detail", "Policy Details", "Contract Information") names
# no part of the wording, whatever a reader ranked under it; a heading that only ends in
# "information" may name one ("Biometric Information", "Important Information").
@pytest.mark.parametrize(
    ("title", "generic"),
    [
        ("Payor Detail", True),
        ("Policy Details", True),
        ("Insured Particulars", True),
        ("Contract Information", True),
        ("Biometric Information", False),
        ("Important Information", False),
        ("Details of the hospital cash benefit and what it pays", False),
    ],
)
def test_a_schedule_field_is_no_part_s_title(
    english: CompiledLexicon, title: str, generic: bool
) -> None:
    assert english.matches("draft_generic_titles", title) is generic
