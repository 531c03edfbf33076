"""--jobs (same bytes as serial), the progress bar's rules, --quiet and --statistics."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import run_process
from rule_settings import EVERY, EVERY_RULE

TEXTS = [
    "The insured shall pay the premium.\n",
    "# Cover\n\nYou pay every month. We shall tell you if the price changes.\n",
    "Vakuutuksenottaja maksaa vakuutusmaksun kuukausittain.\n",
    "You pay.\n",
    "",
    "The insurer shall pay. The agent shall tell you. "
    + " ".join(["and the premium is payable"] * 15)
    + ".\n",
]


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    for i, text in enumerate(TEXTS):
        suffix = ".md" if i % 2 else ".txt"
        where = folder / "sub" if i % 3 == 0 else folder
        (where / f"doc{i}{suffix}").write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x00" * 3)
    return folder


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "junit", "github"])
def test_jobs_output_is_identical_to_serial(run_cli, batch: Path, fmt: str) -> None:
    serial = run_cli("check", "batch", "--isolated", *EVERY, "--format", fmt, "--jobs", "1")
    parallel = run_cli("check", "batch", "--isolated", *EVERY, "--format", fmt, "--jobs", "3")
    assert serial.exit_code == parallel.exit_code
    assert serial.stdout_bytes == parallel.stdout_bytes
    assert serial.stdout.count("doc") >= 6 or fmt == "github"


def test_jobs_in_a_real_process(batch: Path) -> None:
    serial = run_process("check", "batch", "--isolated", *EVERY, "-j", "1", cwd=batch.parent)
    parallel = run_process("check", "batch", "--isolated", *EVERY, "-j", "2", cwd=batch.parent)
    assert serial.stdout == parallel.stdout
    assert serial.returncode == parallel.returncode
    assert b"doc0.txt" in serial.stdout
    assert b"\r" not in parallel.stderr  # not a terminal: no progress bar


def test_run_batch_keeps_input_order_with_stdin(batch: Path) -> None:
    from clarity.run.runner import check_paths

    files = sorted(str(p) for p in batch.rglob("doc*"))
    paths = [files[3], "-", files[0], str(batch / "missing.md"), files[1]]
    serial = check_paths(paths, EVERY_RULE, b"You shall pay.\n", jobs=1)
    parallel = check_paths(paths, EVERY_RULE, b"You shall pay.\n", jobs=2)
    assert [d.path for d in parallel.documents] == [files[3], "-", files[0], files[1]]
    assert serial.to_dict() == parallel.to_dict()
    assert [f.path for f in parallel.failures] == [str(batch / "missing.md")]


class FakeTTY(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("total", "tty", "env", "quiet", "expected"),
    [
        (100, True, {}, False, True),
        (100, False, {}, False, False),
        (5, True, {}, False, False),
        (100, True, {"NO_COLOR": ""}, False, False),
        (100, True, {"CI": "true"}, False, False),
        (100, True, {"GITHUB_ACTIONS": "true"}, False, False),
        (100, True, {}, True, False),
    ],
)
def test_progress_bar_rules(total, tty, env, quiet, expected) -> None:  # type: ignore[no-untyped-def]
    from clarity.run.progress import should_show

    assert should_show(total, FakeTTY(tty), env, quiet) is expected


def test_progress_bar_draws_and_erases() -> None:
    from clarity.run.progress import ProgressBar

    stream = FakeTTY(True)
    bar = ProgressBar(4, stream, width=8)
    bar.advance()
    bar.advance()
    assert stream.getvalue().endswith("\rchecking [####----] 2/4 files")
    bar.close()
    assert stream.getvalue().endswith("\r")


def test_quiet_prints_only_the_summary(run_cli, batch: Path) -> None:
    args = ("check", "batch", "--isolated", *EVERY, "-j", "1", "--fail-on", "warning")
    loud = run_cli(*args)
    quiet = run_cli(*args, "-q")
    silent = run_cli(*args, "-qq")
    assert quiet.stdout.splitlines() == [loud.stdout.splitlines()[-1]]
    assert quiet.stdout.startswith("Summary:")
    assert silent.stdout == "" and silent.stderr == ""
    assert loud.exit_code == quiet.exit_code == silent.exit_code == 1
    missing = run_cli(*args, "missing.md", "-qq")
    assert missing.exit_code == 2
    assert missing.stdout == ""
    assert "missing.md: no such file" in missing.stderr


def test_statistics_counts_per_rule(run_cli, batch: Path) -> None:
    result = run_cli(
        "check", "batch", "--isolated", "-j", "1", "--statistics", "--lang", "en", "--select", "S,L"
    )
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["4", "S101  ", "shall"]
    assert [r[1].strip() for r in rows] == ["S101", "L101"]
    as_json = run_cli(
        "check", "batch", "--isolated", *EVERY, "--statistics", "--format", "json", "--lang", "en"
    )
    import json

    data = json.loads(as_json.stdout)
    assert data[0] == {"code": "S101", "name": "shall", "count": 4}


def test_statistics_order_ties_by_code() -> None:
    from clarity.core.findings import DocumentResult, Finding, RunResult
    from clarity.core.rulemeta import Severity
    from clarity.run.batch import statistics

    def f(code: str) -> Finding:
        return Finding(code, code.lower(), Severity.INFO, "c", "m", 0, 1, "t")

    doc = DocumentResult("a", "en", "g", "text", 1, 1, [f("B1"), f("A1"), f("C1"), f("C1")])
    assert statistics(RunResult([doc])) == "2\tC1    \tc1\n1\tA1    \ta1\n1\tB1    \tb1\n"
