"""A character outside UTF-16's basic plane (a private plane's icon set between words, as
a phone or mail glyph before a contact line) is read as a space. PDFium counts it as two
units; read unit by unit it became two lone surrogates, which no UTF-8 consumer takes: a
real motor policy stopped with "internal error" in spaCy's tokenizer.

The PDF is written by hand: Helvetica whose ToUnicode map sends '~' to U+100000."""

from __future__ import annotations

from pathlib import Path

from clarity.readers import read_path

LINE = "Full contact~details of our repairers are given to~you on request."


def _pdf_with_icon(path: Path, line: str) -> Path:
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Icon def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfrange <20> <7D> <0020> endbfrange\n"
        b"1 beginbfchar <7E> <DBC0DC00> endbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    content = b"BT /F1 11 Tf 72 700 Td (" + line.encode("latin-1") + b") Tj ET"
    page = b"/MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>"
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R " + page + b" >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%sendstream" % (len(cmap), cmap),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(bodies) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path


def test_an_icon_outside_the_basic_plane_reads_as_a_space(tmp_path: Path) -> None:
    text = read_path(str(_pdf_with_icon(tmp_path / "icon.pdf", LINE)), 10**7, 10**8).text
    assert "contact details of our repairers are given to you on request" in text
    assert not any("\ud800" <= ch <= "\udfff" for ch in text)
    text.encode("utf-8")  # what spaCy, the JSON and the HTML writers do with it
