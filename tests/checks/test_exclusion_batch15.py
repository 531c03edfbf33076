"""Lists under an exclusions heading that are no exclusions (editors' reading, batch 15).
Fixtures written for this file.

- A heading that denies a limit ("What are not benefit reductions?", "Income that is not
  deductible"): the items under it are income the plan will not take off the benefit,
  pay kept, not cover taken away.
- An item that goes on numbering the exclusions but titles how to claim ("9) Pre-existing
  conditions." / "10) Claim Procedure:"): the exclusions have ended; the documents and
  steps after it, down to the next heading, are no exclusions.
- The words after a passive trigger that only point back at the cover ("Temporary and
  seasonal workers are excluded | from coverage", "are not covered | under this
  benefit") qualify nothing: the bullet is the subject ("Temporary and seasonal workers"),
  not "Temporary and seasonal workers from coverage". A part named by its number ("by
  Section 1A") is no such pointer.
- A title that opens by naming exclusions and says whose they are may run to 16 words
  ("Exclusions only Applicable to the Accidental Death & Dismemberment section of this
  Policy:"): it titles its exclusions, not the part above it; a lead-in set as a heading
  ("You are not covered if, at the time of an event, your vehicle was:") still does not.
- "All types of hernia", "Any type of contraception" (batch 16, Care): the kind is the
  subject; "Types of hernia" read as some types only.
- A long exception that opens with how long the exclusion lasts ("shall be excluded
  until the expiry of 36 months of continuous coverage after the date of inception of
  the first policy with us"; batch 16, Care, and the same standard wording in ten Indian
  health policies): the bullet shows the time ("until the expiry of 36 months of
  continuous coverage …"), not a bare "until …".
- A title lettered on from the heading above and run into its text ("E. COMA OF
  SPECIFIED SEVERITY" as a heading, then "F. STROKE RESULTING IN PERMANENT SYMPTOMS Any
  cerebrovascular incident ..." read as a list item; batch 17, Oriental): the exclusions
  after it are the stroke's, not the coma's.
- An item that names exclusions by number and says what they do not reach ("5. Exclusions
  4.c. and 4.d. do not apply to equipment ... that is:"; batch 17, National Union): its
  items give cover back. An item that excludes and then lifts ("2. Arising out of a
  business ... This exclusion A.2. does not apply to:") still excludes."""

from __future__ import annotations

from exclusion_helpers import clause_texts
from test_exclusion_topics_draft import draft_bullets, draft_titles


def test_items_under_a_heading_that_denies_a_reduction_are_no_exclusions() -> None:
    text = (
        "# Disability plan\n\n## What are not benefit reductions?\n\nWe will not subtract "
        "from your gross disability payment income you receive from the following:\n\n"
        "- profit sharing plans\n- thrift plans\n- individual retirement accounts\n\n"
        "## What disabilities are not covered?\n\nWe do not cover disabilities caused by "
        "war.\n"
    )
    found = clause_texts(text)
    assert not any("profit sharing" in c or "thrift" in c for c in found), found
    assert any("war" in c for c in found), found


def test_a_claim_procedure_item_ends_the_exclusions() -> None:
    text = (
        "# Travel policy\n\n## General exclusions\n\n1) Claims for events before the "
        "start of cover.\n\n2) Illness resulting from war.\n\n3) Pre-existing conditions."
        "\n\n4) Claim Procedure:\n\n- Call our claims line.\n- Attach the documents below."
        "\n\nWhere the claim is for baggage, send\n\n- airline tickets\n- receipts for the "
        "lost baggage\n"
    )
    found = clause_texts(text)
    assert any("war" in c for c in found), found
    assert any("Pre-existing" in c for c in found), found
    assert not any("airline tickets" in c or "receipts" in c for c in found), found


def test_a_pointer_at_the_cover_after_a_passive_trigger_is_no_qualifier() -> None:
    text = (
        "# Plan\n\n## Eligibility\n\nWe cover employees.\n\nTemporary and seasonal workers "
        "are excluded from coverage.\n\nContact lenses are not covered under this benefit."
        "\n\nCosmetic surgery is excluded from this policy unless it follows an accident.\n"
    )
    bullets = draft_bullets(text)
    assert "Temporary and seasonal workers" in bullets, bullets
    assert "Contact lenses" in bullets, bullets
    assert "Cosmetic surgery unless it follows an accident" in bullets, bullets


