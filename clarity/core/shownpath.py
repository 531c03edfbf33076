"""A file's path as clarity's output shows it: printable, valid UTF-8, one line.

A file name is bytes to the system. One that is not valid UTF-8 reaches Python with
surrogate escapes, which no UTF-8 output (JSON, SARIF, HTML) can hold; one with a
newline would start a new line of the text report, and a line that begins with
``::error`` is a command to GitHub Actions; a bidirectional control can make a name
read as another; XML cannot hold a noncharacter such as U+FFFE. Each such character is
shown escaped instead: ``\\xff`` for a byte that is not UTF-8, ``\\x0a`` for a control
character, ``\\u202e`` for a bidi control or a noncharacter. Every other path is shown as
it is. The file itself is read under its real name.
"""

from __future__ import annotations

import re

_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def shown_path(path: str) -> str:
    if _UNSHOWABLE.search(path) is None:
        return path
    return _UNSHOWABLE.sub(_escaped, path)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that os.fsdecode could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
