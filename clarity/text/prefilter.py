"""A pattern's required literal, so a whole-text scan can be skipped when it is absent.

Python's ``re`` cannot use its fast literal search for a pattern that starts with
a look-behind or ``\\b`` or is case-insensitive: every rule would walk the whole
text character by character. Most rules' words are absent from a given document,
and a substring test is orders of magnitude cheaper, so a rule whose required
literal is missing is not run at all. The literal is read from the parsed
pattern, so skipping never changes a result.
"""

from __future__ import annotations

import re
from functools import cache

from clarity.text.reparse import constants as _c
from clarity.text.reparse import parser as _sre

MIN_LITERAL = 3


@cache
def required_literal(pattern: str, flags: int = 0) -> str | None:
    """The longest run of literal characters every match must contain, or None."""
    try:
        parsed = _sre.parse(pattern, flags)
    except Exception:
        return None
    best = ""
    run: list[str] = []
    for op, arg in parsed:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the literal before and after still stand apart
    if len(run) > len(best):
        best = "".join(run)
    if len(best) < MIN_LITERAL:
        return None
    return best.lower() if flags & re.IGNORECASE else best


def may_match(compiled: re.Pattern[str], text: str, lowered: str) -> bool:
    """False only when ``compiled`` certainly has no match in ``text``."""
    literal = required_literal(compiled.pattern, compiled.flags & ~re.UNICODE)
    if literal is None:
        return True
    haystack = lowered if compiled.flags & re.IGNORECASE else text
    return literal in haystack
