"""Where the text of an HTML page stands in its source, character by character.

The parser hands over text nodes with entities decoded; the reader collapses their
white space. Both shorten the text, so one anchor per node would place every later
word too early. These helpers find a node in the source, give each of its characters
its own source offset, and cut the collapsed text into runs that map one to one.
"""

from __future__ import annotations

import functools
import html
import html.entities
import re

_WS_OR_WORD = re.compile(r"\s+|\S+")
_SPACE_OR_CHAR = re.compile(r"\s+|\S")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def entity_pattern(probe: str) -> re.Pattern[str]:
    """``probe`` as the source may spell it: a character as itself or as an entity that
    stands for it, any white space as any run of it."""
    space = r"(?:\s|" + _spellings("\xa0") + ")+"
    parts = [space if run.isspace() else _spellings(run) for run in _SPACE_OR_CHAR.findall(probe)]
    return re.compile("".join(parts))


@functools.cache
def _entity_names() -> dict[str, list[str]]:
    """Each character and the names of the HTML entities that stand for it."""
    names: dict[str, list[str]] = {}
    for name, value in html.entities.html5.items():
        names.setdefault(value, []).append(name)
    return names


def _spellings(char: str) -> str:
    """A pattern for ``char`` as HTML may write it: itself, by name, by number."""
    code = ord(char)
    ways = [re.escape(char), f"&#0*{code};?", f"&#[xX]0*{code:x};?"]
    ways += ["&" + re.escape(name) for name in _entity_names().get(char, [])]
    return "(?:" + "|".join(ways) + ")"


def source_offsets(text: str, source: str, start: int) -> tuple[list[int], int]:
    """Where each character of a text node stands in the source, from ``start`` on.

    A text node is a stretch of the source with its entities decoded (a carriage
    return before a newline and a stray tag the parser ignored dropped); walking
    both side by side gives every character its own place. Where they stop agreeing
    (``start`` was only a guess), the rest counts on one to one, as if the text were
    copied from there. Returns the offsets and how many characters were aligned.
    """
    offsets: list[int] = []
    i, j, size = 0, start, len(source)
    while i < len(text) and 0 <= j < size:
        char = source[j]
        if char == "&":
            entity = _ENTITY.match(source, j)
            if entity is not None:
                decoded = html.unescape(entity.group())
                if decoded != entity.group() and text.startswith(decoded, i):
                    offsets.extend([j] * len(decoded))
                    i, j = i + len(decoded), entity.end()
                    continue
        if char == text[i]:
            offsets.append(j)
            i, j = i + 1, j + 1
        elif char == "\r":
            j += 1
        elif char == "<" and source.find(">", j) != -1:
            j = source.find(">", j) + 1  # a stray tag the parser dropped from the text
        else:
            break
    last = offsets[-1] + 1 if offsets else start
    aligned = len(offsets)
    offsets.extend(range(last, last + len(text) - aligned))
    return offsets, aligned


def collapse(text: str, offsets: list[int], space: bool) -> list[tuple[str, int]]:
    """``text`` with each run of white space as one space (none at the start after a
    space), cut into runs that stand one to one in the source: (run, source offset).

    Mapping each run on its own is what keeps a finding after a collapsed line break
    on the line where its words are, not as many characters earlier as were collapsed.
    """
    runs: list[tuple[str, int]] = []
    current: list[str] = []
    begin = expected = -1
    for match in _WS_OR_WORD.finditer(text):
        if match.group()[0].isspace():
            if space:
                continue
            pairs: list[tuple[str, int]] = [(" ", offsets[match.start()])]
        else:
            pairs = list(zip(match.group(), offsets[match.start() : match.end()], strict=True))
        space = pairs[-1][0] == " "
        for char, at in pairs:
            if at != expected and current:
                runs.append(("".join(current), begin))
                current = []
            if not current:
                begin = at
            current.append(char)
            expected = at + 1
    if current:
        runs.append(("".join(current), begin))
    return runs
