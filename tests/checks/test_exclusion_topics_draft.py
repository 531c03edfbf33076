"""Topics a writer would keep, and a draft "What is not covered" list of clauses that take
cover away (issue 18). Fixtures written for this file; each test failed on the code before
topics were judged as noun phrases and the draft filtered by lead-in and condition."""

from __future__ import annotations

from exclusion_helpers import exclusions

from clarity import check_text


def draft_bullets(text: str, lang: str = "en", fmt: str = "markdown") -> list[str]:
    """The draft's bullets without their line numbers, and its section titles."""
    draft = check_text(text, lang=lang, profile="insurance", fmt=fmt).extra["summary_draft"]
    return [
        line.split(" (")[0].removeprefix("- ").strip("*")
        for line in draft.splitlines()
        if line.startswith(("- ", "### "))
    ]


def draft_titles(text: str) -> list[str]:
    """The draft's section titles ("### ..."), in order."""
    return [b for b in draft_bullets(text) if b.startswith("###")]


def topics(text: str, lang: str = "en") -> list[str]:
    return [row["topic"] for row in exclusions(text, lang=lang)]


def test_an_item_that_opens_with_a_verb_form_has_no_topic() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for death or injury:\n\n"
        "- occurring more than a year after the accident;\n- caused by skydiving;\n"
        "- forcibly detained by the police;\n- return the driver to the border.\n"
    )
    assert topics(text) == ["", "skydiving", "", ""]
    assert draft_bullets(text) == ["Skydiving"]


def test_items_of_a_condition_or_of_an_if_clause_are_not_in_the_draft() -> None:
    condition = (
        "# Claims\n\nWe will pay a claim provided that:\n\n"
        "- a detailed repair estimate reaches us first;\n- the car is inspected.\n\n"
        "We will not pay for tyre damage.\n"
    )
    assert draft_bullets(condition) == ["Tyre damage"]
    if_clause = (
        "# Premium\n\nIf the premium is not paid by the due date, then:\n\n"
        "- the automatic termination of cover follows;\n- the policy is cancelled.\n\n"
        "We will not pay for tyre damage.\n"
    )
    assert draft_bullets(if_clause) == ["Tyre damage"]
    # A lead-in without a trigger of its own, under an exclusions heading, still excludes.
    heading = (
        "# Exclusions\n\nAny claim arising directly or indirectly out of:\n\n"
        "- civil war or rebellion;\n- a strike at the airport.\n"
    )
    assert draft_bullets(heading) == ["Civil war or rebellion", "Strike at the airport"]


def test_the_kind_of_a_thing_is_the_thing() -> None:
    """ "Any type of contraception", "all forms of cirrhosis": the kind is the subject, and
    a bullet "Type of contraception" reads as a label; "Type 2 diabetes" keeps its name."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- any type of contraception or sterilisation;\n"
        "- all forms of cirrhosis of the liver;\n- any kind of psychological counselling;\n"
        "- type 2 diabetes first diagnosed before the start date.\n"
    )
    assert topics(text) == [
        "contraception or sterilisation",
        "cirrhosis of the liver",
        "psychological counselling",
        "type 2 diabetes first diagnosed before the start date",
    ], topics(text)


def test_a_contracted_that_is_reads_as_that_is() -> None:
    """ "that’s covered by another policy" under "We won't cover any loss, damage or
    injury:" names no subject of its own, as "that is covered" does not; a bullet
    "That’s covered by another insurance policy" starts in the middle of a sentence."""
    text = (
        "# Section 1\n\nWe will not cover any loss, damage or injury:\n\n"
        "- that’s covered by another insurance policy;\n"
        "- that's due to an act of terrorism.\n"
    )
    assert topics(text) == ["", "terrorism"], topics(text)


def test_loss_or_damage_to_the_insured_thing_names_its_cause() -> None:
    """ "Loss or damage to your car caused by flood": the car is what the section covers,
    the flood what it excludes; "Your Car caused by flood" as a bullet reads as if the car
    were not covered."""
    text = (
        "# Section A\n\nWe will not pay for:\n\n"
        "- any loss or damage to Your Car caused by flood, typhoon or storm;\n"
        "- loss or damage to the Motor Vehicle arising out of landslide;\n"
        "- damage to your vehicle caused by vermin or insects.\n"
    )
    assert topics(text) == ["flood, typhoon or storm", "landslide", "vermin or insects"]
    assert draft_bullets(text) == ["Flood, typhoon or storm", "Landslide", "Vermin or insects"]


def test_the_word_exceptions_names_no_subject() -> None:
    """ "Cover is not provided for the exceptions." points at a list; "Exceptions" alone
    is no topic a reader could act on."""
    text = "# Exclusions\n\nCover is not provided for the exceptions.\n\nWe will not pay for war.\n"
    assert topics(text) == ["", "war"], topics(text)


def test_a_lone_adjective_is_no_topic_but_a_title_in_capitals_is() -> None:
    """ "seepage of water that is:" / "intermittent;" / "slow": the adjective describes
    what the lead-in names, a bullet "Intermittent" names nothing; "Nuclear: loss
    resulting from nuclear reaction" is titled by its word."""
    text = (
        "# Exclusions\n\nWe will not pay for seepage of water that is:\n\n"
        "- intermittent;\n- slow.\n\nNuclear: loss resulting from nuclear reaction.\n"
    )
    assert topics(text)[:2] == ["", ""], topics(text)
    assert topics(text)[2].startswith("Nuclear"), topics(text)


def test_a_defining_qualifier_is_kept_or_the_topic_left_out() -> None:
    text = (
        "# Law\n\nWe will not pay for judgments which are not given by a court in Finland.\n\n"
        "We will not cover fines which are not in the first instance imposed by or "
        "obtained from a court of competent jurisdiction in Finland or Sweden.\n"
    )
    assert topics(text) == ["judgments which are not given by a court in Finland", ""]


def test_a_generic_noun_gives_way_to_the_peril_the_clause_names() -> None:
    text = "# Exclusions\n\nWe will not pay for any accident happening while the driver is drunk.\n"
    assert topics(text) == ["alcohol or drugs"]


def test_a_clause_about_the_premium_or_a_party_has_no_topic() -> None:
    # the premium kept on cancellation is no exclusion at all (test_exclusion_precision)
    refund = "# Cancelling\n\nWe will not refund the premium if you cancel after 14 days.\n"
    assert topics(refund) == []
    party = (
        "# Exclusions\n\nWe will not pay for damage to property belonging to:\n\n"
        "- the policyholder or any member of the household;\n- your employees.\n"
    )
    assert topics(party) == ["", ""]
    assert draft_bullets(party) == []


def test_a_short_list_of_nouns_stays_whole() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- livestock, pets and farm animals;\n"
        "- any trade, business or profession.\n"
    )
    assert topics(text) == ["livestock, pets and farm animals", "trade, business or profession"]


def test_a_cross_reference_or_a_time_is_no_topic() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- additional costs under 2 and 3;\n"
        "- hours from the date of the event;\n- paragraph 4 of the extensions.\n"
    )
    assert topics(text) == ["", "", ""]


def test_draft_sections_are_titles_not_clauses_a_reader_took_for_headings() -> None:
    text = (
        "# Storm cover\n\nWe will not pay for frost.\n\n"
        "## Any loss or liability caused\n\nWe will not pay for hail on a glass roof.\n\n"
        "## Policy means this booklet and the schedule\n\nWe will not pay for snow on a balcony.\n"
    )
    assert draft_bullets(text) == ["Frost", "Hail on a glass roof", "Snow on a balcony"]


def test_finnish_draft_leaves_out_what_follows_an_if_clause() -> None:
    text = (
        "# Vakuutusmaksu\n\nJos vakuutusmaksua ei makseta eräpäivänä, niin:\n\n"
        "- vakuutuksen voimassaolo lakkaa;\n- perimme viivästyskoron.\n\n"
        "Vakuutus ei korvaa routavahinkoja.\n"
    )
    assert draft_bullets(text, "fi") == ["Routavahinkoja"]
    assert topics(text, "fi")[1] == ""  # "perimme ...": a clause with a verb, not a subject


def test_finnish_general_exclusions_come_first() -> None:
    text = (
        "# 2 Matkatavaravakuutus\n\nVakuutus ei korvaa rahan katoamista.\n\n"
        "# 9 Yleiset rajoitukset\n\nVakuutus ei korvaa sotatoimista aiheutuneita "
        "vahinkoja.\n"
    )
    titles = [b for b in draft_bullets(text, "fi") if b.startswith("###")]
    assert titles == ["### 9 Yleiset rajoitukset", "### 2 Matkatavaravakuutus"], titles


