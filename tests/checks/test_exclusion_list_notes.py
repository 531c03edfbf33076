"""Where a list of exclusions goes on, and where a lead-in's list ends.

- A note set between two items of one list ("(b) ... alcohol." / "Alcohol abuse means
  ..." / "(c) ...") does not end the list: the items after it are still exclusions of
  the lead-in above; under a proviso ("Provided that ...:") such a paragraph is a clause of
  its own and ends the list.
- A lead-in set inside a numbered item ("2. Benefits are not payable:" / "a)", "b)")
  ends at the next item of the numbered list ("3."), however far that comes after.
- A lead-in that gives back what other exclusions take away ("We agree to indemnify you
  against liability which would otherwise be excluded ..., for:") lists cover.

All text here is invented."""

from __future__ import annotations

import re

import pytest
from exclusion_helpers import exclusions

_MARKER = re.compile(r"^(?:\(?[a-z0-9]{1,3}[.)]\s*)")

NOTE_BETWEEN_ITEMS = """Travel medical wording

Medical expenses

We will not pay for any costs that arise directly or indirectly from:

(a) An illness that starts in the first week of the trip.

(b) An injury you sustain while under the influence of alcohol.

Alcohol abuse includes having more than eighty milligrams of alcohol per one hundred millilitres of blood.

(c) Treatment that could reasonably wait until you are back home.

(d) Any act of war.

Making a claim

Call the helpline within two days of the event.
"""


def _texts(text: str, fmt: str = "markdown") -> list[str]:
    """Each exclusion's words, its list marker left off."""
    return [_MARKER.sub("", " ".join(e["text"].split())) for e in exclusions(text, fmt=fmt)]


def test_a_note_between_two_items_does_not_end_their_list() -> None:
    texts = _texts(NOTE_BETWEEN_ITEMS)
    for start in ("An illness that starts", "An injury you sustain", "Treatment that could"):
        assert any(t.startswith(start) for t in texts), (start, texts)
    assert "Any act of war." in texts, texts


@pytest.mark.parametrize(
    ("note", "next_item"),
    [
        # the next item does not go on from the one before the note
        ("Alcohol abuse means more than the legal limit.", "(f) Treatment that could"),
        # a fragment that carries on a line, no note of its own
        ("and the legal limit for driving", "(c) Treatment that could"),
    ],
)
def test_only_a_whole_note_between_items_that_follow_on_keeps_the_list(
    note: str, next_item: str
) -> None:
    text = NOTE_BETWEEN_ITEMS.replace(
        "Alcohol abuse includes having more than eighty milligrams of alcohol per one "
        "hundred millilitres of blood.",
        note,
    ).replace("(c) Treatment that could", next_item)
    texts = _texts(text)
    assert not any(t.startswith("Treatment that could") for t in texts), texts


NUMBERED_CONDITIONS = """Personal accident wording

Conditions Under Section 1

1. If an insured person suffers an injury resulting in any one of events 2 to 8, we will pay the benefit for that event.

2. Benefits shall not be payable for more than one of events 1 to 19 for the same accident.

3. Benefits shall not be payable:

a) for events 25 and 26 in excess of the total period shown in the schedule;

b) for events 25 and 26 during the excess period;

c) for more than one of events 25 and 26 that occur for the same period of time.

4. The amount of any weekly benefit shall be reduced by:

a) periodic payments under any workers compensation law;

b) any sick pay received from the employer.

5. Where an insured person is unemployed, the weekly benefit is the amount shown in the schedule.

6. Where we do not agree with the opinion given by the doctor, we have the right to have the insured person examined by a doctor of our choice.

If the doctor we choose forms an opinion contrary to that of the first doctor, the two doctors choose a third doctor whose opinion is final.

7. Weekly benefits are paid monthly in arrears to the policyholder.

8. Benefits for a part of a week are paid at one fifth of the weekly benefit for each day.
"""


def test_a_lead_in_inside_a_numbered_item_ends_at_the_next_numbered_item() -> None:
    texts = _texts(NUMBERED_CONDITIONS, fmt="text")
    assert any(t.startswith("for events 25 and 26 in excess") for t in texts), texts
    assert any(t.startswith("any sick pay received") for t in texts), texts
    for start in ("Where an insured person is unemployed", "Where we do not agree"):
        assert not any(t.startswith(start) for t in texts), (start, texts)


GIVE_BACK_LEAD = """Professional liability wording

Extensions

Fines and penalties
We agree to indemnify you against legal liability which would otherwise be excluded by the pollution exclusion, for:

1. a penalty imposed on you by a regulator for a breach of safety law;

2. any compensatory civil penalty; and

3. the costs of defending any such penalty with our written consent.

General exclusions

We will not pay for any claim arising from war.
"""


def test_a_lead_in_that_gives_back_what_an_exclusion_took_lists_cover() -> None:
    texts = _texts(GIVE_BACK_LEAD)
    for start in ("a penalty imposed", "any compensatory civil", "the costs of defending"):
        assert not any(t.startswith(start) for t in texts), (start, texts)
    assert any("arising from war" in t for t in texts), texts


ROMAN_ITEMS = """Health wording

Home treatment

We will not pay for home treatment of the following illnesses:

i. Asthma and bronchitis,

ii. Arthritis and gout,

iii. Chronic nephritis,

iv. Diarrhoea of any kind,

v. Diabetes mellitus,

vi. Epilepsy.

Ambulance cover

We pay for an ambulance to the nearest hospital.
"""


def test_roman_five_after_four_goes_on_with_its_list() -> None:
    """ "v." after "iv." is the fifth item of a roman list, not the letter v of another."""
    texts = _texts(ROMAN_ITEMS, fmt="text")
    for start in ("Asthma", "Diarrhoea", "Diabetes mellitus", "Epilepsy"):
        assert any(t.startswith(start) for t in texts), (start, texts)


PROVISO_ITEMS = """Life wording

Nomination

Provided that the policyholder is alive, the following apply:

(1) The policyholder may name a nominee at any time.

A nominee named under this clause is told of it in writing.

(2) The nominee may be changed by a written notice to us.

Claims

Send us the claim form.
"""


def test_a_paragraph_between_a_provisos_items_ends_their_list() -> None:
    """Only a lead-in that announces exclusions keeps its list over a paragraph: under a
    proviso, the paragraphs between numbered items are clauses of their own."""
    texts = _texts(PROVISO_ITEMS, fmt="text")
    assert any(t.startswith("The policyholder may name") for t in texts), texts
    assert not any(t.startswith("The nominee may be changed") for t in texts), texts
