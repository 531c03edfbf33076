"""Readers: one module per format; ``read_path`` picks one by sniffing content.

A reader never sees rules and a check never sees file formats: the Document is
the only thing that crosses. Adding a format means adding a module and one
entry in ``READERS``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from clarity.document import Document
from clarity.errors import InputError
from clarity.readers.decode import decode

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

TextReader = Callable[[str, str], Document]


def _read_text(path: str, source: str) -> Document:
    from clarity.readers.plain import read_plain

    return read_plain(path, source)


def _read_markdown(path: str, source: str) -> Document:
    from clarity.readers.markdown import read_markdown

    return read_markdown(path, source)


# Format name -> (file suffixes, reader of decoded text).
READERS: dict[str, tuple[tuple[str, ...], TextReader]] = {
    "markdown": ((".md", ".markdown"), _read_markdown),
    "text": ((".txt", ".text"), _read_text),
}


def default_suffixes() -> tuple[str, ...]:
    return tuple(s for suffixes, _ in READERS.values() for s in suffixes)


def sniff_format(path: str, data: bytes) -> str:
    """Choose a format from the suffix, then from the content when the suffix says nothing."""
    suffix = Path(path).suffix.lower()
    for name, (suffixes, _) in READERS.items():
        if suffix in suffixes:
            return name
    head = data[:2048].lstrip().lower()
    if head.startswith(b"#") or b"\n## " in data[:4096]:
        return "markdown"
    return "text"


def read_bytes(path: str, data: bytes, fmt: str | None = None) -> Document:
    """Read an in-memory input (a file's bytes or stdin)."""
    if not data.strip():
        doc = Document(path=path, text="", format=fmt or "text")
        doc.notes.append("empty file: nothing to check")
        return doc
    fmt = fmt or sniff_format(path, data)
    text, notes = decode(path, data)
    reader = READERS[fmt][1]
    document = reader(path, text)
    document.notes.extend(notes)
    return document


def read_path(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file from disk, read-only, refusing what would exhaust memory."""
    name = str(path)
    try:
        size = os.stat(name).st_size
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}") from None
    if size > max_bytes:
        raise InputError(
            name,
            f"file is {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.0f} MB limit "
            "(raise max-file-size in the config to check it)",
        )
    try:
        with open(name, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror}") from None
    return read_bytes(name, data)