def test_a_bullet_keeps_the_qualifier_that_narrows_it_or_shows_that_more_follows() -> None:
    """A draft never claims more is excluded than the wording does."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- sporting equipment whilst in use;\n"
        "- injury to your employees arising out of their employment by you or by any "
        "other person insured under this policy at any place;\n"
        "- riot or civil commotion or strikes by any person or group of persons;\n"
        "- war, invasion or revolution.\n\n"
        "Theft of the car is excluded.\n"
    )
    assert draft_bullets(text) == [
        "Sporting equipment whilst in use",
        "Injury to your employees arising out of their employment by you or by any other "
        "person insured under this policy at any place",
        "Riot or civil commotion or strikes by any person or group of persons",
        "War, invasion or revolution",
        "Theft of the car",
    ]


def test_limits_inside_a_definition_stay_out_of_the_draft() -> None:
    text = (
        "# Stroke\n\nA stroke means a death of brain tissue with lasting symptoms.\n\n"
        "For the above definition, the following are excluded:\n\n"
        "- attacks that pass within a day;\n- damage from a blow to the head.\n\n"
        "# Exclusions\n\nWe will not pay for self-inflicted injury.\n"
    )
    assert draft_bullets(text) == ["Self-inflicted injury"]
    # they are still exclusions, in the JSON and for the checks
    assert len(exclusions(text)) == 3


def test_subject_to_opens_a_reference_not_a_topic() -> None:
    text = "# Exclusions\n\n- Subject to the other terms, conditions and exclusions, guests.\n"
    assert topics(text) == [""]


def test_items_that_name_who_pays_keep_the_lead_ins_words() -> None:
    text = (
        "GENERAL EXCLUSIONS\nWe will not pay for medical expenses that:\n"
        "1. arise from a sport you are paid to play;\n2. are covered by:\n"
        "a) a national health scheme;\nb) any workers compensation law.\n"
    )
    bullets = draft_bullets(text, fmt="text")
    assert "Covered by national health scheme" in bullets
    assert "Covered by workers compensation law" in bullets


def test_a_bullet_whose_clause_lifts_the_exclusion_later_shows_the_exception() -> None:
    """ "…" would hide what gives cover back, and the bullet would read wider than the
    wording: a short exception is shown in the clause's words, a long one by its first
    alternative ("..., except for complications of pregnancy …") or, with none, by its
    first word ("..., unless …")."""
    text = (
        "# Exclusions\n\nWe will not pay for pregnancy or childbirth, or for any treatment "
        "or tests connected with them, except for complications that need emergency "
        "treatment.\n\nWe will not pay for air travel, or for any journey by air or sea of "
        "any kind, other than as a passenger on a scheduled flight.\n\n"
        "We will not pay for war, invasion or revolution.\n"
    )
    assert draft_bullets(text) == [
        "Pregnancy or childbirth, or for any treatment or tests connected with them, "
        "except for complications that need emergency treatment",
        "Air travel, or for any journey by air or sea of any kind, other than as a "
        "passenger on a scheduled flight",
        "War, invasion or revolution",
    ]
    longer = text.replace(
        "except for complications that need emergency treatment",
        "except for complications of pregnancy or childbirth that need emergency "
        "treatment in a hospital abroad before your return home",
    )
    assert draft_bullets(longer)[0] == (
        "Pregnancy or childbirth, or for any treatment or tests connected with them, except "
        "for complications of pregnancy …"
    )
    longest = text.replace(
        "except for complications that need emergency treatment",
        "except for complications that need emergency treatment in a hospital abroad before "
        "your return home, as our medical team agrees in writing",
    )
    assert draft_bullets(longest)[0] == (
        "Pregnancy or childbirth, or for any treatment or tests connected with them, except …"
    )


def test_an_item_under_an_exclusions_heading_is_in_the_draft_whatever_its_carve_out() -> None:
    text = (
        "# Exclusions\n\n- Dental care to the patient other than after an accident.\n"
        "- Hearing aids.\n"
    )
    assert draft_bullets(text) == [
        "Dental care to the patient other than after an accident",
        "Hearing aids",
    ]


def test_loss_of_use_stays_whole_while_loss_caused_by_gives_its_cause() -> None:
    text = (
        "# Exclusions\n\n- Loss of use or any other consequential loss.\n- Loss caused by moths.\n"
    )
    assert topics(text) == ["Loss of use or any other consequential loss", "moths"]


def test_a_latin_tag_after_void_is_no_topic() -> None:
    text = "# Conditions\n\nA false statement may render this policy void ab initio.\n"
    assert topics(text) == [""]


def test_limits_of_a_definition_a_lead_in_opens_stay_out_of_the_draft() -> None:
    """The lead-in defines a word ("Wages means:") or limits a definition that opens its
    paragraph ("Jewellery means ... It does not include:")."""
    text = (
        "# Cover\n\nWages means:\n\n"
        "- for a salaried worker, weekly pay before tax, excluding tips and mileage;\n"
        "- for a contractor, the average weekly invoice.\n\n"
        "Jewellery means rings, watches and brooches worth more than 50 pounds. "
        "It does not include:\n\n- costume jewellery;\n- hair clips.\n\n"
        "We will not pay for:\n\n- frost damage;\n- moth damage.\n"
    )
    assert draft_bullets(text) == ["Frost damage", "Moth damage"]


def test_a_definition_that_runs_on_over_numbered_headings_stays_out_of_the_draft() -> None:
    text = (
        "# Serious illness\n\nSerious Illness means any of the illnesses defined as follows:\n\n"
        "# 1. Heart failure\n\nA failing heart confirmed by a specialist.\n\n"
        "The following are excluded:\n\n- palpitations;\n- a murmur.\n\n"
        "# 2. Kidney disease\n\nLasting failure of both kidneys.\n\n"
        "Dialysis for less than a month is excluded.\n\n"
        "# Exclusions for serious illness\n\nWe will not pay for:\n\n- self-inflicted harm;\n"
        "- tropical diseases.\n"
    )
    assert draft_bullets(text) == ["Self-inflicted harm", "Tropical diseases"]


def test_clauses_under_a_heading_of_caps_stay_out_of_the_draft() -> None:
    text = (
        "# Compensation limits\n\nWe will not pay for:\n\n"
        "- any loss of a finger in addition to the loss of the whole hand;\n"
        "- dental treatment in addition to jaw surgery for the same accident.\n\n"
        "# Exclusions\n\n- Frost damage.\n"
    )
    assert draft_bullets(text) == ["Frost damage"]


def test_a_sentence_that_opens_with_a_condition_is_not_in_the_draft() -> None:
    """The bullet would name only what follows the trigger and drop the condition."""
    text = (
        "# Accident cover\n\nIf the rider loses a leg in a fall, we will not pay for any "
        "later injury to that rider.\n\nWe will not pay for frost damage.\n"
    )
    assert draft_bullets(text) == ["Frost damage"]


def test_a_list_that_the_next_sentence_gives_some_cover_back_to_ends_in_more() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n1. oil spills on a beach;\n"
        "2. soot from a bonfire.\n\nNotwithstanding the foregoing, we will cover "
        "liability otherwise excluded under 1 and 2 that follows a sudden accident.\n\n"
        "We will not pay for moth damage.\n"
    )
    assert draft_bullets(text) == [
        "Oil spills on a beach …",
        "Soot from a bonfire …",
        "Moth damage",
    ]


def test_the_items_of_a_lead_in_that_gives_cover_back_are_no_bullets() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for moth damage.\n\nBut we will not exclude a "
        "claim that falls under:\n\n- the garden section;\n- the freezer section.\n"
    )
    assert draft_bullets(text) == ["Moth damage"]


def test_a_topic_that_names_the_cover_shows_what_its_clause_excludes() -> None:
    """ "Daily courtesy car allowance …" under "Courtesy Car Allowance" hides the part that
    excludes: the bullet shows it, one bullet per clause."""
    text = (
        "# B2 – Courtesy Car Allowance\n\nWe will pay for a courtesy car while yours is "
        "repaired.\n\n## What we will not pay\n\n"
        "- the daily courtesy car allowance will not be paid if the garage that repairs "
        "your car lends you a car of its own for the whole time of the repair;\n"
        "- the daily courtesy car allowance will not be paid for any repair of glass or for "
        "repairs that are held up for any reason at all by the garage or its suppliers.\n"
    )
    assert draft_bullets(text) == [
        "Daily courtesy car allowance if the garage that repairs your car lends you a car …",
        "Daily courtesy car allowance for any repair of glass or for repairs that are held …",
    ]


def test_adjectives_that_share_one_noun_keep_it_or_give_no_topic() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- any reckless, careless, violent or drunken acts committed by the rider;\n"
        "- the bypass and all other intra venous, wire guided methods, keyhole or laser "
        "methods.\n"
    )
    assert topics(text) == ["reckless, careless, violent or drunken acts", ""]


def test_a_bullet_for_several_clauses_claims_no_more_than_the_narrowest() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for moth damage.\n\nWe will not pay for moth "
        "damage, or for any cleaning connected with it, except in a flat we inspected.\n"
    )
    # the bullet claims no more than the narrowest clause, and shows what lifts it
    assert draft_bullets(text) == [
        "Moth damage, or for any cleaning connected with it, except in a flat we inspected"
    ]


def test_a_generic_noun_and_a_defined_term_name_the_cover_too() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for any claims arising from:\n\n"
        "- the use of the Hire Boat without a skipper licence valid for the waters the boat "
        "is sailing in at the time of the loss or in the days before it;\n"
        "- the use of the Hire Boat when it is not insured by its owner.\n"
    )
    assert draft_bullets(text) == [
        "Use of the Hire Boat without a skipper licence valid for the waters the boat …",
        "Use of the Hire Boat when it is not insured by its owner",
    ]


def test_a_participle_that_closes_a_phrase_is_no_adjective_list() -> None:
    text = (
        "# Offsets\n\nWe will deduct from the weekly benefit:\n\n- any state grant or the value "
        "of any free meals received, or, if the employer agrees, paid leave, so that the "
        "total does not exceed the weekly wage.\n"
    )
    assert topics(text) == ["state grant or the value of any free meals"]


def test_a_list_of_nouns_keeps_the_complement_they_share() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- the delay, rerouting or loss of booked "
        "ferry crossings, if the strike was announced before you booked.\n"
    )
    assert topics(text) == ["delay, rerouting or loss of booked ferry crossings"]


def test_a_bullet_shows_the_condition_that_makes_it_an_exclusion_or_is_left_out() -> None:
    """What "…" would hide is the condition ("where", "as the result of"): a short clause
    is shown whole, a long one left out; a long exception ("unless") shows its first
    word, so the bullet says one follows."""
    text = (
        "# Exclusions\n\nWe will not pay any claim arising out of:\n\n"
        "- the surrender of cash or goods as the result of a threat of violence made in "
        "person to the rider;\n"
        "- street protests in circumstances where the protests had already begun or had "
        "been announced in a public notice by the city council before the rider bought "
        "the ticket for the journey;\n"
        "- saddle sores, unless they need treatment in a hospital for more than two nights "
        "in a row because of an infection that was caught during the ride.\n"
    )
    assert draft_bullets(text) == [
        "Surrender of cash or goods as the result of a threat of violence made in person "
        "to the rider",
        "Saddle sores, unless …",
    ]


def test_a_cover_named_topic_that_needs_a_long_condition_is_left_out() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for any claims arising from:\n\n"
        "- the use of the Hire Boat or any dinghy towed by it by a person staying "
        "aboard for more than thirty nights in a row in the harbour where the loss happens;\n"
        "- frost damage.\n"
    )
    assert draft_bullets(text) == ["Frost damage"]


def test_a_page_banner_titles_the_page_it_ends_not_the_next() -> None:
    """Text extracted from a PDF that prints each page's section name in its margin: the
    banner comes after the page's body, before the running footer."""
    footer = "Acme Cycle Cover Policy Wording, edition 2024 (ACC24)\n"
    text = (
        "Theft Cover\n\nWe will pay for the theft of your bicycle from a locked shed.\n"
        "We will not pay for theft from an open garden.\n\n" + footer + "1\n\n"
        "We extend cover to a bicycle you hire for up to 30 days.\n\n"
        "Extensions\nFor all Sections\n\n" + footer + "2\n\n"
        "These general exclusions apply to every section.\n"
        "We will not pay for:\n1. frost damage;\n2. moth damage.\n\n"
        "General Exclusions\nFor all Sections\n\n" + footer + "3\n\n"
        "Claims\n\nTell us about a claim within 30 days.\n\n" + footer + "4\n"
    )
    # the general exclusions, which apply to every section, come first
    assert draft_bullets(text, fmt="text") == [
        "### General Exclusions",
        "Frost damage",
        "Moth damage",
        "### Theft Cover",
        "Theft from an open garden",
    ]


