"""Finding.evolve: the engine's fast copy equals dataclasses.replace."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity


def _finding(**over: object) -> Finding:
    base = dict(
        code="J101",
        name="x",
        severity=Severity.WARNING,
        category="jargon",
        message="m",
        start=3,
        end=9,
        text="hereby",
        data={"k": 1},
    )
    base.update(over)
    return Finding(**base)  # type: ignore[arg-type]


@given(
    line=st.integers(0, 10**6),
    column=st.integers(0, 500),
    page=st.none() | st.integers(1, 900),
    fingerprint=st.text(max_size=20),
    severity=st.sampled_from(list(Severity)),
)
def test_evolve_equals_replace(line, column, page, fingerprint, severity):
    finding = _finding()
    changes = dict(line=line, column=column, page=page, fingerprint=fingerprint, severity=severity)
    fast = finding.evolve(**changes)
    slow = replace(finding, **changes)
    assert fast == slow
    assert fast.to_dict() == slow.to_dict()
    assert finding.line == 0 and finding.fingerprint == ""  # the original is untouched


def test_evolve_refuses_unknown_fields():
    with pytest.raises(TypeError, match="colour"):
        _finding().evolve(colour="red")


@given(
    place=st.tuples(
        st.integers(1, 10**6),
        st.integers(1, 500),
        st.integers(1, 10**6),
        st.integers(1, 500),
        st.none() | st.integers(1, 900),
        st.none() | st.integers(0, 9000),
    ),
    fingerprint=st.text(max_size=20),
    severity=st.sampled_from(list(Severity)),
)
def test_placed_equals_replace(place, fingerprint, severity):
    finding = _finding()
    line, column, end_line, end_column, page, paragraph = place
    expected = replace(
        finding,
        severity=severity,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        page=page,
        paragraph=paragraph,
        fingerprint=fingerprint,
    )
    got = finding.placed(severity, place, fingerprint)
    assert got == expected and got.data == expected.data
    assert list(vars(got)) == list(vars(expected))  # same field order, so the same JSON
    assert finding.line == 0 and finding.fingerprint == ""  # the original is untouched


def test_sort_key_constant_orders_as_the_method():
    from clarity.core.findings import SORT_KEY

    findings = [
        _finding(start=s, end=e, code=c) for s, e, c in [(3, 9, "B"), (3, 9, "A"), (1, 2, "Z")]
    ]
    assert [SORT_KEY(f) for f in findings] == [f.sort_key() for f in findings]
