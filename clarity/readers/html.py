"""HTML with lxml: headings, paragraphs, lists, tables, and what the page hides.

Web pages hide text in ways a reader of the page never sees: inline styles
(``display:none``, white text, a 1px font), a collapsed ``<details>`` or a
``<small>`` footnote. All such text is kept (the checks need it) and marked in
``Document.style`` so the burial checks can say *why* a clause is buried.
Scripts, styles and other non-prose elements are dropped. The tree is walked
with an explicit stack, never recursion, and pages nested deeper than the
parser's limit are refused rather than silently truncated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from clarity.core.document import Block, Document, StyleSpan
from clarity.core.errors import InputError
from clarity.core.sourcemap import TextBuilder
from clarity.readers.html_source import collapse, entity_pattern, source_offsets
from clarity.readers.structure import with_sections
from clarity.readers.style import LIGHT_LUMINANCE, hex_luminance, is_fine_print, luminance


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SKIP = _words(
    "script style head title noscript template svg math iframe object select textarea "
    "button canvas audio video"
)
_BLOCKS = _words(
    "p div section article header footer main aside nav blockquote pre li dd dt dl td th "
    "caption figcaption figure h1 h2 h3 h4 h5 h6 table tr thead tbody tfoot ul ol form "
    "fieldset address details summary hr center legend body html"
)
_KIND = {"li": "list_item", "td": "table_cell", "th": "table_cell"}
_KIND.update({"caption": "caption", "figcaption": "caption"})
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DECL = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")
_SIZE = re.compile(r"^(\d*\.?\d+)\s*(pt|px|em|rem|%)?$")
_KEYWORD_PT = {"xx-small": 7.0, "x-small": 7.5, "small": 10.0, "smaller": None}
_RGB_FN = re.compile(r"^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?")
BODY_PT = 12.0
"""Browsers' default text size; relative sizes (em, %) are measured against it."""


@dataclass(frozen=True)
class _Ctx:
    skip: bool = False
    hidden: bool = False
    small: bool = False
    bold: bool = False
    caps: bool = False
    size_pt: float | None = None
    colour: str | None = None
    kind: str = "paragraph"
    level: int = 0
    marker: str = ""
    outer_hidden: bool = False
    """Inside a collapsed <details>: whether text was hidden before it (its <summary> shows)."""

    @property
    def styled(self) -> bool:
        return self.hidden or self.small or self.bold or self.caps or self.size_pt is not None


