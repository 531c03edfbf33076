"""Rows of a table a clause refers to by name, and statements inside definitions.

A clause that excludes "the conditions listed in Table A below" is one exclusion; the
rows under the heading "Table A ..." are what it refers to, not an exclusion each,
though they sit in the exclusions section. A definition's second sentence that takes
cover away ("Cover is not available ...") is an exclusion inside a definition, even
though it opens on the trigger words (unlike "Excess - the amount you pay first").
Invented text throughout."""

from __future__ import annotations

from exclusion_helpers import clause_texts

TABLE = """# Exclusions

## 2. Waiting periods

a. Treatment of the conditions listed in Table A below is excluded until the policy \
has been in force for 24 months.

b. List of conditions:

## Table A. Two years waiting period

1. Cataract

2. Hernia

3. Varicose veins

## 3. Permanent exclusions

1. Cosmetic surgery of any kind.
"""


def test_the_clause_that_names_the_table_is_the_exclusion() -> None:
    found = clause_texts(TABLE)
    assert any("Treatment of the conditions listed in Table A" in text for text in found), found
    assert "Cosmetic surgery of any kind." in found, found


def test_the_rows_of_a_named_table_are_not_exclusions_each() -> None:
    found = clause_texts(TABLE)
    assert not {"Cataract", "Hernia", "Varicose veins"} & set(found), found


def test_a_table_heading_that_refuses_still_announces_its_rows() -> None:
    text = TABLE.replace(
        "## Table A. Two years waiting period", "## Table A. Activities not covered"
    )
    found = clause_texts(text)
    assert {"Cataract", "Hernia", "Varicose veins"} <= set(found), found


DEFINITIONS = """# Definitions

**Grace period** means the thirty days after the premium due date in which you may \
still pay it. Cover is not available for any days for which no premium is paid.

**Excess** - the first part of a claim that you pay.
"""


def test_a_refusal_inside_a_definition_is_found() -> None:
    found = clause_texts(DEFINITIONS)
    assert "Cover is not available for any days for which no premium is paid." in found, found
