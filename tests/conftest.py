"""Shared fixtures: the CLI runner, the corpus location, small documents."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SCHEMAS = ROOT.parent / "shared" / "schemas"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The parsed-pack cache (clarity/rules/cache.py) of this test run, and of every
# process it starts, goes to a folder of its own, never to the user's ~/.cache.
# The folder is removed when the test run ends.
if "CLARITY_CACHE_DIR" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["CLARITY_CACHE_DIR"] = tempfile.mkdtemp(prefix="clarity-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CLARITY_CACHE_DIR"], ignore_errors=True)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture
def no_network(monkeypatch):
    """Make every socket call fail, as on a machine with no network."""

    def refuse(*args, **kwargs):
        raise OSError("network access attempted in an offline test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def run_cli(tmp_path: Path):
    """Invoke the CLI in-process, from an isolated directory with no config."""

    def run(*args: str, input: str | bytes | None = None, cwd: Path | None = None):
        runner = CliRunner()
        from clarity.cli import cli

        old = Path.cwd()
        os.chdir(cwd or tmp_path)
        try:
            return runner.invoke(cli, list(args), input=input, catch_exceptions=False)
        finally:
            os.chdir(old)

    return run


def run_process(*args: str, cwd: Path | None = None, input: bytes | None = None, env=None):
    """Run the installed entry point as a real subprocess."""
    exe = Path(sys.executable).with_name("clarity")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "clarity"]
    return subprocess.run(
        [*cmd, *args], cwd=cwd, input=input, capture_output=True, env=env, timeout=300
    )
