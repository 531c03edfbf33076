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


def test_checking_a_document_does_not_import_spacys_command_line(tmp_path):
    """spaCy's command line (typer, weasel, requests, the downloader) costs 0.15-0.2 s
    of start-up; clarity.text.nlp.import_spacy leaves it out, and spaCy still works in full."""
    doc = tmp_path / "a.txt"
    doc.write_text("In the event of a fire we shall pay.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from clarity.cli import cli\n"
        f"try:\n    cli(['check', {str(doc)!r}, '--fail-on', 'never'], prog_name='clarity')\n"
        "except SystemExit:\n    pass\n"
        "cli_modules = sorted(m for m in sys.modules if m.startswith(('spacy.cli', 'weasel', 'typer')))\n"
        "print('CLI=' + ','.join(cli_modules))\n"
        "import spacy, spacy.cli\n"
        "print('INFO=' + spacy.info(silent=True)['spacy_version'])\n"
        "print('DOWNLOAD=' + str(callable(spacy.cli.download)))\n"
    )
    proc = run_python(code)
    assert "CLI=\n" in proc.stdout, proc.stdout
    assert "S101" in proc.stdout  # the check ran: the "shall" finding is printed
    import spacy

    assert f"INFO={spacy.__version__}\n" in proc.stdout
    assert "DOWNLOAD=True" in proc.stdout


def test_import_spacy_returns_the_module_already_imported():
    import spacy

    from clarity.text.nlp import import_spacy

    assert import_spacy() is spacy


def test_a_spacy_that_needs_more_of_its_command_line_is_imported_afresh():
    """Should a spaCy release read more from ``spacy.cli`` at import than the
    placeholder has, the half-done import is dropped and spaCy imported as usual."""
    code = (
        "import builtins, sys\n"
        "real_import = builtins.__import__\n"
        "def needs_cli(name, globals=None, locals=None, fromlist=(), level=0):\n"
        "    module = real_import(name, globals, locals, fromlist, level)\n"
        "    in_spacy = (globals or {}).get('__name__') == 'spacy'\n"
        "    if in_spacy and name == 'glossary' and not hasattr(sys.modules['spacy.cli'], 'app'):\n"
        "        raise AttributeError(\"module 'spacy.cli' has no attribute 'app'\")\n"
        "    return module\n"
        "builtins.__import__ = needs_cli\n"
        "from clarity.text.nlp import import_spacy\n"
        "spacy = import_spacy()\n"
        "builtins.__import__ = real_import\n"
        "print('CLI_APP=' + str(hasattr(sys.modules['spacy.cli'], 'app')))\n"
        "print('TOKENS=' + str(len(spacy.blank('en')('We pay.'))))\n"
    )
    proc = run_python(code)
    assert "CLI_APP=True\nTOKENS=3\n" in proc.stdout, proc.stdout
