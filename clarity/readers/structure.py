"""Shared structure helpers: list markers, heading guesses and section paths.

Plain text (often extracted from PDFs) has no markup, so its structure is
guessed from line shapes. The guesses live here so every reader that meets
unmarked lines (text, PDF, the odd HTML page of <br>s) makes the same ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from clarity.core.document import Block

BULLET_MARKS = "-*•▪◦●■–·−○◆►➢✓✔"
"""Characters that mark a list item on their own."""
# "-", "•", "1.", "1.2.3", "(c)", "c)", "iv)", "(iv)", "A.", "1)"; then whitespace. A
# bracketed number a PDF sets against its item's first word ("(2)The Covered Person's
# spouse", its gap drawn, not typed) numbers the item too; "(Re)Insurance" does not.
PART_OPENING = re.compile(
    r"^(?:section|part|chapter)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVX]{1,5})\s*[:.)–—-]\s*",
    re.IGNORECASE,
)
"""A title that opens on its part's label ("SECTION D) ...", "Part 2: ..."): the label says
it is a title, however long its words run."""
LIST_MARKER = re.compile(
    r"""^[ \t]*(
        ["""
    + re.escape(BULLET_MARKS)
    + r"""]                                          # bullets
      | [\uf020-\uf0ff]                              # a symbol font's bullet in a PDF's text
      | \(?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?(?=\s)       # 1  1.  1.2.3  (1)  1)
      | \([a-zA-Z]{1,2}\)                             # (a) (iv)
      | \((?=[ivx]{3,6}\))x{0,3}(?:ix|iv|v?i{0,3})\)    # (iii) (viii) (xiv)
      | \((?=[IVX]{3,6}\))X{0,3}(?:IX|IV|V?I{0,3})\)    # (III)
      | [a-zA-Z][.)](?=\s)                            # a. a)
      | [ivxlcIVXLC]{1,6}[.)](?=\s)                   # iv) IV.
      | (?P<glued>\((?:\d{1,3}|[a-z]|[ivx]{2,5})\)(?=[A-Z])(?!Copyright))  # "(2)The"
    )(?(glued)|[ \t]+(?=\S))""",
    re.VERBOSE,
)

_SENTENCE_END = re.compile(r"[.:;?!)\]”\"]\s*$")
_RUNS_ON = re.compile(
    r"\s(?:and|or|of|the|to|for|with|by|from|a|an|ja|tai|sekä"
    r"|be|been|not|shall|will|must|may|is|are|than|which|whose)$",
    re.IGNORECASE,
)
"""A line ending in a word that needs more after it runs on into the next line ("The
attending doctor shall not be" / "you or a relative.")."""
_HEADING_NUMBER = re.compile(
    r"^(?:(?i:section|part|chapter|clause|osa|luku)\s+)?(?:\d{1,3}|[A-Z])(?:\.\d+)*\.?\s"
)


# A Nordic statute numbers its parts, chapters and sections on lines of their own, the
# title on the next line: "2 osa", "4 luku" ("4 a luku", "1 luku."), "4 kap.", "22 §"
# ("5 a §", "1§"). Part above chapter above section, whatever the numbers say.
_STATUTE_UNIT = re.compile(
    r"^[ \t]*\d{1,3}(?:[ \t]?[a-z])?[ \t]?(osa|luku|kap|§)\.?[ \t]*$", re.IGNORECASE
)
_STATUTE_LEVELS = {"osa": 1, "luku": 2, "kap": 2, "§": 3}
_CHAPTER_TITLE_WORDS = 8
"""A chapter's title may end in a full stop ("Yleiset säännökset."); one this short."""
_STATUTE_TITLE_WORDS = 15


def statute_unit_level(line: str) -> int | None:
    """The heading level of a statute's part, chapter or section number line, or None."""
    match = _STATUTE_UNIT.match(line)
    return _STATUTE_LEVELS[match.group(1).lower()] if match else None


def statute_title(line: str, level: int) -> bool:
    """Does ``line``, right under a statute's number line, title it? A title is short,
    starts in upper case and ends without punctuation; a section's first sentence
    ("Tämä laki tulee voimaan ...") is none."""
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > _STATUTE_TITLE_WORDS or list_marker(stripped) is not None:
        return False
    if not stripped[0].isupper() or statute_unit_level(stripped) is not None:
        return False
    if stripped.endswith("."):
        return level < _STATUTE_LEVELS["§"] and len(words) <= _CHAPTER_TITLE_WORDS
    return not stripped.endswith((":", ";", ",", "?", "!"))


def list_marker(line: str) -> str | None:
    match = LIST_MARKER.match(line)
    return match.group(1) if match else None


_NUMBER_WORD = re.compile(
    r"""(?:^|\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen
    |fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty
    |seventy|eighty|ninety|hundred|thousand|[a-z]+-(?:one|two|three|four|five|six|seven
    |eight|nine))\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMERAL_IN_BRACKETS = re.compile(r"^\(\d{1,3}\)$")


_REFERENCE_NOUN = re.compile(
    r"\b(?:exclusions?|sections?|clauses?|conditions?|events?|benefits?|paragraphs?|articles?"
    r"|items?|parts?|endorsements?)\s*$",
    re.IGNORECASE,
)

_RANGE_OPEN = re.compile(r"(?:\(\w{1,4}\)|\b\d{1,3})\s*[–—-]\s*$")
"""A line that ends on the first end of a range ("Benefits (i) –", "Events 20 -")."""


def names_reference(previous: str | None, marker: str, line: str = "") -> bool:
    """Is a bare "1" at the start of a line the number of a cross-reference that ended the
    line before ("... specifically excluded under Exclusion" / "1 below);", "... payable
    under Events" / "25 or 27, provided ...")? Then it is inside a sentence, no list
    marker. A numbered item ("2.", "(3)") keeps its marker: a title line may end so; but
    after a line that opens a range ("Benefits (i) –") any marker closes the range, and a
    marker that opens one ("... in Paragraphs" / "(1) through (5), is caused by ...")
    under a line whose sentence goes on is the start of that range."""
    if previous is None:
        return False
    if _RANGE_START.match(line) and previous.rstrip()[-1:] not in _SENTENCE_STOPS:
        return True
    if _RANGE_OPEN.search(previous):
        return True  # "... under any of Benefits (i) –" / "(iv) this cover will cease"
    if _NUMBER_ONLY.fullmatch(marker) and _REFERENCE_CALL.search(previous):
        return True  # "... except as provided under Additional Coverage" / "11. Landlord's"
    return marker.isdigit() and _REFERENCE_NOUN.search(previous) is not None


_RANGE_START = re.compile(
    r"^(?:\(\w{1,4}\)|\d{1,3}\.?)\s+(?:through|to|and|or|[-–])\s+(?:\(\w{1,4}\)|\d{1,3}\b)"
)
"""A line that opens with a range of markers ("(1) through (5), is caused by ...", "1 to 6
for any one event"), not with an item's marker and its words ("3. to a residence")."""
_SENTENCE_STOPS = ".;:?!"
_NUMBER_ONLY = re.compile(r"\d{1,3}\.?")
_REFERENCE_CALL = re.compile(
    r"\b(?:under|in|see|by)\s+(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}?"
    r"(?-i:[A-Z])(?:overages?|ections?|xclusions?|onditions?|aragraphs?|lauses?|tems?|arts?)\s*$",
    re.IGNORECASE,
)
"""A line that ends by calling a named part of the policy by its number, the number on
the next line ("... except as provided under Additional Coverage" / "11. Landlord's
Furnishings"): a numbered line there goes on with the sentence."""


_ROMANS = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
]  # fmt: skip


def follows(before_marker: str, marker: str) -> bool:
    """Is ``marker`` the one after ``before_marker`` ("(b)" after "(a)", "3." after "2.",
    "(iv)" after "(iii)", "VII." after "VI.", "aa" after "z")? A list item's marker and a
    numbered heading's go on the same way."""
    core = marker.strip("()[]. ")
    before = before_marker.strip("()[]. ")
    if before.isdigit() and core.isdigit():
        return int(core) == int(before) + 1
    single = len(before) == len(core) == 1 and before.isalpha() and core.isalpha()
    if single and ord(core.lower()) == ord(before.lower()) + 1:
        return True
    low, now = before.lower(), core.lower()
    if len(now) == 2 and len(low) <= 2 and (low + now).isalpha() and _letters_after(low) == now:
        return True  # "aa" after "z", "ab" after "aa", "ba" after "az"
    return low in _ROMANS[:-1] and now == _ROMANS[_ROMANS.index(low) + 1]


_BARE_LETTER = re.compile(r"^[ \t]*([a-z]{1,2})[ \t]+(?=[A-Z])")
BARE_LETTER_RUN = 3
"""Successive bare letters ("a", "b", "c") a list needs before its markers are trusted."""


def bare_letter_items(lines: list[str]) -> dict[int, str]:
    """The lines that open with a bare letter as their list marker ("a A stay in hospital
    ...", "b Any pre-existing illness ...", on to "aa", "ab"), by index: only where at
    least three such lines run on in letter order, so a line that starts "a Policy ..."
    mid-sentence is not taken for an item."""
    found: dict[int, str] = {}
    run: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        match = _BARE_LETTER.match(line)
        if match is None:
            continue
        letter = match.group(1)
        if run and follows(run[-1][1], letter):
            run.append((index, letter))
        elif len(letter) == 2 and letter != "aa":
            continue  # "of Singapore." ending an item: a word, no marker out of order
        else:
            if len(run) >= BARE_LETTER_RUN:
                found.update(run)
            run = [(index, letter)] if letter == "a" else []
    if len(run) >= BARE_LETTER_RUN:
        found.update(run)
    return found


def _letters_after(letters: str) -> str:
    """The two-letter marker after ``letters``: "aa" after "z", "ab" after "aa", "ba"
    after "az"."""
    if len(letters) == 1:
        return "aa" if letters == "z" else ""
    if letters[1] != "z":
        return letters[0] + chr(ord(letters[1]) + 1)
    return chr(ord(letters[0]) + 1) + "a"


def restates_number(previous: str | None, marker: str) -> bool:
    """Is "(12)" at the start of a line the figure of a number word that ended the line
    before ("within twelve" / "(12) months")? Then it is inside a sentence, no list
    marker."""
    return (
        previous is not None
        and _NUMERAL_IN_BRACKETS.match(marker) is not None
        and _NUMBER_WORD.search(previous) is not None
    )


def looks_like_heading(line: str, previous: str | None, following: str | None) -> bool:
    """A short, stand-alone line that is not the tail of a wrapped sentence."""
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > 12 or len(stripped) > 90:
        return False
    if not any(ch.isalpha() for ch in stripped):
        return False
    if stripped[-1] in ",;-–" or stripped.lower().startswith(("and ", "or ", "ja ", "tai ")):
        return False
    nxt = (following or "").strip()
    if runs_on(stripped) and not _title_tail(nxt):
        return False  # "China (excluding Tibet and": a wrapped line, not a title
    prev = (previous or "").strip()
    if prev and not _SENTENCE_END.search(prev) and not _is_caps(prev):
        return False  # the previous line runs on into this one
    first_alpha = next(ch for ch in stripped if ch.isalpha())
    if not (first_alpha.isupper() or stripped[0].isdigit()):
        return False
    if stripped.endswith("?"):
        return True
    if _is_caps(stripped) and len(words) >= 1 and sum(c.isalpha() for c in stripped) >= 4:
        return True
    if stripped.endswith((".", ":", "!")) and not _HEADING_NUMBER.match(stripped):
        return False
    if _HEADING_NUMBER.match(stripped) and len(words) <= 8:
        return True
    # Title Case or a lone short phrase followed by a blank line / new sentence.
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    title_case = capitalised >= max(1, int(len(words) * 0.6))
    return title_case and (not nxt or nxt[:1].isupper() or list_marker(nxt) is not None)


def ends_sentence(line: str) -> bool:
    """Does the line end a sentence or a clause (a stop, a colon, a closing bracket)?"""
    return _SENTENCE_END.search(line) is not None


def runs_on(line: str) -> bool:
    """Does the line stop where its sentence or title cannot ("... and", "(excluding")?"""
    stripped = line.strip()
    return bool(_RUNS_ON.search(stripped)) or stripped.count("(") > stripped.count(")")


def _title_tail(line: str) -> bool:
    """The second line of a title wrapped over two ("Section 5 - Assistance and" /
    "Security Advice"): a few capitalised words that end no sentence."""
    words = line.split()
    if not words or len(words) > 5 or _SENTENCE_END.search(line) or list_marker(line):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def with_sections(blocks: Iterable[Block], titles: dict[int, str]) -> list[Block]:
    """Give every block the titles of the headings above it (by heading level).

    ``titles`` maps a heading block's start offset to its cleaned title.
    """
    stack: list[tuple[float, str]] = []
    out: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            title = titles.get(block.start, "")
            level: float = block.level
            if out and out[-1].kind == "heading" and stack and _bracketed_note(title):
                # "4. GENERAL EXCLUSIONS:" / "(Applicable to all covers under the Policy)":
                # a note on the title right above it, set as its own line; it does not
                # end that title's section
                level = max(level, stack[-1][0] + 0.5)
            while stack and stack[-1][0] >= level:
                stack.pop()
            path = tuple(t for _, t in stack)
            out.append(replace(block, section_path=path))
            stack.append((level, title))
        else:
            out.append(replace(block, section_path=tuple(t for _, t in stack)))
    return out


_BRACKETED_NOTE = re.compile(r"\(\s*([^()]*[^\W\d_]{3}[^()]*)\)")
"""A title wholly in brackets with a word in it ("(continued)", "(Optional)", "(Broad
Form)"), not a list marker ("(a)", "(ii)")."""


def _bracketed_note(title: str) -> bool:
    return _BRACKETED_NOTE.fullmatch(" ".join(title.split())) is not None
