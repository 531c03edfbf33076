"""Draft bullets keep the words that narrow their topic, or are left out
(clarity/checks/exclusions/draft_narrow.py, draft.py). Fixtures written for this file."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_bullets


def test_words_before_the_topic_that_narrow_it_open_the_bullet() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- any loss arising from your use of a ladder "
        "during an act of terrorism;\n- frost damage.\n"
    )
    assert draft_bullets(text)[0] == "Your use of a ladder during an act of terrorism"


def test_a_vocabulary_name_the_clause_does_not_spell_is_no_bullet() -> None:
    """ "Alcohol or drugs" would drop "while the driver has taken" and invent words."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- an accident while the driver has taken "
        "narcotics;\n- frost damage.\n"
    )
    assert draft_bullets(text) == ["Frost damage"]


def test_a_topic_inside_a_clause_about_something_else_is_no_bullet() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- sickness which is wholly or partly "
        "attributable to pregnancy, for claims under Benefit 3;\n- frost damage.\n"
    )
    assert draft_bullets(text) == ["Frost damage"]


def test_a_carve_out_is_no_bullet() -> None:
    """ "(excluding speeding offences)" takes them out of "any offence", not out of cover."""
    text = (
        "# Changes\n\nYou must tell us if you are convicted of any offence "
        "(excluding speeding offences).\n"
    )
    assert "Speeding offences" not in draft_bullets(text)


def test_a_topic_cut_inside_its_name_is_no_bullet() -> None:
    text = "# Hazardous activities not covered\n\n- Ski Jumping\n- Rock Climbing\n"
    assert "Ski" not in draft_bullets(text)


def test_the_qualifier_that_ends_a_list_narrows_its_named_head() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- breakdown, loss or damage caused during "
        "installation, erection or relocation;\n- frost damage.\n"
    )
    assert draft_bullets(text)[0] == (
        "Breakdown, loss or damage caused during installation, erection or relocation"
    )


def test_one_bullet_per_wording_of_a_topic() -> None:
    """Two clauses of one topic with different conditions are two bullets."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- breakdown, loss or damage caused during "
        "installation;\n- breakdown, loss or damage caused by dual lifting.\n"
    )
    assert draft_bullets(text) == [
        "Breakdown, loss or damage caused during installation",
        "Breakdown, loss or damage caused by dual lifting",
    ]


def test_words_before_the_topic_narrow_it_when_the_trigger_closes_the_clause() -> None:
    """ "Expenses for voluntary termination of pregnancy ... are not covered": the trigger
    comes last, and the words before the topic are what is excluded."""
    text = (
        "# Maternity\n\nWe pay for maternity expenses.\n\n## Special conditions\n\n"
        "- Expenses incurred in connection with voluntary medical termination of pregnancy "
        "during the first twelve weeks are not covered.\n"
    )
    bullets = draft_bullets(text)
    assert bullets and bullets[-1].startswith("Voluntary medical termination of pregnancy"), bullets


NESTED = """# Losses we do not insure

We do not insure any loss consisting of the items below.

a. neglect of any person or body, whether negligent or not;

b. {lead}

(1) design or workmanship;

(2) materials used in repair or building; or

(3) upkeep;
of any building on or off the premises; or

c. frost.
"""


def test_an_item_completing_its_own_lead_in_phrase_keeps_the_lead_in() -> None:
    """Alone, "Upkeep" reads as never covered; the lead-in names the fault it is in."""
    bullets = draft_bullets(NESTED.format(lead="flaw, weakness or fault in:"))
    assert bullets[1:4] == [
        "Flaw, weakness or fault in design or workmanship",
        "Flaw, weakness or fault in materials used in repair or building",
        "Flaw, weakness or fault in upkeep",
    ], bullets


def test_a_lead_in_of_loss_leaves_its_items_alone() -> None:
    """ "Loss of or damage to: | Upkeep": the item is what is lost, and stands alone."""
    bullets = draft_bullets(NESTED.format(lead="loss of or damage to:"))
    assert "Upkeep" in bullets, bullets


def test_the_causes_of_a_named_harm_keep_it() -> None:
    """ "fire arising out of: | Upkeep": the loss excluded is fire's, not all that upkeep
    causes (draft_item_words.harm_cause_phrase)."""
    bullets = draft_bullets(NESTED.format(lead="fire arising out of:"))
    assert "Fire arising out of upkeep" in bullets and "Upkeep" not in bullets, bullets


def test_a_heading_with_no_word_titles_nothing() -> None:
    """ "U U" (a table's ticks set in a symbol font), "NB", "By us": no word of them names
    a part of the policy; the part above them does."""
    for heading in ("U U", "NB", "By us"):
        text = (
            "# Theft cover\n\nWe will not pay for:\n\n- keys left in the car.\n\n"
            f"# Trauma Cover\n\n## {heading}\n\nWe will not pay for:\n\n- war;\n"
            "- frost damage.\n"
        )
        titles = [b for b in draft_bullets(text) if b.startswith("###")]
        assert titles == ["### Theft cover", "### Trauma Cover"], (heading, titles)


def test_narrowing_words_that_open_on_the_second_of_a_pair_take_the_first() -> None:
    """ "the use, or threat of use, of any weapon": from "threat" on, the bullet would
    exclude only threats."""
    text = (
        "# General exclusions\n\nYou are not covered for:\n\n- loss, damage or expense "
        "directly or indirectly resulting from or attributable to the use, or threat of use, "
        "of any pathogenic or poisonous chemical or biological materials, nuclear reaction "
        "or radioactive contamination;\n- frost damage.\n"
    )
    bullets = draft_bullets(text)
    assert bullets[0].startswith("Use, or threat of use, of any pathogenic"), bullets
