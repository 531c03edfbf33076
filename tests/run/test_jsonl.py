"""--format jsonl: one line per input, each the JSON report's entry, written in input
order as soon as it and every input before it are done, and not kept afterwards."""

from __future__ import annotations

import gc
import json
import multiprocessing
import time
import weakref
from pathlib import Path

import pytest

import clarity.run.runner as runner
from clarity.core.findings import DocumentResult
from clarity.core.settings import Settings
from clarity.run.runner import Inputs
from clarity.run.stream import write_lines

TEXTS = {
    "a.md": "# Cover\n\nThe insured shall pay the premium.\n",
    "b.txt": "You pay every month. We shall tell you if the price changes.\n",
    "c.md": "Notwithstanding the foregoing, we pay for storm damage.\n",
    "d.txt": "Vakuutuksenottaja maksaa vakuutusmaksun kuukausittain.\n",
    "e.md": "We pay for wear and tear.\n",
}
LONG = "The insurer shall pay the claim within thirty days of the loss. " * 400


@pytest.fixture
def docs(tmp_path: Path) -> list[str]:
    """The documents, the first far longer than the rest so that with two workers the
    others are done before it."""
    (tmp_path / "long.txt").write_text(LONG + "\n", encoding="utf-8")
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return ["long.txt", *TEXTS]


def _lines(text: str) -> list[dict]:
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_line_is_the_json_reports_entry_in_input_order(run_cli, docs, jobs) -> None:
    inputs = [docs[0], docs[1], "missing.md", *docs[2:]]
    report = run_cli("check", *inputs, "--isolated", "--format", "json", "-j", "1")
    lines = run_cli("check", *inputs, "--isolated", "--format", "jsonl", "-j", jobs)
    assert lines.exit_code == report.exit_code == 2
    whole = json.loads(report.stdout)
    documents, errors = whole["documents"], whole["errors"]
    assert _lines(lines.stdout) == [documents[0], documents[1], errors[0], *documents[2:]]
    assert [line.get("path") for line in _lines(lines.stdout)] == inputs
    assert "clarity: error: missing.md: no such file or directory" in lines.stderr


def test_each_line_follows_the_json_schema(run_cli, docs) -> None:
    import jsonschema
    from conftest import ROOT

    schema_file = ROOT / "clarity" / "schemas" / "result-v1.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    document = {"$defs": schema["$defs"], "$ref": "#/$defs/document"}
    error = schema["properties"]["errors"]["items"]
    out = run_cli("check", *docs, "missing.md", "--isolated", "--format", "jsonl").stdout
    lines = _lines(out)
    for line in lines[:-1]:
        jsonschema.validate(line, document)
    jsonschema.validate(lines[-1], error)
    assert "findings" not in lines[-1]


def test_jobs_2_writes_the_same_bytes_as_jobs_1(run_cli, docs) -> None:
    serial = run_cli("check", *docs, "--isolated", "--format", "jsonl", "-j", "1")
    parallel = run_cli("check", *docs, "--isolated", "--format", "jsonl", "-j", "2")
    assert serial.stdout_bytes == parallel.stdout_bytes
    assert serial.exit_code == parallel.exit_code
    assert len(serial.stdout.splitlines()) == len(docs)


def test_one_compact_line_per_document(run_cli, docs) -> None:
    out = run_cli("check", *docs, "--isolated", "--format", "jsonl").stdout
    assert out.count("\n") == len(docs)
    for line in out.splitlines():  # compact: no indentation, no spaces between items
        assert line == json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":"))


def test_output_file_holds_the_same_lines(run_cli, tmp_path: Path, docs) -> None:
    shown = run_cli("check", *docs, "--isolated", "--format", "jsonl", "--fail-on", "never")
    written = run_cli(
        "check", *docs, "--isolated", "--format", "jsonl", "--fail-on", "never", "-o", "out.jsonl"
    )
    assert written.exit_code == shown.exit_code == 0
    assert written.stdout == ""
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == shown.stdout
    assert not list(tmp_path.glob(".out.jsonl.*"))  # the temporary file was renamed


def test_an_output_file_that_is_a_document_is_refused_before_checking(
    run_cli, tmp_path: Path, docs, monkeypatch
) -> None:
    before = (tmp_path / "c.md").read_bytes()
    checked: list[str] = []
    real = runner.check_one
    monkeypatch.setattr(runner, "check_one", lambda p, *a: checked.append(p) or real(p, *a))
    result = run_cli("check", *docs, "--format", "jsonl", "-o", "c.md", "-j", "1")
    assert result.exit_code == 2
    assert "refusing to write to c.md: it is one of the documents checked" in result.stderr
    assert (tmp_path / "c.md").read_bytes() == before
    assert checked == []
    assert not list(tmp_path.glob(".c.md.*"))


