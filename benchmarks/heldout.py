"""Exclusion recall and precision on held-out ranges of documents outside ../shared/labels.

    python benchmarks/heldout.py [--show] [--corpus DIR --labels FILE]

Ten labelled documents are too few to tune on; these ranges were labelled blind by
independent readers, by the same guideline, before they saw any output
(``benchmarks/heldout/labels.json``, which keeps each item's place and its quote as hashed
word n-grams, no third-party text). An item is found when a detected exclusion at its place
(the same page, or over its line) holds half of the quote's word triples (pairs for quotes
under six words), or is a part of it (a sub-item of a unit the reader labelled whole). A
detected exclusion inside a range is right when it matches a labelled item that way,
neutral when it matches only an item the reader listed as borderline, else wrong. Where
the reader also said whether an item is buried (set 3), burial agrees when the first
detection found for it says the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clarity.core.settings import Settings  # noqa: E402
from clarity.readers import read_path  # noqa: E402
from clarity.run.pipeline import analyse  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = Path(__file__).resolve().parent / "heldout" / "labels.json"
EXTERNAL = ROOT.parent / "external"
"""Real policies outside ../shared (``heldout/external.md`` says where each comes from)."""
EXTERNAL_LABELS = Path(__file__).resolve().parent / "heldout" / "external.json"
_MARKERS = re.compile(r"^\W*(?:\(?[0-9ivxa-h]{1,4}[.)]\s*)+")
_LEAD_LINE = re.compile(r":-?\s*$")


def words(text: str) -> list[str]:
    """Lower-cased words without a leading list marker ("(a)", "1."), as the labels were."""
    text = _MARKERS.sub("", text.lower())
    return re.findall(r"[a-z0-9]+", text.replace("ﬁ", "fi").replace("ﬂ", "fl"))


def hashed(ws: list[str], n: int) -> set[str]:
    grams = {tuple(ws[i : i + n]) for i in range(max(1, len(ws) - n + 1))}
    return {hashlib.sha1(" ".join(g).encode()).hexdigest()[:12] for g in grams}


def matches(item: dict, text: str) -> bool:
    """Does a detected clause hold half of the item's n-grams, or is it a part of it?"""
    ws = words(text)
    n = 3 if item["words"] >= 6 and len(ws) >= 6 else 2
    quote = set(item[f"grams{n}"])
    found = hashed(ws, n)
    shared = len(quote & found)
    return shared >= 0.5 * len(quote) or shared >= max(1, 0.5 * len(found))


def _unit_lead(lines: list[str], at: int, line: int) -> bool:
    """Is ``line`` among the first lines of the sub-items of a unit labelled at ``at``,
    whose lead-in line ends in ":" within its first 8 lines?"""
    ends = [j for j in range(at, min(at + 9, len(lines) + 1)) if _LEAD_LINE.search(lines[j - 1])]
    return bool(ends) and ends[0] < line <= ends[0] + 4


def _inside_unit(lines: list[str], places: list[int], line: int) -> bool:
    """Is ``line`` a sub-item of a unit the reader labelled whole (the nearest label at or
    above it, within 12 lines, opens with a lead-in line ending in ":")?"""
    above = [at for at in places if at <= line]
    if not above or line - max(above) > 12:
        return False
    return any(_LEAD_LINE.search(x) for x in lines[max(above) - 1 : line - 1])


def _near(item: dict, exclusion: dict, pdf: bool) -> bool:
    if pdf:
        return exclusion.get("page") in (item["at"] - 1, item["at"], item["at"] + 1)
    line, end = exclusion["line"], exclusion.get("end_line", exclusion["line"])
    return line - 3 <= item["at"] <= end + 1 or item["at"] <= line <= item["at"] + 10


def measure(
    labels: dict, show: bool = False, corpus: Path = CORPUS
) -> dict[str, dict[str, list[int]]]:
    """Per set: found/total labels and right/neutral/wrong detections, for text and PDFs."""
    by_doc: dict[str, list[dict]] = {}
    figures: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for doc in sorted({item["doc"] for item in labels["items"]}):
        result = analyse(read_path(corpus / doc), replace(Settings(), select=("X", "W")))
        by_doc[doc] = result.extra["exclusions"]
    texts = {d: (corpus / d).read_text().splitlines() for d in by_doc if not d.endswith(".pdf")}
    for item in labels["items"]:
        if item["borderline"]:
            continue
        doc, pdf = item["doc"], item["doc"].endswith(".pdf")
        hit = None
        for e in by_doc[doc]:
            if not _near(item, e, pdf):
                continue
            if matches(item, e["text"]) or (
                not pdf and _unit_lead(texts[doc], item["at"], e["line"])
            ):
                hit = e
                break
        cell = figures[f"set {item['set']}"]["pdf" if pdf else "text"]
        cell[0] += hit is not None
        cell[1] += 1
        if hit is not None and "buried" in item:
            burial = figures[f"set {item['set']}"]["burial"]
            burial[0] += hit["buried"] == item["buried"]
            burial[1] += 1
        if show and not hit:
            print(f"MISSED set {item['set']} {doc.split('/')[-1][:28]:28} {item['at']}")
    for rng in labels["ranges"]:
        doc, pdf = rng["doc"], rng["doc"].endswith(".pdf")
        items = [i for i in labels["items"] if i["doc"] == doc and i["set"] == rng["set"]]
        real = [i for i in items if not i["borderline"]]
        places = sorted(i["at"] for i in real)
        cell = figures[f"set {rng['set']}"]["pdf precision" if pdf else "text precision"]
        for e in by_doc[doc]:
            where = e.get("page") if pdf else e["line"]
            if where is None or not rng["first"] <= where <= rng["last"]:
                continue
            if any(matches(i, e["text"]) for i in real) or (
                not pdf and _inside_unit(texts[doc], places, e["line"])
            ):
                cell[0] += 1
            elif any(matches(i, e["text"]) for i in items if i["borderline"]):
                cell[1] += 1
            else:
                cell[2] += 1
    return figures


def table(figures: dict[str, dict[str, list[int]]]) -> str:
    rows = [
        "| set | recall, text | recall, PDFs | recall | precision | neutral | burial |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in sorted(figures, key=lambda name: int(name.split()[-1])):
        f = figures[name]
        t, p = f["text"], f["pdf"]
        right = f["text precision"][0] + f["pdf precision"][0]
        wrong = f["text precision"][2] + f["pdf precision"][2]
        neutral = f["text precision"][1] + f["pdf precision"][1]
        found, total = t[0] + p[0], t[1] + p[1]
        agree, judged = f["burial"][:2]
        burial = f"{agree}/{judged} ({agree / judged:.2f})" if judged else "-"
        rows.append(
            f"| {name} | {t[0]}/{t[1]} | {p[0]}/{p[1]} | {found}/{total} ({found / total:.2f}) "
            f"| {right}/{right + wrong} ({right / max(1, right + wrong):.2f}) | {neutral} "
            f"| {burial} |"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the items not found")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="where the documents are")
    parser.add_argument("--labels", type=Path, default=LABELS, help="the blind labels")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus} is not present", file=sys.stderr)
        return 2
    print(table(measure(json.loads(args.labels.read_text()), args.show, args.corpus)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
