"""Draft bullets of a clause with an abbreviation in it ("(e.g. pool fence rules)",
"U.S. repair warranty"): the stop that ends an abbreviation does not end the clause, so a
short clause is shown whole, not cut to "Failure to comply with any national …" or
"... e.g …". All text here is invented."""

from __future__ import annotations

from exclusion_helpers import general_exclusion_bullets


def test_a_clause_runs_on_past_an_abbreviation_s_stop() -> None:
    bullets = general_exclusion_bullets(
        "failure to comply with any national, state or local law (e.g. pool fence rules);",
        "loss of use of your car, e.g. the cost of hiring another car;",
        "damage by pets. This applies to all sections.",
    )
    assert bullets == [
        "Failure to comply with any national, state or local law (e.g. pool fence rules)",
        "Loss of use of your car, e.g. the cost of hiring another car",
        "Damage by pets",
    ]
