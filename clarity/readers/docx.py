"""DOCX with python-docx: headings from styles and outline levels, lists, tables, notes.

Word keeps the structure we need explicitly (heading styles, numbering, tables),
so nothing is guessed from line shapes. Formatting is resolved the way Word
does it: the run, then the paragraph style and its base styles, then the
document defaults, so a clause set in 6 pt through a style is as visible to the
checks as one formatted by hand. Hidden text (``w:vanish``) is kept in the
text, marked ``hidden``: a term the customer cannot see is exactly what the
burial checks must catch.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from typing import Any

from clarity.core.document import Block, Document, StyleSpan
from clarity.core.errors import InputError, sizes_text
from clarity.readers.structure import with_sections
from clarity.readers.style import LIGHT_LUMINANCE, hex_luminance, is_fine_print

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|otsikko|rubrik|überschrift)\s*(\d)$", re.I)
_SPACES = str.maketrans({"\t": " ", "\u00a0": " ", "\r": "\n"})
_DEFAULT_SIZE = 11.0


@dataclass
class _Run:
    text: str
    size: float | None
    bold: bool
    caps: bool
    hidden: bool
    colour: str | None


@dataclass
class _Para:
    kind: str
    runs: list[_Run]
    level: int = 0
    table: bool = False


def read_docx(path: str, data: bytes, max_unpacked: int) -> Document:
    _check_archive(path, data, max_unpacked)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile) as exc:
        raise InputError(path, f"corrupt DOCX ({exc})") from None
    except ValueError as exc:  # e.g. a macro-enabled or template content type
        raise InputError(path, f"not a Word document ({exc})") from None
    _STYLES.clear()
    try:
        paras = list(_body(word))
    finally:
        _STYLES.clear()
    paras.extend(_notes(data))
    return _build(path, paras, _default_size(word))


def _check_archive(path: str, data: bytes, max_unpacked: int) -> None:
    """Refuse a zip whose members would unpack beyond the limit, before unpacking any."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(path, f"corrupt DOCX (not a valid zip archive: {exc})") from None
    if "word/document.xml" not in names:
        raise InputError(path, "not a Word document (the archive has no word/document.xml)")
    total = sum(m.file_size for m in members)
    if total > max_unpacked:
        shown, limit = sizes_text(total, max_unpacked)
        raise InputError(
            path,
            f"DOCX would unpack to {shown}, over the {limit} limit (a zip bomb?); "
            "raise max-unpacked-size in the config to check it",
        )


# --- formatting, resolved through the style chain ----------------------------------
def _default_size(word) -> float:
    sizes = word.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
    try:
        return int(sizes[0]) / 2 if sizes else _DEFAULT_SIZE
    except ValueError:
        return _DEFAULT_SIZE


_STYLES: dict[tuple[str | None, int], Any] = {}
"""The document's styles by (id, type), while one document is read. python-docx looks a
style up anew on every paragraph and run, and finding the default style walks all of
them, which made reading a long document quadratic."""


def _style(part, style_id: str | None, style_type) -> Any:  # type: ignore[no-untyped-def]
    """``part.get_style(style_id, style_type)``, each asked once per document."""
    key = (style_id, int(style_type))
    if key not in _STYLES:
        _STYLES[key] = part.get_style(style_id, style_type)
    return _STYLES[key]


def _styles(paragraph) -> list:
    from docx.enum.style import WD_STYLE_TYPE

    chain = []
    style = _style(paragraph.part, paragraph._p.style, WD_STYLE_TYPE.PARAGRAPH)
    while style is not None and len(chain) < 20:
        chain.append(style)
        style = style.base_style
    return chain


def _resolve(run, chain: list, attr: str):
    value = getattr(run.font, attr)
    if value is not None:
        return value
    from docx.enum.style import WD_STYLE_TYPE

    try:
        char_style = _style(run.part, run._r.style, WD_STYLE_TYPE.CHARACTER)
    except (KeyError, ValueError):
        char_style = None
    for style in ([char_style] if char_style is not None else []) + chain:
        value = getattr(style.font, attr, None)
        if value is not None:
            return value
    return None


def _run(run, chain: list, default_size: float) -> _Run:
    size = _resolve(run, chain, "size")
    colour = None
    try:
        rgb = run.font.color.rgb if run.font.color.type is not None else None
        colour = f"#{rgb}".lower() if rgb is not None else None
    except (ValueError, AttributeError):
        colour = None
    hidden = bool(_resolve(run, chain, "hidden")) or bool(
        colour and hex_luminance(colour) > LIGHT_LUMINANCE and not _shaded(run)
    )
    return _Run(
        text=run.text.translate(_SPACES),
        size=size.pt if size is not None else default_size,
        bold=bool(_resolve(run, chain, "bold")),
        caps=bool(_resolve(run, chain, "all_caps") or _resolve(run, chain, "small_caps")),
        hidden=hidden,
        colour=colour,
    )


def _shaded(run) -> bool:
    """Light text on a highlight or shading is readable, so not hidden."""
    rpr = run.element.rPr
    return rpr is not None and (
        rpr.find(f"{W}highlight") is not None or rpr.find(f"{W}shd") is not None
    )


