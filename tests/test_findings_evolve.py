"""Finding.evolve: the engine's fast copy equals dataclasses.replace."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clarity.findings import Finding
from clarity.rulemeta import Severity


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
