"""PDF with pdfplumber: words with their size, weight and colour, rebuilt into blocks.

A PDF has no paragraphs or headings, only positioned glyphs. We group words
into lines by their baseline, lines into blocks by vertical gaps and size
changes, and call a short line a heading when it is set clearly larger (or
bold at body size). Running headers, footers and page numbers that repeat on
every page are dropped so they do not break sentences. The style of every run
of words is kept as ``StyleSpan``: the exclusion checks need to know when the
words that take cover away are set in fine print or in near-invisible ink.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

from clarity.core.document import Block, Document, StyleSpan
from clarity.core.errors import InputError
from clarity.core.sourcemap import SourceMap, TextBuilder
from clarity.readers.structure import list_marker, with_sections
from clarity.readers.style import LIGHT_LUMINANCE, hex_colour, is_fine_print, luminance

MARGIN = 0.12
"""Share of the page height at top and bottom where running headers and footers live."""

_PAGE_NUMBER = re.compile(
    r"^\W*(?:(?:page|sivu|side|p\.)\s*)?\d{1,4}(?:\s*(?:/|of|\||-|–)\s*\d{1,4})?\W*$", re.I
)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_SENTENCE_END = re.compile(r"[.;:?!)]$")


@dataclass
class _Word:
    text: str
    x0: float
    top: float
    bottom: float
    size: float
    bold: bool
    colour: str | None
    hidden: bool


@dataclass
class _Line:
    page: int
    words: list[_Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        sizes: Counter[float] = Counter()
        for w in self.words:
            sizes[round(w.size * 2) / 2] += len(w.text)
        return sizes.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class _Para:
    kind: str
    page: int
    lines: list[_Line]
    level: int = 0
    marker: str = ""


class PageLineMap(SourceMap):
    """Source map whose line numbers restart on every page (what a PDF reader shows)."""

    page_first_lines: list[int]

    def line_col(self, offset: int) -> tuple[int, int]:
        line, col = super().line_col(offset)
        first = 1
        for start in self.page_first_lines:
            if start <= line:
                first = start
        return line - first + 1, col


def read_pdf(path: str, data: bytes) -> Document:
    pages, heights = _extract(path, data)
    if not any(pages):
        raise InputError(path, "PDF has no text layer (scanned image?); OCR is out of scope")
    body = _body_size(pages)
    notes: list[str] = []
    removed = _drop_running(pages, heights, body)
    if removed:
        notes.append(f"removed {removed} running header/footer/page-number line(s)")
    paras = _paragraphs(pages, body)
    return _build(path, paras, body, notes)


# --- extraction ------------------------------------------------------------------
def _extract(path: str, data: bytes) -> tuple[list[list[_Line]], list[float]]:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _pdf_error(path, exc) from None
    pages: list[list[_Line]] = []
    heights: list[float] = []
    try:
        with pdf:
            for number, page in enumerate(pdf.pages, 1):
                words = page.extract_words(
                    extra_attrs=["size", "fontname", "non_stroking_color"],
                    keep_blank_chars=False,
                )
                dark_boxes = _dark_boxes(page)
                pages.append(_lines(number, [_word(w, dark_boxes) for w in words]))
                heights.append(float(page.height or 1))
    except InputError:
        raise
    except Exception as exc:
        raise _pdf_error(path, exc) from None
    return pages, heights


def _pdf_error(path: str, exc: Exception) -> InputError:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
    kind = type(inner).__name__
    if "Password" in kind or "Encrypt" in kind:
        return InputError(path, "PDF is encrypted (password required); decrypt it first")
    detail = str(inner) or kind
    return InputError(path, f"corrupt or unsupported PDF ({detail[:120]})")


def _dark_boxes(page) -> list[tuple[float, float, float, float]]:
    """Filled rectangles dark enough that light text on them is readable."""
    boxes = []
    for rect in page.rects:
        if rect.get("fill") and luminance(rect.get("non_stroking_color")) < 0.5:
            boxes.append((rect["x0"], rect["top"], rect["x1"], rect["bottom"]))
    return boxes


def _word(raw: dict, dark_boxes: list[tuple[float, float, float, float]]) -> _Word:
    size = float(raw.get("size") or 0.0)
    colour_value = raw.get("non_stroking_color")
    light = luminance(colour_value) > LIGHT_LUMINANCE
    if light:
        cx, cy = (raw["x0"] + raw["x1"]) / 2, (raw["top"] + raw["bottom"]) / 2
        light = not any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in dark_boxes)
    return _Word(
        text=raw["text"],
        x0=float(raw["x0"]),
        top=float(raw["top"]),
        bottom=float(raw["bottom"]),
        size=size,
        bold=bool(_BOLD_FONT.search(str(raw.get("fontname") or ""))),
        colour=hex_colour(colour_value),
        hidden=light or size < 1.0,
    )


def _lines(page: int, words: list[_Word]) -> list[_Line]:
    """Group words whose vertical extents overlap into lines, top to bottom."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if not word.text.strip():
            continue
        if lines:
            last = lines[-1]
            tolerance = 0.5 * max(1.0, min(word.size, last.words[0].size))
            if abs(word.top - last.words[0].top) <= tolerance:
                last.words.append(word)
                continue
        lines.append(_Line(page=page, words=[word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return lines


def _body_size(pages: list[list[_Line]]) -> float:
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            for w in line.words:
                sizes[round(w.size * 2) / 2] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _drop_running(pages: list[list[_Line]], heights: list[float], body: float) -> int:
    """Remove lines in the margins that repeat on most pages, and lone page numbers.

    Digits are ignored when comparing ("Page 3 of 9"), so a large line is never
    taken for a running header: numbered headings ("Section 2") would match too.
    """

    def in_margin(line: _Line) -> bool:
        height = heights[line.page - 1]
        return line.top < height * MARGIN or line.bottom > height * (1 - MARGIN)

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower()).strip()

    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({key(line) for line in lines if in_margin(line)})
    threshold = max(2, (len(pages) + 1) // 2)
    removed = 0
    for index, lines in enumerate(pages):
        kept = []
        for line in lines:
            running = len(pages) > 1 and seen[key(line)] >= threshold
            marginal = in_margin(line) and line.size < body * 1.2
            if marginal and (running or _PAGE_NUMBER.match(line.text)):
                removed += 1
            else:
                kept.append(line)
        pages[index] = kept
    return removed


# --- layout ----------------------------------------------------------------------
def _is_heading(line: _Line, body: float) -> bool:
    text = line.text
    if len(text.split()) > 16 or not any(c.isalpha() for c in text):
        return False
    if line.size >= body * 1.2:
        return True
    return line.bold and line.size >= body - 0.5 and not text.endswith((".", ",", ";"))


def _paragraphs(pages: list[list[_Line]], body: float) -> list[_Para]:
    paras: list[_Para] = []
    for lines in pages:
        previous: _Line | None = None
        for line in lines:
            heading = _is_heading(line, body)
            marker = list_marker(line.text)
            current = paras[-1] if paras else None
            joins = (
                previous is not None
                and current is not None
                and current.kind != "heading"
                and not heading
                and marker is None
                and abs(line.size - previous.size) <= 1.0
                and line.top - previous.bottom <= 0.8 * previous.size
            )
            if joins and current is not None:
                current.lines.append(line)
            elif (
                previous is None
                and current is not None
                and current.kind == "paragraph"
                and not heading
                and marker is None
                and not _SENTENCE_END.search(current.lines[-1].text)
                and line.text[:1].islower()
            ):
                current.lines.append(line)  # a sentence running on from the last page
            elif heading:
                paras.append(_Para("heading", line.page, [line]))
            elif marker is not None:
                paras.append(_Para("list_item", line.page, [line], level=1, marker=marker))
            else:
                paras.append(_Para("paragraph", line.page, [line]))
            previous = line
    heading_sizes = sorted({p.lines[0].size for p in paras if p.kind == "heading"}, reverse=True)
    for para in paras:
        if para.kind == "heading":
            para.level = min(6, heading_sizes.index(para.lines[0].size) + 1)
    return paras


# --- text --------------------------------------------------------------------------
def _hyphen_joins(line: _Line, following: _Line | None) -> bool:
    last = line.words[-1].text
    return (
        following is not None
        and len(last) > 2
        and last.endswith("-")
        and last[-2].isalpha()
        and following.words[0].text[:1].islower()
    )


def _build(path: str, paras: list[_Para], body: float, notes: list[str]) -> Document:
    # Pass 1: the raw extracted text, one PDF line per text line, a blank line between
    # blocks; remember where every word sits in it.
    raw_parts: list[str] = []
    offsets: dict[int, int] = {}
    page_first_lines: list[int] = []
    pos = 0
    line_no = 1
    last_page = 0
    for p_index, para in enumerate(paras):
        if p_index:
            raw_parts.append("\n\n")
            pos += 2
            line_no += 2
        for l_index, line in enumerate(para.lines):
            if l_index:
                raw_parts.append("\n")
                pos += 1
                line_no += 1
            if line.page != last_page:
                page_first_lines.extend([line_no] * (line.page - last_page))
                last_page = line.page
            for w_index, word in enumerate(line.words):
                if w_index:
                    raw_parts.append(" ")
                    pos += 1
                offsets[id(word)] = pos
                raw_parts.append(word.text)
                pos += len(word.text)
    raw = "".join(raw_parts)

    # Pass 2: the normalised text, hyphenation repaired, mapped back to the raw text.
    builder = TextBuilder(raw)
    blocks: list[Block] = []
    titles: dict[int, str] = {}
    style: list[StyleSpan] = []
    for p_index, para in enumerate(paras):
        if p_index:
            builder.add("\n\n", offsets[id(para.lines[0].words[0])] - 2)
        start = builder.length
        for l_index, line in enumerate(para.lines):
            following = para.lines[l_index + 1] if l_index + 1 < len(para.lines) else None
            joined = _hyphen_joins(line, following)
            for w_index, word in enumerate(line.words):
                text = word.text
                if joined and w_index == len(line.words) - 1:
                    text = text[:-1]
                if w_index:
                    builder.add(" ", offsets[id(word)] - 1)
                w_start = builder.add(text, offsets[id(word)])
                _add_style(style, word, w_start, w_start + len(text), body)
            if following is not None and not joined:
                builder.add("\n", offsets[id(following.words[0])] - 1)
        end = builder.length
        blocks.append(
            Block(
                kind=para.kind,  # type: ignore[arg-type]
                start=start,
                end=end,
                level=para.level,
                page=para.page,
                marker=para.marker,
            )
        )
        if para.kind == "heading":
            titles[start] = " ".join(builder.text()[start:end].split())
    text = builder.text()
    source_map = PageLineMap(raw, builder.map.text_anchors, builder.map.source_anchors)
    source_map.page_first_lines = page_first_lines
    return Document(
        path=path,
        text=text,
        blocks=with_sections(blocks, titles),
        style=style,
        format="pdf",
        notes=notes,
        source_map=source_map,
    )


def _add_style(style: list[StyleSpan], word: _Word, start: int, end: int, body: float) -> None:
    size = round(word.size, 1)
    small = is_fine_print(size, body)
    span = StyleSpan(
        start,
        end,
        size_pt=size,
        bold=word.bold,
        hidden=word.hidden,
        colour=word.colour,
        small=small,
    )
    if style:
        last = style[-1]
        same = (last.size_pt, last.bold, last.hidden, last.colour, last.small) == (
            size,
            word.bold,
            word.hidden,
            word.colour,
            small,
        )
        if same and start - last.end <= 2:
            style[-1] = StyleSpan(
                last.start, end, size, word.bold, False, word.hidden, word.colour, small
            )
            return
    style.append(span)
