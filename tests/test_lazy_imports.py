"""`clarity --help` and `--version` must not pay for spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter (nothing imported yet), which must succeed."""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc


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
    proc = run_python(code)
    assert "HEAVY=\n" in proc.stdout, proc.stdout


def test_checking_a_document_imports_spacy_as_usual(tmp_path):
    """clarity imports spaCy with nothing standing in for any of its modules: its
    command line is the real one, imported by spaCy itself."""
    doc = tmp_path / "a.txt"
    doc.write_text("In the event of a fire we shall pay.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from clarity.cli import cli\n"
        f"try:\n    cli(['check', {str(doc)!r}, '--fail-on', 'never', '--extend-select', 'S101'],"
        " prog_name='clarity')\n"
        "except SystemExit:\n    pass\n"
        "import spacy\n"
        "print('CLI_FILE=' + str(bool(getattr(sys.modules['spacy.cli'], '__file__', None))))\n"
        "print('INFO=' + spacy.info(silent=True)['spacy_version'])\n"
    )
    proc = run_python(code)
    assert "S101" in proc.stdout  # the check ran: the "shall" finding is printed
    assert "CLI_FILE=True\n" in proc.stdout, proc.stdout
    import spacy

    assert f"INFO={spacy.__version__}\n" in proc.stdout


def test_import_spacy_returns_the_module_already_imported():
    import spacy

    from clarity.text.nlp import import_spacy

    assert import_spacy() is spacy