def test_the_whole_policy_s_exclusions_come_first_and_this_section_is_named() -> None:
    """A general exclusions section printed last is drafted first: it applies to every
    claim. A heading that says "this section" under a part numbered by a bare number ("2
    Your car" / "2.3 Keys" / "What is not covered under this section") is named with
    that part, not left to read as if it meant the whole policy."""
    text = (
        "# 1 Liability to others\n\nWe cover your legal liability.\n\n"
        "## 1.2 Legal costs\n\nWe pay legal costs.\n\n"
        "### What is not covered under this section\n\n- Damage to property you own.\n\n"
        "# 2 Your car\n\nWe cover loss of or damage to your car.\n\n"
        "## 2.3 Keys\n\nWe pay for lost keys.\n\n"
        "### What is not covered under this section\n\n- Wear and tear.\n\n"
        "# General exclusions\n\nWe will not pay for:\n\n- war;\n- sonic bangs.\n"
    )
    assert draft_titles(text) == [
        "### General exclusions",
        "### 1 Liability to others – What is not covered under this section",
        "### 2 Your car – What is not covered under this section",
    ], draft_titles(text)


def test_a_cap_or_a_pointer_elsewhere_is_no_bullet() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- £250 for any one saddle bag;\n"
        "- any injury that is not listed in the table of benefits above;\n"
        "- extra lights exceeding $80, unless you tell us about them;\n- frost damage.\n"
    )
    assert draft_bullets(text) == ["Frost damage"]


def test_a_participle_after_the_topic_keeps_the_scope_it_gives() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- any reckless or violent acts committed by the rider or on the rider's behalf;\n"
        "- frost damage.\n"
    )
    assert draft_bullets(text)[0] == (
        "Reckless or violent acts committed by the rider or on the rider's behalf"
    )


def test_a_vocabulary_name_the_clause_does_not_spell_is_no_bullet() -> None:
    """ "Alcohol or drugs" are not the document's words: they drop "while the driver is"."""
    text = (
        "# Exclusions\n\nWe will not pay for any accident happening while the driver is "
        "drunk, unless a doctor shows that drink played no part in it.\n"
    )
    assert draft_bullets(text) == []


def test_a_bare_exclusions_heading_takes_the_title_of_the_part_it_belongs_to() -> None:
    text = (
        "# Section 1 - Theft\n\n## Cover\n\nWe pay for theft of your bicycle.\n\n"
        "## Exclusions\n\n- Theft from an open garden.\n\n"
        "# Section 2 - Damage\n\n## Cover\n\nWe pay for damage to your bicycle.\n\n"
        "## Exclusions\n\n- Frost damage.\n\n"
        "# Add-ons\n\n## A1 - Hired bicycles\n\nWe pay for a bicycle you hire.\n\n"
        "## Exclusions\n\n- Hire charges for more than one bicycle at a time.\n"
    )
    assert draft_titles(text) == [
        "### Section 1 - Theft – Exclusions",
        "### Section 2 - Damage – Exclusions",
        "### A1 - Hired bicycles – Exclusions",
    ]


def test_a_lead_in_that_scopes_its_items_to_one_cover_names_it_in_the_section() -> None:
    text = (
        "EXCLUSIONS UNDER SECTION 3\nWe will not pay any claim:\n"
        "1. in respect of Luggage:\na) scratches or dents;\nb) frost damage;\n"
        "2. in respect to Lost Cards for:\na) any business use of a card;\nb) moth damage.\n"
    )
    assert draft_bullets(text, fmt="text") == [
        "### EXCLUSIONS UNDER SECTION 3 – Luggage",
        "Scratches or dents",
        "Frost damage",
        "### EXCLUSIONS UNDER SECTION 3 – Lost Cards",
        "Business use of a card",
        "Moth damage",
    ]


def test_a_lead_in_that_names_the_benefit_it_takes_away_names_it_in_the_section() -> None:
    """ "The Accidental Death Benefit shall not be paid if ...:" takes away that benefit
    only; under the section's title alone its items read as refusing every benefit (an
    editor's reading of a held-out life policy's draft)."""
    text = (
        "EXCLUSIONS\nThe Accidental Death Benefit shall not be paid if death results from "
        "any of the following:\na) war or invasion;\nb) hazardous sports such as mountaineering.\n"
        "You are not entitled to the Income Replacement Benefit or the Caregiver Benefit "
        "if you:\na) were driving while your licence was suspended;\nb) made a false statement "
        "in your claim.\n"
    )
    headings = [b for b in draft_bullets(text, fmt="text") if b.startswith("###")]
    assert headings == [
        "### EXCLUSIONS – Accidental Death Benefit",
        "### EXCLUSIONS – Income Replacement Benefit or the Caregiver Benefit",
    ], draft_bullets(text, fmt="text")


def test_a_lead_in_that_names_the_event_or_cover_it_takes_away_names_it() -> None:
    """ "No benefit shall be payable if Total Disability results from:" and "Pandemic
    Cover will not pay for claims related to:" refuse one event's or one cover's benefits;
    the policy's other benefits still pay (an editor's reading of held-out drafts)."""
    text = (
        "EXCLUSIONS\nNo benefit shall be payable if Total Disability results from or is "
        "accelerated by any of the following:\na) war or invasion;\nb) hazardous sports such "
        "as mountaineering.\nPandemic Cover will not pay for claims related to:\na) travel "
        "against a government warning;\nb) quarantine at home.\n"
    )
    headings = [b for b in draft_bullets(text, fmt="text") if b.startswith("###")]
    assert headings == [
        "### EXCLUSIONS – Total Disability",
        "### EXCLUSIONS – Pandemic Cover",
    ], draft_bullets(text, fmt="text")


def test_a_title_that_goes_on_with_the_numbering_above_titles_its_clauses() -> None:
    text = (
        "B1 – Courtesy Bicycle\n\nWe lend you a bicycle while yours is repaired.\n\n"
        "B2 – Limit Of Cover\n(Applicable for Imported Bicycles)\n\n"
        "Storage is paid for up to 10 days. The cover shall not apply to any extra storage "
        "cost while parts are shipped from abroad.\n\n"
        "GENERAL EXCLUSIONS\n\nWe will not pay for frost damage.\n"
    )
    headings = [b for b in draft_bullets(text, fmt="text") if b.startswith("###")]
    # after the general exclusions, drafted first; not "B1 – Courtesy Bicycle"
    assert headings[1].startswith("### B2 – Limit Of Cover"), headings


