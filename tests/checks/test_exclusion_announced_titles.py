"""Titled exclusions after an announcement, on invented text set as US endorsements set
them: "The following exclusions are added to Section I ..." and then one title per
exclusion, each set as a heading ("Asbestos", "Demolition") with its clause under it.
Each title's clause and items are exclusions, as under an exclusions heading, until a
line that titles a new part of the form ("III. Conditions")."""

from __future__ import annotations

from exclusion_helpers import clause_texts

ENDORSEMENT = """<html><body>
<h1>Contractors endorsement</h1>
<p>This endorsement changes the policy. Please read it carefully.</p>
<p>II. Exclusions - What is not covered</p>
<p>{announcement}</p>
<h3>Asbestos</h3>
<p>"Bodily injury" or "property damage" arising out of:</p>
<ol><li>the removal of asbestos; or</li><li>exposure to asbestos fibres.</li></ol>
<h3>Demolition</h3>
<p>"Bodily injury" or "property damage" arising out of the use of:</p>
<ol><li>a wrecking ball; or</li><li>explosives.</li></ol>
<p>III. Conditions</p>
<h3>Duties after a loss</h3>
<p>You must tell us about any claim arising out of:</p>
<ol><li>an accident at your premises; or</li><li>damage to a neighbour's property.</li></ol>
</body></html>
"""
ADDED = "The following exclusions are added to Section I - Coverages, Coverage A, 2. Exclusions."
BELOW = (
    "This insurance does not apply to, and we have no duty to defend, any claim for injury"
    " to which any of the below exclusions apply."
)


def test_the_titles_after_an_announcement_are_exclusions() -> None:
    for announcement in (ADDED, BELOW):
        found = clause_texts(ENDORSEMENT.format(announcement=announcement), fmt="html")
        for item in ("the removal of asbestos; or", "exposure to asbestos fibres.", "explosives."):
            assert item in found, (announcement, found)


def test_a_line_titling_a_new_part_ends_the_series() -> None:
    found = clause_texts(ENDORSEMENT.format(announcement=ADDED), fmt="html")
    assert not any("neighbour" in text or "accident at" in text for text in found), found


def test_titles_without_an_announcement_are_not_exclusions() -> None:
    plain = "Each part below names a kind of work this endorsement describes."
    found = clause_texts(ENDORSEMENT.format(announcement=plain), fmt="html")
    assert not any("asbestos" in text for text in found), found


def test_the_next_form_ends_the_series() -> None:
    text = ENDORSEMENT.format(announcement=ADDED).replace(
        "<p>III. Conditions</p>", "<h1>Additional insured endorsement</h1>"
    )
    found = clause_texts(text, fmt="html")
    assert "explosives." in found, found
    assert not any("neighbour" in text or "accident at" in text for text in found), found
