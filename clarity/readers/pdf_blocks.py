"""PDF lines in reading order, gathered into headings, paragraphs and list items.

A line joins the paragraph above it when it sits just below the last line, in
the same column, at about the same size. A paragraph or list item whose
sentence runs on over a page or column break stays one block when the next
part is the same reading flow (``pdf_seams``).

A heading is short, set larger than the body or bold, and not a wrapped line
of a sentence: a line that carries on the sentence of the line above is body
text, and a bold or large line that wraps on into a long sentence is a bold
paragraph, not a heading. So is a bold line that opens a sentence, its verb in it
("No benefit will be payable under the Air Fare"), with the sentence going on just
below ("Cancellation Plan, if you are also eligible ..."). A heading that wraps over
two short lines is one heading. Table-of-contents entries and table rows of three or
more cells are paragraphs of one line each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clarity.readers.pdf_furniture import toc_entries
from clarity.readers.pdf_heading_series import series_levels
from clarity.readers.pdf_layout import PdfLine
from clarity.readers.pdf_levels import Levels
from clarity.readers.pdf_seams import (
    Measures,
    figure_goes_on,
    fills_measure,
    measures,
    runs_across,
    wraps_into,
)
from clarity.readers.pdf_titles import (
    HEADING_SIZE,
    LABEL_GAP,
    LABEL_SIZE_STEP,
    SENTENCE_END,
    caps_title,
    caps_title_goes_on,
    close_below,
    heading_whole,
    is_heading,
)
from clarity.readers.structure import (
    bare_letter_items,
    follows,
    list_marker,
    names_reference,
    restates_number,
)

MIN_TITLE_WORDS = 3
"""Fewest words of a bold line that titles what follows a list item (``_titles_next``)."""
TABLE_ROW_CELLS = 3
"""A row of this many cells apart is a table row: a block of its own, as a contents entry."""

_OPEN_END = ",;-–—"
_OPEN_WORDS = frozenset(
    ["and", "or", "of", "the", "a", "an", "to", "for", "in", "by", "with", "see", "ja", "tai"]
)
"""Words a line cannot end a sentence on: the next line carries on."""
_LAST_WORD = re.compile(r"\b\w+$")
_CLAUSE = re.compile(
    r"^(?!(?:what|which|who|whom|whose|when|where|why|how|if|in|on|for|to|about)\b)"
    r"(?:\S+\s+){1,5}?(?:will|shall|must|may|can|cannot|is|are|does|do)\s+\S+",
    re.IGNORECASE,
)
"""The opening of a sentence: its verb within its first words, not a question or a
title such as "What is covered"."""
CLAUSE_WORDS = 6
"""Words a bold line needs to be read as the opening of a sentence."""
MAX_ITEM_LOOKBACK = 40
"""Blocks looked back over for the list item a numbered bold line goes on from."""
WRAPPED_TITLE_WORDS = 3
"""Most words of a heading's last line broken off at its column's edge."""
HANG_TOLERANCE = 0.5
"""How far (in font sizes) a wrapped line may sit from its list item's hanging indent."""


@dataclass
class PdfPara:
    kind: str
    page: int
    lines: list[PdfLine]
    level: int = 0
    marker: str = ""
    toc: bool = False
    """A contents entry or a table row: a line of its own, nothing joins it."""