def test_a_bullet_that_names_a_part_of_the_policy_is_left_out() -> None:
    """ "Optional cover Legal Costs" from "Part 2 (excluding Optional cover Legal Costs) is
    written on a claims-made basis" names a part of the policy, and "... under Section 3"
    points to one: no customer reads either as something not covered. A clause that
    ends "under this section" still names what it excludes."""
    text = (
        "# Your cover\n\n"
        "Part 2 (excluding Optional cover Legal Costs) is written on a claims made basis.\n\n"
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- damage by a cause listed in Section 3;\n"
        "- garden sheds unless they are insured under this section.\n"
    )
    bullets = draft_bullets(text)
    assert not any("Optional cover" in b or "Section 3" in b for b in bullets), bullets
    assert any("Garden sheds" in b for b in bullets), bullets


def test_a_condition_of_cover_is_no_bullet_without_its_only() -> None:
    """ "Children are only covered when travelling with an adult": a bullet without its
    "only" ("Children when travelling with an adult") says the opposite of the wording."""
    text = (
        "# Family cover\n\nUnder family policies your children are only covered when "
        "travelling with an adult named on the policy.\n\n"
        "# Exclusions\n\nWe will not pay for war, invasion or revolution.\n"
    )
    assert draft_bullets(text) == ["War, invasion or revolution"]


def test_a_name_that_ends_in_a_participle_keeps_it() -> None:
    """ "Ski Jumping" is the item whole: its "Jumping" ends the name, it opens no clause
    that a cut removed (as "contract entered | into by you" does)."""
    text = (
        "# What is not covered\n\nWe will not pay for:\n\n- Ski Jumping\n- Hang Gliding\n"
        "- any contract entered into by you\n"
    )
    assert topics(text)[:2] == ["Ski Jumping", "Hang Gliding"]
    assert topics(text)[2] != "contract entered"


def test_a_title_that_points_at_its_section_is_named_by_the_section() -> None:
    """ "What is not covered under this section" names no part: the draft puts the
    section heading above it in front ("Section B - Fire – ...")."""
    text = (
        "# Car policy\n\n## Section A - Damage\n\n### What is not covered under this section\n\n"
        "- Wear and tear to the tyres.\n\n## Section B - Fire\n\n"
        "### What is not covered under this section\n\n- Fire caused by a heater left on.\n"
    )
    titles = draft_titles(text)
    assert titles == [
        "### Section A - Damage – What is not covered under this section",
        "### Section B - Fire – What is not covered under this section",
    ], titles


def test_exclusions_of_one_peril_are_titled_by_it() -> None:
    """ "(2) Storm or flood excluding" over its sub-items: they exclude from that peril
    only, and a bullet under the perils' title alone would read as excluded from all."""
    text = (
        "# Defined perils\n\nWe will indemnify You for Damage caused by:\n\n"
        "(1) Fire, explosion or lightning\n\n(2) Storm or flood excluding\n\n"
        "(a) Damage caused by frost or subsidence\n\n(b) Damage to gates and fences\n\n"
        "(3) Escape of water from any tank or pipe\n\n"
        "# General exclusions\n\nWe will not pay for war, invasion or revolution.\n"
    )
    titles = draft_titles(text)
    assert titles[1] == "### Defined perils – Storm or flood", titles


