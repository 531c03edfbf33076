"""Draft bullets the editors' reading of batch 14 found wrong, as rules that hold across
publishers. Fixtures written for this file.

- A sentence adverb that opens a clause ("Finally, we won't pay out under this section
  if ..."; "Additionally, ..."): alone before its comma it names nothing, and is no
  bullet's headline.
- A lead-in that ends on a bound ("We don't cover incidents that take place outside:" /
  "Australia"): the item alone reads as the thing excluded, the opposite of the wording;
  the bullet keeps the lead-in's words after its trigger.
- A run-in title over a clause whose items complete its phrase ('Employer's Liability
  "Bodily injury" to: ... arising out of: Employment by the insured'): the title names
  the clause, and its items give no bullet (session 36: the title alone names a field of
  law, wider than the clause). A generic title ("D7.5 Exclusions") names no clause.
- An item with a trigger of its own keeps its own words.
- A cover's heading that names the event it pays for ("If your pet passes away") opens
  with a condition, yet over a bare "What's not covered" it is the part that heading
  means: two covers' bare headings alike are two sections, each named with its cover.
  A heading that says when the insurer will not pay ("When we will not pay a claim")
  names no cover.
- A run-in title before "Damages arising out of ..." ("Electronic Data Damages arising out
  of the loss of ... electronic data") ends where "Damages" opens the clause.
- A section's name set as a line of text atop the cover column of a "What is covered |
  What is not covered" table ("Section B - Theft") names the bare "What is not covered"
  beside it; a contents entry ("Section I - Property ..... 11") names nothing.
- An item that places its lead-in's head ("any dispute: | With anyone insured by this
  policy"; batch 15) joins it ("Any dispute with anyone insured by this policy"): alone,
  it names a person as excluded. Not when the head opens a condition ("when the vehicle
  is being used:") or is only a preposition ("for:")."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections
from test_exclusion_topics_draft import draft_bullets, draft_titles, topics


def test_a_sentence_adverb_is_no_topic() -> None:
    text = (
        "# Van policy\n\n## Personal accident\n\nWe will pay £5,000 if you die in an "
        "accident.\n\n### What's not covered\n\nWe won't pay for death caused by "
        "suicide.\n\nFinally, we won't pay out under this section if the policy is held in "
        "the name of a company.\n\nAdditionally, we will not pay if the driver is not "
        "named.\n"
    )
    found = topics(text)
    assert not any(t.lower() in ("finally", "additionally") for t in found), found
    bullets = draft_bullets(text)
    assert not any(b.startswith(("Finally", "Additionally")) for b in bullets), bullets
    assert "Death caused by suicide" in bullets, bullets


def test_a_bounding_lead_in_keeps_its_words() -> None:
    text = (
        "# Car policy\n\n## Where you are covered\n\nWe don't cover incidents that take "
        "place outside:\n\n- Australia; or\n- the period of insurance.\n\n"
        "## Hire car\n\nWe will not pay for running costs of the hire car.\n"
    )
    bullets = draft_bullets(text)
    assert "Incidents that take place outside Australia" in bullets, bullets
    assert "Australia" not in bullets


def test_an_item_with_its_own_trigger_keeps_its_own_words() -> None:
    text = (
        "# Business policy\n\n## Portable equipment\n\nWe will not pay more than:\n\n"
        "- $10,000 for any one event. We will not pay for loss or damage to laptop "
        "computers left in a vehicle.\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.startswith("More than") for b in bullets), bullets


TITLED = (
    "# Liability coverage form\n\n## 2. Exclusions\n\nThis insurance does not apply "
    'to:\n\na. Expected Injury\n\n"Bodily injury" expected or intended by the '
    'insured.\n\nb. Employer\'s Liability "Bodily injury" to an "employee" of the '
    "insured arising out of:\n\n(1) Employment by the insured; or\n\n(2) Performing "
    "duties related to the conduct of the insured's business.\n\nc. Liquor Liability "
    '"Bodily injury" for which any insured may be held liable by reason of:\n\n(1) '
    "Causing or contributing to the intoxication of any person; or\n\n(2) The "
    "furnishing of alcoholic beverages to a person under the legal drinking age.\n"
)


def test_items_under_a_run_in_title_give_no_bullet() -> None:
    """Neither the title alone ("Liquor Liability …": all of it, the wording says part)
    nor one item ("Employment by the insured") says what the clause excludes."""
    bullets = draft_bullets(TITLED)
    assert not any(b.startswith(("Employer's", "Liquor")) for b in bullets), bullets
    assert not any(b.startswith(("Employment by", "Furnishing of")) for b in bullets), bullets


def test_a_generic_run_in_title_names_no_clause() -> None:
    text = (
        "# Legal protection\n\n## D7 Legal protection\n\nD7.5 Exclusions We do not cover "
        "legal cases in connection with:\n\n- fines and other costs of a punitive "
        "nature;\n- participation in races or rallies.\n"
    )
    bullets = draft_bullets(text)
    assert not any("Exclusions …" in b for b in bullets), bullets


def test_a_bare_heading_under_an_event_heading_is_named_with_it() -> None:
    text = (
        "# Pet policy\n\n## If your pet becomes unwell\n\n### What's covered\n\nWe pay "
        "vet fees up to £5,000.\n\n### What's not covered\n\nWe won't pay for dental "
        "treatment.\n\n## If your pet is responsible for injury or damage\n\n### What's "
        "covered\n\nWe pay claims made against you.\n\n### What's not covered\n\nWe "
        "won't pay for claims made by your family.\n\n#### Other things we don't cover"
        "\n\nWe won't pay for vet fees if your dog chases another animal.\n"
    )
    titles = draft_titles(text)
    assert "### If your pet becomes unwell – What's not covered" in titles, titles
    owner = "If your pet is responsible for injury or damage"
    assert f"### {owner} – What's not covered" in titles, titles
    assert f"### {owner} – Other things we don't cover" in titles, titles


def test_a_heading_of_when_we_will_not_pay_names_no_cover() -> None:
    text = (
        "# Business policy\n\n## Theft\n\nWe cover theft of contents.\n\n## When we "
        "will not pay a claim\n\n### What is not covered\n\nWe will not pay for "
        "theft by your employees.\n"
    )
    titles = draft_titles(text)
    assert not any(t.startswith("### When we will not pay") for t in titles), titles


def test_damages_opens_the_clause_after_a_run_in_title() -> None:
    text = (
        "# Liability coverage form\n\n## 2. Exclusions\n\nThis insurance does not apply "
        "to:\n\np. Electronic Data Damages arising out of the loss of, loss of use of, "
        "damage to, corruption of, inability to access, or inability to manipulate "
        'electronic data.\n\nq. Expected Injury "Bodily injury" expected or intended by '
        "the insured.\n"
    )
    bullets = draft_bullets(text)
    assert bullets[0].startswith("Electronic Data: Damages arising out of"), bullets


def test_a_section_name_atop_the_cover_column_names_the_exclusions_beside_it() -> None:
    text = (
        "# Cycle policy\n\n## What you are covered for\n\n### What is covered\n\n"
        "Section A - Accidental Damage\n\nWe will insure you for accidental damage to your "
        "cycle.\n\n### What is not covered\n\n1. Damage following abandonment.\n\n"
        "### What is covered\n\nSection B - Theft\n\nWe will insure you for theft of your "
        "cycle.\n\n### What is not covered\n\n1. Theft following abandonment.\n"
    )
    titles = draft_titles(text)
    assert "### Section A - Accidental Damage – What is not covered" in titles, titles
    assert "### Section B - Theft – What is not covered" in titles, titles


def test_a_contents_entry_names_no_section() -> None:
    text = (
        "# Home policy\n\n## Contents\n\nSection I - Property Protection ........ 11\n\n"
        "## Exclusions\n\nWe do not cover loss caused by wear and tear.\n"
    )
    titles = draft_titles(text)
    assert not any("Property Protection" in t for t in titles), titles


def test_a_placing_item_joins_its_lead_ins_head() -> None:
    text = (
        "# Motor policy\n\n## Legal costs\n\nWe will not pay legal costs for any "
        "dispute:\n\n- with anyone insured by this policy;\n- with your employer.\n\n"
        "## Glass\n\nThis coverage does not include loss:\n\n- on the residence premises "
        "if the dwelling has been vacant for more than 60 days.\n"
    )
    bullets = draft_bullets(text)
    assert "Legal costs for any dispute with anyone insured by this policy" in bullets, bullets
    vacant = "Loss on the residence premises if the dwelling has been vacant for more than 60 days"
    assert vacant in bullets, bullets
    assert "Anyone insured by this policy" not in bullets


def test_a_condition_or_a_bare_preposition_is_no_head() -> None:
    text = (
        "# Motor policy\n\n## Use\n\nWe will not pay for loss or damage "
        "when the vehicle is being used:\n\n- on any racetrack;\n- for hire.\n\n"
        "## Travel\n\nWe shall not be liable for:\n\n- whilst the insured is under the "
        "influence of intoxicating liquor or drugs.\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.startswith(("When the vehicle", "For whilst")) for b in bullets), bullets


def test_a_lead_in_ending_on_an_adjective_joins_its_items() -> None:
    text = (
        "# Motor policy\n\n## Repairs\n\nWe don't cover:\n\n- the cost to fix faulty:\n"
        "  - design\n  - workmanship by you\n\n## Abuse\n\nThis insurance does not apply to "
        "injury arising out of:\n\n- The negligent:\n  - employment;\n  - supervision "
        "of a person.\n"
    )
    bullets = draft_bullets(text)
    assert "Cost to fix faulty design" in bullets, bullets
    assert "Negligent employment" in bullets, bullets
    assert "Design" not in bullets and "Employment" not in bullets, bullets


def test_an_item_under_an_exclusions_heading_joins_the_adjectives_leading_in_to_it() -> None:
    """ "3. Faulty, inadequate or defective:" / "d. Maintenance" under an exclusions heading,
    the later items set further out than the first (as a PDF reader left them), so that
    they are no items of the lead-in: they are still what its adjectives qualify
    (draft_lead_ins.lead_in_bullet). A lead-in that is a clause of its own ("Future
    insurability is not available:") joins nothing."""
    lines = (
        ("heading", 1, "", "Section I – Exclusions"),
        ("list_item", 2, "2.", "2. War, including civil war."),
        ("list_item", 2, "3.", "3. Faulty, inadequate or defective:"),
        ("list_item", 3, "a.", "a. Planning, zoning or siting;"),
        ("list_item", 1, "b.", "b. Materials used in repair;"),
        ("list_item", 1, "c.", "c. Maintenance;"),
        ("heading", 1, "", "Future insurability is not available:"),
        ("list_item", 1, "•", "• for business disablement cover;"),
        ("list_item", 1, "•", "• if you are over age 55."),
        *GENERAL_PART,
    )
    sections = draft_sections(document_of_blocks(lines, sections=True, blank_lines=True))
    bullets = [bullet for found in sections.values() for bullet in found]
    assert "Faulty, inadequate or defective maintenance" in bullets, bullets
    assert "Maintenance" not in bullets, bullets
    assert not any(b.startswith("Future insurability") for b in bullets), bullets