def paragraphs(pages: list[list[PdfLine]], body: float) -> list[PdfPara]:
    paras: list[PdfPara] = []
    edges = measures(pages)
    # a list marked by bare letters may run on over a page break ("k ..." / "l ...")
    places = [(p, i) for p, lines in enumerate(pages) for i in range(len(lines))]
    found = bare_letter_items([pages[p][i].text for p, i in places])
    letters = {places[at]: letter for at, letter in found.items()}
    for page_index, lines in enumerate(pages):
        toc = toc_entries(lines)
        previous: PdfLine | None = None
        for index, line in enumerate(lines):
            current = paras[-1] if paras else None
            if index in toc or line.cells >= TABLE_ROW_CELLS or line.table_row:
                paras.append(PdfPara("paragraph", line.page, [line], toc=True))
            elif current is not None and _extends_heading(current, previous, line, edges, body):
                current.lines.append(line)
            else:
                bare = letters.get((page_index, index))
                following = lines[index + 1] if index + 1 < len(lines) else None
                caps = caps_title(line, following, body, previous)
                _place(paras, current, previous, line, body, (lines, edges), bare, caps)
            previous = line
    for para in paras:
        if para.kind == "heading" and not heading_whole([line.text for line in para.lines]):
            para.kind = "paragraph"
    heading_sizes = sorted({p.lines[0].size for p in paras if p.kind == "heading"}, reverse=True)
    headings = [p for p in paras if p.kind == "heading"]
    by_size = [min(6, heading_sizes.index(p.lines[0].size) + 1) for p in headings]
    titles = [p.lines[0].text for p in headings]
    for para, level in zip(headings, series_levels(titles, by_size), strict=True):
        para.level = level
    levels = Levels(edges, body)
    for para in paras:
        if para.kind == "list_item":
            para.level = levels.item(para.lines[0], para.marker or "")
        else:
            levels.other(para.kind, para.lines[0])
    return paras


def _place(
    paras: list[PdfPara],
    current: PdfPara | None,
    previous: PdfLine | None,
    line: PdfLine,
    body: float,
    seams: tuple[list[PdfLine], Measures],
    bare: str | None = None,
    caps: bool = False,
) -> None:
    marker = list_marker(line.text) or bare  # "a A stay in hospital ...": a bare letter
    if (
        marker is not None
        and previous is not None
        and (
            restates_number(previous.text, marker)
            or figure_goes_on(previous.text, marker, line.text)
            # a table's header row ("Sl | Item") names no reference that runs on
            or (previous.cells == 1 and names_reference(previous.text, marker, line.text))
        )
    ):
        marker = None  # "within twelve" / "(12) months", "more than" / "60 days": a figure
    close = previous is not None and close_below(previous, line)
    carries_on = (
        previous is not None
        and close
        and (
            _runs_on(previous, line)
            or _opens_sentence(current, previous, line)
            or _hangs_in_item(current, previous, line)
            or _large_print_runs_on(current, previous, line, body, seams[1])
        )
    )
    heading = (caps or is_heading(line, body)) and not carries_on
    if heading and marker is not None and _opens_list(line, body):
        heading = not _next_item(paras, marker)  # "8. ..." / "9. Any loss arising from:"
    if carries_on and current is not None and current.kind == "heading" and marker is None:
        current.kind = "paragraph"  # the "heading" was the first line of a bold sentence
    open_para = current is not None and current.kind != "heading" and not current.toc
    if (
        open_para
        and close
        and not heading
        and marker is None
        and _similar_size(previous, line)
        and (carries_on or not _titles_next(current, previous, line))
        and not _defines_next(current, previous, line)
        and not _leaves_item(current, previous, line)
    ):
        current.lines.append(line)  # type: ignore[union-attr]
    elif (
        open_para
        and not close
        and current is not None
        and current.kind in ("paragraph", "list_item")
        and (previous is None or previous.column != line.column)
        and not heading
        and marker is None
        and runs_across(current.lines[-1], line, *seams)
    ):
        current.lines.append(line)  # a sentence running on over a page or column break
    elif heading:
        paras.append(PdfPara("heading", line.page, [line]))
    elif marker is not None:
        paras.append(PdfPara("list_item", line.page, [line], level=1, marker=marker))
    else:
        paras.append(PdfPara("paragraph", line.page, [line]))


def _extends_heading(
    current: PdfPara, previous: PdfLine | None, line: PdfLine, edges: Measures, body: float
) -> bool:
    """A line set like the heading above it, just below it, going on with its words
    (after an open word, or broken at the column's edge: "(vii) Benefit : Domiciliary" /
    "Hospitalization"); or the name of a part whose bare label the heading is
    ("Section 2" / "Hospital Benefit"), which may sit a little further down."""
    if current.kind != "heading" or previous is None:
        return False
    head = current.lines[0]
    same_look = abs(line.size - head.size) <= 0.5 and line.bold == head.bold
    if not same_look:
        return False
    same_place = (line.page, line.column) == (previous.page, previous.column)
    if (
        same_place
        and _DASH_START.match(line.text)
        and 0 <= line.top - previous.top <= 2 * line.size
    ):
        # "Section 2" / "- Hospital Benefit", on its baseline or the next: a dash in
        # the title's own type is no bullet
        return True
    if list_marker(line.text) is not None:
        return False
    if close_below(previous, line) and (
        _runs_on(previous, line)
        or _large_print_runs_on(current, previous, line, body, edges)
        or caps_title_goes_on([seen.text for seen in current.lines], previous, line)
    ):
        return True
    if _title_wraps(current, previous, line, edges):
        return True
    gap = line.top - previous.bottom
    return (
        len(current.lines) == 1
        and _PART_LABEL.match(previous.text) is not None
        and _PART_LABEL.match(line.text) is None
        and same_place
        and 0 <= gap <= LABEL_GAP * previous.size
    )


