"""Rebuild ``../external`` (the outside PDFs of ``heldout/external.md``) and add a new
blind set to ``heldout/external.json``.

    python benchmarks/heldout_sources.py fetch --repos DIR [--into ../external]
    python benchmarks/heldout_sources.py ingest SET RANGES LABELDIR

``fetch`` takes each PDF of the table in ``heldout/external.md`` from a local copy of its
repository, ``DIR/<owner>+<name>`` (a clone, a bare repository, or one in ``repo/``
below it), at the commit the table names (a row whose commit is abbreviated takes the full one
of the row above it in the same repository). The PDFs are third-party documents: they
stay outside this repository, and the labels keep only places and hashed n-grams.

``ingest`` turns the readers' labels of a new set (``LABELDIR/labels-<doc>.json``, each a
list of ``{"page", "quote", "borderline", "buried"}``) and its windows (``RANGES``, a JSON
list of ``{"doc", "first", "last", "set", "unit"}``) into items as ``heldout.py`` reads
them, printed as JSON: the quote's words are hashed the way ``heldout.words`` and
``heldout.hashed`` read a detection, so no quoted text is kept.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout

TABLE = Path(__file__).resolve().parent / "heldout" / "external.md"


def sources(table: str) -> list[tuple[str, str, str, str]]:
    """(name, repository, path, commit) of each PDF row of the table, in order."""
    rows: list[tuple[str, str, str, str]] = []
    last: dict[str, str] = {}
    for line in table.splitlines():
        if not line.startswith("| `") or line.startswith("| `---`"):
            continue
        cells = [cell.strip() for cell in line.split("|")[1:-1]]
        name, repo, path, commit = cells[0].strip("`"), cells[1], cells[2].strip("`"), cells[3]
        if len(commit) < 40:  # "933b2f58…": the commit of the row above
            commit = last[repo]
        last[repo] = commit
        rows.append((name, repo, path, commit))
    return rows


def _git_dir(repos: Path, repo: str) -> Path:
    """Where git keeps the repository: a bare copy in ``repo/``, a clone's ``.git``, or the
    folder itself (bare)."""
    here = repos / repo.replace("/", "+")
    for inside in (here / "repo", here / ".git"):
        if inside.is_dir():
            return inside
    return here


def fetch(repos: Path, into: Path) -> int:
    into.mkdir(parents=True, exist_ok=True)
    missing = 0
    for name, repo, path, commit in sources(TABLE.read_text(encoding="utf-8")):
        for candidate in dict.fromkeys((path, unquote(path))):
            shown = subprocess.run(
                ["git", "--git-dir", str(_git_dir(repos, repo)), "show", f"{commit}:{candidate}"],
                capture_output=True,
                check=False,
            )
            if shown.returncode == 0:
                (into / name).write_bytes(shown.stdout)
                break
        else:
            missing += 1
            print(f"{name}: not found in {repo} at {commit[:12]}", file=sys.stderr)
    return 1 if missing else 0


def items(set_number: int, labels: dict[str, list[dict]]) -> list[dict]:
    """The labels of one set as hashed items, document by document."""
    found: list[dict] = []
    for doc, quotes in labels.items():
        for label in quotes:
            words = heldout.words(label["quote"])
            if not words:
                continue
            found.append(
                {
                    "at": label["page"],
                    "borderline": bool(label["borderline"]),
                    "buried": bool(label["buried"]),
                    "doc": doc,
                    "grams2": sorted(heldout.hashed(words, 2)),
                    "grams3": sorted(heldout.hashed(words, 3)),
                    "set": set_number,
                    "words": len(words),
                }
            )
    return found


def ingest(set_number: int, ranges: Path, folder: Path) -> int:
    labels = {
        path.name.removeprefix("labels-").removesuffix(".json") + ".pdf": json.loads(
            path.read_text(encoding="utf-8")
        )
        for path in sorted(folder.glob("labels-*.json"))
    }
    windows = json.loads(ranges.read_text(encoding="utf-8"))
    print(json.dumps({"ranges": windows, "items": items(set_number, labels)}, indent=1))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    get = verbs.add_parser("fetch", help="take the PDFs from local copies of their repositories")
    get.add_argument("--repos", type=Path, required=True)
    get.add_argument("--into", type=Path, default=heldout.EXTERNAL)
    add = verbs.add_parser("ingest", help="hash a new set's blind labels")
    add.add_argument("set", type=int)
    add.add_argument("ranges", type=Path)
    add.add_argument("labels", type=Path)
    args = parser.parse_args()
    if args.verb == "fetch":
        return fetch(args.repos, args.into)
    return ingest(args.set, args.ranges, args.labels)


if __name__ == "__main__":
    raise SystemExit(main())
