"""Exclusion quality against the hand labels in ../shared/labels, per document and per language.

    python benchmarks/quality.py [--labels DIR] [--no-write]

For every labelled document: recall and precision of the detected exclusions (matched
by character overlap, predictions counted only inside ``labelled_span``), burial
agreement on the labels found, and whether clarity's answer to "is there an up-front
'what is not covered' summary?" is right. Prints a Markdown table and records the
figures in the section "## Exclusions" of benchmarks/quality.md: the latest table and a
history with one row per commit (a rerun at the same commit replaces its row). Other
sections of that file are kept as they are.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clarity.checks.exclusions.evaluate import Score, Span, overlap, score_document  # noqa: E402
from clarity.core.document import Document  # noqa: E402
from clarity.core.settings import Settings  # noqa: E402
from clarity.readers import read_path  # noqa: E402
from clarity.run.pipeline import analyse  # noqa: E402

SHARED = ROOT.parent / "shared"
LABELS = SHARED / "labels"
CORPUS = SHARED / "corpus"
RESULTS = Path(__file__).resolve().parent / "quality.md"
SECTION = "## Exclusions"
HISTORY_HEADER = (
    "| date | commit | en recall | en precision | en burial | en summary "
    "| fi recall | fi precision | fi burial | fi summary |"
)


@dataclass(frozen=True)
class DocumentScore:
    name: str
    language: str
    score: Score
    misses: tuple[str, ...] = ()
    """What went wrong, one line each: labels not found, predictions that match no
    label, burial disagreements (shown by ``--details``)."""


def _to_file(document: Document, offset: int) -> int:
    """A text offset of the document as an offset into the file the labels point at."""
    if document.source_map is None:
        return offset
    return document.source_map.to_source(offset)


def score_label_file(path: Path, corpus: Path = CORPUS) -> DocumentScore:
    """Run clarity on the labelled document and score it against its labels."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lang = data["file"].split("/", 1)[0]
    document = read_path(str(corpus / data["file"]))
    # Detection is scored on every labelled text, the two Finnish statutes included:
    # the genre is given as a policy's, since clarity reports no exclusion findings on a
    # statute (its rules choose by genre) but the labels measure what it can detect.
    settings = replace(
        Settings(), lang=lang, profile="insurance", genre="consumer", select=("X", "W")
    )
    result = analyse(document, settings)
    predicted = [
        Span(_to_file(document, row["start"]), _to_file(document, row["end"]), row["buried"])
        for row in result.extra.get("exclusions", [])
    ]
    labelled = [Span(e["start"], e["end"], bool(e["buried"])) for e in data["exclusions"]]
    span = (data["labelled_span"]["start"], data["labelled_span"]["end"])
    found = bool(result.extra.get("exclusions_summary", {}).get("found"))
    source = document.source_map.source if document.source_map else document.text
    right = found == bool(data["has_not_covered_summary"])
    score = score_document(predicted, labelled, span, right, source)
    rows = result.extra.get("exclusions", [])
    return DocumentScore(path.stem, lang, score, _misses(data, predicted, rows, span, source))


def _misses(
    data: dict, predicted: list[Span], rows: list[dict], span: tuple[int, int], source: str
) -> tuple[str, ...]:
    """Labels missed, predictions matching no label, and burial disagreements."""

    def show(start: int, end: int) -> str:
        return " ".join(source[start:end].split())[:160]

    lo, hi = span
    out = []
    for label in data["exclusions"]:
        mine = Span(label["start"], label["end"], bool(label["buried"]))
        shared = [(overlap(p, mine, source), p, r) for p, r in zip(predicted, rows, strict=True)]
        best = max(shared, key=lambda t: t[0], default=(0, None, None))
        if not best[0]:
            out.append(f"MISS  [{label['kind']}] @{label['start']}: {show(mine.start, mine.end)}")
        elif best[1].buried != mine.buried:
            out.append(
                f"BURY  label={mine.buried} ({label['why']}) "
                f"ours={best[2].get('reasons')} @{label['start']}: {show(mine.start, mine.end)}"
            )
    labelled = [Span(e["start"], e["end"]) for e in data["exclusions"]]
    for p, r in zip(predicted, rows, strict=True):
        if p.start < hi and p.end > lo and not any(overlap(p, q, source) for q in labelled):
            out.append(f"FALSE [{r.get('family')}] @{p.start}: {show(p.start, p.end)}")
    return tuple(out)


def score_all(labels: Path = LABELS, corpus: Path = CORPUS) -> list[DocumentScore]:
    return [score_label_file(p, corpus) for p in sorted(labels.glob("*.json"))]


