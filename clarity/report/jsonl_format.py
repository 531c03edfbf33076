"""JSON Lines output (``--format jsonl``): one line of JSON per input, nothing else.

Each line is one entry of the JSON report (clarity/report/json_format.py): a
document, the same object as in its ``documents``, or an input that could not
be checked, the same ``{"path", "message"}`` as in its ``errors`` (a line without
``findings``). The command line writes each line as soon as that input and every
one before it are done (clarity/run/stream.py), in input order, and keeps none.

There is no summary line: every line has the same meaning, so ``jq``, a data
frame reader, ``split`` and ``cat`` take the output as it is; the totals are a sum
over the lines, and the exit code says how the run ended (a run cut short leaves
fewer lines and no exit code 0 or 1).
"""

from __future__ import annotations

import json

import orjson

from clarity.core.findings import DocumentResult, InputFailure, RunResult

_OPTIONS = orjson.OPT_NON_STR_KEYS


def line(outcome: DocumentResult | InputFailure) -> str:
    """One input as one line of JSON, with its newline.

    orjson writes compact JSON (no spaces) and the text as UTF-8; text that UTF-8
    cannot hold (a lone surrogate) goes through the standard library, written the
    same way, as in json_format.dumps."""
    data = outcome.to_dict()
    try:
        return orjson.dumps(data, option=_OPTIONS).decode("utf-8") + "\n"
    except orjson.JSONEncodeError:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def render(result: RunResult) -> str:
    """A collected run as lines: its documents, then its errors (a streamed run,
    as the command line writes it, keeps input order across both)."""
    return "".join(line(outcome) for outcome in (*result.documents, *result.failures))
