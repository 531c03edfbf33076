"""JSON output; its shape is described by clarity/schemas/result-v1.schema.json."""

from __future__ import annotations

import json
from typing import Any

import orjson

from clarity.core.findings import RunResult

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS


def render(result: RunResult) -> str:
    return dumps(result.to_dict())


def dumps(data: Any) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False)`` and a newline, ten times faster.

    The standard library writes indented JSON with its pure-Python encoder: on a
    batch with thousands of findings that took longer than checking some of the
    files. orjson writes the same bytes for this data (tests/report/test_json_output.py
    compares them). The two differ only where this data never goes: a float
    below 1e-4 (``0.00001`` or ``1e-7`` for ``1e-05`` or ``1e-07``, the same
    numbers; every float clarity writes is rounded to at most four places) and
    NaN or infinity (``null``, where the standard library writes ``NaN``, which
    is not JSON). orjson refuses text Python can hold but UTF-8 cannot (a lone
    surrogate) and integers beyond 64 bits: those documents go through the
    standard library instead.
    """
    try:
        return orjson.dumps(data, option=_OPTIONS).decode("utf-8") + "\n"
    except orjson.JSONEncodeError:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
