"""A requirement on who must recommend or certify what the benefit pays for
("Cancellation for a medical condition must be recommended by the physician
attending ...", "The diagnostic tests must be recommended by a doctor") is a condition
of cover, as readers label it. "It must be certified ..." goes on the item before it and
is read with that item. Invented text."""

from __future__ import annotations

from exclusion_helpers import clause_texts

BENEFIT = """# Section 3 Trip cancellation

We pay your prepaid travel costs if you must cancel your trip. {sentence}
"""


def test_a_medical_recommendation_the_benefit_needs_is_found() -> None:
    for sentence in (
        "Cancellation for a medical condition must be recommended by the physician treating you.",
        "The diagnostic tests must be recommended by a doctor.",
        "The use of an ambulance must be certified by the treating medical practitioner.",
    ):
        found = clause_texts(BENEFIT.format(sentence=sentence))
        assert sentence in found, (sentence, found)


def test_a_duty_to_see_a_doctor_is_not_such_a_requirement() -> None:
    found = clause_texts(BENEFIT.format(sentence="You should see a doctor before you travel."))
    assert not any("doctor" in text for text in found), found