def test_a_sanctions_clause_is_no_bare_name_in_the_draft() -> None:
    """ "Sanctions" alone does not say what is excluded (cover that a sanctions law
    forbids): two readers struck it; "War" stands for its clause and stays."""
    text = (
        "# General exclusions\n\nWe will not provide cover or pay any claim to the extent "
        "that doing so would expose us to any sanction, prohibition or restriction under "
        "United Nations resolutions or the trade or economic sanctions, laws or regulations "
        "of the European Union.\n\nWe will not pay for war, invasion or revolution.\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.startswith("Sanctions") for b in bullets), bullets
    assert "War, invasion or revolution" in bullets, bullets


def test_a_bare_adjective_topic_shows_its_first_alternatives() -> None:
    """ "Nuclear …" says nothing; "Nuclear weapons material or ionizing radiation …" names
    fewer alternatives than the wording and stays true."""
    text = (
        "# General exclusions\n\nWe will not pay compensation for any death, disability, "
        "loss, damage, liability or expense directly or indirectly caused by or arising from "
        "nuclear weapons material or ionizing radiation or contamination by radioactivity "
        "from any nuclear fuel or from any nuclear waste from the combustion of nuclear "
        "fuel.\n\nWe will not pay for war, invasion or revolution.\n"
    )
    bullets = draft_bullets(text)
    assert "Nuclear …" not in bullets, bullets
    assert any(b.startswith("Nuclear weapons material or ionizing radiation") for b in bullets)


def test_a_lead_in_after_a_cover_item_is_titled_by_that_peril() -> None:
    """ "• Storm or flood" / "• We don't cover:" / "• damage to fences": the items exclude
    from storm and flood only, not from every cover of the section."""
    text = (
        "# Buildings\n\nYour buildings are covered for damage caused by\n\n"
        "- Storm or flood\n- We don't cover:\n- damage to fences, gates or hedges\n"
        "- damage from frost.\n- Theft or attempted theft\n\n"
        "# General exclusions\n\nWe will not pay for war, invasion or revolution.\n"
    )
    titles = draft_titles(text)
    assert titles[1] == "### Buildings – Storm or flood", titles


def test_a_lead_in_is_titled_by_no_item_inside_another_one() -> None:
    """The peril is the cover item the lead-in stands beside: not an item inside another
    list above it ("- Televisions" under "- Accidental damage"), nor one before a heading
    the lead-in sits under ("General exclusions" / "We do not cover claims arising
    from:"), though it may stand after the peril's own sub-items."""
    text = (
        "# Buildings\n\nWe will not pay for damage caused by frost.\n\n"
        "# Contents\n\nYour contents are covered for:\n\n- Accidental damage\n"
        "    - Televisions and computers\n    - Mirrors and glass\n\n"
        "# General exclusions\n\nWe do not cover claims arising from:\n\n"
        "- war, invasion or revolution\n- riot or civil commotion\n"
    )
    titles = draft_titles(text)
    assert titles == ["### General exclusions", "### Buildings"], titles


def test_a_question_asked_in_every_section_titles_none_of_them() -> None:
    """ "Does this cover apply?" heads a table in each section: as a title it would run
    every section's exclusions together; the section it is asked in names them."""
    sections = ("Section 1 Your car", "Section 2 Your liability", "Section 3 Personal accident")
    refusals = ("wear and tear", "fines or penalties", "injury caused by suicide")
    text = "".join(
        f"## {section}\n\n### Does this cover apply?\n\nComprehensive only.\n\n"
        f"We will not pay for {refusal}.\n\n"
        for section, refusal in zip(sections, refusals, strict=True)
    )
    assert draft_titles(text) == [f"### {section}" for section in sections]


def test_a_continued_title_is_its_part_s_own_title() -> None:
    """ "SECTION 4 • MEDICAL COVER (continued)" over the page a part runs on to titles the
    part, as "SECTION 4 • MEDICAL COVER" does; "Family Planning", a title in capitals
    ending on a word in -ing, is a title, not a clause cut after a participle."""
    text = (
        "## SECTION 3 • BAGGAGE\n\nWe will not pay for wear and tear.\n\n"
        "## SECTION 4 • MEDICAL COVER\n\nWe will not pay for cosmetic surgery.\n\n"
        "## SECTION 4 • MEDICAL COVER (continued)\n\nWe will not pay for spa treatment.\n\n"
        "## Family Planning\n\nWe will not pay for reversal of sterilisation.\n"
    )
    assert draft_titles(text) == [
        "### SECTION 3 • BAGGAGE",
        "### SECTION 4 • MEDICAL COVER",
        "### Family Planning",
    ]


def test_a_bare_continued_mark_and_contd_title_nothing() -> None:
    """A page's bare "CONTINUED" set as a heading before a lead-in heading names no part:
    the lead-in's items stay under the part's title; "B Additional cover contd" is "B
    Additional cover"; and a bare exclusions heading under a continued section is named
    with that section ("SECTION 2: CONTENTS – WHAT IS NOT INSURED")."""
    text = (
        "# PART 2 – LIABILITY TO OTHERS\n\nWe cover your legal liability.\n\n"
        "We will not pay for liability arising from:\n\n- any motor vehicle.\n\n"
        "## CONTINUED\n\n## In addition to the items on page 4 we will not pay for "
        "liability arising from:\n\n- the use of firearms.\n\n"
        "# B Additional cover contd\n\nWe will not pay for damage to glass in a greenhouse."
        "\n\n# SECTION 2: CONTENTS\n\n## WHAT IS INSURED\n\nTheft from your home.\n\n"
        "## WHAT IS NOT INSURED\n\n- Loss or damage caused by domestic pets.\n\n"
        "# SECTION 2: CONTENTS continued\n\n## WHAT IS INSURED\n\nStorm or flood.\n\n"
        "## WHAT IS NOT INSURED\n\n- Loss or damage to fences.\n"
    )
    assert draft_titles(text) == [
        "### PART 2 – LIABILITY TO OTHERS",
        "### B Additional cover",
        "### SECTION 2: CONTENTS – WHAT IS NOT INSURED",
    ], draft_titles(text)


def test_a_column_of_event_titles_owns_no_list_alone() -> None:
    """A "What is covered | What is not covered" table read column by column: the insured
    events' titles one under another, then the excluded column. Its list is not the first
    or last event's alone: the section above them owns it."""
    about = "This policy insures the cycle named in your schedule for the period shown. " * 40
    text = (
        f"# About your policy\n\n{about}\n\n"
        "# Section one: Theft of your cycle\n\nThis section applies if shown on the "
        "schedule.\n\n## What is covered\n\n## 1. Theft of your cycle from your home\n\n"
        "## 2. Theft of your cycle away from home within the territorial limits\n\n"
        "## What is not covered\n\n- Unexplained theft.\n- Theft following abandonment.\n\n"
        "# Section two: Personal accident\n\nWe pay the sums in the schedule.\n\n"
        "## What is not covered\n\n- Anyone under age 16.\n"
    )
    assert draft_titles(text)[0] == "### Section one: Theft of your cycle – What is not covered", (
        draft_titles(text)
    )


def test_the_titles_of_the_table_before_own_nothing_of_the_next() -> None:
    """The table on the next page: its event titles name "the territorial limits" (no
    limits heading), and the "What is not covered" of the table before closes that
    table's titles: the section owns the list, not event 1 two tables back."""
    about = "This policy insures the cycle named in your schedule for the period shown. " * 40
    text = (
        f"# About your policy\n\n{about}\n\n"
        "# Section one: Theft and damage\n\nThis section applies if shown.\n\n"
        "## 1. Theft of your cycle from your home\n\nWe pay for theft from your home.\n\n"
        "## What is not covered\n\n- Unexplained theft.\n\n"
        "## 3. Theft from a vehicle within the territorial limits\n\n"
        "## 4. Accidental damage within the territorial limits\n\n"
        "## What is not covered\n\n- Wear and tear.\n- Mechanical breakdown.\n\n"
        "# Section two: Personal accident\n\nWe pay the sums in the schedule.\n\n"
        "## What is not covered\n\n- Anyone under age 16.\n"
    )
    titles = draft_titles(text)
    assert "### Section one: Theft and damage – What is not covered" in titles, titles


def test_the_conditions_cover_holds_on_are_no_bullets() -> None:
    """ "Theft from a vehicle shall only be covered in circumstances where:" / "all doors
    are locked" / "the vehicle must have:" / "valid motor insurance": what must hold for
    cover; as bullets of what is not covered they would say the reverse. The things a
    lead-in restricts ("The following treatments are only covered when medically
    necessary:" / "Treatment for snoring") stay bullets."""
    text = (
        "# Security requirements\n\nTheft from a vehicle shall only be covered in "
        "circumstances where:\n\n- all doors of the vehicle are locked;\n"
        "- the vehicle used must have:\n    - valid motor insurance;\n"
        "    - a valid MOT certificate.\n\n"
        "# Treatments\n\nThe following treatments are only covered when medically "
        "necessary:\n\n- treatment for snoring;\n- hair removal.\n"
    )
    bullets = draft_bullets(text)
    assert not any("insurance" in b or "doors" in b.lower() or "MOT" in b for b in bullets)
    assert any(b.startswith("Treatment for snoring") for b in bullets), bullets


def test_a_row_of_a_plan_table_is_no_bullet() -> None:
    """ "Adventurous activities | Not covered | Covered | Covered": the first plan does not
    cover them, the others do; a bullet cannot say which plan."""
    text = (
        "# Exclusions\n\nWe will not pay for war.\n\n"
        "# Table of benefits\n\nSection 45 – Adventurous Activities Cover\n\n"
        "- In respect of activities listed in the policy Not covered Covered Covered\n"
    )
    bullets = draft_bullets(text)
    assert bullets == ["War"], bullets


def test_contractions_and_loose_links_of_cause_are_no_topic() -> None:
    """ "You’re not covered for exemplary damages": "You’re" names no subject, the damages
    do; "a loss caused by, or in any way connected with war": the link of cause is no part
    of the bullet."""
    text = (
        "# Exclusions\n\nYou’re not covered for exemplary damages or fines.\n\n"
        "We will not pay for a loss caused by, or in any way connected with, war.\n"
    )
    bullets = draft_bullets(text)
    assert "Exemplary damages or fines" in bullets, bullets
    assert "War" in bullets, bullets


def test_a_running_head_does_not_cut_a_part_from_its_title() -> None:
    """A booklet sets "Emergency" / "Policy Wording" atop each page as headings of a higher
    level than its parts' titles: the clauses that run on to the next page belong to the
    part titled before the running head ("Pest Infestation"), not to "Emergency"."""
    about = "This policy covers emergencies at your home for the period shown. " * 40
    page = "# Emergency\n\n## Policy Wording\n\n"
    text = (
        f"{page}About this policy.\n\n{about}\n\n{page}"
        "### Section - Boiler Cover\n\nWe cover your boiler.\n\n#### What is not covered\n\n"
        "- boilers over 15 years old.\n\n"
        "### Section - Pest Cover\n\nWe cover pests in your home.\n\n#### Pest Infestation\n\n"
        "We do not cover infestations by ants.\n\n"
        f"{page}We do not cover the loss of keys if another set exists.\n\n"
        "### General Exclusions\n\nWe do not cover war.\n"
    )
    titles = draft_titles(text)
    assert "### Emergency" not in titles, titles
    assert "### Pest Infestation" in titles, titles


def test_a_note_that_points_elsewhere_is_no_part_of_a_title() -> None:
    text = (
        "## SECTION 3 • BAGGAGE\n\nWe will not pay for wear and tear.\n\n"
        "## Extra exceptions for vans (also refer to General Exceptions)\n\n"
        "We will not pay for the load.\n"
    )
    draft = check_text(text, lang="en", profile="insurance", fmt="markdown").extra["summary_draft"]
    titles = [line for line in draft.splitlines() if line.startswith("### ")]
    assert titles == ["### SECTION 3 • BAGGAGE", "### Extra exceptions for vans"], titles


def test_a_heading_that_points_at_its_section_over_a_further_heading() -> None:
    """ "Conditions Precedent specific to this Section:" set at the level of "Section 1:
    Medical Expenses", the exclusions under a heading further in ("(Medical management
    cases)"): the section is the sibling before it, and the pointing heading, no title of
    exclusions, adds nothing to its name."""
    text = (
        "# Section 1: Medical Expenses\n\nWe pay hospital costs abroad.\n\n"
        "# Conditions Precedent specific to this Section:\n\nYou must call us first.\n\n"
        "## (Medical management cases)\n\nWe will not pay for the treatment of acne.\n\n"
        "# Section 2: Baggage\n\nWe will not pay for wear and tear.\n"
    )
    assert draft_titles(text) == ["### Section 1: Medical Expenses", "### Section 2: Baggage"]


def test_a_lead_in_that_names_a_defined_term_keeps_its_items_in_the_definition() -> None:
    """ "However, the term Complications of Pregnancy will not include:" narrows the
    definition above it (the items are buried inside it), and the draft leaves them out as
    it does the items of "... means:"."""
    text = (
        "# Pregnancy cover\n\nComplications of Pregnancy means a condition that needs "
        "treatment in hospital, such as:\n\n1) an ectopic pregnancy;\n2) a miscarriage.\n\n"
        "However, the term Complications of Pregnancy will not include:\n\n"
        "1) false labor or morning sickness;\n2) an elective caesarean section.\n\n"
        "# Exclusions\n\nWe will not pay for war.\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.startswith(("False labor", "Elective caesarean")) for b in bullets), bullets
    assert "War" in bullets, bullets
    rows = exclusions(text)
    false_labor = next(r for r in rows if r["text"].startswith("false labor"))
    assert false_labor["buried"], false_labor


def test_items_that_finish_their_outer_item_s_phrase_make_one_bullet_of_it() -> None:
    """ "Use of a credit card:" / "By a resident of your household" under "We do not
    cover:": the items say by whom, the outer item what is not covered; "Resident of your
    household" alone reads as if the resident were not covered."""
    text = (
        "# Section 1\n\nWe do not cover:\n\n- Animals, birds or fish;\n"
        "- Use of a credit card or a bank card:\n    - by a resident of your household;\n"
        "    - by a person you have given the card to;\n- Motor vehicles.\n\n"
        "# Section 2\n\nWe will not pay for war.\n"
    )
    bullets = draft_bullets(text)
    assert "Use of a credit card or a bank card …" in bullets, bullets
    assert not any(b.lower().startswith(("resident", "person")) for b in bullets), bullets
    assert "Animals, birds or fish" in bullets, bullets


def test_a_bullet_cut_before_the_list_its_clause_leads_in_to_says_more_follows() -> None:
    """ "We won't pay for theft if your car is left: > Unlocked. > With the keys in it.":
    the list the reader did not see as one is the condition; "Theft if your car is left"
    alone reads as any car left anywhere."""
    text = (
        "# Theft\n\nWe won't pay a claim for theft or attempted theft if your car is left: "
        "> Unlocked. > With the keys in the car.\n"
    )
    assert draft_bullets(text) == ["Theft or attempted theft if your car is left …"]


def test_a_title_under_a_bare_exclusions_heading_is_named_with_its_cover() -> None:
    """ "Section 3 Liability" / "What's not covered" / "Your family": the exclusions are
    the liability cover's; "Your family" alone reads as a rule for the whole policy, and
    a second "Your family" under another section is another group."""
    text = (
        "# Section 3 Liability\n\n## What's not covered\n\n### Your family\n\n"
        "We won't pay claims made by a member of your family.\n\n### Your work\n\n"
        "We won't pay claims made by anyone who works for you.\n\n"
        "# Section 4 Legal expenses\n\n## What's not covered\n\n### Your family\n\n"
        "We won't pay for a dispute with a member of your family.\n"
    )
    assert draft_titles(text) == [
        "### Section 3 Liability – Your family",
        "### Section 3 Liability – Your work",
        "### Section 4 Legal expenses – Your family",
    ], draft_titles(text)


def test_a_part_the_reader_set_under_the_definitions_part_before_it_is_no_definition() -> None:
    """ "C.2 Specific Definitions" set a level above "D.1 Medical Expenses": part D follows
    part C, its exclusions are no definition's detail; under "C.2" itself, or under
    "C.2.1 Hospital", a limit stays inside the definitions."""
    text = (
        "## C.2 Specific Definitions\n\nHospital means an institution that is not a spa "
        "or a nursing home.\n\n### C.2.1 Hospital\n\nHospital does not include a spa.\n\n"
        "### D.1 Medical Expenses\n\nWe will not pay for the treatment of acne.\n\n"
        "### D.2 Baggage\n\nWe will not pay for wear and tear.\n"
    )
    assert draft_bullets(text) == [
        "### D.1 Medical Expenses",
        "Treatment of acne",
        "### D.2 Baggage",
        "Wear and tear",
    ], draft_bullets(text)
    rows = exclusions(text)
    acne = next(r for r in rows if "acne" in r["text"])
    spa = next(r for r in rows if "does not include a spa" in r["text"])
    assert "in-definition" not in acne["reasons"], acne
    assert "in-definition" in spa["reasons"], spa


def test_items_that_say_where_an_outer_item_s_thing_is_make_one_bullet_of_it() -> None:
    """ "Business data, including such data stored in:" / "Computers and related
    equipment": the data is excluded, not the computers; under "Services and supplies
    provided in:" each item takes the outer item's words ("Services and supplies provided
    in rest homes"), the policy's own, which say what is not covered whole."""
    text = (
        "# Section 1\n\nWe do not cover:\n\n- Animals, birds or fish;\n"
        "- Business data, including such data stored in:\n"
        "    - books of account or other paper records;\n"
        "    - computers and related equipment;\n- Motor vehicles.\n\n"
        "# Section 2\n\nWe will not pay for:\n\n- Services and supplies provided in:\n"
        "    - rest homes;\n    - spas.\n"
    )
    bullets = draft_bullets(text)
    assert "Business data …" in bullets, bullets
    assert not any(b.startswith(("Computers", "Books of account")) for b in bullets), bullets
    assert bullets[-2:] == [
        "Services and supplies provided in rest homes",
        "Services and supplies provided in spas",
    ], bullets


def test_an_item_covered_under_another_part_is_no_bullet() -> None:
    """ "baby capsules and child seats (we cover them under 'Baby capsules and child
    seats')" under "Personal items – not covered": covered elsewhere in the policy; a
    bullet would tell the reader they are not covered at all."""
    text = (
        "# Personal items\n\nWe do not cover:\n\n- mobile phones;\n"
        "- baby capsules and child seats (we cover them under 'Baby capsules and child "
        "seats');\n- eye surgery; however, this is covered under the medical benefit;\n"
        "- cash.\n"
    )
    assert draft_bullets(text) == ["Mobile phones", "Cash"], draft_bullets(text)


def test_damage_to_the_cover_a_section_names_keeps_its_damage() -> None:
    """ "Hire car" / "We don't cover loss or damage to the hire car": the bullet "Hire car"
    reads as if there were no hire car; the damage to it is what is not covered."""
    text = (
        "# Hire car\n\nWe pay for a hire car while yours is repaired.\n\n"
        "We don't cover:\n\n- running costs for the hire car;\n"
        "- loss or damage to the hire car.\n\n# Towing\n\nWe will not pay for storage.\n"
    )
    bullets = draft_bullets(text)
    assert "Loss or damage to the hire car" in bullets, bullets
    assert "Hire car" not in bullets, bullets


def test_a_thing_and_the_cause_of_its_damage_keep_the_damage() -> None:
    """ "Damage to the tyres of your car caused by braking": without "Damage to the", the
    bullet reads as if the tyres were not covered. When the thing is the insured thing
    itself and "a" stands before the cause ("Loss of or damage to your car caused by a
    deliberate act"), the cause is the bullet."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- damage to the tyres of your car caused by braking, punctures or cuts;\n"
        "- loss of or damage to your car caused by a deliberate act by you;\n"
        "- wear and tear.\n"
    )
    bullets = draft_bullets(text)
    assert "Damage to the tyres of your car caused by braking, punctures or cuts" in bullets
    assert "Deliberate act by you" in bullets, bullets


def test_an_exception_cut_at_its_first_cause_says_more_follows() -> None:
    """ "Retaining walls, unless the damage is caused by fire, lightning, impact by a
    vehicle or vandalism": cut at the first comma, the bullet would give back fire alone.
    The list is short, so the bullet shows it whole; a long one ends in "…"."""
    text = (
        "# Exclusions\n\nWe do not insure retaining walls, unless the damage is caused by "
        "fire, lightning, impact by a vehicle or vandalism.\n"
    )
    bullets = draft_bullets(text)
    assert bullets == [
        "Retaining walls, unless the damage is caused by fire, lightning, impact by a vehicle "
        "or vandalism"
    ], bullets
    longer = text.replace(
        "or vandalism",
        "escape of water from a fixed tank, apparatus or pipe in the home or "
        "vandalism by anyone other than you",
    )
    assert draft_bullets(longer) == ["Retaining walls, unless the damage is caused by fire …"]


def test_a_list_cut_at_a_comma_shows_the_rest_or_says_more_follows() -> None:
    """'... non-school skiing, ice hockey, lacrosse, soccer or football': the qualifier ends
    in a list the cut at its first comma would lose; the bullet shows the whole clause when
    it is short, else ends in '…'."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- injury resulting from practice for non-school skiing, ice hockey, lacrosse, soccer "
        "or football;\n"
        "- loss of a prescription drug whether by reason of loss, renewal or inadequate supply, "
        "or the purchase of drugs and vitamins which are commonly available without a "
        "prescription or are not legally approved in Canada.\n"
    )
    bullets = draft_bullets(text)
    assert (
        "Injury resulting from practice for non-school skiing, ice hockey, lacrosse, soccer or "
        "football" in bullets
    ), bullets
    assert not any(b.endswith("by reason of loss") for b in bullets), bullets


def test_a_time_with_no_subject_is_no_bullet() -> None:
    """ "We will not pay benefits during the waiting period": "During the waiting period"
    says when, not what is not covered."""
    text = (
        "# Exclusions\n\nWe will not pay any benefit:\n\n- during the waiting period;\n"
        "- until the property is actually repaired.\n\nWe will not pay for war.\n"
    )
    bullets = draft_bullets(text)
    assert not any(b.lower().startswith("during") for b in bullets), bullets
    assert "War" in bullets, bullets


def test_a_cut_including_clause_leaves_only_its_ellipsis() -> None:
    """ "Administrative fees charged by the vet including but not limited to claim forms
    and medical reports and any further charges the vet may make" cut inside its
    "including but not limited to": the words kept of it say nothing."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- administrative fees charged by the vet "
        "including but not limited to the fees for completing claim forms, medical reports, "
        "certificates and any other documents we may ask the vet to provide for a claim;\n"
        "- wear and tear.\n"
    )
    bullets = draft_bullets(text)
    assert "Administrative fees charged by the vet …" in bullets, bullets


def test_a_bullet_that_ends_on_a_numbered_part_is_a_pointer() -> None:
    """ "... stated in part 1.4.1 and part 1.6.1": a pointer to parts of the policy, no
    headline of what is not covered."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- cash pay-outs for later cancers stated "
        "in part 1.4.1 and part 1.6.1;\n- wear and tear.\n"
    )
    bullets = draft_bullets(text)
    assert not any("part 1.6.1" in b for b in bullets), bullets


