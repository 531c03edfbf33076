"""benchmarks/heldout_sources.py: the outside PDFs come back from their repositories at
the commits heldout/external.md names, and a new set's blind labels keep no text."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from benchmark_modules import benchmark

TABLE = """| name | repository | path | commit | what it is | pages |
|---|---|---|---|---|---|
| `a-home.pdf` | owner/repo | `docs/a%20home.pdf` | {commit} | A home wording | 3 |
| `---` | --- | `---` | --- | --- | --- |
| `b-motor.pdf` | owner/repo | `b.pdf` | {short}… | A motor wording | 2 |
"""


def _repo(tmp_path: Path) -> str:
    repo = tmp_path / "repos" / "owner+repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "a home.pdf").write_bytes(b"%PDF-a")
    (repo / "b.pdf").write_bytes(b"%PDF-b")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "pdfs"], check=True)
    return subprocess.run(
        [*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()


def test_each_row_is_read_and_an_abbreviated_commit_is_the_one_above() -> None:
    sources = benchmark("heldout_sources")
    full = "a" * 40
    rows = sources.sources(TABLE.format(commit=full, short="aaaaaaaa"))
    assert [(name, commit) for name, _, _, commit in rows] == [
        ("a-home.pdf", full),
        ("b-motor.pdf", full),
    ]


def test_fetch_takes_each_pdf_at_its_commit(tmp_path: Path, monkeypatch) -> None:
    sources = benchmark("heldout_sources")
    commit = _repo(tmp_path)
    table = tmp_path / "external.md"
    table.write_text(TABLE.format(commit=commit, short=commit[:8]), encoding="utf-8")
    monkeypatch.setattr(sources, "TABLE", table)
    into = tmp_path / "external"
    assert sources.fetch(tmp_path / "repos", into) == 0
    assert (into / "a-home.pdf").read_bytes() == b"%PDF-a"
    assert (into / "b-motor.pdf").read_bytes() == b"%PDF-b"


def test_ingested_labels_match_a_detection_of_the_same_words_and_keep_no_text() -> None:
    sources = benchmark("heldout_sources")
    heldout = benchmark("heldout")
    quote = "(a) We will not pay for loss caused by wear and tear."
    items = sources.items(
        36, {"x.pdf": [{"page": 4, "quote": quote, "borderline": False, "buried": True}]}
    )
    assert len(items) == 1 and items[0]["at"] == 4 and items[0]["words"] == 11
    assert heldout.matches(items[0], "We will not pay for loss caused by wear and tear.")
    assert not heldout.matches(items[0], "We pay for storm damage to your home.")
    assert "wear" not in json.dumps(items)
