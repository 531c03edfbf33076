"""`clarity --help` and `--version` must not pay for spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("flag", ["--help", "--version", "check --help"])
def test_help_and_version_do_not_import_spacy(flag):
    code = (
        "import sys\n"
        "from clarity.cli import cli\n"
        f"try:\n    cli({flag.split()!r}, prog_name='clarity')\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'thinc', 'textstat', 'jinja2', 'yaml') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY=\n" in proc.stdout, proc.stdout
