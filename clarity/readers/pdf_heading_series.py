"""Numbered PDF headings of one series share one level, whatever their size.

A PDF heading's level comes from its font size, and publishers do not set every
heading of one rank alike: "V. COVERAGE" and "VI. EXCLUSIONS" may be a point
larger than "IV. DEFINITIONS" and "VII. TERMS AND CLAUSES". Read by size alone,
"VII." then sits inside "VI.", and the exclusions section runs on over every
section after it. A reader sees the numbering instead: "VII." after "VI." is its
sibling and ends its section.

So headings numbered in one style (roman "IV.", letters "B.", numbers "3.") form
a series when each follows the last heading of that style by one ("VI." then
"VII.") and is set no larger than it, and every heading of a series takes the
level of its first. A series breaks where the numbering does not go on (a "1."
that starts the numbering again under a new section) and where a heading is set
larger than the one it follows ("2. Flood" after the sub-heading "1. Smoke"), so
a heading is only ever moved out to the level of a larger sibling before it,
never a sub-heading out to its parent's level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clarity.readers.structure import follows

_NUMBERED = re.compile(
    r"^\s*(?:(?P<roman>[IVX]{1,5})|(?P<letter>[A-Z])|(?P<arabic>\d{1,2}))[.)]\s+\S"
)


def _styles(text: str) -> tuple[str, list[str]]:
    """A heading's number and the styles it may belong to.

    "I." or "V." may be a roman numeral or a letter: both are kept, and the series
    the heading goes on decides."""
    match = _NUMBERED.match(text)
    if match is None:
        return "", []
    if match["arabic"]:
        return match["arabic"], ["arabic"]
    token = match["roman"] or match["letter"]
    styles = ["roman"] if match["roman"] else []
    if len(token) == 1:
        styles.append("letter")
    return token, styles


def series_levels(titles: Sequence[str], levels: Sequence[int]) -> list[int]:
    """Levels of headings (in reading order), each numbered series set to its first's."""
    series: list[int] = list(range(len(titles)))  # each heading's series, by its first member
    last: dict[str, tuple[str, int]] = {}  # style -> (number, heading index) of the last one
    for index, title in enumerate(titles):
        number, styles = _styles(title)
        for style in styles:
            previous = last.get(style)
            if (
                previous is not None
                and follows(previous[0], number)
                and levels[previous[1]] <= levels[index]
            ):
                series[index] = series[previous[1]]
                break
        for style in styles:
            last[style] = (number, index)
    outermost: dict[int, int] = {}
    for index, level in enumerate(levels):
        outermost[series[index]] = min(level, outermost.get(series[index], level))
    return [outermost[series[index]] for index in range(len(titles))]
