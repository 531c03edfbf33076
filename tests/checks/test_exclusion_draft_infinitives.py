"""Draft bullets of a clause whose qualifier holds an infinitive ("... computer equipment
designed to be portable"): "be" after "to" is not the verb of a main clause, so the short
clause is shown whole, where a bullet cut before "designed" says all such equipment is
excluded. A clause that only says something is to be covered, or a predicate cut from its
subject ("Required by the Program to ..."), is no bullet. All text here is invented."""

from __future__ import annotations

import pytest
from exclusion_helpers import general_exclusion_bullets

from clarity.checks.exclusions.lexicon import CompiledLexicon, lexicon_for
from clarity.rules.packs import load_rulesets


@pytest.fixture(scope="module")
def lex() -> CompiledLexicon:
    return lexicon_for(load_rulesets()["en"])


def test_a_qualifier_with_an_infinitive_is_shown_with_its_list() -> None:
    bullets = general_exclusion_bullets(
        "games consoles, audio equipment, laptops or computer equipment designed to be portable;",
        "damage by pets.",
    )
    assert bullets[0] == (
        "Games consoles, audio equipment, laptops or computer equipment designed to be portable"
    )


@pytest.mark.parametrize(
    ("words", "standalone"),
    [
        ("Stem cells for a bone marrow transplant to be covered", False),
        ("Required by the scheme to offer terrorism cover and elect not to do so", False),
        ("Permitted to drive under the law", False),
        ("Legal liability required to be insured under a road traffic act", True),
        ("Trips to any area known to be associated with terrorist activity", True),
    ],
)
def test_cover_or_a_predicate_without_its_subject_is_no_bullet(
    lex: CompiledLexicon, words: str, standalone: bool
) -> None:
    assert (not lex.matches("draft_not_standalone", words)) is standalone