def test_a_cause_and_the_thing_it_damages_keep_the_damage() -> None:
    """ "Damage caused by pests to your home and its contents": "Pests to your home" reads
    as if pests were not covered at all; the clause excludes the damage they cause."""
    text = (
        "# Exclusions\n\nWe do not cover:\n\n"
        "- damage caused by pests to your home and its contents;\n- wear and tear.\n"
    )
    bullets = draft_bullets(text)
    assert "Damage caused by pests to your home and its contents" in bullets, bullets


def test_a_cover_named_with_a_particle_compound_keeps_its_damage() -> None:
    """ "Loss of carry-on luggage" / "Any damage to the carry-on luggage": the hyphenated
    word and its particle are one word of the cover's name, so the bullet keeps the damage
    it excludes instead of naming the cover alone."""
    text = (
        "# Loss of Carry-on Luggage\n\nWe pay if your carry-on luggage is lost by the "
        "airline.\n\nThis section does not cover:\n\n"
        "- loss of carry-on luggage left unattended in a public place;\n"
        "- any damage to the carry-on luggage.\n\n# Towing\n\nWe will not pay for "
        "storage.\n"
    )
    bullets = draft_bullets(text)
    assert "Damage to the carry-on luggage" in bullets, bullets
    assert "Carry-on luggage" not in bullets, bullets


