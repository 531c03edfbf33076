"""Where the shipped rule packs and report templates live.

In a wheel they are installed inside the package (``clarity/_data``, see
pyproject.toml); in a source checkout they sit at the project root. Looking in
both keeps ``pip install .`` and ``pip install -e .`` working alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
"""The ``clarity`` package folder (this module sits in ``clarity/core``)."""


@cache
def data_root() -> Path:
    installed = _PACKAGE / "_data"
    if (installed / "rules").is_dir():
        return installed
    checkout = _PACKAGE.parent
    if (checkout / "rules").is_dir():
        return checkout
    raise FileNotFoundError(
        f"clarity's rule packs are missing: looked in {installed} and {checkout}; "
        "reinstall the package"
    )


def rules_dir() -> Path:
    return data_root() / "rules"


def reports_dir() -> Path:
    return data_root() / "reports"
