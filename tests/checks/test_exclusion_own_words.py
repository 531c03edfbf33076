"""Limits said in a document's own words, and text around them that takes no cover away.

Group certificates (disability, dental, vision) state refusals as "coverage will not be
available", "your benefits may cease", "provided the insurer determines you are disabled",
"reserves the right to reject any claim filed late", "in no event beyond six months", "you
may not receive all of the protections". They also say much that is neither cover nor its
loss: how a denied claim is reviewed, how long the insurer takes to decide, which
provisions a state notice lifts, and what is not taken off a disability benefit
("Deductible Income does not include:").

Health, dental and vision plans state limits as a service "covered for children only",
"not listed as a covered service", "no separate benefit will be paid", a penalty taken off
what is paid, eyewear that "must be obtained from a plan facility", an allowance that "can
only be used" once or "cannot be used" for a copayment, cover "only within the first 12
months" or "for a period of 30 days only", a claim that "could be rejected", care that
"must be scheduled during the period of coverage", the insurer "discharged from any
liability" or the insured "considered as being his own insurer" for the difference, and a
wait without the words ("will be available after the expiry of 36 months").

Travel medical wordings for visitors hold cover to the loss ("You may not claim or
receive in total more than 100% of the loss"), put it after other insurance ("This policy
is in excess of all other insurance plans"), and say what a failure costs ("will result
in a 30% reduction of benefits", "shall invalidate all claims", "may limit benefits");
their statutory conditions that protect the insured ("No statement made by you ... shall
be used in defence of a claim") take nothing away.

Plain-English wordings use contractions and short sentences ("you'll be responsible for
paying these", "We'll only accept a claim if ...", "This is so long as no other policy
covers the cost"), and legal expenses
cover is held to a case worth pursuing ("Reasonable prospects of success must be present
throughout the claim", "we will end your claim").

Readers label each refusal and leave the rest out. Invented text."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts

CERTIFICATE = """# Part 3 Disability benefits

We pay a monthly benefit while you are disabled. {sentence}
"""
PLAN = """# Section 5 Dental and vision care

We pay for the care set out in the schedule. {sentence}
"""
TRAVEL_MEDICAL = """# Part 4 Emergency medical care for visitors

We pay for emergency medical treatment you need while you visit Canada. {sentence}
"""
PLAIN_VOICE = """# Section 7 Legal expenses and car hire

