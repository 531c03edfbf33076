"""Parsed rule packs kept as JSON beside the user's other caches, keyed by content.

PyYAML builds every value in Python even with libyaml, so parsing the shipped
packs costs a noticeable share of a one-page run, while the same data as JSON
loads many times faster (benchmarks/results.md, cold start). So the first run that parses a pack
writes its JSON to ``$CLARITY_CACHE_DIR`` (default ``$XDG_CACHE_HOME/clarity``,
else ``~/.cache/clarity``), named by the pack's path and a hash of its text and
the PyYAML version; later runs read that file instead. A changed pack has a new
name, so a stale entry is never read, and storing it removes the entries of the
pack's earlier versions, so the folder holds one file per pack.
``CLARITY_CACHE_DIR=`` (empty) turns the cache off; so does a relative
``XDG_CACHE_HOME`` (the XDG specification says to ignore one) or a home folder
that cannot be found.

Only data that JSON gives back unchanged is cached (string keys, no dates), and
any failure to read or write the cache falls back to parsing: the cache can make
a run faster, never different.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FORMAT = "packs-1"
"""Bumped when what is stored changes."""


def cache_dir() -> Path | None:
    configured = os.environ.get("CLARITY_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "clarity"
    home = os.path.expanduser("~")
    return Path(home) / ".cache" / "clarity" if os.path.isabs(home) else None


def _hash(text: str, digest_size: int) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=digest_size).hexdigest()


def _entry(source: str, text: str, parser_version: str) -> str:
    content = _hash(f"{text}\0{_FORMAT}\0{parser_version}", 20)
    return f"{_hash(source, 8)}-{content}.json"


def load_cached(text: str, parse: Callable[[str], Any], parser_version: str, source: str) -> Any:
    """``parse(text)``, or the same value from the cache when a run has stored it.

    ``source`` names where the text came from (a pack's path): entries of the
    same source with other text are removed when a new one is stored.
    """
    folder = cache_dir()
    if folder is None:
        return parse(text)
    path = folder / _entry(source, text, parser_version)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    value = parse(text)
    if _store(path, value):
        _remove_older_versions(path)
    return value


def _store(path: Path, value: Any) -> bool:
    try:
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=False)
        if json.loads(encoded) != value:  # e.g. integer keys: not cached
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(encoded)
            os.replace(temporary, path)  # atomic: a parallel run sees all or nothing
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, TypeError, ValueError):  # dates raise TypeError in dumps
        return False
    return True


_ABANDONED_AFTER = 3600.0
"""Seconds after which a temporary file is taken to be left by a run that was killed."""


def _remove_older_versions(kept: Path) -> None:
    source_prefix = kept.name.split("-", 1)[0] + "-"
    try:
        for old in kept.parent.glob(source_prefix + "*.json"):
            if old != kept:
                old.unlink(missing_ok=True)
        now = time.time()
        for temporary in kept.parent.glob(".tmp-*.json"):
            if now - temporary.stat().st_mtime > _ABANDONED_AFTER:
                temporary.unlink(missing_ok=True)
    except OSError:  # another run is pruning too, or the folder is read-only
        return
