"""Where a lead-in's list ends: an item of a list set around it.

US property forms nest lists four deep ("a.", "(1)", "(a)", "1)") and set titles of
their own lists as headings. A lead-in opened inside them must end where its items
end, else its meaning runs on over the cover that follows:

- A paragraph lead-in ("We will not pay for loss caused by any of the following:" /
  "(a)", "(b)", "(c)") ends at an item shaped like none of its own that starts no list
  ("b. Personal Effects"): that item goes on with a list set around the lead-in.
- A numbered title goes on with a series of exclusions only when it is numbered the way
  the series is ("3) Racing" after "2)"; not "(3) Period Of Coverage", a title of the
  outer list).
- The next item of the list an item lead-in belongs to ("f." after "e. ... to your
  outdoor:" / "(1)", "(2)") ends that lead-in though the reader set it further in, when
  no item shaped like it came under the lead-in.
- A lead-in that ends in a colon and a dash ("... in respect of:-") is a lead-in line,
  not an exclusion of its own.

All text here is invented."""

from __future__ import annotations

from exclusion_helpers import clause_texts

AROUND = """PROPERTY COVERED

a. Buildings
  (1) Your buildings at the described premises.
  (2) Completed additions to your buildings.
We will not pay for loss to buildings caused by any of the following:
(a) Wear and tear;
(b) Rust or corrosion; or
(c) Settling or cracking.
b. Personal Effects
  (1) Personal effects owned by you or your employees.
  (2) Personal property of others in your care, custody or control.

HOW TO CLAIM

Call us within thirty days of any loss.
"""

SERIES = """<html><body>
<h1>COVERAGE EXTENSIONS</h1>
<p>This Extension does not apply to:</p>
<p>1) Property of others temporarily in your possession; or</p>
<p>2) Property of others held for your wholesaling activities.</p>
<h3>(3) Period Of Coverage</h3>
<ul><li>The date this policy expires.</li><li>The date you report values to us.</li></ul>
<h1>HOW TO CLAIM</h1>
<p>Call us within thirty days of any loss.</p>
</body></html>
"""

SECOND_COLUMN = """PROPERTY EXTENSIONS

e. Outdoor Property. You may extend the insurance provided by this Coverage Form to apply to your outdoor:
  (1) Fences and signs not attached to buildings;
  (2) Trees, shrubs and plants.
    f. Non-owned Trailers
  (1) You may extend the insurance to trailers that you do not own, provided that:
    (a) The trailer is used in your business; and
    (b) The trailer is in your care at the described premises.

HOW TO CLAIM

Call us within thirty days of any loss.
"""

COLON_DASH = """SECTION 1 - OWN DAMAGE

1. We will repair your car after an accident.
2. The Company shall not be liable to make any payment in respect of:-
  (a) consequential loss, depreciation, wear and tear or mechanical breakdown;
  (b) damage to tyres unless the car is damaged at the same time.

HOW TO CLAIM

Call us within thirty days of any loss.
"""


def test_a_paragraph_lead_in_ends_at_an_item_of_the_list_around_it() -> None:
    texts = clause_texts(AROUND, fmt="text")
    assert texts[:3] == ["Wear and tear;", "Rust or corrosion; or", "Settling or cracking."]
    assert not any("Personal" in t for t in texts), texts


def test_a_paragraph_lead_in_keeps_an_inner_list_of_its_own() -> None:
    """'(b)' after '(a)' under item '1.' is the lead-in's, though set at one level."""
    inner = AROUND.replace("(a) Wear", "1. Wear and tear:\n(a) Wear").replace(
        "b. Personal Effects", "2. Mould.\nb. Personal Effects"
    )
    texts = clause_texts(inner, fmt="text")
    assert any(t.startswith("Rust or corrosion") for t in texts), texts
    assert any(t.startswith("Mould") for t in texts), texts


def test_a_title_numbered_another_way_does_not_go_on_with_the_series() -> None:
    texts = clause_texts(SERIES, fmt="html")
    assert any("wholesaling" in t for t in texts), texts
    assert not any(t.startswith("The date") for t in texts), texts


def test_a_title_numbered_the_same_way_goes_on_with_the_series() -> None:
    texts = clause_texts(SERIES.replace("(3) Period", "3) Period"), fmt="html")
    assert "The date this policy expires." in texts, texts


def test_the_next_item_of_the_openers_list_ends_it_though_set_further_in() -> None:
    """'f.' closes the cover list 'e.' opened, so the proviso under it lists conditions."""
    texts = clause_texts(SECOND_COLUMN, fmt="text")
    assert texts == [
        "The trailer is used in your business; and",
        "The trailer is in your care at the described premises.",
    ]


def test_a_lead_in_ending_in_colon_and_dash_is_no_exclusion_of_its_own() -> None:
    texts = clause_texts(COLON_DASH, fmt="text")
    assert not any(t.startswith("The Company shall not be liable") for t in texts), texts
    assert any(t.startswith("consequential loss") for t in texts), texts
