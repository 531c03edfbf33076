"""Words with their boxes and style, read from a PDF's text layer by PDFium (pypdfium2).

PDFium gives the page's characters in content order, with the spaces and line
breaks it infers from the glyph positions. We take its words as they are (so
the words we read are PDFium's own), and ask for positions and style only once
per word and once per text object: asking per character costs more than the
rest of the check. A word's style is the style of its first character's text
object (size, weight, fill colour, render mode); its box runs from the first
character's origin to the last character's right edge.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from itertools import pairwise

from clarity.core.errors import InputError
from clarity.readers.style import LIGHT_LUMINANCE, hex_colour, luminance

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_SYMBOL_FONT = re.compile(r"dingbat|symbol|wingding|webding", re.I)
_WORD = re.compile(r"[^\s\ufffe\x02]+[\ufffe\x02]?|[\ufffe\x02]")
"""PDFium's words. It joins a word hyphenated over a line break into one, marking the
hyphen U+FFFE (older builds: U+0002); we split there, so each part keeps its own line."""
_SOFT_HYPHENS = str.maketrans({"\ufffe": "-", "\x02": "-"})
_SURROGATES = dict.fromkeys(range(0xD800, 0xE000), " ")
"""PDFium counts a character outside UTF-16's basic plane as two units, and a page's
offsets are unit offsets, so each unit keeps a place of its own: as a space. In policy
PDFs such characters are icons (a private plane's phone or mail glyph between words) or
emoji, never a word's letters; a lone surrogate left in the text breaks every UTF-8
consumer downstream (spaCy's tokenizer, the JSON and HTML writers)."""
_FORCE_BOLD = 0x40000
"""Font descriptor flag: the font is drawn bold whatever its name says."""
_INVISIBLE_MODES = {3, 7}
"""Text render modes that paint nothing: invisible, and clip only."""
_STROKED_MODES = {2, 6}
"""Text render modes that fill and stroke each glyph: a regular face drawn bold (a
word processor's bold for a font without a bold face)."""
_PATH_OBJECT = 2
ASCENT, DESCENT = 0.8, 0.2
"""Share of the font size above and below the baseline, for a word's top and bottom."""
MAX_CHAR_WIDTH = 0.8
"""Widest average character of a run, in font sizes. A run whose box is wider may hold
two table cells drawn by one text object, set apart by a kerning jump (see ``_cells``)."""
CELL_GAP = 1.2
"""A gap between two words of one run wider than this many font sizes parts two cells
(the same measure that parts a row into segments)."""
JUMP = 3.0
"""... and wider than this many times the run's other gaps (a justified line's wide
spaces are all alike) ..."""
FAR_JUMP = 5.0
"""... or wider than this many font sizes, which no space between words is."""


@dataclass(slots=True)
class PdfWord:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    colour: str | None
    hidden: bool
    light: bool = False
    """Hidden only because its ink is near white (readable on a dark box)."""


@dataclass
class PdfPage:
    number: int
    width: float
    height: float
    words: list[PdfWord] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Style:
    size: float
    bold: bool
    colour: str | None
    hidden: bool
    light: bool
    symbol: bool


def extract_pages(path: str, data: bytes) -> list[PdfPage]:
    """Every page's words, top-down coordinates in points; InputError when unreadable."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _pdf_error(path, exc) from None
    except Exception as exc:  # a damaged file can fail anywhere in the parser
        raise _pdf_error(path, exc) from None
    try:
        return [_page(pdf, index) for index in range(len(pdf))]
    except InputError:
        raise
    except Exception as exc:
        raise _pdf_error(path, exc) from None
    finally:
        pdf.close()


def _pdf_error(path: str, exc: Exception) -> InputError:
    detail = str(exc) or type(exc).__name__
    if "password" in detail.lower() or getattr(exc, "err_code", None) == 4:
        return InputError(path, "PDF is encrypted (password required); decrypt it first")
    return InputError(path, f"corrupt or unsupported PDF ({detail[:120]})")


def _page(pdf, index: int) -> PdfPage:
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        height = float(page.get_height()) or 1.0
        result = PdfPage(index + 1, float(page.get_width()) or 1.0, height)
        textpage = page.get_textpage()
        # PDFium's own handle: a pypdfium2 object passed to a raw call is unwrapped by a
        # Python property each time, and the page takes several calls per word.
        handle = textpage.raw
        try:
            count = raw.FPDFText_CountChars(handle)
            text = textpage.get_text_range(0, count) if count > 0 else ""
            if len(text) != count:  # characters outside UTF-16's basic plane: ask per char
                units = (raw.FPDFText_GetUnicode(handle, i) for i in range(count))
                text = "".join(chr(unit) for unit in units).translate(_SURROGATES)
            shown = text.translate(_SOFT_HYPHENS)  # same length: offsets hold
            spans = [match.span() for match in _WORD.finditer(text)]
            crop = page.get_cropbox()
            words = _words(handle, spans, shown, height)
            result.words = [w for w in words if _seen(w, crop, height)]
            if any(w.light for w in result.words):
                _show_light_on_dark(page, result)
        finally:
            textpage.close()
    finally:
        page.close()
    return result


def _seen(word: PdfWord, crop: tuple[float, float, float, float], height: float) -> bool:
    """Is the word inside the page's crop box? Text set outside it is not seen: the
    neighbouring page's words in a printer's bleed, a copy of a form kept above the page.
    (Word boxes are in the page's own space, where y grows upwards.)"""
    left, low, right, high = crop
    across = word.x1 > left and word.x0 < right
    return across and low < height - word.top and height - word.bottom < high


def _words(textpage, spans: list[tuple[int, int]], shown: str, height: float) -> list[PdfWord]:
    """The page's words; ``textpage`` is PDFium's raw text page handle."""
    import pypdfium2.raw as raw

    get_object = _void_call(raw.FPDFText_GetTextObject)
    page_ref = ctypes.cast(textpage, ctypes.c_void_p).value
    reader = _StyleReader(textpage)
    styles: dict[int, _Style] = {}
    handles = [get_object(page_ref, start) or 0 for start, _ in spans]
    word_styles = []
    for (start, _), handle in zip(spans, handles, strict=True):
        style = styles.get(handle)
        if style is None:
            style = styles[handle] = reader.style(start, handle)
        word_styles.append(style)
    places = _places_by_run(textpage, spans, handles, word_styles)
    if places is None:
        places = _places_by_word(textpage, spans)
    words: list[PdfWord] = []
    for (start, end), style, (x0, x1, y) in zip(spans, word_styles, places, strict=True):
        baseline = height - y
        word = shown[start:end]
        if style.symbol and len(word) == 1:
            word = "•"  # a bullet drawn from a symbol font's private letters
        words.append(
            PdfWord(
                word,
                x0,
                x1 if x1 > x0 else x0,
                baseline - ASCENT * style.size,
                baseline + DESCENT * style.size,
                style.size,
                style.bold,
                style.colour,
                style.hidden,
                style.light,
            )
        )
    return words


def _places_by_run(
    textpage, spans: list[tuple[int, int]], handles: list[int], styles: list[_Style]
) -> list[tuple[float, float, float]] | None:
    """Each word's left, right and baseline from its text object's box on its line.

    PDFium draws one box round each run of characters of one text object (a Tj or
    TJ: most often a line, a cell or a run of one style). Words of a run share its
    baseline and share out its width by their characters. A box that starts no run
    of words is the tail of the run before it (a word whose last letters are set in
    another object, "schedule" bold and "." not) and widens that run. A run too wide
    for its characters (``MAX_CHAR_WIDTH``) whose words, placed one by one, stand in
    cells apart is placed word by word. When a run finds no box round its first
    letter's origin, None: ask word by word for the whole page.
    """
    import pypdfium2.raw as raw

    runs: list[list[int]] = []
    for index, handle in enumerate(handles):
        if runs and handle and handles[runs[-1][0]] == handle:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    count = raw.FPDFText_CountRects(textpage, 0, -1)
    if not runs or count < len(runs):
        return None
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    rect_refs = tuple(ctypes.byref(v) for v in (left, top, right, bottom))
    rects = []
    for number in range(count):
        raw.FPDFText_GetRect(textpage, number, *rect_refs)
        rects.append((left.value, right.value, bottom.value, top.value))
    x, y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    origins = []
    for first, _ in runs:
        raw.FPDFText_GetCharOrigin(textpage, spans[first][0], x_ref, y_ref)
        origins.append((x.value, y.value, max(1.0, styles[first].size)))

    def starts(rect: tuple[float, float, float, float], origin: tuple) -> bool:
        ox, oy, size = origin  # a box may begin with a space drawn before the word
        return rect[0] - 0.5 * size - 1 <= ox <= rect[1] and rect[2] - size <= oy <= rect[3] + 1

    places: list[tuple[float, float, float]] = []
    at = 0
    for number, (first, last) in enumerate(runs):
        if at >= count or not starts(rects[at], origins[number]):
            return None
        x0, x1, y0, y1 = rects[at]
        at += 1
        following = origins[number + 1] if number + 1 < len(runs) else None
        while at < count and (following is None or not starts(rects[at], following)):
            if not (rects[at][2] < y1 and y0 < rects[at][3]):
                return None  # not on this run's line either
            x1 = max(x1, rects[at][1])
            at += 1
        start, end = spans[first][0], spans[last][1]
        per_char = (x1 - x0) / max(1, end - start)
        if last > first and per_char > MAX_CHAR_WIDTH * origins[number][2]:
            own = _places_by_word(textpage, spans[first : last + 1])
            if _cells(own, origins[number][2]):
                places += own
                continue
        origin_x = x0 - per_char * start
        baseline = origins[number][1]
        places += [
            (origin_x + per_char * a, origin_x + per_char * b, baseline)
            for a, b in spans[first : last + 1]
        ]
    return places


def _cells(places: list[tuple[float, float, float]], size: float) -> bool:
    """The run's words, placed one by one, hold a jump between cells: a gap much wider
    than a space and than the run's other gaps, or far wider than any space (three
    one-word cells). (A run that is only too wide for its words took the box of a word
    split between two objects: its even share stays.)"""
    gaps = sorted(b[0] - a[1] for a, b in pairwise(places))
    others = gaps[:-1]
    usual = others[(len(others) - 1) // 2] if others else 0.0
    widest = gaps[-1]
    return widest > CELL_GAP * size and (widest > JUMP * usual or widest > FAR_JUMP * size)


def _places_by_word(textpage, spans: list[tuple[int, int]]) -> list[tuple[float, float, float]]:
    """Each word's left (its first character's origin), right and baseline."""
    import pypdfium2.raw as raw

    get_origin = raw.FPDFText_GetCharOrigin
    get_box = raw.FPDFText_GetCharBox
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    box = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    places = []
    for start, end in spans:
        get_origin(textpage, start, x_ref, y_ref)
        get_box(textpage, end - 1, *box)
        places.append((x.value, right.value, y.value))
    return places


def _void_call(function):
    """The same PDFium function, taking and giving plain addresses (hashable, cheap)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(address)


class _StyleReader:
    """Style of a text object; fonts and finished styles are shared between objects."""

    def __init__(self, textpage) -> None:
        import pypdfium2.raw as raw

        self._raw = raw
        self._textpage = textpage
        self._matrix = raw.FS_MATRIX()
        self._matrix_ref = ctypes.byref(self._matrix)
        self._rgba = [ctypes.c_uint(0) for _ in range(4)]
        self._rgba_refs = [ctypes.byref(v) for v in self._rgba]
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int(0)
        self._flags_ref = ctypes.byref(self._flags)
        self._render_mode = _void_int_call(raw.FPDFTextObj_GetTextRenderMode)
        address = ctypes.cast(raw.FPDFTextObj_GetFont, ctypes.c_void_p).value
        self._font_of = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)(address)
        self._fonts: dict[int, tuple[bytes, int, int]] = {}
        """Name, flags and weight of each font met on the page, by its PDFium handle."""
        self._styles: dict[tuple, _Style] = {}

    def style(self, index: int, handle: int) -> _Style:
        raw, textpage = self._raw, self._textpage
        raw.FPDFText_GetMatrix(textpage, index, self._matrix_ref)
        m = self._matrix
        scale = abs(m.a * m.d - m.b * m.c) ** 0.5 or 1.0
        size = round(abs(float(raw.FPDFText_GetFontSize(textpage, index))) * scale, 1)
        font_handle = (self._font_of(handle) or 0) if handle else 0
        font_info = self._fonts.get(font_handle) if font_handle else None
        if font_info is None:
            raw.FPDFText_GetFontInfo(textpage, index, self._name, 128, self._flags_ref)
            weight = raw.FPDFText_GetFontWeight(textpage, index)
            font_info = (self._name.value, self._flags.value, weight)
            if font_handle:
                self._fonts[font_handle] = font_info
        ok = raw.FPDFText_GetFillColor(textpage, index, *self._rgba_refs)
        rgb = tuple(v.value for v in self._rgba[:3]) if ok else None
        mode = self._render_mode(handle) if handle else 0
        key = (size, font_info, rgb, mode)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = self._make(size, font_info, rgb, mode)
        return style

    def _make(
        self, size: float, font_info: tuple[bytes, int, int], rgb: tuple | None, mode: int
    ) -> _Style:
        name, flags, weight = font_info
        font = name.decode("latin-1", "replace")
        colour_value = tuple(v / 255 for v in rgb) if rgb is not None else None
        invisible = mode in _INVISIBLE_MODES or size < 1.0
        light = luminance(colour_value) > LIGHT_LUMINANCE and not invisible
        bold = weight >= 600 or bool(flags & _FORCE_BOLD) or mode in _STROKED_MODES
        return _Style(
            size=size,
            bold=bold or bool(_BOLD_FONT.search(font)),
            colour=hex_colour(colour_value),
            hidden=invisible or light,
            light=light,
            symbol=bool(_SYMBOL_FONT.search(font)),
        )


def _void_int_call(function):
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)(address)


def _show_light_on_dark(page, result: PdfPage) -> None:
    """Light text on a dark filled box is readable: it is not hidden."""
    boxes = _dark_boxes(page, result.height)
    if not boxes:
        return
    for word in result.words:
        if word.light:
            cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
            if any(x0 <= cx <= x1 and t <= cy <= b for x0, t, x1, b in boxes):
                word.hidden = word.light = False


def _dark_boxes(page, height: float) -> list[tuple[float, float, float, float]]:
    """Filled shapes dark enough that light text on them is readable (top-down boxes)."""
    import pypdfium2.raw as raw

    boxes = []
    fill_mode, stroke = ctypes.c_int(0), ctypes.c_int(0)
    rgba = [ctypes.c_uint(0) for _ in range(4)]
    edges = [ctypes.c_float(0) for _ in range(4)]
    for index in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, index)
        if raw.FPDFPageObj_GetType(obj) != _PATH_OBJECT:
            continue
        if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
            continue
        if not fill_mode.value:
            continue
        if not raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in rgba)):
            continue
        if luminance(tuple(v.value / 255 for v in rgba[:3])) >= 0.5:
            continue
        if raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in edges)):
            x0, y0, x1, y1 = (v.value for v in edges)
            boxes.append((x0, height - y1, x1, height - y0))
    return boxes