def test_a_second_exception_and_one_after_the_trigger_are_flagged() -> None:
    """ "Winter sports (other than curling) are excluded unless an extra premium is paid":
    the bullet shows the first exception and says a second follows; "... shall be
    excluded until the expiry of 48 months" lifts the exclusion too."""
    text = (
        "# Exclusions\n\nWe will not pay for winter sports, other than curling or ice "
        "skating, unless you have paid the extra premium shown in your schedule for winter "
        "sports cover.\n\nExpenses for a pre-existing disease and its complications shall "
        "be excluded until the expiry of 48 months of continuous cover after the date you "
        "first took out a policy with us.\n"
    )
    bullets = draft_bullets(text)
    assert any(
        b.startswith("Winter sports, other than curling or ice skating, unless") for b in bullets
    ), bullets
    # the time it lasts is shown (test_exclusion_batch15.py); what it counts from is not
    assert any(b.endswith(", until the expiry of 48 months of continuous cover …") for b in bullets)


def test_a_heading_that_names_the_whole_document_titles_no_part_of_it() -> None:
    text = (
        "# Section 1 - Boats\n\n## Insurance\n\nWe pay for damage to your boat.\n\n"
        "We will not pay for:\n\n- damage caused by ice on the mooring;\n"
        "- theft of fuel from an unlocked tank.\n\n"
        "# Section 2 - Trailers\n\n## Exclusions\n\n- Tyres worn below the legal limit.\n"
    )
    titles = draft_titles(text)
    assert titles == ["### Section 1 - Boats", "### Section 2 - Trailers – Exclusions"], titles


def test_a_table_column_heading_titles_no_part_of_the_draft() -> None:
    text = (
        "# Section 1 - Hospital cash\n\n## Daily limit (£) per day\n\n"
        "We will not pay for a stay of less than 24 hours.\n\n"
        "# Section 2 - Trailers\n\n## Exclusions\n\n- Tyres worn below the legal limit.\n"
    )
    titles = draft_titles(text)
    assert titles == ["### Section 1 - Hospital cash", "### Section 2 - Trailers – Exclusions"]


def test_a_lead_in_of_exclusions_set_as_a_heading_takes_the_title_it_belongs_under() -> None:
    text = (
        "# Activities\n\n## Winter sports\n\nWinter sports are covered for an extra premium.\n\n"
        "## The following activities are covered:\n\n- Skiing on piste\n- Sledging\n\n"
        "## Examples of winter sports activities not covered are:\n\n"
        "- Bobsleighing\n- Ski jumping\n\n"
        "# Section 2 - Trailers\n\n## Exclusions\n\n- Tyres worn below the legal limit.\n"
    )
    titles = draft_titles(text)
    assert titles[0] == "### Winter sports", titles


def test_a_bare_cover_heading_above_the_items_heading_takes_its_sections_name() -> None:
    text = (
        "# Section 5 - Home emergency\n\n## Your cover\n\nWe send a plumber or a roofer.\n\n"
        "### You are covered for:\n\n- Roof damage.\n\n"
        "You are not covered for removal of wasps' nests.\n\n"
        "# Section 6 - Trailers\n\n## Exclusions\n\n- Tyres worn below the legal limit.\n"
    )
    titles = draft_titles(text)
    assert titles[0] == "### Section 5 - Home emergency", titles  # "Your cover" adds nothing


def test_a_bullet_does_not_stop_inside_a_list_that_goes_on() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n"
        "- ownership, possession or use of wild animals, firearms, aircraft or watercraft;\n"
        "- total or partial failure to receive, send, access or use data for any time "
        "whatsoever, regardless of any other cause or event contributing to it whenever it "
        "may occur in any sequence.\n"
    )
    bullets = draft_bullets(text)
    assert (
        "Ownership, possession or use of wild animals, firearms, aircraft or watercraft" in bullets
    ), bullets
    assert not any(b.endswith("failure to receive") for b in bullets), bullets


def test_a_bullet_does_not_stop_before_an_aside_that_the_condition_follows() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for claims arising from:\n\n"
        "- the failure or fear of failure or inability of any equipment or any software, "
        "whether or not it belongs to you, to recognise or to read correctly any date as its "
        "true calendar date, or to keep working correctly after that date;\n- war.\n"
    )
    bullets = draft_bullets(text)
    assert "Failure or fear of failure or inability of any equipment or any software" not in (
        bullets
    ), bullets


def test_the_exclusions_no_section_names_come_last() -> None:
    text = (
        "# If you sell your boat\n\nWe will not pay for damage after the day of the sale.\n\n"
        "# Section 1 - Boats\n\n## Exclusions\n\n- Ice damage to the hull.\n\n"
        "# Section 2 - Trailers\n\n## Exclusions\n\n- Tyres worn below the legal limit.\n"
    )
    titles = draft_titles(text)
    assert titles[-1] == "### Elsewhere in the wording", titles


def test_numbered_exclusions_are_grouped_under_the_exclusions_heading() -> None:
    text = (
        "# Cover\n\nWe pay for damage to your shop.\n\n# General exclusions\n\n"
        "## 1. Conflict\n\nWe will not pay for loss caused by war.\n\n"
        "## 2. Nuclear\n\nWe will not pay for loss caused by nuclear weapons material.\n"
    )
    assert draft_titles(text) == [], draft_titles(text)  # one group: no titles needed
    two = text + "\n# Section 2 - Trailers\n\n## Exclusions\n\n- Tyres worn below the limit.\n"
    assert draft_titles(two)[0] == "### General exclusions", draft_titles(two)


def test_a_this_section_title_takes_the_section_heading_set_beside_it() -> None:
    text = (
        "## Section 1A - Fire\n\n## Your insurance under this section\n\n"
        "We will not pay for rust.\n\n"
        "## Section 1B - Theft\n\n## Your insurance under this section\n\n"
        "We will not pay for theft by your employees.\n"
    )
    assert draft_titles(text) == [  # "Your insurance under this section" adds nothing
        "### Section 1A - Fire",
        "### Section 1B - Theft",
    ], draft_titles(text)


def test_a_bullet_that_only_names_the_kind_of_clause_is_left_out() -> None:
    text = (
        "# Exclusions\n\nWe will not pay for war.\n\n"
        "The waiting period above also applies to any increase in the sum insured.\n"
    )
    assert not any(b.startswith("Waiting period") for b in draft_bullets(text))


def test_a_peril_with_sub_items_titles_the_exclusions_after_them() -> None:
    text = (
        "# Section 1 - Home\n\n## Core cover\n\nYour home is covered for damage caused by:\n\n"
        "- Water escaping from fixed heating systems\n"
        "    - from underground pipes\n    - from storage tanks.\n"
        "- We do not cover:\n    - damage to the tanks themselves\n    - rot caused by damp\n\n"
        "# Section 2 - Trailers\n\n## Exclusions\n\n- Tyres worn below the legal limit.\n"
    )
    titles = draft_titles(text)
    assert titles[0] == "### Core cover – Water escaping from fixed heating systems", titles


def test_a_bare_column_heading_after_lead_ins_takes_the_title_before_them() -> None:
    text = (
        "# Introduction\n\nRead your policy.\n\n## Leisure activities\n\nSome are covered.\n\n"
        "## The following activities are covered:\n\n- Archery\n- Hiking\n\n"
        "## Not covered\n\n- Base jumping\n- Big game hunting\n\n"
        "# Section 2 - Trailers\n\n## Exclusions\n\n- Tyres worn below the legal limit.\n"
    )
    assert draft_titles(text)[0] == "### Leisure activities – Not covered", draft_titles(text)


def _items_under(lead: str) -> str:
    return (
        "# Your contents\n\nWe cover your contents in your home against fire and theft.\n\n"
        "We also cover your contents while you move home.\n\n"
        f"# Contents exclusions\n\n{lead}\n\n"
        "- snowboards and skis;\n- pedal cycles and their accessories;\n- hearing aids.\n\n"
        "# Claims\n\nCall us within thirty days.\n"
    )


def test_an_exception_the_lead_in_makes_for_all_its_items_shows_in_each_bullet() -> None:
    """ "Unless the following items are shown on your schedule, we will not cover:": a
    bullet without the exception reads as if the items could never be covered (an
    editor's reading of held-out drafts: "Tires" for tyres damaged by a covered peril)."""
    for lead in (
        "Unless the following items are shown on your schedule, we will not cover:",
        "We will not cover the following items unless they are shown on your schedule:",
    ):
        bullets = [b for b in draft_bullets(_items_under(lead)) if not b.startswith("#")]
        assert bullets and all(b.endswith(", unless …") for b in bullets), bullets


def test_a_pointer_or_an_exception_the_items_complete_shows_none() -> None:
    """ "unless otherwise stated in the schedule" points elsewhere; in "... unless caused
    by:" the items are the exception itself."""
    for lead in (
        "We will not cover the following items unless otherwise stated in your schedule:",
        "We will not cover loss of the following items unless we have agreed otherwise:",
    ):
        bullets = [b for b in draft_bullets(_items_under(lead)) if not b.startswith("#")]
        assert bullets and not any("unless" in b for b in bullets), bullets