LARGE_PRINT_WORDS = 10
"""Words a block in large print holds before a line in its print goes on with it."""


def _large_print_runs_on(
    current: PdfPara | None, previous: PdfLine, line: PdfLine, body: float, edges: Measures
) -> bool:
    """A sentence set in large print, as US forms set the limits they must make prominent
    ("8. If you are a tenant, you may apply / up to 10 percent of the Coverage / B limit
    to improvements:"), goes on over a line that opens in capitals: the line above it is
    in the same print, fills its column and ends no sentence. Such lines look like short
    headings one by one; read so, they cut the sentence into titles. A title in large
    print ("Section 1E – Restoration of computer data" / "About this section") is no
    sentence yet: the block above has fewer than ``LARGE_PRINT_WORDS`` words."""
    return (
        current is not None
        and sum(len(seen.text.split()) for seen in current.lines) >= LARGE_PRINT_WORDS
        and line.size >= body + LABEL_SIZE_STEP
        and abs(line.size - previous.size) <= 0.5
        and line.bold == previous.bold
        and previous.cells == 1
        and line.cells == 1
        and previous.text[-1:] not in SENTENCE_END
        and any(c.islower() for seen in current.lines for c in seen.text)  # not capitals
        and fills_measure(previous, edges)
    )


def _title_wraps(current: PdfPara, previous: PdfLine, line: PdfLine, edges: Measures) -> bool:
    """A one-line heading broken at its column's edge, its last words alone below it
    ("(vii) Benefit : Domiciliary" / "Hospitalization"): a short line, no table row."""
    return (
        len(current.lines) == 1
        and previous.cells == 1
        and line.cells == 1
        and len(line.text.split()) <= WRAPPED_TITLE_WORDS
        and previous.text[-1:] not in SENTENCE_END
        and close_below(previous, line)
        and wraps_into(previous, line, edges)
        and fills_measure(previous, edges)
    )


_DASH_START = re.compile(r"^[-–—]\s*[^\W\d_]")
"""A line that opens with a dash goes on with the title above it ("- Hospital Benefit")."""
_PART_LABEL = re.compile(
    r"^\W{0,2}(?:section|part|chapter|appendix|schedule)\s+(?:\d{1,3}[A-Za-z]?|[A-Za-z]|[IVXivx]{1,5})\W{0,2}$",
    re.IGNORECASE,
)
"""A part's bare label ("Section 2", "PART C"): its name is the heading set just below."""


def _opens_sentence(current: PdfPara | None, previous: PdfLine, line: PdfLine) -> bool:
    """Is the heading above a bold line that opens a sentence this body-type line goes
    on with (see the module docstring)?"""
    if current is None or current.kind != "heading" or len(current.lines) != 1:
        return False
    text = previous.text.rstrip()
    return (
        previous.bold
        and abs(line.size - previous.size) <= 0.5
        and len(text.split()) >= CLAUSE_WORDS
        and text[-1:] not in SENTENCE_END
        and _CLAUSE.search(text) is not None
    )


def _opens_list(line: PdfLine, body: float) -> bool:
    """A numbered line at body size that is a clause opening a list ("9. Any loss or
    damage attributable to:"), not a short title ("4. Fraud:", "1. Fines and penalties")."""
    words = line.text.split()
    return line.size < body * HEADING_SIZE and line.text.endswith(":") and len(words) > 4


