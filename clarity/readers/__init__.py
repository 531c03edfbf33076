"""Readers: one module per format; ``read_path`` picks one by sniffing content.

A reader never sees rules and a check never sees file formats: the Document is
the only thing that crosses. Adding a format means adding a module and one
entry in ``READERS``.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

from clarity.core.document import Document
from clarity.core.errors import InputError, sizes_text
from clarity.readers.decode import decode

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_UNPACKED = 200 * 1024 * 1024
"""Largest total uncompressed size of a DOCX (a zip) we agree to open: zip-bomb guard."""

TextReader = Callable[[str, str], Document]
ByteReader = Callable[[str, bytes, int], Document]
"""(path, raw bytes, max unpacked bytes) -> Document, for binary formats."""


def _read_text(path: str, source: str) -> Document:
    from clarity.readers.plain import read_plain

    return read_plain(path, source)


def _read_markdown(path: str, source: str) -> Document:
    from clarity.readers.markdown import read_markdown

    return read_markdown(path, source)


def _read_html(path: str, source: str) -> Document:
    from clarity.readers.html import read_html

    return read_html(path, source)


def _read_pdf(path: str, data: bytes, max_unpacked: int) -> Document:
    from clarity.readers.pdf import read_pdf

    return read_pdf(path, data)


def _read_docx(path: str, data: bytes, max_unpacked: int) -> Document:
    from clarity.readers.docx import read_docx

    return read_docx(path, data, max_unpacked)


# Format name -> (file suffixes, reader of decoded text).
READERS: dict[str, tuple[tuple[str, ...], TextReader]] = {
    "markdown": ((".md", ".markdown"), _read_markdown),
    "text": ((".txt", ".text"), _read_text),
    "html": ((".html", ".htm", ".xhtml"), _read_html),
}

# Format name -> (file suffixes, reader of raw bytes): formats that are not text.
BYTE_READERS: dict[str, tuple[tuple[str, ...], ByteReader]] = {
    "pdf": ((".pdf",), _read_pdf),
    "docx": ((".docx",), _read_docx),
}


def default_suffixes() -> tuple[str, ...]:
    return tuple(
        s for table in (READERS, BYTE_READERS) for suffixes, _ in table.values() for s in suffixes
    )


def sniff_format(path: str, data: bytes) -> str:
    """Choose a format: binary signatures first, then the suffix, then the text's shape.

    A signature beats the suffix, so a PDF saved as ``.txt`` (or a DOCX without
    a suffix, or stdin) still reaches the right reader; a file whose suffix
    promises PDF/DOCX but whose bytes do not gets that reader's clear refusal.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04" and _zip_has(data, "word/document.xml"):
        return "docx"
    suffix = Path(path).suffix.lower()
    for table in (BYTE_READERS, READERS):
        for name, (suffixes, _) in table.items():
            if suffix in suffixes:
                return name
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<") and any(tag in head for tag in (b"<body", b"<p>", b"<h1", b"<div"))
    ):
        return "html"
    if head.startswith(b"#") or b"\n## " in data[:4096]:
        return "markdown"
    return "text"


def _zip_has(data: bytes, member: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def read_bytes(
    path: str, data: bytes, fmt: str | None = None, max_unpacked: int = DEFAULT_MAX_UNPACKED
) -> Document:
    """Read an in-memory input (a file's bytes or stdin).

    Every failure of a reader becomes an ``InputError`` naming the file, so one
    hostile or broken input never stops the other inputs from being checked.
    """
    if not data.strip():
        doc = Document(path=path, text="", format=fmt or "text")
        doc.notes.append("empty file: nothing to check")
        return doc
    fmt = fmt or sniff_format(path, data)
    try:
        if fmt in BYTE_READERS:
            return BYTE_READERS[fmt][1](path, data, max_unpacked)
        text, notes = decode(path, data)
        document = READERS[fmt][1](path, text)
    except InputError:
        raise
    except Exception as exc:  # includes RecursionError, MemoryError
        detail = f"{type(exc).__name__}: {exc}"[:160]
        raise InputError(path, f"could not be read as {fmt} ({detail})") from None
    document.notes.extend(notes)
    return document


def read_path(
    path: str | os.PathLike[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_unpacked: int = DEFAULT_MAX_UNPACKED,
) -> Document:
    """Read a file from disk, read-only, refusing what would exhaust memory or never end.

    Only regular files are read: a FIFO with no writer would block ``open`` forever,
    and a device such as /dev/zero never ends (its size says 0)."""
    name = str(path)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(name, "not a regular file (a pipe, socket or device); clarity reads files")
    if info.st_size > max_bytes:
        raise too_big(name, info.st_size, max_bytes)
    try:
        with open(name, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}") from None
    if len(data) > max_bytes:
        raise too_big(name, len(data), max_bytes)
    return read_bytes(name, data, max_unpacked=max_unpacked)


def too_big(name: str, size: int, max_bytes: int) -> InputError:
    """The refusal of an input over max-file-size. Standard input is read only to one
    byte past the limit, so its whole size is not known."""
    shown, limit = sizes_text(size, max_bytes)
    what = "standard input is" if name == "-" else f"file is {shown},"
    return InputError(
        name,
        f"{what} over the {limit} limit (raise max-file-size in the config to check it)",
    )
