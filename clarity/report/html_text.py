"""The document text as escaped HTML with findings highlighted inline.

Findings overlap (a jargon word inside a long sentence inside a buried
exclusion), and HTML elements must nest. So the text is cut at every finding
and heading boundary into segments; each segment is wrapped in one ``<mark>``
per finding covering it. The segment where a finding starts carries that
finding's one and only *primary* mark (``id``, ``data-id``, ``tabindex=0``);
later segments carry plain continuation marks (``data-for``) that only shade.
Hence "one focusable highlight per finding" holds however findings overlap,
and the text appears in the page exactly once.

All of it is built in Python with ``markupsafe.escape`` rather than in a
template loop: a 100,000-word document has tens of thousands of segments and a
template loop would be several times slower.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from clarity.core.findings import Finding

WIDE = 80
"""Findings longer than this many characters (sentences, clauses) are underlined, not shaded."""

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(value: str) -> str:
    """A safe CSS class fragment for a category or severity name."""
    return _SLUG.sub("-", value.lower()).strip("-") or "other"


@dataclass(frozen=True)
class Span:
    """A finding's (or one of its occurrences') clamped range and its CSS classes."""

    index: int
    start: int
    end: int
    classes: str
    occurrence: int = -1
    """-1 for the finding itself, else the index of the occurrence (``f{index}o{k}``)."""


def _classes(f: Finding, start: int, end: int) -> str:
    classes = f"hl c-{slug(f.category)} s-{f.severity.label} r-{slug(f.code)}"
    if end - start > WIDE:
        classes += " wide"
    if end == start:
        classes += " pt"
    return classes


def spans_for(
    findings: Sequence[Finding],
    length: int,
    occurrences: Sequence[tuple[int, int, int, int]] = (),
) -> list[Span]:
    """Spans of the findings, then of their occurrences ``(finding, k, start, end)``."""
    out = []
    for index, f in enumerate(findings):
        start = max(0, min(f.start, length))
        end = max(start, min(f.end, length))
        out.append(Span(index, start, end, _classes(f, start, end)))
    for index, k, start, end in occurrences:
        start = max(0, min(start, length))
        end = max(start, min(end, length))
        out.append(Span(index, start, end, _classes(findings[index], start, end) + " occ", k))
    return out


CHUNK = 4000
"""The text is cut into chunks of about this many characters, at line breaks outside any
highlight; the page lays out and styles a chunk only near the view (CSS
``content-visibility``), so a filter on a 100,000-word text restyles a few chunks."""
_CHUNK_OPEN = '<span class="chunk">'
_CHUNK_BREAK = "</span>" + _CHUNK_OPEN

_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
"""A run of spaces inside a line: in Markdown, where link targets, URLs and markup were
blanked to keep offsets. Shown as one space (the characters stay in the page)."""


def _gaps(piece: str) -> str:
    return _GAP.sub(lambda m: f'<span class="gap">{m.group()}</span>', piece)


def render_text(
    text: str,
    findings: Sequence[Finding],
    outline: Sequence[tuple[int, int, int]],
    prefix: str,
    anchors: Sequence[int] = (),
    occurrences: Sequence[tuple[int, int, int, int]] = (),
    pages: Sequence[tuple[int, int]] = (),
) -> Markup:
    """Escaped HTML of ``text``; ``prefix`` makes element ids unique in a multi-document page.

    ``anchors`` are offsets that get an empty target element (``{prefix}a{n}``), e.g. for
    exclusions a check reported without a finding, so the exclusion map can link to them.
    ``occurrences`` (finding, k, start, end) are further places of a finding, highlighted
    like it (``{prefix}f{finding}o{k}``). ``pages`` (offset, page number) put a page marker
    where each page of a PDF starts.
    """
    length = len(text)
    spans = spans_for(findings, length, occurrences)
    headings = sorted(
        (max(0, min(s, length)), max(0, min(e, length)), lvl) for s, e, lvl in outline
    )
    cuts = {0, length}
    for span in spans:
        cuts.add(span.start)
        cuts.add(span.end)
    for start, end, _ in headings:
        cuts.add(start)
        cuts.add(end)
    page_at: dict[int, list[int]] = {}
    for offset, number in pages:
        offset = max(0, min(offset, length))
        page_at.setdefault(offset, []).append(number)
        cuts.add(offset)
    anchor_at: dict[int, list[int]] = {}
    for n, offset in enumerate(anchors):
        offset = max(0, min(offset, length))
        anchor_at.setdefault(offset, []).append(n)
        cuts.add(offset)
    bounds = sorted(cuts)

    by_start: dict[int, list[Span]] = {}
    for span in spans:
        by_start.setdefault(span.start, []).append(span)
    heading_at = {start: (k, end, lvl) for k, (start, end, lvl) in enumerate(headings)}

    parts: list[str] = [_CHUNK_OPEN]
    since = 0  # characters since the last chunk began
    active: list[Span] = []
    heading: tuple[int, int] | None = None  # (end, level) of the heading being written
    for pos, nxt in zip(bounds, [*bounds[1:], length], strict=True):
        if active:
            active = [s for s in active if s.end > pos]
        if heading is not None and heading[0] <= pos:
            heading = None
        for number in page_at.get(pos, ()):
            parts.append(
                f'<span class="pg" id="{prefix}p{number}" data-page="{number}" '
                f'role="note" aria-label="page {number}"></span>'
            )
        if pos in heading_at:
            k, end, level = heading_at[pos]
            parts.append(f'<span class="sec" id="{prefix}s{k}"></span>')
            if end > pos:
                heading = (end, level)
        for n in anchor_at.get(pos, ()):
            parts.append(f'<span class="xa" id="{prefix}a{n}"></span>')
        starting = by_start.get(pos, ())
        for span in starting:
            if span.end == span.start:
                parts.append(_open(span, prefix, primary=True) + "</mark>")
            else:
                active.append(span)
        if nxt <= pos:
            continue
        raw = text[pos:nxt]
        if not active and heading is None:
            since += nxt - pos
            cut = raw.rfind("\n") + 1
            if since >= CHUNK and cut:
                # a new chunk after the line break: no mark or heading is open here
                parts.append(_gaps(str(escape(raw[:cut]))) + _CHUNK_BREAK)
                since = len(raw) - cut
                raw = raw[cut:]
            parts.append(_gaps(str(escape(raw))))
            continue
        since += nxt - pos
        piece = _gaps(str(escape(raw)))
        opened = []
        if heading is not None:
            opened.append("</strong>")
            parts.append(f'<strong class="hd hd{min(heading[1], 4)}">')
        for span in active:
            parts.append(_open(span, prefix, primary=span.start == pos))
            opened.append("</mark>")
        parts.append(piece)
        parts.extend(reversed(opened))
    parts.append("</span>")
    return Markup("".join(parts))


def _open(span: Span, prefix: str, primary: bool) -> str:
    if primary and span.occurrence >= 0:
        return (
            f'<mark class="{span.classes}" id="{prefix}f{span.index}o{span.occurrence}" '
            f'data-for="{span.index}" tabindex="0">'
        )
    if primary:
        return (
            f'<mark class="{span.classes}" id="{prefix}f{span.index}" '
            f'data-id="{span.index}" tabindex="0">'
        )
    return f'<mark class="{span.classes} cont" data-for="{span.index}">'
