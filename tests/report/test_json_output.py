"""The JSON report's writer (orjson) gives the bytes the standard library gave."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from rule_settings import EVERY_RULE

from clarity.report.json_format import dumps

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False).filter(
        lambda x: x == 0 or 1e-4 <= abs(x) < 1e16
    )
    | st.text()
)
_data = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=25,
)


def _reference(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@given(_data)
def test_same_bytes_as_the_standard_library(data):
    assert dumps(data) == _reference(data)


def test_text_utf8_cannot_hold_goes_through_the_standard_library():
    data = {"text": "broken \udce9 byte", "n": 2**70}
    assert dumps(data) == _reference(data)


def test_tiny_floats_are_the_same_number():
    out = dumps({"share": 1e-05})
    assert json.loads(out) == {"share": 1e-05}


def test_a_whole_report_is_byte_identical():
    from clarity.api import check_text
    from clarity.core.findings import RunResult

    text = (
        "# Home policy\n\nNotwithstanding the foregoing, the insured shall notify the Company "
        "forthwith. We do not pay for wear and tear, or for loss caused on purpose.\n"
    )
    result = RunResult(documents=[check_text(text, settings=EVERY_RULE)])
    data = result.to_dict()
    assert data["documents"][0]["findings"]
    assert dumps(data) == _reference(data)
