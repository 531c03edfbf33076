"""The README's two commands work as written on a fresh Debian or Ubuntu machine.

There, ``python3 -m pip install`` outside a virtual environment stops with
"externally-managed-environment", and ``python3 -m venv`` needs the python3-venv
package. Command 1 is run here as written, in a copy of the scripts, against a
stand-in ``python3`` that behaves like Debian's (and stand-ins for apt-get and the
virtual environment's programs, which only record how they were called), so the test
runs offline and in a second.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

DEBIAN_PYTHON = r"""#!/bin/sh
# Debian's python3: pip refuses to install outside a virtual environment; venv works
# only once python3-venv is installed (apt-get's stand-in leaves a marker).
echo "python3 $*" >> "$LOG"
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  echo "error: externally-managed-environment" >&2
  exit 1
fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  if [ "$VENV_NEEDS_PACKAGE" = 1 ] && [ ! -e "$MARKER" ]; then
    echo "The virtual environment was not created successfully because ensurepip is not" >&2
    echo "available. On Debian/Ubuntu systems, you need to install the python3-venv package" >&2
    mkdir -p "$3/bin"  # venv leaves a half-made folder behind
    exit 1
  fi
  mkdir -p "$3/bin"
  for program in python pip clarity; do
    printf '#!/bin/sh\necho "%s $*" >> "$LOG"\n' "$3/bin/$program" > "$3/bin/$program"
    chmod +x "$3/bin/$program"
  done
  exit 0
fi
exit 1
"""

APT_GET = """#!/bin/sh
echo "apt-get $*" >> "$LOG"
case "$*" in *install*python3-venv*) touch "$MARKER";; esac
"""

SUDO = """#!/bin/sh
exec "$@"
"""


def two_commands() -> list[str]:
    """The commands of the README's "Two commands" block, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Two commands\n.*?```sh\n(.*?)```", readme, re.S)
    assert block, "README has no 'Two commands' block"
    return [
        line
        for line in block.group(1).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def sandbox(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A project copy with the scripts and examples, and a PATH of stand-ins first."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "scripts", project / "scripts")
    shutil.copytree(ROOT / "examples", project / "examples")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in (("python3", DEBIAN_PYTHON), ("apt-get", APT_GET), ("sudo", SUDO)):
        (bin_dir / name).write_text(body, encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin",
        "HOME": str(tmp_path),
        "LOG": str(tmp_path / "calls.log"),
        "MARKER": str(tmp_path / "python3-venv-installed"),
    }
    return project, env


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("venv_needs_package", [False, True])
def test_command_1_installs_into_a_virtual_environment_and_checks(
    tmp_path: Path, venv_needs_package: bool
) -> None:
    project, env = sandbox(tmp_path)
    env["VENV_NEEDS_PACKAGE"] = "1" if venv_needs_package else "0"
    command = two_commands()[0]
    done = subprocess.run(
        ["bash", "-c", command], cwd=project, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    calls = (tmp_path / "calls.log").read_text(encoding="utf-8").splitlines()
    assert not [c for c in calls if c.startswith("python3 -m pip")], calls  # never the system's
    assert ".venv/bin/python -m pip install -q ." in calls, calls
    assert ".venv/bin/clarity check examples/ --html clarity-report/" in calls, calls
    assert any("install" in c and "python3-venv" in c for c in calls) == venv_needs_package


def test_command_2_is_what_ci_runs() -> None:
    command = two_commands()[1]
    assert command == "bash scripts/test.sh"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    runs = [line for line in ci.splitlines() if line.startswith("exec ")]
    assert runs == ["exec bash scripts/test.sh -q"], runs  # the README's command, quieter


def test_the_test_script_installs_through_the_virtual_environment_too() -> None:
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert 'bash scripts/install.sh -e ".[test]"' in script
    pip_lines = [line for line in script.splitlines() if "pip install" in line]
    assert pip_lines == [], pip_lines  # all through scripts/install.sh
