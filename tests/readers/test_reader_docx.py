"""The DOCX reader: styles and outline levels, lists, tables, notes, fine print, hidden."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from readers_builders import BODY, make_docx

from clarity.core.errors import InputError
from clarity.readers import read_bytes, read_path, sniff_format


@pytest.fixture
def docx_doc(tmp_path: Path):
    path = tmp_path / "policy.docx"
    make_docx(path, footnote="Storm means wind speeds of at least 48 knots.")
    return read_path(path)


def _block(doc, phrase: str):
    block = doc.block_at(doc.text.index(phrase))
    assert block is not None
    return block


def _spans(doc, phrase: str):
    start = doc.text.index(phrase)
    spans = doc.styles_over(start, start + len(phrase))
    assert spans
    return spans


def test_headings_from_styles_and_outline_level(docx_doc) -> None:
    headings = [(docx_doc.text[b.start : b.end], b.level) for b in docx_doc.headings]
    assert headings == [
        ("Home insurance", 1),
        ("What is covered", 1),
        ("Claims", 2),
        ("What is not covered", 2),
    ]
    assert _block(docx_doc, BODY).section_path == ("What is covered", "Claims")


def test_lists_and_tables(docx_doc) -> None:
    assert _block(docx_doc, "Flood damage").kind == "list_item"
    assert _block(docx_doc, "Theft from garden").kind == "list_item"
    cells = [docx_doc.text[b.start : b.end] for b in docx_doc.blocks if b.kind == "table_cell"]
    assert cells == ["Excess", "100 euros", "Merged cell text"]  # merged cell once


def test_footnotes_read(docx_doc) -> None:
    block = _block(docx_doc, "Storm means wind speeds")
    assert block.kind == "footnote"


def test_paragraph_numbers(docx_doc) -> None:
    numbers = [b.paragraph for b in docx_doc.blocks if b.kind != "footnote"]
    assert numbers == list(range(1, len(numbers) + 1))
    assert _block(docx_doc, "We pay for damage").paragraph == 3


def test_run_level_fine_print(docx_doc) -> None:
    assert all(s.small and s.size_pt == 6.0 for s in _spans(docx_doc, "do not pay for mould"))
    assert not any(s.small for s in _spans(docx_doc, "wear and tear"))


def test_fine_print_through_paragraph_style(docx_doc) -> None:
    assert all(s.small and s.size_pt == 6.0 for s in _spans(docx_doc, "after 90 days"))


def test_hidden_and_white_text_kept_and_marked(docx_doc) -> None:
    assert all(s.hidden for s in _spans(docx_doc, "Secret exclusion of theft"))
    assert all(s.hidden and s.colour == "#ffffff" for s in _spans(docx_doc, "White words"))
    assert not any(s.hidden for s in _spans(docx_doc, "Visible text"))


def test_caps_and_bold(docx_doc) -> None:
    assert all(s.caps for s in _spans(docx_doc, "important notice"))
    assert all(s.bold for s in _spans(docx_doc, "What is covered"))


def test_cli_shows_paragraph(run_cli, tmp_path: Path) -> None:
    make_docx(tmp_path / "policy.docx")
    result = run_cli("check", "policy.docx", "--select", "S101")
    line = next(x for x in result.output.splitlines() if "S101" in x)
    assert "(paragraph 9)" in line
    data = json.loads(
        run_cli("check", "policy.docx", "--select", "S101", "--format", "json").output
    )
    assert [f["paragraph"] for f in data["documents"][0]["findings"]] == [9]


def test_docx_sniffed_by_content(tmp_path: Path) -> None:
    path = tmp_path / "policy.docx"
    make_docx(path)
    data = path.read_bytes()
    assert sniff_format("noext", data) == "docx"
    assert read_bytes("-", data).format == "docx"


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    make_docx(path)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(InputError, match="corrupt DOCX"):
        read_path(path)


def test_zip_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="not a Word document"):
        read_path(path)


def _bomb(path: Path, unpacked: int) -> None:
    """A valid DOCX plus one member of zeros that compresses a thousandfold."""
    make_docx(path)
    buffer = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", bytes(unpacked))
    path.write_bytes(buffer.getvalue())


def test_zip_bomb_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    _bomb(path, 8 * 1024 * 1024)
    assert path.stat().st_size < 200_000
    with pytest.raises(
        InputError, match=r"unpack to \d+\.\d MB, over the 4 MB limit \(a zip bomb\?\)"
    ):
        read_path(path, max_unpacked=4 * 1024 * 1024)
    assert read_path(path).format == "docx"  # under the default limit it reads


def test_zip_bomb_limit_from_config(run_cli, tmp_path: Path) -> None:
    _bomb(tmp_path / "bomb.docx", 3 * 1024 * 1024)
    (tmp_path / "clarity.toml").write_text('max-unpacked-size = "2MB"\n')
    result = run_cli("check", "bomb.docx")
    assert result.exit_code == 2
    assert (
        "clarity: error: bomb.docx: DOCX would unpack to 3.8 MB, over the 2 MB limit "
        "(a zip bomb?)" in result.stderr
    )


def test_style_lookups_are_remembered_for_one_document_only(tmp_path: Path) -> None:
    import docx

    from clarity.readers import docx as reader

    paths = []
    for name, size in (("a.docx", 30), ("b.docx", 8)):  # the same style, sized apart
        word = docx.Document()
        word.styles["Normal"].font.size = docx.shared.Pt(size)
        for _ in range(3):
            word.add_paragraph("We shall pay for the damage to your home.")
        word.save(tmp_path / name)
        paths.append(tmp_path / name)
    first, second = (read_path(p) for p in paths)
    assert reader._STYLES == {}
    assert {span.size_pt for span in first.style} == {30.0}
    assert {span.size_pt for span in second.style} == {8.0}
