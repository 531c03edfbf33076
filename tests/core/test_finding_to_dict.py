"""Finding.to_dict builds what dataclasses.asdict gave (the JSON shape), without its cost."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from hypothesis import given
from hypothesis import strategies as st

from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=12,
)


def _reference(finding: Finding) -> dict:
    out = asdict(finding)
    out["severity"] = finding.severity.label
    out["evidence"] = list(finding.evidence)
    out["occurrences"] = [asdict(o) for o in finding.occurrences]
    out["count"] = 1 + len(finding.occurrences)
    return out


@given(
    data=st.dictionaries(st.text(max_size=6), _json, max_size=4),
    evidence=st.lists(st.text(max_size=6), max_size=3).map(tuple),
    severity=st.sampled_from(list(Severity)),
    page=st.none() | st.integers(1, 50),
)
def test_to_dict_equals_asdict(data, evidence, severity, page):
    finding = Finding(
        code="X101",
        name="buried",
        severity=severity,
        category="exclusions",
        message="m",
        start=1,
        end=4,
        text="abc",
        evidence=evidence,
        page=page,
        data=data,
    )
    fast, slow = finding.to_dict(), _reference(finding)
    assert fast == slow
    assert list(fast) == list(slow)  # same key order, so the same JSON bytes
    assert json.dumps(fast) == json.dumps(slow)


def test_to_dict_copies_data_deeply():
    inner = {"topics": ["flood"]}
    finding = Finding("X101", "b", Severity.INFO, "c", "m", 0, 1, "a", data={"x": inner})
    out = finding.to_dict()
    out["data"]["x"]["topics"].append("fire")
    assert inner == {"topics": ["flood"]}


@dataclass
class _Point:
    x: int


def test_dataclass_in_data_becomes_a_dict_as_with_asdict():
    finding = Finding("X101", "b", Severity.INFO, "c", "m", 0, 1, "a", data={"p": _Point(3)})
    assert finding.to_dict()["data"] == {"p": {"x": 3}} == _reference(finding)["data"]
