"""Which PDF lines are titles: a line set larger than the body or bold, short and no
sentence; a short line in capitals over text in small letters; a part's label and name
on one line set a size above the body. ``pdf_blocks`` gathers the lines into blocks and
asks these questions of each."""

from __future__ import annotations

import re

from clarity.readers.pdf_layout import PdfLine
from clarity.readers.structure import PART_OPENING, list_marker

HEADING_SIZE = 1.2
"""Lines at least this many times the body size may be headings."""
MAX_HEADING_WORDS = 16
LINE_GAP = 0.8
"""Largest gap between two lines of one paragraph, in font sizes."""
MAX_CAPS_TITLE_WORDS = 10
"""Most words of a title set in capitals at body size ("EXCLUSIONS APPLICABLE TO
COVERAGES A & B")."""
MIN_CAPS_TITLE_LETTERS = 6
"""Fewest letters of such a title."""
_LABELLED_PART = re.compile(
    r"^(?:section|part|chapter)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVX]{1,5})\s*[:.–—-]\s+[A-Z]",
    re.IGNORECASE,
)
"""A part's label and its name on one line ("Section 5: Repatriation of Mortal Remains")."""
_CONTINUED = re.compile(r"\(\s*cont(?:inued|'d|\.)?\s*\)", re.IGNORECASE)
"""A part's title repeated at the top of a page ("Part 1 – Member Services (continued)")."""
LABEL_SIZE_STEP = 0.75
"""Points a labelled part title is set above the body to head its part, bold or not."""
LABEL_GAP = 3.0
"""Largest gap, in font sizes, between a part's bare label and its name below it."""


def is_heading(line: PdfLine, body: float) -> bool:
    """A short line that starts in capitals or a number and is no sentence, set larger
    than the body, bold at body size, or a part's label and name a size above it."""
    text = line.text
    if len(text.split()) > MAX_HEADING_WORDS or not any(c.isalpha() for c in text):
        return False
    if not (text[:1].isupper() or text[:1].isdigit() or not text[:1].isalpha()):
        return False  # a heading does not start in lower case
    if text.endswith(".") and len(text.split()) > 3:
        return False  # a sentence, however large
    if line.size >= body * HEADING_SIZE:
        return True
    if (
        line.size >= body + LABEL_SIZE_STEP
        and _LABELLED_PART.match(text)
        and not _CONTINUED.search(text)
    ):
        return True  # "Section 5: Repatriation of Mortal Remains", a size above the body
    if (
        line.size >= body + LABEL_SIZE_STEP
        and _in_colour(line)
        and list_marker(text) is None
        and not _ENDS_ON_NUMBER.search(text)
        and not text.endswith((":", ",", ";"))
    ):
        return True  # "What is specifically excluded from legal liability cover?" in blue
    return line.bold and line.size >= body - 0.5 and not text.endswith((".", ",", ";"))


def _in_colour(line: PdfLine) -> bool:
    """Is the whole line set in one ink with a hue (a blue or red, not black or a grey)?"""
    colours = {w.colour for w in line.words}
    if len(colours) != 1:
        return False
    (colour,) = colours
    if not colour or len(colour) != 7:
        return False
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return max(channels) - min(channels) >= MIN_HUE


_ENDS_ON_NUMBER = re.compile(r"\d\W*$")
"""A line that ends on a number: a contents entry and its page, a phone number."""
MIN_HUE = 64
"""Spread between an ink's strongest and weakest channel (0-255) that makes it a colour."""


def caps_title(
    line: PdfLine, following: PdfLine | None, body: float, previous: PdfLine | None = None
) -> bool:
    """A short line in capitals at body size (bold or not), with text in small letters
    just below it: a title, as US policy forms set theirs ("EXCLUSIONS APPLICABLE TO
    COVERAGES A & B" / "We do not cover any loss ..."). A line of a paragraph set
    all in capitals is followed by more capitals. One set a size above the body may
    stand further off its text ("GENERAL EXCLUSIONS", a blank line above "The
    exclusions stated below apply to ...")."""
    text = line.text
    capitals = _CAPITALS_THEN_NAME.match(text)
    head = capitals.group(1) if capitals else text
    if not head.isupper() or sum(c.isalpha() for c in head) < MIN_CAPS_TITLE_LETTERS:
        return False
    if len(text.split()) > MAX_CAPS_TITLE_WORDS or text.endswith((".", ",", ";")):
        return False
    if line.size < body - 0.5 or list_marker(text) is not None:
        return False
    if following is None:
        return False
    raised = (
        line.size >= body + LABEL_SIZE_STEP
        and near_below(line, following)
        and not (previous is not None and previous.text.isupper() and close_below(previous, line))
    )  # (not the last line of a title or notice in capitals that wraps)
    if not (raised or close_below(line, following)):
        return False
    return any(c.islower() for c in following.text)


