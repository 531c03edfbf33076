"""Markdown, parsed with markdown-it-py rather than matched as raw text.

The text handed to checks is the source with every non-prose character blanked
to a space (code, front matter, URLs, link targets, markup). Blanking instead of
deleting keeps each offset equal to its offset in the file, so line and column
need no source map, and code or URLs can never produce a finding.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from clarity.core.document import Block, BlockKind, Document
from clarity.core.errors import InputError
from clarity.readers.structure import with_sections

# Each scan ahead is bounded (1,000 characters), so that a line of 50,000 "[" or "`"
# costs a linear scan, not a quadratic one; a longer label or code span stays prose.
_INLINE_NOISE = re.compile(
    r"""
      `+[^`\n]{0,1000}?`+                 # inline code
    | !\[[^\]\n]{0,1000}\]\([^)\n]*\)       # image
    | <!--.*?-->                          # comment
    | <(?:https?|ftp|mailto):[^>\s]*>     # autolink
    | </?[A-Za-z][^>\n]*>                 # inline html
    | \]\([^)\n]*\)                       # link target "](...)"
    | \]\[[^\]\n]*\]                      # reference link label
    | (?:https?://|www\.)[^\s<>()\]]+     # bare URL, and its path where a space broke it
      (?:(?<=/)[ ](?=[^\s<>()\[\]]*/)[^\s<>()\]]+)*   # ("site/ path/to/") in converted text
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+        # e-mail address
    | \\(?=[^\w\s])                       # escape backslash
    | (?<!\w)\[(?=[^\]\n]{0,1000}\]\s*[(\[])  # "[" that opens a link
    | \*{1,3}|_{2,3}|(?<!\w)_(?=\w)|(?<=\w)_(?!\w)|~~|\|
    """,
    re.VERBOSE | re.DOTALL,
)
_EMPTY_BRACKETS = re.compile(r"\( +\)|\[ +\]")
"""Brackets left holding only blanks once the URL or link target inside was blanked,
e.g. a link written the wrong way round, "(url)[url]": markup, not prose."""
_LINE_MARKUP = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+)?")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_TRAILING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)

_PARSER: MarkdownIt | None = None
MAX_NESTING = 256
"""Block quotes and lists nested deeper than this are refused, as deep HTML is.
markdown-it's own default (20) dropped the text of deeper levels without a word."""


def _parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        _PARSER = (
            MarkdownIt("commonmark", {"maxNesting": MAX_NESTING + 1})
            .enable("table")
            .use(front_matter_plugin)
        )
    return _PARSER


def _parse(path: str, source: str) -> list[Token]:
    """markdown-it's tokens. Its parser skips what lies past its nesting limit, one level
    deeper than MAX_NESTING, so a token at MAX_NESTING is refused before any is lost."""
    tokens = _parser().parse(source)
    deepest = MAX_NESTING
    for token in tokens:
        if token.level >= deepest or any(c.level >= deepest for c in token.children or ()):
            raise InputError(
                path,
                f"Markdown nested too deeply ({MAX_NESTING} levels or more); "
                "refusing rather than losing the text inside",
            )
    return tokens


def read_markdown(path: str, source: str) -> Document:
    source = source.replace("\r\n", " \n").replace("\r", "\n")
    line_starts = [0]
    for index, ch in enumerate(source):
        if ch == "\n":
            line_starts.append(index + 1)
    line_starts.append(len(source) + 1)
    chars = list(source)

    def line_span(first: int, last: int) -> tuple[int, int]:
        return line_starts[first], min(line_starts[last] - 1, len(source))

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    tokens = _parse(path, source)
    blocks: list[Block] = []
    titles: dict[int, str] = {}
    covered: list[tuple[int, int]] = []
    list_markers: list[str] = []
    in_item: list[bool] = []
    pending_kind: BlockKind | None = None
    pending_level = 0
    for index, token in enumerate(tokens):
        ttype = token.type
        if ttype in ("fence", "code_block", "front_matter", "html_block", "hr"):
            if token.map:
                blank(*line_span(token.map[0], token.map[1]))
            continue
        if ttype in ("bullet_list_open", "ordered_list_open"):
            list_markers.append(token.markup)
        elif ttype in ("bullet_list_close", "ordered_list_close"):
            list_markers.pop()
        elif ttype == "list_item_open":
            in_item.append(True)
        elif ttype == "list_item_close":
            in_item.pop()
        elif ttype == "heading_open":
            pending_kind, pending_level = "heading", int(token.tag[1])
        elif ttype == "paragraph_open":
            pending_kind = "list_item" if in_item else "paragraph"
            pending_level = len(in_item)
        elif ttype == "tr_open":
            pending_kind, pending_level = "table_cell", 0
        elif ttype == "inline" and pending_kind is not None:
            owner = tokens[index - 1] if token.map is None else token
            if owner.map is None:
                continue
            start, end = line_span(owner.map[0], owner.map[1])
            covered.append((start, end))
            marker = ""
            if pending_kind == "list_item" and list_markers:
                marker = list_markers[-1]
            blocks.append(
                Block(kind=pending_kind, start=start, end=end, level=pending_level, marker=marker)
            )
            if pending_kind == "heading":
                titles[start] = " ".join(token.content.split()).strip("# ")
            if pending_kind != "table_cell":
                pending_kind = None
        elif ttype == "tr_close":
            pending_kind = None

    comments = [(m.start(), m.group(1).strip()) for m in _COMMENT.finditer(source)]
    _blank_markup(source, chars, covered, blank)
    text = "".join(chars)
    trimmed_titles: dict[int, str] = {}
    tidy: list[Block] = []
    for block in blocks:
        trimmed = _trim(block, text)
        if trimmed.end > trimmed.start:
            tidy.append(trimmed)
            if block.start in titles:
                trimmed_titles[trimmed.start] = titles[block.start]
    tidy.sort(key=lambda b: b.start)
    tidy = _dedupe(tidy)
    return Document(
        path=path,
        text=text,
        blocks=with_sections(tidy, trimmed_titles),
        format="markdown",
        comments=comments,
    )


def _blank_markup(source: str, chars: list[str], covered: list[tuple[int, int]], blank) -> None:
    """Blank everything outside prose blocks, and markup inside them."""
    covered.sort()
    pos = 0
    for start, end in covered:
        if start > pos:
            blank(pos, start)
        pos = max(pos, end)
    blank(pos, len(source))
    for start, end in covered:
        segment = source[start:end]
        offset = start
        for line in segment.split("\n"):
            if (_TABLE_RULE.match(line) and "-" in line) or _SETEXT.match(line):
                blank(offset, offset + len(line))
            else:
                lead = _LINE_MARKUP.match(line)
                if lead and lead.end():
                    blank(offset, offset + lead.end())
                trailing = _TRAILING_HASHES.search(line)
                if trailing and line.lstrip().startswith("#"):
                    blank(offset + trailing.start(), offset + len(line))
            offset += len(line) + 1
        for match in _INLINE_NOISE.finditer(segment):
            blank(start + match.start(), start + match.end())
        for match in _EMPTY_BRACKETS.finditer("".join(chars[start:end])):
            blank(start + match.start(), start + match.end())


def _trim(block: Block, text: str) -> Block:
    start, end = block.start, block.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) == (block.start, block.end):
        return block
    return Block(block.kind, start, end, block.level, block.section_path, marker=block.marker)


def _dedupe(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if out and block.start < out[-1].end:
            continue
        out.append(block)
    return out
