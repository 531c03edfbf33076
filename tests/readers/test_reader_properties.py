"""Property tests: whatever bytes or document arrive, a reader returns a Document or
raises InputError naming the file; nothing else escapes, and offsets stay valid."""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readers_builders import make_pdf

from clarity.core.document import Document
from clarity.core.errors import InputError
from clarity.readers import BYTE_READERS, READERS, read_bytes

FORMATS = sorted([*READERS, *BYTE_READERS])
SETTINGS = settings(
    max_examples=int(os.environ.get("CLARITY_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def _read(fmt: str | None, data: bytes) -> Document | None:
    try:
        doc = read_bytes("input.bin", data, fmt=fmt)
    except InputError as exc:
        assert exc.path == "input.bin" and exc.reason
        return None
    _check_offsets(doc)
    return doc


def _check_offsets(doc: Document) -> None:
    n = len(doc.text)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= n
    for span in doc.style:
        assert 0 <= span.start <= span.end <= n
    if doc.text:
        doc.locate(0, n)


@pytest.mark.parametrize("fmt", [*FORMATS, None])
@SETTINGS
@given(data=st.binary(max_size=2048))
def test_random_bytes_never_crash_a_reader(fmt: str | None, data: bytes) -> None:
    _read(fmt, data)


@pytest.mark.parametrize("magic", [b"%PDF-1.4\n", b"PK\x03\x04", b"<!doctype html>"])
@SETTINGS
@given(data=st.binary(max_size=2048))
def test_random_bytes_behind_a_signature(magic: bytes, data: bytes) -> None:
    _read(None, magic + data)


_PDF = make_pdf(pages=1)


@SETTINGS
@given(cut=st.integers(0, len(_PDF)), flips=st.lists(st.integers(0, len(_PDF) - 1), max_size=8))
def test_damaged_pdf_never_crashes(cut: int, flips: list[int]) -> None:
    data = bytearray(_PDF)
    for index in flips:
        data[index] ^= 0x5A
    _read("pdf", bytes(data[: max(cut, 8)]))


def _docx_bytes() -> bytes:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


_DOCX = _docx_bytes()


@SETTINGS
@given(xml=st.text(max_size=400))
def test_random_document_xml_in_a_docx(xml: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_DOCX)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/document.xml":
                w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                content = f'<w:document xmlns:w="{w}"><w:body>{xml}</w:body></w:document>'.encode()
            target.writestr(info, content)
    _read("docx", buffer.getvalue())


_TAGS = [
    "p",
    "div",
    "h1",
    "h3",
    "li",
    "ul",
    "ol",
    "td",
    "table",
    "small",
    "details",
    "summary",
    "script",
    "style",
    "br",
    "b",
    "span",
    "pre",
    "!--",
]
_ATTRS = [
    "",
    ' style="display:none"',
    ' style="color:#fff"',
    ' style="font-size:3px"',
    " hidden",
    ' style="font-size:bogus;color:rgb(1,2"',
    " open",
]


@st.composite
def html_documents(draw) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(_TAGS))
        if choice == 0:
            parts.append(f"<{tag}{draw(st.sampled_from(_ATTRS))}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.text(max_size=30)))
    return "".join(parts)


@SETTINGS
@given(page=html_documents())
def test_random_html_documents(page: str) -> None:
    doc = _read("html", page.encode("utf-8", "surrogatepass"))
    if doc is not None:
        assert "<script" not in doc.text.lower()


@SETTINGS
@given(text=st.text(max_size=600))
def test_random_text_and_markdown(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    for fmt in ("text", "markdown"):
        _read(fmt, data)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    lines=st.lists(
        st.tuples(
            st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=60),
            st.sampled_from([5, 6, 9, 11, 18]),
            st.booleans(),
        ),
        max_size=25,
    )
)
def test_random_pdfs_keep_valid_offsets(lines: list[tuple[str, int, bool]]) -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    y = 800
    for text, size, white in lines:
        c.setFillColorRGB(*((1, 1, 1) if white else (0, 0, 0)))
        c.setFont("Helvetica-Bold" if size == 18 else "Helvetica", size)
        c.drawString(72, y, text)
        y -= size + 4
        if y < 60:
            c.showPage()
            y = 800
    c.showPage()
    c.save()
    doc = _read(None, buffer.getvalue())
    if doc is not None:
        assert doc.format == "pdf"
        drawn = set("".join(text for text, _, _ in lines))
        assert set(doc.text) - {" ", "\n"} <= drawn