_CAPITALS_THEN_NAME = re.compile(
    r"^([^a-z]+?)\s+[–—-]\s+(?:[A-Z][\w’'&/-]*|of|and|for|the|to)(?:\s+(?:[A-Z][\w’'&/-]*|of|and|for|the|to))*$"
)
"""A title in capitals named after a dash in capitalised words ("EXCLUSIONS AND
LIMITATIONS - Basic Plan"): the plan's name keeps its own case."""


def near_below(line: PdfLine, following: PdfLine) -> bool:
    """The next line starts within a few font sizes below, in the same column."""
    if (following.page, following.column) != (line.page, line.column):
        return False
    return 0 <= following.top - line.bottom <= LABEL_GAP * line.size


def heading_whole(lines: list[str]) -> bool:
    """A wrapped heading stays short and is no sentence; else it was a bold paragraph."""
    if len(lines) == 1:
        return True
    text = " ".join(lines)
    # a bracketed pointer after the title ("(also refer to General Exceptions and ...)")
    # is no part of its length
    title = _BRACKETED_TAIL.sub("", text)
    most = MAX_LABELLED_HEADING_WORDS if PART_OPENING.match(title) else MAX_HEADING_WORDS
    return len(title.split()) <= most and not text.endswith((".", ",", ";"))


MAX_LABELLED_HEADING_WORDS = 24
"""Most words of a title that opens on its part's label ("SECTION D) EXCLUSIONS ... UNDER
SECTION C) BENEFITS COVERED UNDER THE POLICY"): the label says it is a title."""


_BRACKETED_TAIL = re.compile(
    r"(?<=\w)\s*\((?:also\s+|please\s+)?(?:see|refer|read)\b[^()]*\)\s*$", re.IGNORECASE
)
"""A note after a title that points elsewhere ("(also refer to General Exceptions)")."""


def close_below(previous: PdfLine, line: PdfLine) -> bool:
    """The line sits just under the previous one, in the same column."""
    if line.page != previous.page or line.column != previous.column:
        return False
    gap = line.top - previous.bottom
    return -0.5 * previous.size <= gap <= LINE_GAP * previous.size


SENTENCE_END = ".;:?!)"
"""Marks a line that goes on in the next cannot end on."""
_CAPS_LINK = re.compile(r"^(?:AND|OR|AND/OR|OF|UNDER|TO|FOR|IN|ON|WITH|FROM|BY|THAT|WHICH)\s")
"""A word that opens the second line of a title set in capitals only when the line goes
on with the first ("... APPLICABLE TO PART A" / "UNDER SECTION C) BENEFITS ...")."""
_CAPS_LINK_END = re.compile(r"\s(?:AND|OR|OF|UNDER|TO|FOR|IN|ON|WITH|FROM|BY|THE)$")
"""... or that ends its first line ("... DOMESTIC COVER UNDER" / "SECTION C) ...")."""


def caps_title_goes_on(lines: list[str], previous: PdfLine, line: PdfLine) -> bool:
    """A title set in capitals over two lines, the first ending or the second opening on
    a link word: the title's own words, not a title of its own ("CANCELLATION" / "AND
    NONRENEWAL"). Only while the whole stays a title: a notice set in capitals ("THE
    POLICY ... WAS ISSUED" / "IN A JURISDICTION ...") is read as the headings it looks
    like. ``lines`` are the title's lines so far."""
    linked = _CAPS_LINK.match(line.text) or _CAPS_LINK_END.search(previous.text.rstrip())
    return (
        linked is not None
        and previous.text[-1:] not in SENTENCE_END
        and heading_whole([*lines, line.text])
        and not any(c.islower() for c in previous.text + line.text)
    )
