"""``Finding.fast`` builds the same Finding as the dataclass constructor."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clarity.core.findings import Finding
from clarity.core.rulemeta import Severity

_REQUIRED = dict(code="P102", name="n", severity=Severity.INFO, category="style", text="t")
_OPTIONAL = st.fixed_dictionaries(
    {},
    optional={
        "suggestion": st.text(max_size=5),
        "evidence": st.tuples(st.text(max_size=3)),
        "line": st.integers(0, 9),
        "page": st.none() | st.integers(1, 9),
        "data": st.dictionaries(st.text(max_size=3), st.integers()),
        "fingerprint": st.text(max_size=5),
    },
)


@given(st.text(max_size=8), st.integers(0, 50), st.integers(0, 50), _OPTIONAL)
def test_fast_equals_constructor(message, start, end, optional) -> None:
    values = dict(_REQUIRED, message=message, start=start, end=end, **optional)
    slow, fast = Finding(**values), Finding.fast(**values)
    assert fast == slow
    assert list(vars(fast).items()) == list(vars(slow).items())
    assert fast.to_dict() == slow.to_dict()
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert fast.data is not Finding.fast(**values).data or "data" in optional


def test_fast_refuses_unknown_and_missing_fields() -> None:
    values = dict(_REQUIRED, message="m", start=0, end=1)
    with pytest.raises(TypeError, match="unknown"):
        Finding.fast(**values, colour="red")
    del values["code"]
    with pytest.raises(TypeError, match="missing"):
        Finding.fast(**values)
