"""Record clarity's JSON output on real documents, and compare a later run with it.

A refactoring that promises "output unchanged" proves it with this script:

    python scripts/golden.py record /tmp/golden      # before the change
    python scripts/golden.py compare /tmp/golden     # after it: exit 1 on any difference

Each document of ``../shared/corpus`` (PDFs included) and of ``examples/`` is checked in
its own run of ``clarity check FILE --format json``, so one document's output is one
file, and a difference names the document and the first place it differs. The
recording lives outside the repository: it holds text from third-party documents.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRA: list[str] = []
"""Flags added to every run (``--extend-select ALL``: compare a recording made before rules
became opt-in with every rule running)."""
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".text", ".xhtml"}


def documents() -> list[Path]:
    """Every document the comparison covers, relative to the repository root."""
    found: list[Path] = []
    for folder in (ROOT.parent / "shared" / "corpus", ROOT / "examples"):
        if folder.is_dir():
            found += [p for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES]
    return sorted(found)


def run_one(path: Path) -> bytes:
    """The JSON report of one document, as a user's run writes it."""
    command = [sys.executable, "-m", "clarity", "check", os.path.relpath(path, ROOT)]
    command += ["--format", "json", "--fail-on", "never", "--isolated", "-j", "1", *EXTRA]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    return done.stdout + b"\n--- stderr ---\n" + done.stderr + f"\nexit {done.returncode}".encode()


def _name(path: Path) -> str:
    """A document's name in the recording, the same in any checkout of the project."""
    base = ROOT if path.is_relative_to(ROOT) else ROOT.parent
    return os.path.relpath(path, base).replace(os.sep, "__")


def outputs(jobs: int) -> dict[str, bytes]:
    paths = documents()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(run_one, paths)
    names = [_name(p) for p in paths]
    return dict(zip(names, results, strict=True))


def record(folder: Path, jobs: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in outputs(jobs).items():
        (folder / f"{name}.json").write_bytes(data)
    print(f"recorded {len(list(folder.glob('*.json')))} documents in {folder}")
    return 0


def _differing_keys(old: bytes, new: bytes) -> Counter[str] | None:
    """Where two JSON reports differ, counted by the key of each differing value; None
    when either is not JSON or their shapes differ (then a text diff says more)."""
    try:
        a = json.loads(old.split(b"\n--- stderr ---\n")[0])
        b = json.loads(new.split(b"\n--- stderr ---\n")[0])
    except ValueError:
        return None
    found: Counter[str] = Counter()

    def walk(x: object, y: object, key: str) -> bool:
        if isinstance(x, dict) and isinstance(y, dict):
            if list(x) != list(y):
                return False
            return all(walk(x[k], y[k], k) for k in x)
        if isinstance(x, list) and isinstance(y, list):
            return len(x) == len(y) and all(walk(i, j, key) for i, j in zip(x, y, strict=True))
        if x != y:
            found[key] += 1
        return True

    return (
        found
        if walk(a, b, "") and old.split(b"--- stderr ---")[1:] == new.split(b"--- stderr ---")[1:]
        else None
    )


def compare(folder: Path, jobs: int) -> int:
    recorded = {p.name.removesuffix(".json"): p.read_bytes() for p in folder.glob("*.json")}
    current = outputs(jobs)
    differ = 0
    for name in sorted(recorded.keys() | current.keys()):
        old, new = recorded.get(name), current.get(name)
        if old == new:
            continue
        differ += 1
        print(f"DIFFERS: {name}")
        if old is None or new is None:
            print("  only in the " + ("recording" if new is None else "current run"))
            continue
        keys = _differing_keys(old, new)
        if keys:
            print("  differing values by key: " + ", ".join(f"{k} x{n}" for k, n in keys.items()))
            continue
        diff = difflib.unified_diff(
            old.decode(errors="replace").splitlines(),
            new.decode(errors="replace").splitlines(),
            "recorded",
            "current",
            n=2,
            lineterm="",
        )
        for line in list(diff)[:40]:
            print("  " + line)
    print(f"{len(current)} documents, {differ} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--jobs", type=int, default=2, help="documents checked at once")
    parser.add_argument(
        "--extend-select", help="also run these rules (opt-in ones), e.g. ALL", metavar="CODES"
    )
    args = parser.parse_args()
    if args.extend_select:
        EXTRA.extend(["--extend-select", args.extend_select])
    if not documents():
        print("no documents found (../shared/corpus absent?)", file=sys.stderr)
        return 2
    action = record if args.action == "record" else compare
    return action(args.folder, args.jobs)


if __name__ == "__main__":
    sys.exit(main())
