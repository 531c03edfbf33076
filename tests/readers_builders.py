"""Builders for the PDF and DOCX files the reader tests need, made fresh in tmp dirs.

Tests describe the document they want (headings, fine print, hidden text,
hyphenated line ends) instead of committing opaque binaries.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

BODY = "The policyholder shall notify us of any claim within 30 days."


def make_pdf(path: Path | None = None, pages: int = 2, encrypt: str | None = None) -> bytes:
    """A policy PDF: running header and page footer, a large bold heading per page, body
    text with a word hyphenated across two lines, a 6 pt clause and a white clause."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt, invariant=1)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, 810, "Example Mutual home policy wording")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, f"Section {number} Claims")
        c.setFont("Helvetica", 11)
        c.drawString(
            72, 670, "We pay for damage to your home caused by storm. The cover is an applica-"
        )
        c.drawString(72, 656, "tion of the terms below.")
        c.drawString(72, 630, BODY)
        c.setFont("Helvetica", 6)
        c.drawString(72, 606, "We do not pay for damage caused by wear and tear.")
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica", 11)
        c.drawString(72, 586, "We do not pay for theft from a garden.")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9)
        c.drawString(280, 40, f"Page {number} of {pages}")
        c.showPage()
    c.save()
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


def make_scanned_pdf(path: Path) -> None:
    """A PDF with only drawn shapes (as a scan is only an image): no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.rect(72, 400, 300, 200, fill=1)
    c.showPage()
    c.save()


def make_docx(path: Path, footnote: str | None = None) -> None:
    """A policy DOCX: title, headings (one only by outline level), a 6 pt run, a 6 pt
    style, hidden and white runs, caps, bullet and numbered lists, a table with a merged
    cell; optionally a footnotes part."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    d.add_heading("Home insurance", 0)
    d.add_heading("What is covered", 1)
    d.add_paragraph("We pay for damage to your home caused by storm or flood.")
    p = d.add_paragraph("We do not pay for wear and tear. ")
    p.add_run("We also do not pay for mould.").font.size = Pt(6)
    p = d.add_paragraph("Visible text. ")
    p.add_run("Secret exclusion of theft.").font.hidden = True
    p.add_run(" White words.").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p = d.add_paragraph()
    p.add_run("important notice").font.all_caps = True
    tiny = d.styles.add_style("Tiny Print", WD_STYLE_TYPE.PARAGRAPH)
    tiny.font.size = Pt(6)
    d.add_paragraph("Claims made after 90 days are not paid.", style="Tiny Print")
    outlined = d.add_paragraph("Claims")
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "1")
    outlined._p.get_or_add_pPr().append(outline)
    d.add_paragraph(BODY)
    d.add_heading("What is not covered", 2)
    d.add_paragraph("Flood damage", style="List Bullet")
    d.add_paragraph("Theft from garden", style="List Number")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Excess"
    t.cell(0, 1).text = "100 euros"
    t.cell(1, 0).merge(t.cell(1, 1))
    t.cell(1, 0).text = "Merged cell text"
    d.save(str(path))
    if footnote is not None:
        add_part(path, "word/footnotes.xml", _footnotes_xml(footnote))


def _footnotes_xml(text: str) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{w}">'
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
        f"</w:footnotes>"
    ).encode()


def add_part(path: Path, name: str, data: bytes) -> None:
    """Rewrite a zip with one more member (python-docx cannot write footnotes)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in members:
            target.writestr(info, content)
        target.writestr(name, data)


def draw_pdf(path: Path, draw: Callable[[Any, int], None], pages: int = 1) -> Path:
    """A PDF of ``pages`` A4 pages, each drawn by ``draw(canvas, page_number)`` with
    reportlab (invariant, so the bytes are the same on every run)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        draw(c, number)
        c.showPage()
    c.save()
    return path


def block_texts(path: Path) -> list[tuple[str, str]]:
    """Each block of the document read from ``path``: its kind and its words, one space
    apart (line breaks of the PDF folded)."""
    from clarity.readers import read_path

    document = read_path(path)
    return [(b.kind, " ".join(document.text[b.start : b.end].split())) for b in document.blocks]


def title_headings(path: Path, title: list[str], body: list[str], size: int = 12) -> list[str]:
    """The headings of a one-page PDF: ``title``'s lines in bold at ``size`` points over
    ``body``'s lines at 10 points, both from the left margin."""

    def draw(c: Any, _number: int) -> None:
        y = 700
        for line in title:
            c.setFont("Helvetica-Bold", size)
            c.drawString(72, y, line)
            y -= size + 2
        y -= 8
        for line in body:
            c.setFont("Helvetica", 10)
            c.drawString(72, y, line)
            y -= 12

    return [text for kind, text in block_texts(draw_pdf(path, draw)) if kind == "heading"]