def test_exit_codes_follow_fail_on_and_min_score(run_cli, docs) -> None:
    base = ("check", *docs[1:], "--isolated", "--format", "jsonl")
    assert run_cli(*base, "--fail-on", "warning").exit_code == 1
    assert run_cli(*base, "--fail-on", "never").exit_code == 0
    low = run_cli(*base, "--fail-on", "never", "--min-score", "100")
    assert low.exit_code == 1
    assert "a.md: score" in low.stderr and "is below --min-score 100" in low.stderr


def test_baseline_hides_the_same_findings_as_in_json(run_cli, tmp_path: Path, docs) -> None:
    assert run_cli("check", "a.md", "--isolated", "--write-baseline", "base.json").exit_code == 0
    (tmp_path / "a.md").write_text(TEXTS["a.md"] + "\nWe shall refund you.\n", encoding="utf-8")
    args = ("check", *docs[1:], "--isolated", "--baseline", "base.json", "--fail-on", "never")
    whole = json.loads(run_cli(*args, "--format", "json").stdout)
    lines = _lines(run_cli(*args, "--format", "jsonl").stdout)
    assert lines == whole["documents"]
    assert [f["line"] for f in lines[0]["findings"] if f["code"] == "S101"] == [5]


def test_html_report_beside_jsonl_has_every_document(run_cli, tmp_path: Path, docs) -> None:
    result = run_cli(
        "check", *docs, "--isolated", "--format", "jsonl", "--fail-on", "never", "--html", "r.html"
    )
    assert result.exit_code == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert all(name in page for name in docs)


def _counting_lines(sink: Path, last: str, record: Path, wait: bool):  # type: ignore[no-untyped-def]
    """check_one that, before reading ``last``, records how many lines ``sink`` holds
    (waiting up to five minutes for the first one when ``wait``: the other worker may
    be slow to write it on a loaded machine, and the wait ends as soon as it is there)."""
    real = runner.check_one

    def check_one(path: str, settings: Settings, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
        if path.endswith(last):
            deadline = time.monotonic() + 300
            while wait and not sink.read_text("utf-8") and time.monotonic() < deadline:
                time.sleep(0.05)
            record.write_text(str(sink.read_text("utf-8").count("\n")))
        return real(path, settings, stdin)

    return check_one


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_line_is_written_before_later_documents_are_read(
    tmp_path: Path, docs, monkeypatch, jobs: int
) -> None:
    """The last document is read only once earlier lines are in the output file: all of
    them when serial; at least the first when two workers share the documents (each
    worker inherits the hook: forked)."""
    if jobs > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the hook reaches the workers only when they are forked")
    monkeypatch.chdir(tmp_path)
    sink, record = tmp_path / "out.jsonl", tmp_path / "seen"
    sink.write_text("", encoding="utf-8")
    monkeypatch.setattr(runner, "check_one", _counting_lines(sink, "e.md", record, jobs > 1))
    settings = Settings(lang="en")
    inputs = Inputs.discover(docs, settings)
    with sink.open("w", encoding="utf-8") as out:
        streamed = write_lines(inputs.outcomes(jobs, streamed=True), out, settings)
    seen = int(record.read_text())
    assert seen == len(docs) - 1 if jobs == 1 else seen >= 1
    assert [line["path"] for line in _lines(sink.read_text("utf-8"))] == docs
    assert streamed.kept is None and streamed.tally.failures == []


def test_documents_are_let_go_once_written(tmp_path: Path, docs, monkeypatch) -> None:
    """When a document is read, at most the one before it is still alive: no list of
    results grows with the run."""
    monkeypatch.chdir(tmp_path)
    alive: list[weakref.ref[DocumentResult]] = []
    held: list[int] = []
    real = runner.check_one

    def check_one(path: str, settings: Settings, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
        gc.collect()
        held.append(sum(ref() is not None for ref in alive))
        outcome = real(path, settings, stdin)
        alive.append(weakref.ref(outcome))
        return outcome

    monkeypatch.setattr(runner, "check_one", check_one)
    settings = Settings(lang="en")
    inputs = Inputs.discover(docs * 3, settings)
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as out:
        write_lines(inputs.outcomes(1, streamed=True), out, settings)
    assert len(held) == len(docs) * 3
    assert max(held) <= 1, held
