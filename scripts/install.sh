#!/usr/bin/env bash
# Installs clarity (or what the arguments name, e.g. -e ".[test]") into the project's
# virtual environment .venv/, creating it first. Debian's and Ubuntu's own Python refuses
# `pip install` outside a virtual environment ("externally-managed-environment"), and
# ships venv in a package of its own (python3-venv), installed here when it is missing.
# Usage: bash scripts/install.sh [pip install args...]   (default: .)
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv; then
    rm -rf .venv
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends python3-venv
    "$PY" -m venv .venv
  fi
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ $# -eq 0 ]; then set -- .; fi
.venv/bin/python -m pip install -q "$@"
