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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from clarity.core.errors import ClarityError

if TYPE_CHECKING:
    from clarity.core.findings import RunResult


class OutputError(ClarityError):
    """A report cannot be written where it was asked for."""


class Documents:
    """The files a run read, to refuse any report target that is one of them: the
    same path once links are resolved, or the same file under another name (a hard
    link). Made once per run, so that checking many HTML pages stays linear."""

    def __init__(self, paths: Iterable[str]) -> None:
        self._real: set[str] = set()
        self._files: set[tuple[int, int]] = set()
        for path in paths:
            self._real.add(os.path.realpath(path))
            key = _file_key(path)
            if key is not None:
                self._files.add(key)

    def refuse(self, target: str | os.PathLike[str]) -> None:
        """Raise OutputError when ``target`` is one of the documents."""
        key = _file_key(target)
        if os.path.realpath(target) in self._real or (key is not None and key in self._files):
            raise OutputError(
                f"refusing to write to {os.fspath(target)}: it is one of the documents checked"
            )


def documents_read(result: RunResult) -> Documents:
    """The run's documents, read or failed, by their real names; standard input left out."""
    return Documents(result.sources)


def _file_key(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:  # does not exist (yet)
        return None
    return info.st_dev, info.st_ino


def write_report(path: str | os.PathLike[str], text: str, documents: Documents) -> None:
    """``write_atomic`` unless ``path`` is a document; an OS error becomes an OutputError."""
    documents.refuse(path)
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise OutputError(f"cannot write {os.fspath(path)}: {exc.strerror or exc}") from exc


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    with atomic_file(path) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text file that appears at ``path`` whole, when the block ends without error.

    Written to a temporary file beside the target, synced, then renamed over it;
    on an error the temporary file is removed and the target is left as it was.
    A streamed report (``--format jsonl -o FILE``) writes its lines here as they come."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
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