def pooled(scores: list[DocumentScore]) -> dict[str, Score]:
    out: dict[str, Score] = {}
    for row in scores:
        out[row.language] = out.get(row.language, Score()) + row.score
    return dict(sorted(out.items()))


def _row(name: str, lang: str, s: Score) -> str:
    return (
        f"| {name} | {lang} | {s.labels} | {s.predictions} | {s.recall:.2f} | "
        f"{s.precision:.2f} | {s.burial:.2f} | {s.summary_right}/{s.documents} |"
    )


def table(scores: list[DocumentScore]) -> str:
    lines = [
        "| document | lang | labels | predicted | recall | precision | burial | summary right |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += [_row(r.name, r.language, r.score) for r in scores]
    lines += [_row("**pooled**", lang, s) for lang, s in pooled(scores).items()]
    return "\n".join(lines)


def history_row(scores: list[DocumentScore], commit: str, date: str) -> str:
    cells = [date, commit]
    for lang in ("en", "fi"):
        s = pooled(scores).get(lang, Score())
        cells += [
            f"{s.recall:.2f}",
            f"{s.precision:.2f}",
            f"{s.burial:.2f}",
            f"{s.summary_right}/{s.documents}",
        ]
    return "| " + " | ".join(cells) + " |"


def recorded(path: Path = RESULTS) -> dict[str, dict[str, float]]:
    """The latest history row of the Exclusions section: {lang: {measure: value}}."""
    body = _section(path.read_text(encoding="utf-8") if path.exists() else "")
    rows = [line for line in body.splitlines() if re.match(r"^\| \d{4}-\d\d-\d\d ", line)]
    if not rows:
        return {}
    cells = [c.strip() for c in rows[-1].strip("|").split("|")]
    out: dict[str, dict[str, float]] = {}
    for index, lang in enumerate(("en", "fi")):
        recall, precision, burial, summary = cells[2 + 4 * index : 6 + 4 * index]
        right, total = (int(n) for n in summary.split("/"))
        out[lang] = {
            "recall": float(recall),
            "precision": float(precision),
            "burial": float(burial),
            "summary_right": right,
            "documents": total,
        }
    return out


def _section(text: str) -> str:
    """The text of the Exclusions section, heading excluded."""
    start = text.find(SECTION + "\n")
    if start < 0:
        return ""
    body_start = start + len(SECTION) + 1
    following = re.search(r"^## ", text[body_start:], re.MULTILINE)
    return text[body_start : body_start + following.start()] if following else text[body_start:]


def write(scores: list[DocumentScore], commit: str, date: str, path: Path = RESULTS) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else "# clarity quality\n"
    body = _section(old)
    history = [line for line in body.splitlines() if re.match(r"^\| \d{4}-\d\d-\d\d ", line)]
    history = [line for line in history if f"| {commit} |" not in line]
    history.append(history_row(scores, commit, date))
    section = "\n".join(
        [
            SECTION,
            "",
            "Written by `python benchmarks/quality.py`: exclusions against `../shared/labels`",
            "(matched by character overlap; predictions counted only inside `labelled_span`;",
            "burial = agreement of the buried flag on the labels found; summary right = the",
            "up-front summary found or not as labelled). Targets (issue 18): recall >= 0.90,",
            "precision >= 0.85, burial >= 0.80, summary 10/10, per language.",
            "",
            f"Latest ({date}, {commit}):",
            "",
            table(scores),
            "",
            "History (tests/checks/test_exclusion_labels.py holds the code to the last row; a",
            "commit ending in + was measured with changes to clarity/ or rules/ not yet in it):",
            "",
            HISTORY_HEADER,
            "|---|---|---|---|---|---|---|---|---|---|",
            *history,
            "",
        ]
    )
    if SECTION + "\n" in old:
        start = old.find(SECTION + "\n")
        rest = old[start + len(SECTION) + 1 + len(body) :]
        new = old[:start] + section + ("\n" + rest if rest else "")
    else:
        new = old.rstrip("\n") + "\n\n" + section
    path.write_text(new, encoding="utf-8")


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "clarity", "rules"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() + ("+" if dirty.stdout.strip() else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument(
        "--details", action="store_true", help="list misses, false finds and burial disagreements"
    )
    args = parser.parse_args()
    if not args.labels.is_dir():
        print(f"no labels at {args.labels}", file=sys.stderr)
        return 2
    scores = score_all(args.labels, args.labels.parent / "corpus")
    print(table(scores))
    if args.details:
        for row in scores:
            print(f"\n## {row.name}\n" + "\n".join(row.misses))
    if not args.no_write:
        date = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M")
        write(scores, _commit(), date)
        print(f"\nrecorded in {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
