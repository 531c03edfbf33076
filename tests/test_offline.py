"""No network at run time: the CLI works with sockets made impossible."""

from __future__ import annotations

from conftest import FIXTURES
from rule_settings import EVERY


def test_cli_checks_english_and_finnish_offline(no_network, run_cli, tmp_path):
    fi = tmp_path / "fi.md"
    fi.write_text(
        "# Ehdot\n\nMikäli vakuutuksenottaja ei maksa vakuutusmaksua, vakuutus päättyy.\n",
        encoding="utf-8",
    )
    result = run_cli("check", *EVERY, str(FIXTURES / "policy.md"), str(fi), "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert "S101" in result.output
    assert "2 files checked" in result.output
