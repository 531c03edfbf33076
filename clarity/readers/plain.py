"""Plain text, including text extracted from PDFs with its messy line breaks."""

from __future__ import annotations

import re

from clarity.core.document import Block, Document
from clarity.core.sourcemap import TextBuilder
from clarity.readers.plain_furniture import furniture_lines
from clarity.readers.structure import (
    list_marker,
    looks_like_heading,
    names_reference,
    restates_number,
    runs_on,
    statute_title,
    statute_unit_level,
    with_sections,
)

# Carriage returns, soft hyphens, and a word hyphenated across a line break
# ("applica-\ntion"): removed so that words are whole again.
_REPAIRS = re.compile(r"\r(?=\n)|\u00ad|(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[a-zäöåé])")
_SPACES = str.maketrans({"\t": " ", "\u00a0": " ", "\r": "\n", "\f": "\n", "\v": "\n"})
_SENTENCE_END = re.compile(r"[.;:?!]\s*$")
_HEADING_DEPTH = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s")


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BROKEN = re.compile(r"[^\W\d_]*-[ \t]*\r?\n[ \t]*[^\W\d_]*")
_LEFT = re.compile(r"[^\W\d_]+$")
_RIGHT = re.compile(r"[^\W\d_]+")


def normalise(source: str) -> tuple[str, TextBuilder]:
    builder = TextBuilder(source)
    pos = 0
    words: _Spellings | None = None
    for match in _REPAIRS.finditer(source):
        if match.start() > pos:
            builder.add(source[pos : match.start()].translate(_SPACES), pos)
        pos = match.end()
        if source[match.start()] == "-":
            words = words or _Spellings.of(source)
            if words.keeps_hyphen(source, match.start(), match.end()):
                builder.add("-", match.start())  # "self-\ninjury" -> "self-injury"
    if pos < len(source):
        builder.add(source[pos:].translate(_SPACES), pos)
    return builder.text(), builder


class _Spellings:
    """How the document spells its words on one line, to mend a word hyphenated at a line
    break: "applica-\ntion" is one word, "self-\ninjury" a compound whose hyphen stays.
    The hyphen stays when the document writes the compound with it elsewhere, or writes
    the first half with a hyphen ("self-inflicted", "pre-tax"), the second half as a word
    of its own ("injury"; not "re-|jection") and never the two halves run together;
    language-neutral, from the document's own usage."""

    def __init__(self, plain: frozenset[str], hyphenated: frozenset[str]) -> None:
        self.plain = plain
        self.hyphenated = hyphenated
        self.prefixes = frozenset(w.split("-", 1)[0] for w in hyphenated)

    @classmethod
    def of(cls, source: str) -> _Spellings:
        # the words broken at a line end are left out: their halves would count as words
        found = {w.lower() for w in _WORDS.findall(_BROKEN.sub(" ", source))}
        return cls(
            frozenset(w for w in found if "-" not in w), frozenset(w for w in found if "-" in w)
        )

    def keeps_hyphen(self, source: str, hyphen: int, after: int) -> bool:
        left = _LEFT.search(source, max(0, hyphen - 40), hyphen)
        right = _RIGHT.match(source, after)
        if left is None or right is None:
            return False
        first, second = left.group(0).lower(), right.group(0).lower()
        if f"{first}-{second}" in self.hyphenated:
            return True
        return first in self.prefixes and second in self.plain and first + second not in self.plain


def read_plain(path: str, source: str, fmt: str = "text") -> Document:
    from clarity.run.suppressions import blank_directive_lines

    text, builder = normalise(source)
    text, comments = blank_directive_lines(text)
    blocks, titles, left_out = segment_lines(text)
    doc = Document(
        path=path, text=text, blocks=with_sections(blocks, titles), format=fmt, comments=comments
    )
    if left_out:
        doc.notes.append(
            f"left out {left_out} running header/footer/page-number line(s) of the extracted pages"
        )
    if len(builder.map.text_anchors) > 1:
        doc.source_map = builder.map
    return doc


