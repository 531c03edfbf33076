"""A wheel installed into a fresh virtual environment finds its rule packs and templates."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import ROOT


@pytest.mark.slow
def test_wheel_ships_rules_and_reports(tmp_path):
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(dist.glob("*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "clarity/_data/rules/en/language.yml" in names
    assert any(n.startswith("clarity/_data/rules/fi/") for n in names)
    assert "clarity/schemas/result-v1.schema.json" in names
    assert any(n.startswith("clarity/_data/reports/") for n in names)

    env_dir = tmp_path / "venv"
    # The test run's own site-packages supply spaCy & co. (a path line in a .pth
    # file), so the test needs no downloads and does not depend on what the
    # machine's base Python has. Such a line adds the folder only: the .pth files
    # inside it (the editable install of this checkout) are not run, and the
    # wheel's own files come first on sys.path.
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    own_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    paths = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (Path(own_site) / "zz_test_deps.pth").write_text("\n".join(paths) + "\n", encoding="utf-8")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    doc = elsewhere / "p.md"
    doc.write_text("# Cover\n\nThe insured shall pay the premium.\n", encoding="utf-8")
    # The installed wheel alone: a PYTHONPATH pointing at a checkout would shadow it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = subprocess.run(
        [str(python), "-c", "import clarity.core.resources as r; print(r.data_root())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert probe.returncode == 0, probe.stderr
    assert Path(probe.stdout.strip()).is_relative_to(env_dir), probe.stdout
    run = subprocess.run(
        [
            str(env_dir / "bin" / "clarity"),
            "check",
            str(doc),
            "--format",
            "json",
            "--extend-select",
            "S101",
        ],  # S101 is opt-in (issue 19)
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode in (0, 1), run.stderr
    assert '"S101"' in run.stdout
