"""Numbered exclusions a reader took for headings, each on invented text: an item of a
list that goes on as a title ("We will not pay for any of the following:" / "1. Self-
harm: ..." / a heading "2. Breach of law" with its text under it), and a title whose
standard exclusion code is glued to its clause number ("4.1.10Code- Excl13", as Indian
health wordings print it). Both stay under the lead-in or the code that makes them
exclusions."""

from __future__ import annotations

from exclusion_helpers import clause_texts

LEAD_IN = """<html><body>
<h1>Section 4 Your health cover</h1>
<h2>4.2 Permanent terms</h2>
<p>We shall not be liable to make any payment for any claim arising from any of the following:</p>
<ol><li>Self-harm: any injury you cause to yourself on purpose.</li></ol>
"""
"""A lead-in of exclusions and the first item of its numbered list."""

GOES_ON = (
    LEAD_IN
    + """<h3>2. Breach of law</h3>
<p>Treatment needed because you broke the law with criminal intent.</p>
<ol start="3"><li>Tattoos: the removal of a tattoo.</li></ol>
<h3>4. Special treatments:</h3>
<ul><li>Hydrotherapy in a spa;</li><li>Magnet therapy.</li></ul>
<ol start="5"><li>Sleep disorders: snoring and sleep apnoea.</li></ol>
</body></html>
"""
)


def test_an_item_that_goes_on_as_a_heading_stays_under_the_lead_in() -> None:
    found = clause_texts(GOES_ON, fmt="html")
    for opening in (
        "Treatment needed because",
        "Hydrotherapy",
        "Magnet therapy",
        "Sleep disorders",
    ):
        assert any(opening in text for text in found), (opening, found)


UNNUMBERED = (
    LEAD_IN
    + """<h3>3. How to claim</h3>
<p>Call us within 30 days of leaving hospital.</p>
</body></html>
"""
)


def test_a_heading_that_skips_the_numbering_starts_a_new_part() -> None:
    found = clause_texts(UNNUMBERED, fmt="html")
    assert any(text.startswith("Self-harm") for text in found), found
    assert not any(text.startswith("Call us") for text in found), found


GLUED = """# Section 4 Your health cover

## 4.1.10Code- Excl13

Treatments received in spas, nature cure clinics or similar establishments.

## 4.1.11 Claims

Send us the bills from the hospital.
"""


def test_a_code_glued_to_its_clause_number_still_names_a_standard_exclusion() -> None:
    found = clause_texts(GLUED)
    assert any(text.startswith("Treatments received in spas") for text in found), found
    assert not any(text.startswith("Send us") for text in found), found


SERVICES = """# Emergency assistance

## The assistance company will not provide services in the following instances:

- Travel undertaken to get medical treatment
- Services sought outside the country

## We will provide services in the following instances:

- Travel for a holiday
"""


def test_a_title_that_refuses_services_leads_in_to_its_items() -> None:
    found = clause_texts(SERVICES)
    assert any(text.startswith("Travel undertaken") for text in found), found
    assert any(text.startswith("Services sought") for text in found), found
    assert not any(text.startswith("Travel for a holiday") for text in found), found


DEFINITIONS = """<html><body>
<h1>Section V Definitions</h1>
<h3>4. "Hired contract" means:</h3>
<ol type="a"><li>A lease of premises;</li><li>That part of any other contract under which you assume
the liability of another party.</li></ol>
<h3>Paragraph b. does not include that part of any contract or agreement:</h3>
<p>(1) That indemnifies a railway for damage arising out of work near its tracks;</p>
<h3>5. "Moving equipment" means the following types of land vehicles:</h3>
<ol type="a"><li>Tractors and other vehicles designed for use off public roads;</li>
<li>Vehicles that travel on crawler tracks.</li></ol>
<h3>6. "Damage to property" means:</h3>
<ol type="a"><li>Physical harm to tangible things; or</li><li>Loss of use of tangible things.</li></ol>
</body></html>
"""
"""A definition whose last sentence leads in to what it leaves out, set as a heading, and
the next definitions, numbered and set as headings too."""


def test_a_numbered_definition_ends_the_list_a_heading_led_in_to() -> None:
    found = clause_texts(DEFINITIONS, fmt="html")
    assert any("That indemnifies a railway" in text for text in found), found
    for opening in ("Tractors", "Vehicles that travel", "Physical harm", "Loss of use"):
        assert not any(text.startswith(opening) for text in found), (opening, found)
