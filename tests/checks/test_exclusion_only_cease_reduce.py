"""Ways a policy takes cover away without "not covered": cover given only in some way
("Cashless treatment can be availed only in network hospitals", "we will pay only the
actual cash value", "Only persons named in the schedule shall be covered"), cover that
ends on an event ("once a claim is paid, the insurance will immediately terminate"), what
is paid cut or reduced ("we may proportionately reduce the amount paid", "any outstanding
loan shall be deducted from any benefits payable", "subject to average"), and refusals and
limits in other words ("we will not make any payment", "does not entitle you to a cash
settlement", "(but not ...)", "shall not in any event exceed", "no further liability shall
attach", "will not be more than", "but not both", "we are not bound by any resulting
judgment"). Readers label each. Not "you will pay only your share", a lead-in whose items are
what is covered, a policy's term, a surrender or the insurer's right to cancel. Invented
text."""

from __future__ import annotations

import pytest
from exclusion_helpers import clause_texts

BENEFIT = """# Section 4 Hospital and travel cover

We pay the costs of an insured person. {sentence}
"""


FOUND = (
    "If we pay this benefit, the life insurance sum insured will be reduced by the amount we pay.",
    "The most we will pay under sections 3 to 5 in total will not be more than the limit of section 3.",
    "Only the coverage limits shown for that car will apply.",
    "You may recover under the broadest coverage but not both.",
    "We are not bound by any resulting judgment.",
    "The insurer shall not be bound to reinstate exactly or completely.",
    "Cover is provided towards the cost of hotel rooms and transport to the hotel only.",
    "The damages payable under the liability cover of this policy will be reduced by that amount.",
    "The sum insured for the rest of the period of insurance shall stand reduced by the amount we pay.",
    "If the treatment is unnecessary, we may refuse to pay for those expenses.",
    "For a single trip plan, the policy will end when the cancellation benefit is paid.",
    "The elimination period is a period of disability which must be satisfied before you are eligible to receive benefits.",
    "The waiting period must be served before we pay any benefit.",
    "This policy insures only one building.",
    "Your plan covers only disabilities that are not caused by your work.",
    "Protection is given only up to the amount owed under the contract.",
    "The benefit is paid each school year for four years, but not beyond the child's 25th birthday.",
    "No maturity benefit shall be payable if the insured person is alive at the end of the term.",
    "Failure to keep receipts could lead to the claim being rejected.",
    "We pay for a stay in a community hospital, but only up to 45 days for each stay.",
    "Cashless treatment can be availed only in network hospitals.",
    "The emergency service will be available only at providers on our panel.",
    "Our assistance will only be provided once the gas supplier has made the pipes safe.",
    "Until the roof is repaired, we will pay only the actual cash value of the damage.",
    "If the claim includes costs that are not reasonable, we need only pay the reasonable part.",
    "Only persons named in the schedule shall be covered under this policy.",
    "Only receipted costs shall be considered for reimbursement.",
    "Only the address shown in the schedule is eligible for cover.",
    "Once a claim has been paid under this section, the insurance will immediately terminate.",
    "If the premium is not paid within the grace period, all benefits shall cease.",
    "Where the premium is not paid, any cover under this policy will be inoperative.",
    "The benefit option ceases to apply when the insured person turns 70.",
    "No surrender value is payable under this plan.",
    "We may proportionately reduce the amount paid on a claim where you gave us wrong facts.",
    "The daily benefit will be reduced proportionately for a stay in a shared room.",
    "Any outstanding loan shall be deducted from any benefits payable under this policy.",
    "Any amount paid for delayed bags would be deducted from payment of a claim under this section.",
    "If the delay is two hours or less, we will not make any payment.",
    "This certificate does not entitle you to a cash settlement.",
    "Your car will not qualify for repair under our lifetime guarantee if it was not serviced.",
    "The assistance company assumes no responsibility for medical advice given by a doctor.",
    "When this insurance covers a hired car, this policy won't apply if you have other insurance.",
    "A hired trailer is not an insured vehicle under this section.",
    "Visitors' belongings are covered (but not paying guests' belongings).",
    "Costs of bail bonds are paid, but not in excess of our limit of liability.",
    "The keys and locks benefit shall not be cumulative with the security benefit.",
    "Claims not referred to arbitration within 12 months shall be deemed to have been abandoned.",
    "The cumulative bonus will be lost if the policy is not renewed in time.",
    "Eligible costs shall not in any event exceed the charges actually incurred.",
    "All benefits are applicable anywhere within Malta only, except that section 5 is worldwide.",
    "The policy shall cease once the limit of liability has been used up.",
    "There is no reinstatement of the sum insured after a claim.",
    "Once the sub-limit is exhausted, no further liability shall attach to the insurer.",
    "Only one claim would be admissible for any one event.",
    "Any item with no separate sum insured is subject to average.",
)

NOT_FOUND = (
    "When a sum insured is reduced following a loss, we will automatically reinstate it.",
    "Only the following conditions apply:",
    "The amount payable for each item under this section will be reduced by the excess.",
    "You must pay the deductible before we pay any benefit.",
    "A copayment is the amount you must pay to a provider before benefits are payable.",
    "You must tell us before you travel.",
    "We pay, but always only up to the sum insured, under the following sections:",
    "When you have a vaccination, you will pay only your share of the cost.",
    "You can only nominate people who are eligible, such as your children.",
    "This policy will terminate on the expiry date shown in the schedule.",
    "In case of surrender of the policy, the surrender amount is payable and the policy shall terminate.",
    "If any premium is refundable, it shall be paid and the policy will terminate.",
    "Changes that do not entitle you to end the contract are listed in the schedule.",
    "We won't apply any other charges without your consent.",
    "Items bought abroad (including but not limited to watches) are covered.",
    "The benefit period is the total period (but not necessarily a consecutive period).",
    "If medical facilities are not available locally, we will cover evacuation costs.",
    "The Company may cancel this policy by giving 7 days' notice provided that the Company shall return a proportionate part of the premium for the unexpired period of insurance.",
    "Section G applies in respect of fire and theft only.",
)


@pytest.mark.parametrize("sentence", FOUND)
def test_cover_given_only_ending_reduced_or_refused_is_found(sentence: str) -> None:
    found = clause_texts(BENEFIT.format(sentence=sentence))
    assert sentence in found, found


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_a_share_a_term_a_surrender_a_right_or_an_open_list_is_not_found(sentence: str) -> None:
    found = clause_texts(BENEFIT.format(sentence=sentence))
    assert sentence not in found, found


def test_the_items_of_an_only_covered_lead_in_are_what_is_covered() -> None:
    text = BENEFIT.format(
        sentence="Only cancer in situ of the following sites is covered:\n\n- Breast\n- Ovary\n"
    )
    found = clause_texts(text)
    assert "Breast" not in found and "Ovary" not in found, found
