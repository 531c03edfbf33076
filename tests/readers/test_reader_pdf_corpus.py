"""The PDF reader on the real PDFs of ../shared/corpus: it loses no words.

The words of the Document match PDFium's own page text (what any text-layer
reader sees) within 2%, once the running headers and footers the reader drops
on purpose are set aside. Skipped when ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from clarity.readers.pdf import document_from_layout, read_layout

MAX_WORD_GAP = 0.02


def _pdfium_words(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        total = 0
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            total += len(textpage.get_text_range().split())
            textpage.close()
            page.close()
        return total
    finally:
        pdf.close()


def test_words_read_match_pdfium_text(corpus: Path) -> None:
    pdfs = sorted((corpus / "en" / "insurance-pdf").glob("*.pdf"))
    if not pdfs:
        pytest.skip("no PDFs in ../shared/corpus/en/insurance-pdf")
    gaps = {}
    for path in pdfs:
        data = path.read_bytes()
        layout = read_layout(str(path), data)
        expected = _pdfium_words(data) - layout.furniture.words
        read = len(document_from_layout(str(path), layout).text.split())
        gaps[path.name] = abs(read - expected) / expected
    assert max(gaps.values()) <= MAX_WORD_GAP, gaps
