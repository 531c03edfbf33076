"""Inputs that are not plain files or have odd names: one message each, never a hang,
a traceback or output that is not valid UTF-8, XML or JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.dom import minidom

import pytest
from conftest import run_process

from clarity.core.shownpath import shown_path

GOOD = "We shall pay.\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking_and_skipped_in_a_folder(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # no writer: open() would wait for ever
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    named = run_process("check", "--isolated", "pipe.txt", "good.md", cwd=tmp_path)
    assert named.returncode == 2
    err = named.stdout.decode() + named.stderr.decode()
    assert "pipe.txt: error: not a regular file (a pipe, socket or device)" in err
    assert "good.md:1:4: S101" in err
    walked = run_process("check", "--isolated", ".", "--fail-on", "never", cwd=tmp_path)
    assert walked.returncode == 0, walked.stderr
    assert b"pipe.txt" not in walked.stdout + walked.stderr


def test_a_device_is_refused(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    result = run_process("check", "--isolated", "/dev/zero", cwd=tmp_path)
    assert result.returncode == 2
    assert b"/dev/zero: error: not a regular file" in result.stdout + result.stderr


def test_standard_input_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    (tmp_path / "clarity.toml").write_text("max-file-size = 1000\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("clarity")
    # an endless input: refused after 1001 bytes instead of read until memory runs out
    with subprocess.Popen(["yes", "the insurer"], stdout=subprocess.PIPE) as endless:
        result = subprocess.run(
            [str(exe), "check", "-"], stdin=endless.stdout, cwd=tmp_path, capture_output=True,
            timeout=120,
        )  # fmt: skip
        endless.kill()
    assert result.returncode == 2
    assert b"-: error: standard input is over the 1000 bytes limit" in result.stdout
    small = run_process("check", "-", "--fail-on", "never", cwd=tmp_path, input=GOOD.encode())
    assert small.returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="file names as arbitrary bytes")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_file_names_that_are_not_utf8_or_hold_a_newline(tmp_path: Path, fmt: str) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)  # the .gitignore path too
    (tmp_path / os.fsdecode(b"bad\xff.md")).write_text(GOOD, encoding="utf-8")
    (tmp_path / "inj\n::error file=evil.md::pwned.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "fffe\ufffe.md").write_text(GOOD, encoding="utf-8")
    result = run_process(
        "check", "--isolated", ".", "--format", fmt, "--fail-on", "warning", cwd=tmp_path
    )
    assert result.returncode == 1, result.stderr  # the findings are reported, not lost
    out = result.stdout.decode("utf-8")  # valid UTF-8, whatever the names
    shown = "bad%5Cxff.md" if fmt == "sarif" else "bad\\xff.md"  # SARIF has URIs
    assert shown in out.replace("\\\\", "\\")  # JSON doubles the backslash
    assert not any(line.startswith("::error file=evil") for line in out.splitlines())
    if fmt in ("json", "sarif"):
        json.loads(out)
    if fmt == "junit":
        minidom.parseString(out)
    html = run_process("check", "--isolated", ".", "--html", "site/", cwd=tmp_path)
    assert html.returncode == 0 and (tmp_path / "site" / "index.html").exists()


def test_junit_drops_noncharacters_from_the_document_text(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_bytes(
        "We will not pay for flood\ufffedamage notwithstanding anything herein.\n".encode()
    )
    result = run_process("check", "--isolated", "f.txt", "--format", "junit", cwd=tmp_path)
    minidom.parseString(result.stdout)


def test_shown_path_escapes_only_what_cannot_be_shown() -> None:
    assert shown_path("docs/Vakuutusehdot ä.md") == "docs/Vakuutusehdot ä.md"
    assert shown_path(os.fsdecode(b"a\xffb")) == "a\\xffb"
    assert shown_path("a\nb\rc\u202ed\ufffe") == "a\\x0ab\\x0dc\\u202ed\\ufffe"


def test_tokenizable_keeps_offsets_and_words_and_changes_only_long_runs() -> None:
    from clarity.text.nlp import LONGEST_RUN, tokenizable

    prose = "We shall pay (see 4.2) - at once."
    assert tokenizable(prose) is prose
    run = "a=b/" * (LONGEST_RUN // 2)
    text = prose + " " + run + " " + prose
    made = tokenizable(text)
    assert len(made) == len(text)
    assert made.startswith(prose + " ") and made.endswith(" " + prose)
    assert made[len(prose) + 1 : len(prose) + 1 + len(run)] == "a b " * (LONGEST_RUN // 2)


@pytest.mark.parametrize("run", ["=" * 16_000, ")" * 16_000, "[" * 20_000])
def test_a_long_run_of_punctuation_changes_no_finding_elsewhere(run: str) -> None:
    from clarity import check_text

    text = "You shall pay the premium notwithstanding the foregoing.\n\n"
    plain = [(f.code, f.start, f.end) for f in check_text(text, lang="en", fmt="markdown").findings]
    noisy = check_text(text + run + "\n", lang="en", fmt="markdown").findings
    assert [(f.code, f.start, f.end) for f in noisy if f.end <= len(text)] == plain
