"""Bytes to str, refusing binary data and saying when a fallback was needed."""

from __future__ import annotations

import codecs

from clarity.core.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the head mark non-text data."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.1


def decode(path: str, data: bytes) -> tuple[str, list[str]]:
    """Decode ``data``; returns the text and notes about any fallback used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {encoding} text: {exc.reason}") from None
    if looks_binary(data):
        utf16 = _try_utf16_without_bom(data)
        if utf16 is not None:
            return utf16, ["decoded as UTF-16 (no byte-order mark)"]
        raise InputError(path, "binary file, not text (is it an image or an archive?)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    encoding = _prefer_western(data, encoding)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "utf-8 with replacement characters"
        text = data.decode("utf-8", errors="replace")
    note = f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as {encoding}"
    return text, [note]


def _try_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has NULs in every other byte of ASCII text."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _letter_share(text: str) -> float:
    """Share of non-ASCII characters that are letters: high for real words (ä, é, ß),
    low for the symbols a wrong legacy code page makes of them (‰, Ã¤)."""
    extra = [c for c in text if ord(c) > 127]
    return sum(c.isalpha() for c in extra) / len(extra) if extra else 1.0


def _prefer_western(data: bytes, guess: str) -> str:
    """English and Finnish documents are almost always Windows-1252/Latin-1 when not UTF-8.

    charset-normalizer can pick a rarer code page (e.g. mac_iceland) for short Finnish
    text; keep its guess only when it reads more of the non-ASCII bytes as letters.
    """
    if guess.replace("-", "_").lower() in ("cp1252", "windows_1252", "latin_1", "iso8859_1"):
        return guess
    sample = data[:200_000]
    try:
        western = _letter_share(sample.decode("cp1252"))
    except UnicodeDecodeError:
        return guess
    try:
        guessed = _letter_share(sample.decode(guess))
    except (UnicodeDecodeError, LookupError):
        return "cp1252"
    return "cp1252" if western >= guessed else guess
