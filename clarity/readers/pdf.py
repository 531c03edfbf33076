"""PDF with PDFium (pypdfium2): positioned words rebuilt into blocks in reading order.

A PDF has no paragraphs or headings, only positioned glyphs. We read PDFium's
words with their size, weight and ink (``pdf_chars``), drop the running headers,
footers and page numbers that repeat on every page (``pdf_furniture``), put
each page's lines in reading order, column by column (``pdf_layout``), and
gather them into headings, paragraphs and list items (``pdf_blocks``). The
style of every run of words is kept as ``StyleSpan``: the exclusion checks need
to know when the words that take cover away are set in fine print or in
near-invisible ink.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from clarity.core.document import Block, Document, StyleSpan
from clarity.core.errors import InputError
from clarity.core.sourcemap import SourceMap, TextBuilder
from clarity.readers.pdf_blocks import PdfPara, paragraphs
from clarity.readers.pdf_chars import PdfPage, PdfWord, extract_pages
from clarity.readers.pdf_furniture import (
    Furniture,
    drop_running,
    drop_side_numbers,
    drop_watermark,
)
from clarity.readers.pdf_layout import PdfLine, half_points, reading_order, rows
from clarity.readers.pdf_spacing import join_spaced_letters
from clarity.readers.structure import with_sections
from clarity.readers.style import is_fine_print


class PageLineMap(SourceMap):
    """Source map whose line numbers restart on every page (what a PDF reader shows)."""

    page_first_lines: list[int]

    def line_col(self, offset: int) -> tuple[int, int]:
        line, col = super().line_col(offset)
        at = bisect.bisect_right(self.page_first_lines, line)
        first = self.page_first_lines[at - 1] if at else 1
        return line - first + 1, col


@dataclass
class PdfLayout:
    """A PDF's lines in reading order, and what was dropped as page furniture."""

    pages: list[list[PdfLine]]
    body: float
    furniture: Furniture


def read_pdf(path: str, data: bytes) -> Document:
    return document_from_layout(path, read_layout(path, data))


def document_from_layout(path: str, layout: PdfLayout) -> Document:
    """The Document of lines already read: blocks, style spans, page-relative lines."""
    notes: list[str] = []
    if layout.furniture.lines:
        notes.append(f"removed {layout.furniture.lines} running header/footer/page-number line(s)")
    return _build(path, paragraphs(layout.pages, layout.body), layout.body, notes)


def read_layout(path: str, data: bytes) -> PdfLayout:
    """Lines of every page in reading order, running headers and footers removed."""
    pages = extract_pages(path, data)
    if not any(page.words for page in pages):
        raise InputError(path, "PDF has no text layer (scanned image?); OCR is out of scope")
    join_spaced_letters(pages)
    body = _body_size(pages)
    _plain_when_all_bold(pages)
    drop_watermark(pages, body)
    side = drop_side_numbers(pages)
    page_rows = [rows(page.number, page.words) for page in pages]
    furniture = drop_running(page_rows, [page.height for page in pages], body)
    furniture = Furniture(furniture.lines + side.lines, furniture.words + side.words)
    ordered = [
        reading_order(page.number, lines, body, (page.width, page.height))
        for page, lines in zip(pages, page_rows, strict=True)
    ]
    return PdfLayout(ordered, body, furniture)


ALL_BOLD = 0.9
"""Share of letters set bold above which a document's bold says nothing: it is its type."""


def _plain_when_all_bold(pages: list[PdfPage]) -> None:
    """In a document set wholly in a bold face, bold marks no heading: read it as plain."""
    letters = [(len(w.text), w.bold) for page in pages for w in page.words]
    total = sum(n for n, _ in letters)
    if not total or sum(n for n, bold in letters if bold) < ALL_BOLD * total:
        return
    for page in pages:
        page.words = [replace(w, bold=False) for w in page.words]


def _body_size(pages: list[PdfPage]) -> float:
    sizes = Counter(half_points({}, [w for page in pages for w in page.words]))
    return sizes.most_common(1)[0][0] if sizes else 10.0


# --- text --------------------------------------------------------------------------
def _hyphen_joins(line: PdfLine, following: PdfLine | None) -> bool:
    last = line.words[-1].text
    return (
        following is not None
        and len(last) > 2
        and last.endswith("-")
        and last[-2].isalpha()
        and following.words[0].text[:1].islower()
    )


def _build(path: str, paras: list[PdfPara], body: float, notes: list[str]) -> Document:
    # Pass 1: the raw extracted text, one PDF line per text line, a blank line between
    # blocks; remember where every line starts in it.
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
            offsets[id(line.words[0])] = pos
            line_text = " ".join(word.text for word in line.words)
            raw_parts.append(line_text)
            pos += len(line_text)
    raw = "".join(raw_parts)

    # Pass 2: the normalised text, hyphenation repaired, mapped back to the raw text.
    builder = TextBuilder(raw)
    blocks: list[Block] = []
    titles: dict[int, str] = {}
    style = _StyleRuns(body)
    for p_index, para in enumerate(paras):
        if p_index:
            builder.add("\n\n", offsets[id(para.lines[0].words[0])] - 2)
        start = builder.length
        pieces: list[str] = []
        for l_index, line in enumerate(para.lines):
            following = para.lines[l_index + 1] if l_index + 1 < len(para.lines) else None
            joined = _hyphen_joins(line, following)
            texts = [word.text for word in line.words]
            if joined:
                texts[-1] = texts[-1][:-1]
            # A line's words sit in the raw text as they do here, one space apart: the
            # line goes in at once and each word's place is counted from its start.
            w_start = builder.add(" ".join(texts), offsets[id(line.words[0])])
            for word, text in zip(line.words, texts, strict=True):
                style.add(word, w_start, w_start + len(text))
                w_start += len(text) + 1
            pieces.extend(texts)
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
            titles[start] = " ".join(" ".join(pieces).split())
    text = builder.text()
    source_map = PageLineMap(raw, builder.map.text_anchors, builder.map.source_anchors)
    source_map.page_first_lines = page_first_lines
    return Document(
        path=path,
        text=text,
        blocks=with_sections(blocks, titles),
        style=style.spans(),
        format="pdf",
        notes=notes,
        source_map=source_map,
        body_pt=body,
    )


class _StyleRuns:
    """Style spans over the text, one per run of words set alike."""

    def __init__(self, body: float) -> None:
        self._body = body
        self._spans: list[StyleSpan] = []
        self._key: tuple | None = None
        self._start = self._end = 0

    def add(self, word: PdfWord, start: int, end: int) -> None:
        key = (word.size, word.bold, word.hidden, word.colour)
        if key == self._key and start - self._end <= 2:
            self._end = end
            return
        self._flush()
        self._key, self._start, self._end = key, start, end

    def spans(self) -> list[StyleSpan]:
        self._flush()
        self._key = None
        return self._spans

    def _flush(self) -> None:
        if self._key is None:
            return
        size, bold, hidden, colour = self._key
        small = is_fine_print(size, self._body)
        self._spans.append(
            StyleSpan(self._start, self._end, size, bold, False, hidden, colour, small)
        )
