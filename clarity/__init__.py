"""clarity: plain-language checks for insurance policies and loan agreements.

The public API is imported lazily so that `import clarity` (and `clarity --help`)
stays cheap: spaCy is only loaded when a text is actually checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clarity._version import __version__

__all__ = ["__version__", "check_file", "check_text"]

if TYPE_CHECKING:
    from clarity.api import check_file, check_text


def __getattr__(name: str) -> Any:
    if name in ("check_text", "check_file"):
        from clarity import api

        return getattr(api, name)
    raise AttributeError(name)