def _next_item(paras: list[PdfPara], marker: str) -> bool:
    """Does the marker go on from the last list item numbered the same way ("9." after
    "8.", with "(i)" to "(iii)" of item 8 between)? Then a bold line at body size that
    opens with it is the list's next item ("9. Any loss or damage attributable to:"),
    not a heading."""
    for para in reversed(paras[-MAX_ITEM_LOOKBACK:]):
        if para.kind == "heading":
            return False
        if para.kind == "list_item" and para.marker and _same_style(para.marker, marker):
            return follows(para.marker, marker)
    return False


def _same_style(first: str, second: str) -> bool:
    """Two list markers written alike: figures or letters, in the same brackets."""
    cores = [m.strip("()[]. ") for m in (first, second)]
    shapes = [m.replace(core, "", 1) for m, core in zip((first, second), cores, strict=True)]
    return shapes[0] == shapes[1] and cores[0].isdigit() == cores[1].isdigit()


def _hangs_in_item(current: PdfPara | None, previous: PdfLine, line: PdfLine) -> bool:
    """Is the line the wrapped tail of the list item above, set at the item's hanging
    indent under an unfinished line ("e) ownership, possession or use of Motorised" /
    "Vehicles or Craft", its words bold as a defined term): a short bold line there is
    no heading."""
    if current is None or current.kind != "list_item" or current.lines[-1] is not previous:
        return False
    first = current.lines[0]
    if len(first.words) < 2 or previous.text.rstrip()[-1:] in SENTENCE_END:
        return False
    return abs(line.x0 - first.words[1].x0) <= HANG_TOLERANCE * line.size


def _titles_next(current: PdfPara | None, previous: PdfLine | None, line: PdfLine) -> bool:
    """A bold line of several words right under a list item set in plain type, the
    item's sentence not running on: the title of what follows ("67 VASOFIX SAFETY" /
    "List II - Items that are to be subsumed into Room Charges"), set at the list's
    size, not the item's wrapped tail (an item wraps in its own weight)."""
    return (
        current is not None
        and current.kind == "list_item"
        and previous is not None
        and not previous.bold
        and line.bold
        and len(line.text.split()) >= MIN_TITLE_WORDS
    )


_DEFINITION = re.compile(r"^[\"“][^\"“”]{1,60}[\"”]\s+(?:means|shall\s+mean|includes?)\b")
"""A line that opens a definition with its quoted term ('"Eligible Expenses" means')."""


def _defines_next(current: PdfPara | None, previous: PdfLine | None, line: PdfLine) -> bool:
    """A definition's first line right under a list item whose sentence has ended, set no
    further in than the item's marker ("(3) A person living with a Covered Person." /
    '"Eligible Expenses" means ...'): the next definition of a glossary, not the item's
    wrapped tail."""
    return (
        current is not None
        and current.kind == "list_item"
        and previous is not None
        and previous.text.rstrip()[-1:] == "."
        and line.x0 <= current.lines[0].x0 + HANG_TOLERANCE * line.size
        and _DEFINITION.match(line.text) is not None
    )


def _leaves_item(current: PdfPara | None, previous: PdfLine | None, line: PdfLine) -> bool:
    """A line set further out than the marker and every wrapped line of the list item
    above, whose sentence has ended ("14. Contact lenses (except as noted elsewhere" /
    "herein)." / "The following services or eyewear are excluded"): the text the list
    sits in goes on, no part of the item."""
    if current is None or current.kind != "list_item" or previous is None:
        return False
    if previous.text.rstrip()[-1:] not in (".", ")") or len(current.lines) < 2:
        return False
    edge = min(item_line.x0 for item_line in current.lines)
    return line.x0 < edge - HANG_TOLERANCE * line.size


def _similar_size(previous: PdfLine | None, line: PdfLine) -> bool:
    return previous is not None and abs(line.size - previous.size) <= 1.0


def _runs_on(previous: PdfLine, line: PdfLine) -> bool:
    """The previous line's sentence goes on in this line."""
    last = previous.text
    first = line.text[:1]
    if not last or last[-1] in SENTENCE_END:
        return False
    word = _LAST_WORD.search(last[-12:])
    open_end = last[-1] in _OPEN_END or (word is not None and word.group().lower() in _OPEN_WORDS)
    return first.islower() or (open_end and not first.isdigit())
