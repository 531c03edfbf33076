"""Bad input: one clear message per file, the other files still checked, inputs untouched."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

GOOD = "# Cover\n\nThe insured shall pay the premium.\n"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def batch(tmp_path):
    files = {
        "good.md": GOOD.encode(),
        "binary.txt": bytes(range(256)) * 8,
        "empty.txt": b"",
        "latin1.txt": "Vakuutuksenottajan on maksettava maksu ennen eräpäivää. Mikäli hän ei maksa.\n".encode(
            "latin-1"
        ),
        "utf16.txt": "The insured shall pay.\n".encode("utf-16"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_each_bad_file_gets_one_message_and_the_rest_is_checked(run_cli, batch):
    before = {p.name: digest(p) for p in batch.iterdir()}
    missing = batch / "missing.md"
    result = run_cli("check", str(batch), str(missing), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    errors = {os.path.basename(e["path"]): e["message"] for e in data["errors"]}
    assert set(errors) == {"binary.txt", "missing.md"}
    assert "binary file" in errors["binary.txt"]
    assert "no such file" in errors["missing.md"]
    docs = {os.path.basename(d["path"]): d for d in data["documents"]}
    assert set(docs) == {"good.md", "empty.txt", "latin1.txt", "utf16.txt"}
    assert any(f["code"] == "S101" for f in docs["good.md"]["findings"])
    assert any("empty" in n for n in docs["empty.txt"]["notes"])
    assert any("not valid UTF-8" in n for n in docs["latin1.txt"]["notes"])
    assert docs["latin1.txt"]["language"] == "fi"
    assert any(f["code"] == "S101" for f in docs["utf16.txt"]["findings"])
    after = {p.name: digest(p) for p in batch.iterdir()}
    assert before == after  # clarity never writes to a document it reads


def test_text_output_names_the_file(run_cli, batch):
    result = run_cli("check", str(batch / "binary.txt"), str(batch / "good.md"))
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert sum("binary.txt: error: binary file" in line for line in lines) == 1
    assert any("S101" in line for line in lines)
    assert "1 input could not be read" in lines[-1]


def test_directory_with_nothing_to_check(run_cli, tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    result = run_cli("check", str(tmp_path))
    assert result.exit_code == 2
    assert "no files to check" in result.output


def test_file_over_size_limit(run_cli, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"We pay. " * 200_000)
    (tmp_path / "clarity.toml").write_text('max-file-size = "1MB"\n', encoding="utf-8")
    result = run_cli("check", str(big), cwd=tmp_path)
    assert result.exit_code == 2
    assert "over the 1 MB limit" in result.output


@pytest.mark.slow
def test_fifty_megabyte_file_gives_a_clear_message(run_cli, tmp_path):
    big = tmp_path / "huge.txt"
    chunk = b"The insured shall pay the premium on time. " * 1000
    with big.open("wb") as handle:
        while handle.tell() <= 50 * 1024 * 1024:
            handle.write(chunk)
    result = run_cli("check", str(big), str(tmp_path / "none.md"))
    assert result.exit_code == 2
    assert "huge.txt: error: file is 50.0 MB, over the 50 MB limit" in result.output


def test_symlink_loop_in_directory(run_cli, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "docs", tmp_path / "docs" / "loop")
    result = run_cli("check", str(tmp_path / "docs"), "--format", "json")
    data = json.loads(result.stdout)
    assert [os.path.basename(d["path"]) for d in data["documents"]] == ["a.md"]