class _Builder:
    """Collects the inline text of the current block, then writes it out whole."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.out = TextBuilder(source)
        self.pieces: list[tuple[str, _Ctx, list[int]]] = []
        self.block_ctx = _Ctx()
        self.blocks: list[Block] = []
        self.titles: dict[int, str] = {}
        self.style: list[StyleSpan] = []
        self.comments: list[tuple[int, str]] = []
        self.cursor = 0

    def locate(self, text: str, fallback: int) -> int:
        """Where ``text`` starts in the source: searched forward from the last hit.

        The probe is the text's leading space and first words as the parser decoded
        them. When the source spells them with entities (``&amp;``, ``&rsquo;``) or CRLF
        line ends, a plain search misses them (or finds a later copy), so the probe is
        searched again with each character allowed as an entity and any space as any.
        """
        words = text.lstrip()
        if not words.strip():
            return fallback
        probe = text[: len(text) - len(words) + 24]
        source, cursor = self.source, self.cursor
        found = source.find(probe, cursor)
        length = len(probe)
        spelt_plainly = found != -1 and all(
            source.find(mark, cursor, found) == -1 for mark in ("&", "\r")
        )
        if not spelt_plainly:  # an entity or CR before the plain hit may be the text itself
            match = entity_pattern(probe).search(source, cursor)
            if match is not None:
                found, length = match.start(), match.end() - match.start()
            elif found == -1:
                return fallback
        self.cursor = found + length
        return found

    def text(self, text: str | None, ctx: _Ctx, fallback: int) -> None:
        if text and not ctx.skip:
            offsets, aligned = source_offsets(text, self.source, self.locate(text, fallback))
            if aligned:
                self.cursor = max(self.cursor, offsets[aligned - 1] + 1)
            self.pieces.append((text, ctx, offsets))

    def flush(self) -> None:
        pieces, self.pieces = self.pieces, []
        cleaned: list[tuple[list[tuple[str, int]], _Ctx]] = []
        space = True
        for text, ctx, offsets in pieces:
            if text == "\n":
                if cleaned:
                    cleaned.append(([("\n", offsets[0])], ctx))
                space = True
                continue
            runs = collapse(text, offsets, space)
            if runs:
                cleaned.append((runs, ctx))
                space = runs[-1][0].endswith(" ")
        while cleaned and not "".join(t for t, _ in cleaned[-1][0]).strip():
            cleaned.pop()
        if not cleaned:
            return
        last_runs = cleaned[-1][0]
        while last_runs and not last_runs[-1][0].rstrip():
            last_runs.pop()
        last_runs[-1] = (last_runs[-1][0].rstrip(), last_runs[-1][1])
        if self.out.length:
            self.out.add_synthetic("\n\n")
        start = self.out.length
        for runs, ctx in cleaned:
            at = self.out.length
            for run, src in runs:
                self.out.add(run, src)
            if ctx.styled:
                self.style.append(
                    StyleSpan(
                        at,
                        self.out.length,
                        size_pt=ctx.size_pt,
                        bold=ctx.bold,
                        caps=ctx.caps,
                        hidden=ctx.hidden,
                        colour=ctx.colour,
                        small=ctx.small,
                    )
                )
        end = self.out.length
        block = self.block_ctx
        kind = block.kind
        self.blocks.append(Block(kind, start, end, block.level, marker=block.marker))  # type: ignore[arg-type]
        if kind == "heading":
            self.titles[start] = " ".join(self.out.text()[start:end].split())


def read_html(path: str, source: str) -> Document:
    import lxml.html
    from lxml import etree

    cleaned = _XML_DECL.sub(lambda m: " " * len(m.group(0)), source)
    parser = lxml.html.HTMLParser(recover=True, no_network=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(cleaned, parser=parser)
    except (etree.ParserError, ValueError):
        root = None
    for error in parser.error_log:
        if "depth" in error.message.lower():
            raise InputError(
                path,
                "HTML nested too deeply (over 256 levels); refusing rather than losing the "
                "text inside",
            )
    line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
    out = _Builder(source)
    if root is not None:
        _walk(root, out, line_starts, etree.Comment)
    out.flush()
    document = Document(
        path=path,
        text=out.out.text(),
        blocks=with_sections(out.blocks, out.titles),
        style=out.style,
        format="html",
        comments=out.comments,
    )
    if len(out.out.map.text_anchors) > 1:
        document.source_map = out.out.map
    if not document.text.strip():
        document.notes.append("no visible text in the HTML")
    return document


def _walk(root, out: _Builder, line_starts: list[int], comment_tag) -> None:
    """Depth-first over elements with an explicit stack (deep pages cannot overflow it)."""
    stack: list[tuple[object, _Ctx, bool]] = [(root, _Ctx(), False)]
    while stack:
        element, parent, closing = stack.pop()
        line = getattr(element, "sourceline", None) or 1
        fallback = line_starts[min(line, len(line_starts)) - 1]
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            if tag.lower() in _BLOCKS:
                out.flush()
                out.block_ctx = parent
            out.text(element.tail, parent, fallback)
            continue
        if element.tag is comment_tag:
            if not parent.skip:
                out.comments.append((out.out.length, (element.text or "").strip()))
            out.text(element.tail, parent, fallback)
            continue
        if not tag:  # processing instruction or entity
            out.text(element.tail, parent, fallback)
            continue
        ctx = _context(element, tag.lower(), parent)
        if tag.lower() in _BLOCKS:
            out.flush()
            out.block_ctx = ctx
        if tag.lower() == "br" and not ctx.skip:
            out.pieces.append(("\n", ctx, [fallback]))
        out.text(element.text, ctx, fallback)
        stack.append((element, parent, True))
        children = list(element)
        for index, child in enumerate(reversed(children)):
            child_ctx = ctx
            if tag.lower() == "ol" and isinstance(child.tag, str):
                position = sum(1 for c in children[: len(children) - index] if c.tag == "li")
                child_ctx = replace(ctx, marker=f"{position}.")
            stack.append((child, child_ctx, False))


def _context(element, tag: str, parent: _Ctx) -> _Ctx:
    ctx = parent
    if tag in _SKIP:
        return replace(ctx, skip=True)
    if re.fullmatch(r"h[1-6]", tag):
        ctx = replace(ctx, kind="heading", level=int(tag[1]), bold=True)
    elif tag in _KIND:
        level = ctx.level + 1 if tag == "li" else 0
        marker = (ctx.marker or "-") if tag == "li" else ""
        ctx = replace(ctx, kind=_KIND[tag], level=level, marker=marker)
    elif tag in ("ul", "ol"):
        ctx = replace(ctx, marker="-" if tag == "ul" else ctx.marker)
    elif tag in _BLOCKS and tag not in ("tr", "table", "tbody", "thead", "tfoot", "dl"):
        if parent.kind in ("heading", "list_item", "table_cell", "caption") and tag in (
            "p",
            "div",
            "summary",
            "dd",
            "dt",
        ):
            pass  # a paragraph inside a list item or cell stays that item or cell
        else:
            ctx = replace(ctx, kind="paragraph", level=0 if ctx.kind == "heading" else ctx.level)
    if tag in ("b", "strong", "th"):
        ctx = replace(ctx, bold=True)
    if tag == "small":
        ctx = replace(ctx, small=True)
    if element.get("hidden") is not None:
        ctx = replace(ctx, hidden=True)
    parent_element = element.getparent()
    if tag == "summary" and parent_element is not None and parent_element.tag == "details":
        ctx = replace(ctx, hidden=ctx.outer_hidden)
    if tag == "details" and element.get("open") is None:
        # Collapsed: only the <summary> shows until the reader clicks.
        ctx = replace(ctx, hidden=True, outer_hidden=ctx.hidden)
    return _inline_style(element, ctx)


def _inline_style(element, ctx: _Ctx) -> _Ctx:
    style = (element.get("style") or "").lower()
    for name, raw in _DECL.findall(style):
        value = raw.strip().removesuffix("!important").strip()
        if (
            (name == "display" and value == "none")
            or (name == "visibility" and value in ("hidden", "collapse"))
            or (name == "opacity" and _number(value) is not None and _number(value) < 0.1)
        ):
            ctx = replace(ctx, hidden=True)
        elif name == "color":
            ctx = replace(ctx, colour=value, hidden=ctx.hidden or _light(value))
        elif name == "font-weight" and (
            value in ("bold", "bolder") or (_number(value) or 0) >= 600
        ):
            ctx = replace(ctx, bold=True)
        elif name == "text-transform" and value == "uppercase":
            ctx = replace(ctx, caps=True)
        elif name == "font-size":
            ctx = _font_size(ctx, value)
    return ctx


def _font_size(ctx: _Ctx, value: str) -> _Ctx:
    if value in _KEYWORD_PT:
        size = _KEYWORD_PT[value]
        small = value != "small"
        return replace(ctx, size_pt=size or ctx.size_pt, small=ctx.small or small)
    match = _SIZE.match(value)
    if not match:
        return ctx
    number, unit = float(match.group(1)), (match.group(2) or "px")
    base = ctx.size_pt or BODY_PT
    size = {
        "pt": number,
        "px": number * 0.75,
        "em": number * base,
        "rem": number * BODY_PT,
        "%": number / 100 * base,
    }[unit]
    small = is_fine_print(size, BODY_PT)
    return replace(
        ctx, size_pt=round(size, 1), small=ctx.small or small, hidden=ctx.hidden or size < 1
    )


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _light(colour: str) -> bool:
    """Near-white or transparent text: invisible on the usual white page."""
    if colour in ("white", "transparent"):
        return True
    if colour.startswith("#"):
        return hex_luminance(colour) > LIGHT_LUMINANCE
    match = _RGB_FN.match(colour)
    if not match:
        return False
    alpha = match.group(4)
    if alpha is not None:
        value = float(alpha[:-1]) / 100 if alpha.endswith("%") else _number(alpha)
        if value is not None and value < 0.1:
            return True
    try:
        channels = [min(255.0, float(match.group(i))) / 255 for i in (1, 2, 3)]
    except ValueError:
        return False
    return luminance(channels) > LIGHT_LUMINANCE
