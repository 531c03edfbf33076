"""Inline suppressions and per-file ignores: the author's say over a finding.

A comment in the document silences a rule where a finding is a deliberate
choice (a defined legal term that must stay, a quoted statute). Forms, in
Markdown/HTML comments or, in text files, on a line of their own:

    <!-- clarity: disable=J101,S101 -->     from here to the end (or to enable=)
    <!-- clarity: enable=J101 -->           end an earlier disable
    <!-- clarity: disable-next=S101 -->     only the next paragraph (block)
    # clarity: disable=S101                 the same, as a line in a .txt file

Codes may be prefixes (``J1``) or ``all``. Readers record comments in
``Document.comments``; this module turns them into ``Document.suppressions``
ranges, which the engine honours, and can report directives that silenced
nothing (C101) so stale ones get removed.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, replace
from pathlib import PurePath

from clarity.core.document import Document
from clarity.core.findings import Hit
from clarity.core.settings import Settings
from clarity.rules.packs import builtin_rule

_DIRECTIVE = re.compile(r"^\s*clarity\s*:\s*(.*?)\s*$", re.DOTALL)
_ACTION = re.compile(r"^(disable-next|disable|enable)\s*(?:=\s*(.*))?$", re.IGNORECASE)
_SETTING = re.compile(r"^jurisdiction\s*=\s*[\w-]+$", re.IGNORECASE)
"""Directives that set something for a check rather than silence one; the check reads
them itself (``jurisdiction``: clarity/checks/readability/statutory.py)."""
_TEXT_LINE = re.compile(r"(?m)^[ \t]*(?:#[ \t]*(clarity[ \t]*:[^\n]*)|<!--(.*?)-->)[ \t]*$")

UNUSED_CODE = "C101"
"""Its name, severity and texts are in rules/common/suppressions.yml."""


@dataclass(frozen=True)
class Directive:
    """One suppression range and the comment that asked for it."""

    index: int
    """Position of the range in ``Document.suppressions``."""
    comment_offset: int
    code: str
    action: str


def blank_directive_lines(text: str) -> tuple[str, list[tuple[int, str]]]:
    """For plain text: find comment lines, record them, and blank them to spaces.

    Blanking keeps every offset (and so every line and column) unchanged while
    the comment itself is never checked as prose.
    """
    comments: list[tuple[int, str]] = []
    chars: list[str] | None = None
    for match in _TEXT_LINE.finditer(text):
        body = match.group(1) if match.group(1) is not None else match.group(2)
        if not _DIRECTIVE.match(body or ""):
            continue
        comments.append((match.start(), body.strip()))
        if chars is None:
            chars = list(text)
        for i in range(match.start(), match.end()):
            if chars[i] != "\n":
                chars[i] = " "
    return ("".join(chars) if chars is not None else text), comments


def _codes(raw: str | None) -> list[str]:
    if not raw or not raw.strip():
        return ["all"]
    out = []
    for code in re.split(r"[,\s]+", raw.strip()):
        if code:
            out.append("all" if code.lower() == "all" else code.upper())
    return out


def apply_directives(document: Document) -> list[Directive]:
    """Turn ``document.comments`` into suppression ranges; return what made each."""
    end_of_text = len(document.text)
    open_ranges: dict[str, tuple[int, int]] = {}  # code -> (start, comment offset)
    ranges: list[tuple[int, int, str, int, str]] = []
    for offset, body in sorted(document.comments):
        match = _DIRECTIVE.match(body)
        if not match:
            continue
        action_match = _ACTION.match(match.group(1))
        if not action_match:
            if not _SETTING.match(match.group(1)):
                document.notes.append(
                    f"line {document.line_col(offset)[0]}: unknown clarity directive "
                    f"{match.group(1)!r} (use disable=, enable=, disable-next= or jurisdiction=)"
                )
            continue
        action = action_match.group(1).lower()
        codes = _codes(action_match.group(2))
        if action == "disable-next":
            block = next((b for b in document.blocks if b.start > offset), None)
            if block is not None:
                ranges.extend((block.start, block.end, c, offset, action) for c in codes)
            else:
                ranges.extend((offset, offset, c, offset, action) for c in codes)
        elif action == "disable":
            for code in codes:
                open_ranges.setdefault(code, (offset, offset))
        else:
            targets = list(open_ranges) if "all" in codes else codes
            for code in targets:
                if code in open_ranges:
                    start, where = open_ranges.pop(code)
                    ranges.append((start, offset, code, where, "disable"))
    for code, (start, where) in open_ranges.items():
        ranges.append((start, end_of_text, code, where, "disable"))
    ranges.sort(key=lambda r: (r[3], r[2], r[0]))
    directives = []
    for start, end, code, where, action in ranges:
        directives.append(Directive(len(document.suppressions), where, code, action))
        document.suppressions.append((start, end, code))
    return directives


def unused_hits(document: Document, directives: list[Directive]) -> list[Hit]:
    """A C101 hit for every directive that silenced no finding in this run."""
    rule = builtin_rule(UNUSED_CODE)
    hits: set[int] = getattr(document, "suppression_hits", set())
    out = []
    for directive in directives:
        if directive.index in hits:
            continue
        offset = directive.comment_offset
        verb = "disable-next" if directive.action == "disable-next" else "disable"
        out.append(
            Hit(
                rule,
                offset,
                offset + 1,
                f"clarity: {verb}={directive.code}",
                f"suppression '{verb}={directive.code}' silenced no finding; remove it",
                severity=rule.severity,
            )
        )
    return out


# --- per-file ignores ------------------------------------------------------------
def glob_match(relative: str, pattern: str, any_component: bool = False) -> bool:
    """Match a relative posix path against a glob, the way ruff/flake8 users expect.

    A pattern without "/" matches the file name (or, with ``any_component``, any
    directory name on the way); ``**/`` also matches at the top level.
    """
    pattern = pattern.strip().replace(os.sep, "/").rstrip("/")
    if not pattern:
        return False
    if "/" not in pattern:
        names = PurePath(relative).parts if any_component else (PurePath(relative).name,)
        return any(fnmatch.fnmatchcase(name, pattern) for name in names)
    pattern = pattern.removeprefix("./")
    candidates = [pattern]
    if pattern.startswith("**/"):
        candidates.append(pattern[3:])
    if pattern.endswith("/**"):
        candidates.append(pattern[:-3])
    return any(fnmatch.fnmatchcase(relative, p) for p in candidates)


def relative_to_project(path: str, settings: Settings) -> str:
    """A path relative to the config file's folder (or the working directory)."""
    base = os.path.dirname(settings.config_path) if settings.config_path else os.getcwd()
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:
        return PurePath(absolute).as_posix()
    return PurePath(relative).as_posix()


def settings_for_path(settings: Settings, path: str) -> Settings:
    """Add the per-file-ignores whose glob matches ``path`` to ``settings.ignore``."""
    table = getattr(settings, "per_file_ignores", ())
    if not table or path == "-" or path.startswith("<"):
        return settings
    relative = relative_to_project(path, settings)
    extra: list[str] = []
    for pattern, codes in table:
        if glob_match(relative, pattern):
            extra.extend(c for c in codes if c not in extra)
    if not extra:
        return settings
    return replace(settings, ignore=settings.ignore + tuple(extra))
