"""The PDF reader: reading order, pages, headings, fine print, hidden text, clean-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from readers_builders import BODY, make_pdf, make_scanned_pdf

from clarity.core.errors import InputError
from clarity.readers import read_bytes, read_path, sniff_format


@pytest.fixture
def pdf_doc(tmp_path: Path):
    path = tmp_path / "policy.pdf"
    make_pdf(path)
    return read_path(path)


def _span_over(doc, phrase: str):
    start = doc.text.index(phrase)
    spans = doc.styles_over(start, start + len(phrase))
    assert spans, f"no style span over {phrase!r}"
    return spans


def test_headings_from_font_size_and_pages(pdf_doc) -> None:
    headings = [(pdf_doc.text[b.start : b.end], b.page, b.level) for b in pdf_doc.headings]
    assert headings == [("Section 1 Claims", 1, 1), ("Section 2 Claims", 2, 1)]
    body = pdf_doc.block_at(pdf_doc.text.rindex(BODY))
    assert body.page == 2 and body.section_path == ("Section 2 Claims",)


def test_hyphenation_repaired_at_line_end(pdf_doc) -> None:
    assert "application of the terms" in pdf_doc.text
    assert "applica-" not in pdf_doc.text


def test_running_header_and_page_numbers_removed(pdf_doc) -> None:
    assert "Example Mutual" not in pdf_doc.text
    assert "Page 1" not in pdf_doc.text and "of 2" not in pdf_doc.text
    assert any("running header" in note for note in pdf_doc.notes)


def test_fine_print_marked_small(pdf_doc) -> None:
    spans = _span_over(pdf_doc, "wear and tear")
    assert all(s.small and s.size_pt == 6.0 and not s.hidden for s in spans)
    normal = _span_over(pdf_doc, "caused by storm")
    assert all(not s.small and s.size_pt == 11.0 for s in normal)


def test_white_text_marked_hidden(pdf_doc) -> None:
    spans = _span_over(pdf_doc, "theft from a garden")
    assert all(s.hidden and s.colour == "#ffffff" for s in spans)
    assert not any(s.hidden for s in _span_over(pdf_doc, BODY))


def test_heading_bold_recorded(pdf_doc) -> None:
    assert all(s.bold and s.size_pt == 18.0 for s in _span_over(pdf_doc, "Section 1 Claims"))


def test_location_gives_page_and_line_within_page(pdf_doc) -> None:
    first = pdf_doc.text.index(BODY)
    second = pdf_doc.text.rindex(BODY)
    loc1, loc2 = pdf_doc.locate(first, first + 5), pdf_doc.locate(second, second + 5)
    assert (loc1.page, loc2.page) == (1, 2)
    assert loc1.line == loc2.line  # same place on each page: line counts restart per page
    assert loc1.column == 1


def test_cli_text_and_json_carry_page(run_cli, tmp_path: Path) -> None:
    make_pdf(tmp_path / "policy.pdf")
    result = run_cli("check", "policy.pdf", "--select", "S101")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "S101" in line]
    # the same advice on both pages is said once, with its other place and page
    assert len(lines) == 1
    assert "(page 1)" in lines[0] and "[2 times; also at" in lines[0] and "(page 2)" in lines[0]
    data = json.loads(run_cli("check", "policy.pdf", "--select", "S101", "--format", "json").output)
    doc = data["documents"][0]
    assert doc["format"] == "pdf"
    (finding,) = doc["findings"]
    assert finding["page"] == 1 and [o["page"] for o in finding["occurrences"]] == [2]


def test_pdf_sniffed_by_content_not_suffix(tmp_path: Path) -> None:
    data = make_pdf()
    assert sniff_format("policy.txt", data) == "pdf"
    assert read_bytes("-", data).format == "pdf"


def test_encrypted_pdf_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    make_pdf(path, encrypt="secret")
    with pytest.raises(InputError, match="encrypted"):
        read_path(path)


def test_corrupt_pdf_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(make_pdf()[:400])
    with pytest.raises(InputError, match="corrupt or unsupported PDF") as info:
        read_path(path)
    assert info.value.path == str(path)


def test_pdf_without_text_layer_says_scanned(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    make_scanned_pdf(path)
    with pytest.raises(InputError, match=r"no text layer.*OCR is out of scope"):
        read_path(path)


def test_pdf_suffix_with_other_content_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"just some words, not a PDF at all\n")
    with pytest.raises(InputError, match="PDF"):
        read_path(path)


def test_reader_never_writes_input(tmp_path: Path) -> None:
    path = tmp_path / "policy.pdf"
    make_pdf(path)
    path.chmod(0o444)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read_path(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_sentence_running_over_a_page_break_stays_one_block(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "run-on.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Opening words of the policy.")
    c.drawString(72, 400, "We do not pay for damage caused by")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "frost or ice in the pipes.")
    c.showPage()
    c.save()
    doc = read_path(path)
    block = doc.block_at(doc.text.index("frost"))
    assert doc.text[block.start : block.end] == (
        "We do not pay for damage caused by\nfrost or ice in the pipes."
    )
    assert block.page == 1
    start = doc.text.index("frost")
    assert doc.locate(start, start + 5).page == 1  # the block starts on page 1


def _lines_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF of these lines, one under the other in one column."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), invariant=1)
    c.setFont("Helvetica", 11)
    for row, line in enumerate(lines):
        c.drawString(72, 700 - 14 * row, line)
    c.showPage()
    c.save()
    return path


def test_a_figure_in_brackets_after_a_number_word_carries_on_the_sentence(
    tmp_path: Path,
) -> None:
    lines = ["We will not pay a claim made later than twelve", "(12) months after the loss."]
    doc = read_path(_lines_pdf(tmp_path / "figure.pdf", lines))
    block = doc.block_at(doc.text.index("(12)"))
    assert block.kind == "paragraph"
    assert doc.text[block.start : block.end].startswith("We will not pay")


def test_the_number_of_a_cross_reference_wrapped_onto_a_line_carries_on_the_sentence(
    tmp_path: Path,
) -> None:
    lines = [
        "You may claim only under this section or Section",
        "7 Missed Departure for the same event, not both.",
    ]
    doc = read_path(_lines_pdf(tmp_path / "reference.pdf", lines))
    block = doc.block_at(doc.text.index("7 Missed"))
    assert block.kind == "paragraph"
    assert doc.text[block.start : block.end].startswith("You may claim")


def test_a_marker_that_closes_a_range_opened_on_the_line_before_is_no_item(
    tmp_path: Path,
) -> None:
    lines = [
        "(1) Once we have paid under any of Benefits (i) -",
        "(iv) the cover ends for that person.",
        "(2) Benefits are paid in pounds.",
    ]
    doc = read_path(_lines_pdf(tmp_path / "range.pdf", lines))
    block = doc.block_at(doc.text.index("the cover ends"))
    assert doc.text[block.start : block.end].startswith("(1) Once we have paid")
