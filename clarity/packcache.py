"""Parsed rule packs kept as JSON beside the user's other caches, keyed by content.

PyYAML builds every value in Python even with libyaml, so parsing the shipped
packs (150 KB) costs about 0.06-0.09 s in every process: a tenth of a one-page
run. The same data as JSON loads in 2 ms. So the first run that parses a pack
writes its JSON to ``$CLARITY_CACHE_DIR`` (default ``$XDG_CACHE_HOME/clarity``,
else ``~/.cache/clarity``), named by a hash of the pack's text and the PyYAML
version; later runs read that file instead. A changed pack has a new name, so
a stale entry is never read. ``CLARITY_CACHE_DIR=`` (empty) turns the cache off.

Only data that JSON gives back unchanged is cached (string keys, no dates), and
any failure to read or write the cache falls back to parsing: the cache can make
a run faster, never different.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FORMAT = "packs-1"
"""Bumped when what is stored changes."""


def cache_dir() -> Path | None:
    configured = os.environ.get("CLARITY_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "clarity"


def _entry(text: str, parser_version: str) -> str:
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=20)
    digest.update(f"\0{_FORMAT}\0{parser_version}".encode())
    return digest.hexdigest() + ".json"


def load_cached(text: str, parse: Callable[[str], Any], parser_version: str) -> Any:
    """``parse(text)``, or the same value from the cache when a run has stored it."""
    folder = cache_dir()
    if folder is None:
        return parse(text)
    path = folder / _entry(text, parser_version)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = parse(text)
    _store(path, value)
    return value


def _store(path: Path, value: Any) -> None:
    try:
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=False)
        if json.loads(encoded) != value:  # e.g. integer keys or dates: not cached
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(encoded)
            os.replace(temporary, path)  # atomic: a parallel run sees all or nothing
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, TypeError, ValueError):
        return
