"""Forms met on publishers outside ../shared (held-out sets 23 and 24,
benchmarks/heldout/external.md), each on invented text: a numbered exclusion titled
with a section number ("4.30 Equipment") and its paragraph, ..."""

from __future__ import annotations

from exclusion_helpers import clause_texts

NUMBERED = """# Policy

## 4 Exclusions

The insurer shall not be liable to make any payment for expenses incurred in connection with:

### {first} Equipment

External medical equipment of any kind used for diagnosis at home.

### {second} Items of personal comfort

Items of personal comfort including telephone and television.

## 5 Conditions

The insured must tell us of any change of address.
"""


def test_paragraphs_under_section_numbered_exclusion_titles() -> None:
    for first, second in (("4.30.", "4.31."), ("4.30", "4.31"), ("D3.6.1", "D3.6.2")):
        found = clause_texts(NUMBERED.format(first=first, second=second))
        assert found == [
            "External medical equipment of any kind used for diagnosis at home.",
            "Items of personal comfort including telephone and television.",
        ], (first, found)
