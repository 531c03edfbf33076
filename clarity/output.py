"""Writing a report file so that a reader never sees half of it, and never over a document.

CI steps often upload or parse a report while another job may still be
writing; a crash mid-write must not leave a truncated SARIF file that looks
valid enough to be uploaded. The report goes to a temporary file in the same
directory (same file system) and is then renamed over the target, which
``os.replace`` does atomically on POSIX and Windows.

clarity never writes to a document it reads: a report, baseline or HTML page
whose path is one of the documents of the run (``clarity check a.md -o a.md``, or
a file that a folder argument found) is refused, and so is a target that cannot be
written; both are usage errors (exit 2) with a message, not a traceback.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from clarity.errors import ClarityError

if TYPE_CHECKING:
    from clarity.findings import RunResult


class OutputError(ClarityError):
    """A report cannot be written where it was asked for."""


def documents_read(result: RunResult) -> list[str]:
    """The paths of the run's documents (read or failed), standard input left out."""
    paths = [d.path for d in result.documents] + [f.path for f in result.failures]
    return [p for p in paths if p != "-" and not p.startswith("<")]


def refuse_documents(target: str | os.PathLike[str], documents: Iterable[str]) -> None:
    """Raise OutputError when ``target`` is one of ``documents``: the same path once
    links are resolved, or the same file under another name (a hard link)."""
    real = os.path.realpath(target)
    for document in documents:
        if os.path.realpath(document) == real or _same_file(document, target):
            raise OutputError(
                f"refusing to write to {os.fspath(target)}: it is one of the documents checked"
            )


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # either does not exist (yet)
        return False


def write_report(path: str | os.PathLike[str], text: str, documents: Iterable[str]) -> None:
    """``write_atomic`` after ``refuse_documents``; an OS error becomes an OutputError."""
    refuse_documents(path, documents)
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise OutputError(f"cannot write {os.fspath(path)}: {exc.strerror or exc}") from exc


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