We'll pay for a hire car while your car is being repaired, and for your legal costs. {sentence}
"""

CERTIFICATE_FOUND = (
    "Continuation coverage will not be available to you after the date your employer ends the plan.",
    "If you are able to but do not take part in the return to work program, your benefits may cease.",
    "Benefits begin after the waiting period, provided Acme Life determines that you are disabled.",
    "The plan reserves the right to reject any claim filed more than 180 days after the service.",
    "Treatment under way at the end of cover goes on, but in no event beyond three months.",
    "You may not receive all of the protections of a policy issued in your own state.",
    "No action at law or in equity may be brought against us unless you have met every term.",
    "No action may be taken against the insurer unless all terms of this policy have been met.",
)
CERTIFICATE_NOT_FOUND = (
    "If all or part of a claim is denied, you may request a review.",
    "You have the right to bring a civil action under section 502(a) if your claim is denied on review.",
    "The review will be made by someone other than the person who denied the claim.",
    "The insurer will make a decision no more than 90 days after it receives your claim.",
    "In no event shall such extension exceed a period of 30 days from the end of the initial period.",
    "Annuity contracts are among the policies excluded from Association coverage.",
    "This notice does not cover all provisions of the law.",
    "We do not exclude people or treat them differently because of their age or disability.",
    "The plan assumes no responsibility for the accuracy of the information in this section.",
    "Subrogation does not apply to the medical payments cover.",
    "The Subrogation provision, if shown in the certificate, is not applicable.",
    "These limits will not apply while you lack legal capacity.",
    "If we do not provide our claim forms within 15 days, you may send us a letter instead.",
    "You need not see a doctor if further treatment would be of no benefit to you.",
    "The association pays your claims if your insurer is insolvent and can't pay its debts.",
    "Signing the notice shows that you were told about when your coverage will stop.",
    "In no event will we rescind this certificate because of a mistake in your application.",
    "This certificate is non-rescindable by us after it starts, except for non-payment.",
    "No action at law or in equity may be brought until 60 days after we have your proof of loss.",
    "As a condition to the payment of benefits, we will require certain information from you.",
    "We are not required to pay attorney fees to any attorney you hire to recover your damages.",
    "No interest will be charged if the instalment premium is not paid on due date.",
    "For residents of some states, taxes and surcharges do not apply.",
    "The early payment discount does not apply to policy fees or minimum premiums.",
)
PLAN_FOUND = (
    "Orthodontic care is a covered service for children under 19 only and needs our approval first.",
    "Where approval is needed but not obtained, we can apply a penalty of up to half of the charges.",
    "Any root canal service not listed as a covered service.",
    "No separate benefit will be paid for these and similar add-on services.",
    "Glasses must be obtained from a plan optical centre when a doctor prescribes them.",
    "The allowance can only be used at the first point of sale.",
    "We cover the first wellness visit only within the first 12 months of your membership.",
    "A new boat will be insured automatically for a period of 30 days only from the date you buy it.",
    "If a lock is not used, your claim could be rejected or not fully paid.",
    "The allowance cannot be used to pay a copayment.",
    "Follow-up visits must be scheduled during the period of coverage.",
    "The assistance company reserves the right to suspend or limit its services in a war zone.",
    "If you accept our advice, we will be discharged from any liability to you for that claim.",
    "Neither we nor the assistance company shall be held responsible for the acts of a doctor.",
    "If the property is worth more than the sum insured, you shall be considered as being your own insurer for the difference.",
    "The maternity benefit will be available after the expiry of 36 months from the date you opt for it.",
    "If you stay in a room dearer than your plan allows, you shall bear a ratable proportion of the other costs.",
    "We are not required to pay any claim for services given on a referral the law prohibits.",
    "We are not obliged to pay a claim until we receive all the documents we ask for.",
    "The cover is valid only if it is bought at the same time as the trip.",
    "As a condition to the payment of benefits, we may ask for a doctor's report each year.",
    "Treatment from a person who is not recognized as a registered dentist.",
    "Cover is not provided for follow-up treatment once the emergency has ended.",
    "Cleaning – Only 1 per consecutive 6-month period.",
    "Cleaning – Only 1 cleaning or periodontal maintenance visit per consecutive 6-month period.",
)
PLAN_NOT_FOUND = (
    "Orthodontic care is a covered service for children under 19.",
    "The allowance can be used at any optical centre you choose.",
    "We cover care you receive within 30 days of your accident.",
    "The allowance can be used to pay for frames or contact lenses.",
    "Our help line will be available after the end of the working day.",
    "Any autopsy we ask for must be performed during the period of contestability.",
    "Any root canal service listed as a covered service in the schedule.",
    "You will not be required to pay premiums while benefits are payable.",
    "We pay for storm damage to a shed if this coverage is not provided elsewhere in this policy.",
    "Where two of you are hurt in one accident, only one deductible shall apply per policy year.",
)
PLAIN_VOICE_FOUND = (
    "We'll only accept a claim for legal costs if it has a reasonable chance of succeeding.",
    "If they charge costs that we don't agree, you'll be responsible for paying these.",
    "We'll only pay for the hire car while your own car is off the road.",
    "This is so long as no other car insurance policy covers the cost.",
    "Reasonable prospects of success must be present throughout the claim.",
    "If we believe your case has no reasonable prospects of success, we will end your claim.",
)
PLAIN_VOICE_NOT_FOUND = (
    "You'll be able to claim online or by phone.",
    "This is so you can get help quickly.",
    "We'll tell you when your claim ends.",
    "You'll need to pay the costs up front, and then send us your receipts.",
    "You will be responsible for paying the first part of each and every claim.",
)
TRAVEL_MEDICAL_FOUND = (
    "If you do not begin legal action within 12 months after the arbitration award is made, we will not be responsible for the claim.",
    "You may not claim or receive in total more than 100% of the loss caused by the insured event.",
    "This policy is in excess of all other insurance plans and amounts recoverable from others.",
    "Coverage is not effective until we approve the application and the premium is paid.",
    "Failure to call us within 48 hours will result in a 30% reduction of benefits.",
    "Failure to release your medical records will cause a claim to be denied.",
    "Failure to provide receipts shall invalidate all claims under this insurance.",
    "If you do not call us first, this may limit benefits.",
    "Claims cannot be considered unless the claim form is fully completed and signed.",
    "Once a refund has been issued, you will no longer be eligible for any claim payment.",
    "Reimbursement will not be made for costs payable under a motor vehicle insurance plan.",
    "Dental treatment must begin and end within 90 days from the accident.",
    "Expenses must be submitted to us no later than 12 months from the date of treatment.",
)
TRAVEL_MEDICAL_NOT_FOUND = (
    "You must tell us when a dependant is no longer eligible for coverage.",
    "Our liability to make payment is only in excess of the deductible shown in the certificate.",
    "No statement made by you at the time of application shall be used in defence of a claim unless it is in the application.",
    "All money payable under this contract shall be paid by the insurer within 60 days after proof.",
    "You are not entitled to share in our divisible surplus.",
    "If you cancel within the 10-day examination period, the premium is refunded in full.",
    "The arbitrators' award shall not include punitive damages.",
)
FOUND = (
    [(CERTIFICATE, s) for s in CERTIFICATE_FOUND]
    + [(TRAVEL_MEDICAL, s) for s in TRAVEL_MEDICAL_FOUND]
    + [(PLAN, s) for s in PLAN_FOUND]
    + [(PLAIN_VOICE, s) for s in PLAIN_VOICE_FOUND]
)
NOT_FOUND = (
    [(CERTIFICATE, s) for s in CERTIFICATE_NOT_FOUND]
    + [(TRAVEL_MEDICAL, s) for s in TRAVEL_MEDICAL_NOT_FOUND]
    + [(PLAN, s) for s in PLAN_NOT_FOUND]
    + [(PLAIN_VOICE, s) for s in PLAIN_VOICE_NOT_FOUND]
)


@pytest.mark.parametrize(("template", "sentence"), FOUND)
def test_a_limit_in_a_documents_own_words_is_found(template: str, sentence: str) -> None:
    found = clause_texts(template.format(sentence=sentence))
    assert any(text.startswith(sentence[:30]) for text in found), found


@pytest.mark.parametrize(("template", "sentence"), NOT_FOUND)
def test_text_that_takes_no_cover_away_is_not_found(template: str, sentence: str) -> None:
    assert clause_texts(template.format(sentence=sentence)) == []


OFFSETS = """# Deductible income

Deductible Income means:

1. Any amount you receive under a workers' compensation law.
2. Any amount you receive under any other group insurance.

# Exceptions to deductible income

Deductible Income does not include:

1. Reimbursement for hospital or medical expense.
2. Benefits from any individual disability insurance policy.
"""


def test_the_exceptions_to_an_offset_are_not_exclusions() -> None:
    found = clause_texts(OFFSETS)
    assert not any("Reimbursement" in t or "individual disability" in t for t in found), found