def test_a_bullet_that_ends_on_a_word_needing_more_says_more_follows() -> None:
    """An item the reader cut before its object ("unless caused by", a line split off
    under it) ends in "…"; a phrase that ends on its own preposition does not."""
    text = (
        "# Exclusions\n\nWe will not pay for:\n\n- pollution or contamination, unless caused by\n"
        "- dampness or dryness of\n- property which you are responsible for.\n"
    )
    assert draft_bullets(text) == [
        "Pollution or contamination, unless caused by …",
        "Dampness or dryness of …",
        "Property which you are responsible for",
    ]


def test_the_part_a_benefit_is_not_paid_under_is_no_bullet() -> None:
    """In "This benefit is not payable under the Partial Disability benefit", the part of the
    policy named after "not payable under" is where, not what, the clause takes away; a
    benefit named as the subject stays, with where ("Home Care under a ...")."""
    text = (
        "# Exclusions\n\nThis benefit is not payable under the Partial Disability benefit.\n\n"
        "The Home Care benefit is not available under a superannuation policy.\n\n"
        "We will not pay for claims arising from skydiving.\n"
    )
    assert draft_bullets(text) == ["Home Care under a superannuation policy", "Skydiving"]


def test_an_item_that_opens_with_a_past_auxiliary_has_no_topic() -> None:
    """ "... within 13 months after the cover started, was last reinstated, or / was
    increased": the tails of a clause the list split, not things excluded; a named
    theme still stands for one ("alcohol or drugs")."""
    text = (
        "# Exclusions\n\nWe will not pay a claim if the driver:\n\n"
        "- was disqualified from driving at the time;\n- had drunk alcohol over the limit;\n"
        "- were racing on a track.\n"
    )
    assert topics(text) == ["", "alcohol or drugs", ""]


def test_who_may_join_a_plan_is_no_bullet() -> None:
    """ "You are not eligible to enroll in this plan if you have Medicare", "you cannot be
    covered by two dental plans": eligibility, not what the plan does not cover (an
    editor's reading of a held-out dental plan)."""
    text = (
        "# Exclusions\n\nIf you have Medicare you are not eligible to enroll in this plan.\n\n"
        "You cannot be covered by two dental plans at once.\n\n"
        "We will not pay for frost.\n"
    )
    assert draft_bullets(text) == ["Frost"]


def test_the_events_that_end_cover_are_no_bullets() -> None:
    """ "Your Life insurance ends on the earlier of the:" / "Policy anniversary before the
    Life Insured's 70th birthday": when cover ends, not what it leaves out (an editor's
    reading of a held-out life policy)."""
    text = (
        "# Exclusions\n\nWe will not pay for frost.\n\n"
        "Your Life insurance ends on the earlier of the:\n\n"
        "- Policy anniversary before the Life Insured's 70th birthday;\n"
        "- date we receive your written request to cancel the Policy.\n"
    )
    assert draft_bullets(text) == ["Frost"]


def test_a_bullet_keeps_the_number_its_first_word_counts() -> None:
    """ "30 days after the outbreak of war", "30-day waiting period": without the number
    the bullet reads "Days after ...", "Day waiting period" (an editor's reading)."""
    text = (
        "# Exclusions\n\nThis cover will not apply 30 days after the outbreak of war in the "
        "country you visit.\n\nThere is an initial 30-day waiting period for any claims for "
        "treatment of illness.\n"
    )
    assert draft_bullets(text) == [
        "30 days after the outbreak of war in the country you visit",
        "Initial 30-day waiting period for any claims for treatment of illness",
    ]


def test_a_topic_does_not_open_with_a_verb_the_trigger_left_behind() -> None:
    """ "No benefit shall | become payable upon survival": the bullet "Become payable ..."
    says the opposite of the wording (an editor's reading of a held-out life policy)."""
    text = (
        "# Exclusions\n\nNo benefit shall become payable upon survival of the Life Insured to "
        "the maturity date.\n\nThis cover does not apply to claims made after the period.\n"
    )
    assert topics(text)[0] == ""
    assert not any(b.lower().startswith(("become", "apply")) for b in draft_bullets(text))


def test_what_a_limit_leaves_covered_is_no_bullet() -> None:
    """ "Coverage in a basement is limited to the following items:" / "Furnaces": the
    items are what stays covered (an editor's reading of a held-out flood policy)."""
    text = (
        "# Exclusions\n\nWe will not pay for frost.\n\n"
        "In a basement, coverage is limited to the following:\n\n"
        "1. Any of the following items, if installed in their working places:\n"
        "    - furnaces and hot water heaters;\n    - sump pumps.\n2. Clean-up costs.\n"
    )
    assert draft_bullets(text) == ["Frost"]


def test_what_is_only_paid_for_is_no_bullet() -> None:
    """ "... the increased amount will only be paid in the event of:" / "death caused by
    Accident": the items are what is still paid; as bullets they turn the wording round
    (a blind reader's finding on a life policy)."""
    text = (
        "# Policy\n\n## Cover\n\nWe pay the sum insured on death.\n\n"
        "## Guaranteed Future Insurability Benefit\n\nDuring the first six months after you "
        "use this benefit, the increased portion of the sum insured will only be paid "
        "for:\n\n- Death caused by Accident;\n- Trauma caused by Accident.\n\n"
        "## Exclusions\n\nWe will not pay for frost.\n"
    )
    assert draft_bullets(text) == ["Frost"]


def test_a_lead_in_that_says_which_benefit_its_exclusions_apply_to_names_it() -> None:
    """ "The following additional exclusions are also applicable to the Accidental Death
    Benefits" (no colon): its items exclude from that benefit only (an editor's reading of
    a held-out visitors' medical policy); a deictic "this Cover" names none."""
    text = (
        "EXCLUSIONS\nWe will not pay for:\na) cosmetic surgery;\nb) routine check-ups.\n"
        "The following additional exclusions are also applicable to the Accidental Death "
        "Benefits\na) infections of any kind;\nb) flying as a pilot or crew member.\n"
    )
    headings = [b for b in draft_bullets(text, fmt="text") if b.startswith("###")]
    assert "### EXCLUSIONS – Accidental Death Benefits" in headings, draft_bullets(text, fmt="text")


def test_a_lead_in_window_marks_each_bullet() -> None:
    """ "... if the condition first occurs in the 90 days following the start date:" /
    "a stroke": only a stroke in that window is excluded, so the bullet shows the window
    and ends in "…" (editors' readings of held-out life policies: a bare "Stroke …" read
    as stroke never covered)."""
    text = (
        "# Exclusions\n\nWe will not pay a trauma claim if the condition first occurs in "
        "the 90 days following the start date:\n\n- a stroke;\n- a heart attack.\n"
    )
    assert draft_bullets(text) == [
        "Stroke, in the 90 days following the start date …",
        "Heart attack, in the 90 days following the start date …",
    ]
    # ... a window counted back from a date, its number in brackets ("not been stable for
    # one hundred and eighty (180) days immediately prior to your effective date, including:")
    text = (
        "# Exclusions\n\nWe do not cover expenses resulting from medical conditions which "
        "have not been stable for one hundred and eighty (180) days immediately prior to your "
        "effective date, including:\n\n- medical conditions for which you received "
        "treatment;\n- symptoms for which you saw a doctor.\n"
    )
    assert all(b.endswith("…") for b in draft_bullets(text)), draft_bullets(text)


def test_a_hedged_warning_is_no_bullet() -> None:
    """ "Your policy may not cover medical conditions that existed before your trip": a
    warning that points at the exclusion said elsewhere (editors' readings of two held-out
    travel policies); the exclusion itself stays."""
    text = (
        "# Exclusions\n\nYour policy may not cover medical conditions that existed before "
        "your trip.\n\nWe will not pay for frost.\n"
    )
    assert draft_bullets(text) == ["Frost"]


def test_a_cap_phrased_as_what_is_not_paid_is_no_bullet() -> None:
    """ "We will not pay more than the market value of your car": how much, not what, the
    policy leaves out (editors' readings of held-out motor and travel policies)."""
    text = (
        "# Exclusions\n\nWe will not pay more than the market value of your car at the time "
        "of the loss.\n\nWe will not pay for frost.\n"
    )
    assert draft_bullets(text) == ["Frost"]


def test_an_item_that_opens_with_a_verb_only_a_verb_has_no_topic() -> None:
    """'your failure to: adhere to medical treatment', 'We shall not be liable to: provide
    indemnity for ...': a base-form verb that is never a noun opens a verb phrase, which
    says the opposite of the clause without its lead-in; a noun ('theft of ...') or a
    verb that is also a noun ('use of ...') stays a topic."""
    text = (
        "# Exclusions\n\nWe will not pay expenses that result from your failure to:\n\n"
        "- adhere to medical treatment;\n- obtain tests your doctor recommended.\n\n"
        "We will not pay for:\n\n- theft of your tent;\n- use of your bicycle in a race.\n"
    )
    assert topics(text) == ["", "", "theft of your tent", "use of your bicycle in a race"]


def test_a_section_number_before_a_run_in_title_is_no_part_of_the_topic() -> None:
    # a wrapped table's row read whole: "5.18 Product recall | You are not insured ..."
    text = (
        "# Liability policy\n\n## Section 5 – Exclusions\n\n5.18 Product recall You are not "
        "insured for liability in connection with the recall or withdrawal of your products.\n"
    )
    found = exclusions(text)
    assert [e["topic"] for e in found] == ["Product recall"], found
