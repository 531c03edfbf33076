"""The README's rule table is generated from rule metadata and must be current."""

from __future__ import annotations

from conftest import ROOT

from clarity.rules.catalogue import all_rules
from clarity.rules.docs import updated_readme


def test_readme_rule_table_is_up_to_date():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert updated_readme(text) == text, "run: python -m clarity.rules.docs"


def test_readme_documents_every_rule_code():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [r.code for r in all_rules() if f"| {r.code} |" not in text]
    assert not missing
