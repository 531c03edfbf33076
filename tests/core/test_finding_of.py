"""A Finding is built once, from a kept Hit: every field comes from the hit, its rule,
the severity in force, the place and the fingerprint."""

from __future__ import annotations

from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from clarity.core.findings import SORT_KEY, Finding, Hit
from clarity.core.rulemeta import RuleMeta, Severity

RULE = RuleMeta("S101", "shall", Severity.WARNING, "style", "Say must, will or may.")

_place = st.tuples(
    st.integers(1, 99),
    st.integers(1, 99),
    st.integers(1, 99),
    st.integers(1, 99),
    st.none() | st.integers(1, 9),
    st.none() | st.integers(1, 9),
)


@given(
    start=st.integers(0, 50),
    length=st.integers(0, 9),
    message=st.text(max_size=10),
    evidence=st.lists(st.text(max_size=4), max_size=3).map(tuple),
    severity=st.sampled_from(list(Severity)),
    place=_place,
    fingerprint=st.text(max_size=8),
)
def test_a_finding_takes_every_field_from_its_hit(
    start, length, message, evidence, severity, place, fingerprint
):
    hit = Hit(
        RULE,
        start,
        start + length,
        "x" * length,
        message,
        "say must",
        Severity.WARNING,
        evidence,
        {"k": 1},
    )
    finding = Finding.of(hit, severity, place, fingerprint)
    expected = Finding(
        "S101",
        "shall",
        severity,
        "style",
        message,
        start,
        start + length,
        "x" * length,
        "say must",
        evidence,
        *place,
        data={"k": 1},
        fingerprint=fingerprint,
    )
    assert finding == expected and finding.data == expected.data
    # ``Finding.of`` fills every field but the grouping's, which come later.
    assert [f.name for f in fields(Finding)][-3:] == ["data", "fingerprint", "occurrences"]
    assert finding.occurrences == () and finding.count == 1


def test_a_finding_has_slots_and_no_instance_dict():
    finding = Finding("S101", "shall", Severity.INFO, "style", "m", 0, 1, "t")
    assert not hasattr(finding, "__dict__")


def test_sort_key_constant_orders_as_the_method():
    findings = [
        Finding(c, "n", Severity.INFO, "c", "m", s, e, "t")
        for s, e, c in [(3, 9, "B"), (3, 9, "A"), (1, 2, "Z")]
    ]
    assert [SORT_KEY(f) for f in findings] == [f.sort_key() for f in findings]
