#!/usr/bin/env bash
# Sets up everything the test suite needs on a fresh Debian machine, then runs it.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1

# System packages: Chromium for the HTML report's browser tests.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

# Python packages in the project's virtual environment (scripts/install.sh makes it).
bash scripts/install.sh -e ".[test]"

.venv/bin/ruff check clarity tests benchmarks
.venv/bin/ruff format --check clarity tests benchmarks
.venv/bin/python -m pytest "$@"
