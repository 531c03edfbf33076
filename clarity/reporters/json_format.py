"""JSON output; its shape is described by clarity/schemas/result-v1.schema.json."""

from __future__ import annotations

import json

from clarity.findings import RunResult


def render(result: RunResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