def segment_lines(text: str, first_line_offset: int = 0) -> tuple[list[Block], dict[int, str], int]:
    """Cut text into heading, paragraph and list-item blocks by line shapes; also says
    how many lines were left out as page furniture."""
    lines: list[tuple[int, str]] = []
    offset = first_line_offset
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1

    blocks: list[Block] = []
    titles: dict[int, str] = {}
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(
                Block(
                    kind=current["kind"],
                    start=current["start"],
                    end=current["end"],
                    level=current.get("level", 0),
                    marker=current.get("marker", ""),
                )
            )
            current = None

    furniture = furniture_lines(lines)
    left_out = 0
    previous: str | None = None
    title_line = wrapped = -1
    last_item: str | None = None  # the marker of the last list item since the last heading
    for index, (start, line) in enumerate(lines):
        if index in (title_line, wrapped):
            continue  # a statute unit's title or a wrapped title's second line, already read
        stripped = line.strip()
        if not stripped:
            close()
            previous = None
            continue
        if " ".join(stripped.split()) in furniture:
            close()
            previous = None
            left_out += 1
            continue
        following = lines[index + 1][1] if index + 1 < len(lines) else None
        lead = len(line) - len(line.lstrip())
        marker = list_marker(line)
        unit = statute_unit_level(line)
        if unit is not None:
            close()
            end, title = start + len(line.rstrip()), " ".join(stripped.split())
            if following is not None and statute_title(following, unit):
                title_line = index + 1
                end = lines[title_line][0] + len(following.rstrip())
                title = f"{title} {' '.join(following.split())}"
            blocks.append(Block(kind="heading", start=start + lead, end=end, level=unit))
            titles[start + lead] = title
            previous = None
            continue
        if marker is not None and previous is not None and _NEEDS_MORE.search(previous):
            marker = None  # "Events 20 to" / "24 and 29": a number inside a wrapped sentence
        if marker is not None and restates_number(previous, marker):
            marker = None  # "within twelve" / "(12) months"
        if marker is not None and names_reference(previous, marker, line.strip()):
            marker = None  # "... under Exclusion" / "1 below);"
        if looks_like_heading(line, previous, following) and (
            marker is None
            or not (
                _item_not_heading(stripped, marker, following)
                or _next_number(last_item, marker)
                or _next_bullet(last_item, marker)
            )
        ):
            close()
            depth = _HEADING_DEPTH.match(line)
            level = len(depth.group(1).split(".")) if depth else (1 if stripped.isupper() else 2)
            end = start + len(line.rstrip())
            title = stripped
            if runs_on(stripped) and following is not None:  # a title wrapped over two lines
                wrapped = index + 1
                end = lines[wrapped][0] + len(following.rstrip())
                title = f"{stripped} {following.strip()}"
            blocks.append(Block(kind="heading", start=start + lead, end=end, level=min(level, 6)))
            titles[start + lead] = _title(title)
            last_item = None
        elif marker is not None:
            close()
            last_item = marker
            current = {
                "kind": "list_item",
                "start": start + lead,
                "end": start + len(line.rstrip()),
                "marker": marker,
                "level": 1 + lead // 2,
            }
        elif (
            current is not None
            and current["kind"] == "list_item"
            and previous is not None
            and _SENTENCE_END.search(previous)
            and stripped[:1].isupper()
            and lead == 0
        ):
            close()
            current = {"kind": "paragraph", "start": start, "end": start + len(line.rstrip())}
        elif current is None:
            current = {
                "kind": "paragraph",
                "start": start + lead,
                "end": start + len(line.rstrip()),
            }
        else:
            current["end"] = start + len(line.rstrip())
        previous = line
    close()
    return blocks, titles, left_out


_NEEDS_MORE = re.compile(r"\s(?:of|the|to|for|with|by|from|a|an|than)\s*$", re.IGNORECASE)
"""A line ending in a word that cannot end a sentence, so the next line carries it on."""
_ITEM_TAIL = re.compile(r"(?:[.;:,]|\b(?:or|and|ja|tai|sekä))\s*$", re.I)


def _next_number(last_item: str | None, marker: str) -> bool:
    """ "3." right after the item "2." in the same section: the next item of that list,
    however title-like its words ("3. Any elective treatment, Traditional Chinese")."""
    if last_item is None:
        return False
    before, now = _NUMBERED.match(last_item.strip()), _NUMBERED.match(marker.strip())
    return (
        before is not None
        and now is not None
        and before.group(2) == now.group(2)
        and int(now.group(1)) == int(before.group(1)) + 1
    )


def _next_bullet(last_item: str | None, marker: str) -> bool:
    """A symbol bullet ("•", a symbol font's square) right after an item with the same
    bullet in the same section: the next item of that list, however title-like its words
    ("• Chronic Lymphocytic Leukaemia less than RAI" / "Stage three (3); and")."""
    if last_item is None:
        return False
    bullet = marker.strip()
    return bullet == last_item.strip() and not any(ch.isalnum() for ch in bullet)


_NUMBERED = re.compile(r"^\(?(\d{1,3})([.)]?)\)?$")


def _item_not_heading(stripped: str, marker: str, following: str | None = None) -> bool:
    """A numbered line that reads as a list item: ends like a clause, its text starts
    in lower case ("1. breakdown of the vehicle; or"), or the next line carries on its
    sentence in lower case ("6. Any elective treatment, massage" / "or spa visits.")."""
    if _SENTENCE_END.search(stripped) or _ITEM_TAIL.search(stripped):
        return True
    after = (following or "").strip()
    if after[:1].islower() and list_marker(after) is None:
        return True
    rest = stripped[len(marker) :].lstrip()
    if rest and list_marker(rest) is not None:
        return True  # "1. (a) the excess amount ...": a list inside a list, never a title
    return bool(rest) and rest[0].islower()


def _title(line: str) -> str:
    marker = list_marker(line)
    if marker is not None:
        line = line.strip()[len(marker) :]
    return " ".join(line.split()).strip(" :")
