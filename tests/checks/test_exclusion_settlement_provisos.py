"""A proviso on how a claim is settled or documented is not a condition of cover."""

from __future__ import annotations

from exclusion_helpers import exclusions

PROVISOS = """# Your bicycle

If a matching saddle cannot be found, we will pay the full cost of the whole bicycle,
provided the sum insured is adequate.

We will pay up to £60 for a replacement lock, but we will only refund claims when we
have received a valid receipt.

If you die, your executors will have the protection of this cover provided that they
comply with the terms and conditions of this policy.

We will only pay for theft if the bicycle was locked to a fixed object.

If you do not comply with the terms of the security condition, we will not pay for theft.
"""


def _texts() -> list[str]:
    return [" ".join(e["text"].split()) for e in exclusions(PROVISOS)]


def test_a_proviso_on_settlement_or_documents_is_no_exclusion() -> None:
    texts = _texts()
    assert not any("sum insured is adequate" in t for t in texts), texts
    assert not any("valid receipt" in t for t in texts), texts
    assert not any("executors" in t for t in texts), texts
    # conditions on whether cover applies stay
    assert any("locked to a fixed object" in t for t in texts), texts
    assert any("If you do not comply" in t for t in texts), texts