def test_a_long_title_that_names_whose_exclusions_titles_them() -> None:
    title = (
        "Exclusions only Applicable to the Accidental Death & Dismemberment section of this Policy:"
    )
    text = (
        "# Travel policy\n\n## Policy exclusions\n\n### Exclusions only Applicable to the "
        "Emergency Medical section:\n\nThere is no coverage for claims resulting from:\n\n"
        "1. Elective medical treatment;\n2. Transplants of any kind.\n\n### "
        + title
        + "\n\nThere is no coverage for claims resulting from:\n\n1. Any act of terrorism;"
        "\n2. Any injury sustained at work.\n"
    )
    assert f"### {title}" in draft_titles(text), draft_titles(text)


def test_types_of_is_no_part_of_the_topic() -> None:
    text = (
        "# Health policy\n\n## Waiting periods\n\nThe following are not covered in the first "
        "24 months:\n\n- All types of hernia and hydrocele\n- Any type of contraception, "
        "sterilization\n- Forms of cirrhosis\n"
    )
    # the window each item is excluded in closes its bullet
    bullets = [b.removesuffix(", in the first 24 months …") for b in draft_bullets(text)]
    assert "Hernia and hydrocele" in bullets, bullets
    assert "Contraception, sterilization" in bullets, bullets
    assert not any(b.lower().startswith(("types", "type", "forms")) for b in bullets), bullets


def test_a_long_exception_shows_how_long_the_exclusion_lasts() -> None:
    text = (
        "# Health policy\n\n## Exclusions\n\nExpenses related to the treatment of a "
        "pre-existing disease and its direct complications shall be excluded until the "
        "expiry of 36 months of continuous coverage after the date of inception of the "
        "first policy with us or with any other insurer in India.\n"
    )
    bullets = draft_bullets(text)
    assert any("until the expiry of 36 months of continuous coverage …" in b for b in bullets), (
        bullets
    )


def test_a_lettered_run_in_title_after_a_lettered_heading_titles_its_exclusions() -> None:
    text = (
        "# Critical illness\n\n## E. COMA OF SPECIFIED SEVERITY\n\nA state of "
        "unconsciousness with no reaction to external stimuli. Coma resulting directly "
        "from alcohol or drug abuse is excluded.\n\nF. STROKE RESULTING IN PERMANENT "
        "SYMPTOMS Any cerebrovascular incident producing permanent neurological sequelae. "
        "The following are excluded:\n\n- Transient ischemic attack\n- Traumatic injury "
        "of the brain\n"
    )
    titles = draft_titles(text)
    assert "### F. STROKE RESULTING IN PERMANENT SYMPTOMS" in titles, titles


LIFTED = (
    "# Auto coverage form\n\n## B. Exclusions\n\nWe will not pay for loss to any of "
    "the following:\n\n1. Tapes, records or discs.\n\n2. Any electronic equipment that "
    "receives or transmits audio signals.\n\n3. Exclusions 1. and 2. do not apply to "
    "equipment designed to be operated solely by the power of the auto that, at the time "
    "of loss, is:\n\n    - Permanently installed in the covered auto;\n    - Necessary for "
    "the normal operation of the covered auto.\n"
)


def test_items_of_a_lead_in_that_lifts_numbered_exclusions_give_cover_back() -> None:
    found = clause_texts(LIFTED)
    assert any("Tapes" in c for c in found), found
    assert not any("Permanently installed" in c or "normal operation" in c for c in found), found


def test_a_clause_that_excludes_then_lifts_still_excludes() -> None:
    text = (
        "# Home liability\n\n## Exclusions\n\nCoverage E does not apply to bodily "
        "injury:\n\n1. Which is expected or intended by an insured.\n\n2. Arising out of "
        "a business conducted from an insured location. This exclusion 2. does not apply "
        "to:\n\n   a. The occasional rental of an insured location.\n"
    )
    found = clause_texts(text)
    assert any("business conducted" in c for c in found), found
