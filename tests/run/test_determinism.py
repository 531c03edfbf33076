"""Same input, same output, byte for byte."""

from __future__ import annotations

import shutil

from conftest import FIXTURES


def test_repeated_runs_are_byte_identical(run_cli, tmp_path):
    for name in ("b.md", "a.md", "c.txt"):
        shutil.copy(FIXTURES / "policy.md", tmp_path / name)
    for fmt in ("text", "json"):
        first = run_cli("check", str(tmp_path), "--format", fmt).output
        second = run_cli(
            "check",
            str(tmp_path / "c.txt"),
            str(tmp_path / "a.md"),
            str(tmp_path / "b.md"),
            "--format",
            fmt,
        ).output
        third = run_cli("check", str(tmp_path), "--format", fmt).output
        assert first == third
        # explicit file order is kept as given; directory order is sorted
        assert first.index("a.md") < first.index("b.md") < first.index("c.txt")
        assert second.index("c.txt") < second.index("a.md")
