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