# --- structure -------------------------------------------------------------------------
def _body(word):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    default = _default_size(word)
    pending = list(word.element.body.iterchildren())
    seen_cells: set = set()  # lxml elements, kept alive so identity is stable
    while pending:
        element = pending.pop(0)
        if element.tag == f"{W}p":
            yield _paragraph(Paragraph(element, word), default)
        elif element.tag == f"{W}tbl":
            for row in Table(element, word).rows:
                for cell in row.cells:
                    if cell._tc in seen_cells:
                        continue  # a merged cell is returned once per grid column
                    seen_cells.add(cell._tc)
                    runs: list[_Run] = []
                    for para in cell.paragraphs:
                        if runs:
                            runs.append(_Run("\n", None, False, False, False, None))
                        runs.extend(_paragraph(para, default).runs)
                    yield _Para("table_cell", runs, table=True)
        elif element.tag == f"{W}sdt":  # content control: its content is ordinary body
            content = element.find(f"{W}sdtContent")
            if content is not None:
                pending[:0] = list(content.iterchildren())


def _paragraph(paragraph, default: float) -> _Para:
    from docx.text.run import Run

    chain = _styles(paragraph)
    runs = [
        _run(Run(r, paragraph), chain, default)
        for r in paragraph._p.xpath(".//w:r[not(ancestor::w:del) and not(ancestor::w:txbxContent)]")
    ]
    level = _heading_level(paragraph, chain)
    if level:
        return _Para("heading", runs, level=level)
    ilvl = _list_level(paragraph, chain)
    if ilvl is not None:
        return _Para("list_item", runs, level=ilvl + 1)
    return _Para("paragraph", runs)


def _heading_level(paragraph, chain: list) -> int:
    for style in chain:
        match = _HEADING_STYLE.match(style.name or "") or _HEADING_STYLE.match(style.style_id or "")
        if match:
            return max(1, min(6, int(match.group(1))))
        if (style.name or "").lower() == "title":
            return 1
    for element in [paragraph._p, *(s.element for s in chain)]:
        levels = element.xpath("./w:pPr/w:outlineLvl/@w:val")
        if levels and levels[0].isdigit() and int(levels[0]) < 9:
            return min(6, int(levels[0]) + 1)
    return 0


def _list_level(paragraph, chain: list) -> int | None:
    for element in [paragraph._p, *(s.element for s in chain)]:
        if element.xpath("./w:pPr/w:numPr/w:numId"):
            levels = element.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
            return int(levels[0]) if levels and levels[0].isdigit() else 0
    if any((s.name or "").lower().startswith("list") for s in chain):
        return 0
    return None


def _notes(data: bytes):
    """Footnotes and endnotes, read from their parts (python-docx does not expose them)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
            if part not in archive.namelist():
                continue
            root = etree.fromstring(archive.read(part), parser)
            for note in root.iter(f"{W}{tag}"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                    continue
                text = " ".join(
                    "".join(t.text or "" for t in p.iter(f"{W}t")) for p in note.iter(f"{W}p")
                ).strip()
                if text:
                    yield _Para("footnote", [_Run(text, None, False, False, False, None)])


# --- text ------------------------------------------------------------------------------
def _build(path: str, paras: list[_Para], default: float) -> Document:
    sizes: Counter[float] = Counter()
    for para in paras:
        for run in para.runs:
            if run.size is not None and not run.hidden:
                sizes[run.size] += len(run.text)
    body = sizes.most_common(1)[0][0] if sizes else default

    parts: list[str] = []
    length = 0
    blocks: list[Block] = []
    titles: dict[int, str] = {}
    style: list[StyleSpan] = []
    number = 0
    for para in paras:
        text = "".join(r.text for r in para.runs)
        if not text.strip():
            continue
        if parts:
            parts.append("\n\n")
            length += 2
        lead = len(text) - len(text.lstrip())
        start = length
        pos = length - lead
        for run in para.runs:
            _add_style(style, run, pos, body, start, start + len(text.strip()))
            pos += len(run.text)
        stripped = text.strip()
        parts.append(stripped)
        length += len(stripped)
        number += 1 if para.kind != "footnote" else 0
        blocks.append(
            Block(
                kind=para.kind,  # type: ignore[arg-type]
                start=start,
                end=length,
                level=para.level,
                paragraph=number if para.kind != "footnote" else None,
            )
        )
        if para.kind == "heading":
            titles[start] = " ".join(stripped.split())
    return Document(
        path=path,
        text="".join(parts),
        blocks=with_sections(blocks, titles),
        style=style,
        format="docx",
        body_pt=body if sizes else None,
    )


def _add_style(style: list[StyleSpan], run: _Run, pos: int, body: float, lo: int, hi: int) -> None:
    start, end = max(pos, lo), min(pos + len(run.text), hi)
    if end <= start or run.size is None:
        return
    small = is_fine_print(run.size, body)
    span = StyleSpan(start, end, run.size, run.bold, run.caps, run.hidden, run.colour, small)
    if style:
        last = style[-1]
        if last.end == start and (
            last.size_pt,
            last.bold,
            last.caps,
            last.hidden,
            last.colour,
            last.small,
        ) == (span.size_pt, span.bold, span.caps, span.hidden, span.colour, span.small):
            style[-1] = StyleSpan(last.start, end, *(getattr(span, f) for f in _FIELDS))
            return
    style.append(span)


_FIELDS = ("size_pt", "bold", "caps", "hidden", "colour", "small")
