"""docs/api.md's Dask example, run as written on a LocalCluster of worker processes:
its lines equal the documents of ``clarity check --jobs 1 --format json``.

dask[distributed] is in the test extra, so these tests run wherever the suite does
(CI included); the corpus test skips only when ../shared/corpus is absent.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_process

EXAMPLE_HEADING = "## Many thousands of documents with a Dask bag"
FAST_SUFFIXES = {".txt", ".md", ".html"}
"""The corpus documents the test checks: its PDFs take minutes to read (issue 20)."""


def dask_example() -> str:
    """The first Python block under the Dask heading of docs/api.md, with two workers."""
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    section = text[text.index(EXAMPLE_HEADING) :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None, "docs/api.md has no Python block under the Dask heading"
    source = code.group(1)
    assert "n_workers=4, threads_per_worker=1" in source
    return source.replace("n_workers=4", "n_workers=2")


def run_example(folder: Path) -> tuple[list[dict], dict[str, int]]:
    """Run the example in ``folder`` (its documents in ``folder/archive``): each
    document's line, in the order of the result files, and the printed counts."""
    script = folder / "check_archive.py"
    script.write_text(dask_example(), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, str(script)], cwd=folder, capture_output=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-3000:]
    lines = []
    for part in sorted((folder / "results").glob("*.jsonl")):
        lines += [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    counts = {}
    for row in done.stdout.decode("utf-8").splitlines():
        count, code = row.split()
        counts[code] = int(count)
    return lines, counts


def assert_same_as_the_cli(folder: Path) -> int:
    files = sorted(
        os.path.relpath(p, folder)
        for p in (folder / "archive").rglob("*")
        if p.suffix in FAST_SUFFIXES
    )
    lines, counts = run_example(folder)
    cli = run_process("check", *files, "--jobs", "1", "--format", "json", cwd=folder)
    assert cli.returncode in (0, 1), cli.stderr.decode("utf-8", "replace")
    documents = json.loads(cli.stdout)["documents"]
    assert [line["path"] for line in lines] == files
    assert lines == documents
    expected: dict[str, int] = {}
    for doc in documents:
        for finding in doc["findings"]:
            expected[finding["code"]] = expected.get(finding["code"], 0) + 1
    assert counts == expected
    return len(documents)


@pytest.mark.corpus
def test_dask_example_on_the_corpus_equals_the_cli(corpus: Path, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    for path in corpus.rglob("*"):
        if path.is_file() and path.suffix in FAST_SUFFIXES and path.parent != corpus:
            target = archive / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    assert assert_same_as_the_cli(tmp_path) >= 20


def test_dask_example_on_own_documents_equals_the_cli(tmp_path: Path) -> None:
    """The same without the corpus, so the example is shown to work on any machine."""
    texts = {
        "home/policy.md": "# What is not covered\n\nWe do not pay for wear and tear.\n\n"
        "Notwithstanding the foregoing, the insured shall notify us forthwith.\n",
        "home/claims.txt": "You must tell us about a claim within 30 days. We shall pay.\n",
        "loans/terms.html": "<html><body><h1>Your loan</h1><p>The borrower shall repay "
        "the principal hereunder.</p></body></html>\n",
        "fi/ehdot.txt": "Vakuutuksenottajan on ilmoitettava vahingosta viipymättä.\n",
    }
    for name, text in texts.items():
        path = tmp_path / "archive" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert assert_same_as_the_cli(tmp_path) == len(texts)
