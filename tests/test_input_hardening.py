"""Bad and hostile input: one clear message per file naming it, exit 2, others still checked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from readers_builders import BODY, make_docx, make_pdf, make_scanned_pdf

from clarity.core.errors import InputError
from clarity.core.settings import Settings
from clarity.readers import default_suffixes, read_bytes, read_path
from clarity.run.discover import discover_inputs

GOOD = f"Claims\n\n{BODY}\n"


def _bad_inputs(folder: Path) -> dict[str, str]:
    """File name -> the phrase its error message must contain."""
    make_pdf(folder / "locked.pdf", encrypt="secret")
    (folder / "broken.pdf").write_bytes(make_pdf()[:500])
    make_scanned_pdf(folder / "scan.pdf")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (folder / "deep.html").write_text("<div>" * 5000 + "x" + "</div>" * 5000)
    (folder / "huge.txt").write_text("word " * 300_000)
    return {
        "locked.pdf": "PDF is encrypted (password required)",
        "broken.pdf": "corrupt or unsupported PDF",
        "scan.pdf": "no text layer (scanned image?); OCR is out of scope",
        "broken.docx": "corrupt DOCX",
        "deep.html": "nested too deeply",
        "huge.txt": "over the 1 MB limit",
    }


def test_each_bad_file_one_message_and_good_files_still_checked(run_cli, tmp_path) -> None:
    expected = _bad_inputs(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD)
    make_docx(tmp_path / "good.docx")
    (tmp_path / "clarity.toml").write_text('max-file-size = "1MB"\n')
    names = sorted([*expected, "good.txt", "good.docx"])
    result = run_cli("check", *names, "--select", "S101")
    assert result.exit_code == 2
    lines = result.output.splitlines()
    for name, phrase in expected.items():
        errors = [line for line in lines if line.startswith(f"{name}: error:")]
        assert len(errors) == 1 and phrase in errors[0], (name, errors)
    assert any(line.startswith("good.txt:3:") and "S101" in line for line in lines)
    assert any(line.startswith("good.docx:") and "S101" in line for line in lines)
    assert lines[-1] == (
        "Summary: 2 files checked, 2 findings (0 error, 2 warning, 0 info), "
        "6 inputs could not be read"
    )


def test_bad_files_in_a_directory_argument(run_cli, tmp_path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _bad_inputs(folder)
    (folder / "good.md").write_text(GOOD)
    (tmp_path / "clarity.toml").write_text('max-file-size = "1MB"\n')
    result = run_cli("check", "docs", "--select", "S101")
    assert result.exit_code == 2
    assert result.output.count(": error:") == 6
    assert "good.md:3:" in result.output


def test_size_limit_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(
        InputError, match=r"file is 2\.0 KB, over the 1 KB limit \(raise max-file-size"
    ):
        read_path(path, max_bytes=1024)
    assert read_path(path, max_bytes=4096).text.startswith("a")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_detected(tmp_path: Path, encoding: str) -> None:
    text = "Vakuutus ei korvaa vahinkoa, joka johtuu kulumisesta.\n" * 5
    doc = read_bytes("fi.txt", text.encode(encoding))
    assert doc.text == text


def test_latin1_text_detected_with_note() -> None:
    text = "Vakuutus ei korvaa vahinkoa, joka johtuu jäätymisestä tai kulumisesta. " * 20
    doc = read_bytes("fi.txt", text.encode("latin-1"))
    assert doc.text == text
    assert any("not valid UTF-8" in note for note in doc.notes)


def test_latin1_via_cli(run_cli, tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes(("Claims\n\n" + BODY + " Café déjà.\n").encode("latin-1"))
    result = run_cli("check", "old.txt", "--select", "S101")
    assert result.exit_code == 0
    assert "old.txt: note: not valid UTF-8" in result.output
    assert "old.txt:3:" in result.output


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_in_directory_argument(run_cli, tmp_path: Path) -> None:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "policy.txt").write_text(GOOD)
    os.symlink(root, root / "sub" / "loop")  # docs/sub/loop -> docs
    found = list(discover_inputs([str(root)], Settings()))
    assert found == [str(root / "sub" / "policy.txt")]
    result = run_cli("check", "docs", "--select", "S101")
    assert result.exit_code == 0
    assert result.output.count("S101") == 1


def test_directory_expansion_includes_new_formats(tmp_path: Path) -> None:
    for suffix in (".pdf", ".docx", ".html", ".htm"):
        assert suffix in default_suffixes()
    make_pdf(tmp_path / "a.pdf")
    make_docx(tmp_path / "b.docx")
    (tmp_path / "c.html").write_text("<p>x</p>")
    (tmp_path / "d.htm").write_text("<p>x</p>")
    (tmp_path / "e.png").write_bytes(b"\x89PNG")
    names = [Path(p).name for p in discover_inputs([str(tmp_path)], Settings())]
    assert names == ["a.pdf", "b.docx", "c.html", "d.htm"]


def test_unknown_zip_and_binary_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    with pytest.raises(InputError, match="binary file"):
        read_path(path)


def test_sizes_in_messages_use_the_limits_unit() -> None:
    from clarity.core.errors import sizes_text

    assert sizes_text(52_800_000, 50 * 1024 * 1024) == ("50.4 MB", "50 MB")
    assert sizes_text(600 * 1024, 500 * 1024) == ("600.0 KB", "500 KB")
    assert sizes_text(1_600_000, 1_500_000) == ("1.5 MB", "1.4 MB")
    assert sizes_text(2048, 1000) == ("2048 bytes", "1000 bytes")
