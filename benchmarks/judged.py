"""Precision of clarity's findings against a judged set, and the noise budget.

    python benchmarks/judged.py                  precision per family, false ones, unjudged
    python benchmarks/judged.py --noise          also findings per 1,000 words; writes the
                                                 "Findings precision and noise" section of
                                                 benchmarks/quality.md
    python benchmarks/judged.py --sample N --seed S [--per-document]
                                                 draw unjudged findings to judge (stdout)

The judged set (tests/quality/judged.yml) holds, per document of ../shared/corpus, findings
that an expert plain-language editor judged useful, debatable or false, each stored by line,
rule code and the matched words only: no corpus text is committed (a match longer than a few
words is stored as a digest of its words). A current finding takes the judgment of the same
document, rule and matched words whose line is within three lines of its own (documents
change a little as readers and splitters improve). The set only grows: after a change, the
findings it does not hold yet are listed, to be judged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
JUDGED = ROOT / "tests" / "quality" / "judged.yml"
QUALITY = ROOT / "benchmarks" / "quality.md"
SECTION = "## Findings precision and noise"
VERDICTS = ("useful", "debatable", "false")
LINE_TOLERANCE = 3
MAX_PLAIN_WORDS = 6
"""Matches of more words than this are stored as a digest (no corpus text in the repo)."""
NOISE_FOLDERS = ("en/insurance", "en/insurance-pdf")
"""The noise budget is measured over the English insurance texts and the real PDFs."""
CONTEXT = 160
"""Characters shown either side of a finding drawn for judging."""
TARGET_USEFUL = 0.80
TARGET_MEDIAN = 20.0
TARGET_WORST = 40.0

FAMILIES: tuple[tuple[str, str, str], ...] = (
    # (first code, last code, family): the first range that holds a code names its family.
    ("J100", "J212", "jargon: English legalese"),
    ("J213", "J227", "jargon: English party names"),
    ("J228", "J267", "jargon: English formal words"),
    ("J268", "J299", "jargon: English insurance terms"),
    ("J300", "J399", "jargon: English loan terms"),
    ("J500", "J564", "jargon: Finnish officialese"),
    ("J565", "J576", "jargon: Finnish party names"),
    ("J577", "J699", "jargon: Finnish insurance and loan terms"),
    ("S100", "S199", "shall"),
    ("L100", "L199", "long sentences"),
    ("P100", "P199", "style: English"),
    ("P500", "P599", "style: Finnish"),
    ("R100", "R299", "readability"),
    ("X100", "X199", "exclusions"),
    ("W100", "W199", "summary and template"),
    ("K100", "K299", "loan key facts"),
    ("C100", "C199", "suppressions"),
)


def family_of(code: str) -> str:
    """The reporting family of a rule code: jargon is split by what it targets, because
    party names and Finnish terms behave unlike English legalese."""
    for first, last, name in FAMILIES:
        if code[0] == first[0] and first <= code <= last:
            return name
    return code.rstrip("0123456789")


def match_key(text: str) -> str:
    """The matched words as stored: the words themselves when few, else a digest of them
    (lower-cased, whitespace collapsed) with the word count."""
    words = text.split()
    if len(words) <= MAX_PLAIN_WORDS:
        return " ".join(words)
    digest = hashlib.sha1(" ".join(words).lower().encode("utf-8")).hexdigest()[:12]
    return f"#{digest}/{len(words)}"


@dataclass(frozen=True)
class Judgment:
    document: str
    line: int
    code: str
    match: str
    verdict: str
    why: str


@dataclass(frozen=True)
class Current:
    """A finding of today's run, reduced to what matching and judging need."""

    document: str
    line: int
    code: str
    match: str
    message: str
    suggestion: str
    start: int = 0
    end: int = 0
    """Offsets into the document text (for showing a finding to judge; not stored)."""
    repeat: bool = False
    """A later place of a finding said once for many places (``Finding.occurrences``):
    matched to judgments like any place, never counted as a finding of its own."""
    default: bool = False
    """Reported at default settings: its rule is on by default, or on by default for
    this document's genre (``RuleMeta.default_genres``)."""


def load_judged(path: Path = JUDGED) -> list[Judgment]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = []
    for document, items in (data.get("documents") or {}).items():
        for item in items or ():
            verdict = str(item["verdict"])
            if verdict not in VERDICTS:
                raise ValueError(f"{document} line {item['line']}: verdict {verdict!r}")
            out.append(
                Judgment(
                    document,
                    int(item["line"]),
                    str(item["code"]),
                    str(item["match"]),
                    verdict,
                    str(item.get("why", "")),
                )
            )
    return out


def pair(
    current: Sequence[Current], judged: Sequence[Judgment]
) -> tuple[list[tuple[Current, Judgment]], list[Current]]:
    """Give each current finding the judgment of the same document, code and matched words
    whose line is nearest within LINE_TOLERANCE; each judgment serves one finding. Returns
    the pairs and the findings left unjudged (both in input order)."""
    by_key: dict[tuple[str, str, str], list[Judgment]] = defaultdict(list)
    for judgment in judged:
        by_key[judgment.document, judgment.code, judgment.match].append(judgment)
    candidates: list[tuple[int, int, int]] = []  # (distance, finding index, judgment id)
    pool: dict[int, Judgment] = {}
    for index, finding in enumerate(current):
        for judgment in by_key.get((finding.document, finding.code, finding.match), ()):
            distance = abs(judgment.line - finding.line)
            if distance <= LINE_TOLERANCE:
                pool[id(judgment)] = judgment
                candidates.append((distance, index, id(judgment)))
    taken_findings: dict[int, Judgment] = {}
    taken_judgments: set[int] = set()
    for _distance, index, ident in sorted(candidates):
        if index in taken_findings or ident in taken_judgments:
            continue
        taken_findings[index] = pool[ident]
        taken_judgments.add(ident)
    pairs = [(current[i], taken_findings[i]) for i in sorted(taken_findings)]
    unjudged = [f for i, f in enumerate(current) if i not in taken_findings]
    return pairs, unjudged


@dataclass(frozen=True)
class Share:
    useful: int
    debatable: int
    false: int

    @property
    def total(self) -> int:
        return self.useful + self.debatable + self.false

    def of(self, verdict: str) -> float:
        return getattr(self, verdict) / self.total if self.total else 0.0


def shares(verdicts: Iterable[tuple[str, str]]) -> dict[str, Share]:
    """(group, verdict) pairs -> group -> counts of each verdict."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for group, verdict in verdicts:
        counts[group][verdict] += 1
    return {
        group: Share(c["useful"], c["debatable"], c["false"]) for group, c in sorted(counts.items())
    }


# --- running clarity ----------------------------------------------------------------
def run_documents(documents: Sequence[str]) -> dict[str, tuple[list[Current], int, str]]:
    """document -> (findings of every rule, opt-in ones included, word count, text), in-process.

    Every rule runs so that opt-in families are measured too (the lead re-decides the
    default set from these figures); ``at_default`` keeps what default settings report."""
    from clarity.core.findings import DocumentResult
    from clarity.core.settings import Settings
    from clarity.rules.catalogue import all_rules
    from clarity.run.pipeline import check_one

    metas = {rule.code: rule for rule in all_rules()}
    out = {}
    for document in documents:
        result = check_one(str(CORPUS / document), Settings(extend_select=("ALL",)))
        if not isinstance(result, DocumentResult):
            raise SystemExit(f"{document}: {result.message}")
        on = {code for code, meta in metas.items() if meta.on_by_default(result.genre)}
        findings = [
            Current(
                document,
                f.line,
                f.code,
                match_key(f.text),
                f.message,
                f.suggestion,
                f.start,
                f.end,
                default=f.code in on,
            )
            for f in result.findings
        ]
        findings += [
            Current(
                document,
                o.line,
                f.code,
                match_key(o.text),
                f.message,
                f.suggestion,
                o.start,
                o.end,
                repeat=True,
                default=f.code in on,
            )
            for f in result.findings
            for o in f.occurrences
        ]
        out[document] = (findings, result.word_count, result.text or "")
    return out


def at_default(findings: Sequence[Current]) -> list[Current]:
    """The findings that default settings report: those of rules on by default."""
    return [f for f in findings if f.default]


def default_labels() -> dict[str, str]:
    """Each rule's default: "on", "opt-in" or "on:consumer" (on for those genres only)."""
    from clarity.rules.catalogue import all_rules, default_label

    return {rule.code: default_label(rule) for rule in all_rules()}


def noise_documents() -> list[str]:
    return sorted(
        str(p.relative_to(CORPUS))
        for folder in NOISE_FOLDERS
        for p in (CORPUS / folder).iterdir()
        if p.is_file()
    )


# --- reports ----------------------------------------------------------------------------
def precision_table(pairs: Sequence[tuple[Current, Judgment]]) -> list[str]:
    rows = shares((family_of(f.code), j.verdict) for f, j in pairs)
    states: dict[str, set[bool]] = defaultdict(set)
    for f, _ in pairs:
        states[family_of(f.code)].add(f.default)
    lines = [
        "| family | default | judged | useful | debatable | false | useful share |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for family, share in rows.items():
        mark = "" if share.of("useful") >= TARGET_USEFUL else " (below 0.80)"
        state = {frozenset({True}): "on", frozenset({False}): "opt-in"}.get(
            frozenset(states[family]), "some rules on"
        )
        lines.append(
            f"| {family} | {state} | {share.total} | {share.useful} | {share.debatable} "
            f"| {share.false} | {share.of('useful'):.2f}{mark} |"
        )
    total = Share(
        sum(s.useful for s in rows.values()),
        sum(s.debatable for s in rows.values()),
        sum(s.false for s in rows.values()),
    )
    kept = shares(("on", j.verdict) for f, j in pairs if f.default).get("on", Share(0, 0, 0))
    lines.append(
        f"| **rules on by default** | on | {kept.total} | {kept.useful} | {kept.debatable} "
        f"| {kept.false} | {kept.of('useful'):.2f} |"
    )
    lines.append(
        f"| **all** | | {total.total} | {total.useful} | {total.debatable} | {total.false} "
        f"| {total.of('useful'):.2f} |"
    )
    return lines


def rule_table(pairs: Sequence[tuple[Current, Judgment]]) -> list[str]:
    rows = shares((f.code, j.verdict) for f, j in pairs)
    labels = default_labels()
    return [
        f"  {code:<6} {labels.get(code, 'opt-in'):<11} {family_of(code):<40} "
        f"n={s.total:<4} useful {s.useful:<3} debatable {s.debatable:<3} false {s.false:<3} "
        f"share {s.of('useful'):.2f}"
        for code, s in rows.items()
    ]


def noise_table(runs: dict[str, tuple[list[Current], int, str]]) -> tuple[list[str], float, float]:
    """Findings per 1,000 words per document at default settings, with the rate of every
    rule (opt-in ones included) beside it; returns the table, the median and the worst."""
    rows = []
    for doc, (findings, words, _text) in sorted(runs.items()):
        shown = [f for f in at_default(findings) if not f.repeat]
        per = 1000 / max(words, 1)
        every = sum(1 for f in findings if not f.repeat)
        rows.append((doc, words, len(shown), len(shown) * per, every * per))
    lines = [
        "| document | words | findings | per 1,000 words | every rule, per 1,000 words |",
        "|---|---:|---:|---:|---:|",
        *(f"| {d} | {w} | {n} | {r:.1f} | {a:.1f} |" for d, w, n, r, a in rows),
    ]
    every = [a for *_, a in rows]
    lines.append(
        f"| **median / worst** | | | **{statistics.median(r[3] for r in rows):.1f} / "
        f"{max(r[3] for r in rows):.1f}** | {statistics.median(every):.1f} / {max(every):.1f} |"
    )
    return lines, statistics.median(r[3] for r in rows), max(r[3] for r in rows)


def write_section(body: str, path: Path = QUALITY) -> None:
    """Replace this tool's section of quality.md (from its heading to the next "## "
    heading), leaving every other section as it is."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Quality\n"
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    block = [SECTION, "", *body.rstrip("\n").splitlines(), ""]
    if start is None:
        lines = [*lines, *([""] if lines and lines[-1].strip() else []), *block]
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        lines = [*lines[:start], *block, *lines[end:]]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def dump_judged(judged: Sequence[Judgment]) -> str:
    """The judged set as YAML: one flow mapping per finding, grouped by document and
    sorted, so a diff shows exactly the judgments added or changed."""
    out = [HEADER.rstrip("\n"), "documents:"]
    documents = sorted({j.document for j in judged})
    for document in documents:
        out.append(f"  {json.dumps(document)}:")
        rows = sorted((j for j in judged if j.document == document), key=_judgment_order)
        for j in rows:
            out.append(
                f"    - {{line: {j.line}, code: {j.code}, "
                f"match: {json.dumps(j.match, ensure_ascii=False)}, "
                f"verdict: {json.dumps(j.verdict)}, "
                f"why: {json.dumps(j.why, ensure_ascii=False)}}}"
            )
    return "\n".join(out) + "\n"


def _judgment_order(j: Judgment) -> tuple[int, str, str]:
    return (j.line, j.code, j.match)


HEADER = """\
# Judged findings of clarity on real documents of ../shared/corpus (issue 19).
# Each finding: the document (relative to the corpus), the line clarity reported, the rule
# code, the matched words (a digest "#sha1/words" when longer than six words: no corpus
# text is kept here) and the verdict of an expert plain-language editor for an insurer's
# legal team: useful (a writer would act on it and the suggestion keeps the legal
# meaning), debatable (defensible either way, or too small to act on), or false (wrong,
# or the suggestion changes the legal meaning), with a one-line reason.
# Read and extended by benchmarks/judged.py; the set only grows.
"""

SHORT_VERDICTS = {"u": "useful", "d": "debatable", "f": "false"}
_HEADING = re.compile(r"^### (\d+)\. (\S+) line (\d+) (\S+) match=(.*)$")


def record(sample: Path, verdicts: Path, judged: Sequence[Judgment]) -> list[Judgment]:
    """Add judgments to the set: ``sample`` is the output of ``--sample``, ``verdicts``
    has one line per finding judged, ``NUMBER VERDICT REASON`` (verdict useful, debatable
    or false, or u, d, f)."""
    drawn: dict[int, tuple[str, int, str, str]] = {}
    for line in sample.read_text(encoding="utf-8").splitlines():
        found = _HEADING.match(line)
        if found:
            number, document, at, code, match = found.groups()
            drawn[int(number)] = (document, int(at), code, json.loads(match))
    added = list(judged)
    for line in verdicts.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, verdict, why = [*line.split(None, 2), "", ""][:3]
        verdict = SHORT_VERDICTS.get(verdict, verdict)
        if verdict not in VERDICTS:
            raise SystemExit(f"{verdicts}: {line!r}: verdict must be one of {VERDICTS}")
        document, at, code, match = drawn[int(number)]
        added.append(Judgment(document, at, code, match, verdict, why.strip()))
    return added


def show_candidate(finding: Current, text: str, number: int) -> str:
    """A finding to judge, with the text around it (stdout only, never stored)."""
    out = [
        f"### {number}. {finding.document} line {finding.line} {finding.code} "
        f"match={json.dumps(finding.match, ensure_ascii=False)}",
        f"    message: {finding.message}",
    ]
    if finding.suggestion:
        out.append(f"    suggestion: {finding.suggestion}")
    before = " ".join(text[max(0, finding.start - CONTEXT) : finding.start].split())
    matched = " ".join(text[finding.start : finding.end].split())
    after = " ".join(text[finding.end : finding.end + CONTEXT].split())
    if len(matched) > 700:
        matched = matched[:350] + " [...] " + matched[-350:]
    out.append(f"    | ...{before} [[{matched}]] {after}...")
    return "\n".join(out)


def draw(unjudged: Sequence[Current], count: int, seed: int, per_document: bool) -> list[Current]:
    """``count`` unjudged findings at random (seeded), over all documents or per document."""
    rng = random.Random(seed)
    if not per_document:
        return sorted(rng.sample(list(unjudged), min(count, len(unjudged))), key=_order)
    groups: dict[str, list[Current]] = defaultdict(list)
    for finding in unjudged:
        groups[finding.document].append(finding)
    picked: list[Current] = []
    for document in sorted(groups):
        picked += rng.sample(groups[document], min(count, len(groups[document])))
    return sorted(picked, key=_order)


def _order(finding: Current) -> tuple[str, int, str]:
    return (finding.document, finding.line, finding.code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--sample", type=int, help="draw this many unjudged findings to judge")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--per-document", action="store_true", help="--sample N per document")
    parser.add_argument(
        "--codes", help="with --sample: only findings of these codes or prefixes (comma-separated)"
    )
    parser.add_argument("--documents", nargs="*", help="corpus-relative paths to add")
    parser.add_argument(
        "--record",
        nargs=2,
        type=Path,
        metavar=("SAMPLE", "VERDICTS"),
        help="add judged findings: a --sample output and its verdicts (NUMBER VERDICT REASON)",
    )
    parser.add_argument("--noise", action="store_true", help="measure and write the noise table")
    parser.add_argument("--no-write", action="store_true", help="with --noise: print only")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS} is not present", file=sys.stderr)
        return 2
    judged = load_judged(args.judged) if args.judged.exists() else []
    if args.record:
        judged = record(args.record[0], args.record[1], judged)
        args.judged.write_text(dump_judged(judged), encoding="utf-8")
        print(f"{args.judged}: {len(judged)} judged findings")
        return 0
    documents = sorted({j.document for j in judged} | set(args.documents or ()))
    runs = run_documents(documents)
    current = [f for doc in documents for f in runs[doc][0]]
    pairs, unjudged = pair(current, judged)
    if args.sample:
        texts = {doc: runs[doc][2] for doc in documents}
        if args.codes:
            prefixes = tuple(c.strip().upper() for c in args.codes.split(",") if c.strip())
            unjudged = [f for f in unjudged if f.code.startswith(prefixes)]
        for number, finding in enumerate(draw(unjudged, args.sample, args.seed, args.per_document)):
            print(show_candidate(finding, texts[finding.document], number + 1))
        return 0
    report = _precision_report(pairs, unjudged, judged)
    print("\n".join(report))
    if args.noise:
        noise_runs = {**{d: runs[d] for d in documents if d in noise_documents()}}
        noise_runs.update(run_documents([d for d in noise_documents() if d not in noise_runs]))
        table, median, worst = noise_table(noise_runs)
        body = _quality_body(pairs, unjudged, judged, table, median, worst)
        print("\n" + body)
        if not args.no_write:
            write_section(body)
    return 0


def _precision_report(
    pairs: Sequence[tuple[Current, Judgment]],
    unjudged: Sequence[Current],
    judged: Sequence[Judgment],
) -> list[str]:
    out = ["Precision per family (judged findings that today's run of every rule reports):", ""]
    out += precision_table(pairs)
    out += ["", "Per rule:", *rule_table(pairs), ""]
    false_on = [(f, j) for f, j in pairs if j.verdict == "false" and f.default]
    out.append(f"False findings of rules on by default ({len(false_on)}):")
    for family in sorted({family_of(f.code) for f, _ in false_on}):
        out.append(f"  {family}:")
        for f, j in false_on:
            if family_of(f.code) == family:
                out.append(f"    {f.document}:{f.line} {f.code} {f.match!r}: {j.why}")
    gone = len(judged) - len(pairs)
    waiting = Counter(family_of(f.code) for f in unjudged)
    on_waiting = [f for f in unjudged if f.default]
    out += [
        "",
        f"Judged findings no longer reported: {gone} (fixed, or moved by more than "
        f"{LINE_TOLERANCE} lines).",
        f"Findings not judged yet: {len(unjudged)} (by family: "
        + ", ".join(f"{k} {v}" for k, v in sorted(waiting.items()))
        + "); draw some with --sample N --seed S [--codes PREFIXES].",
        f"Not judged yet, of rules on by default ({len(on_waiting)}):",
        *(f"  {f.document}:{f.line} {f.code} {f.match!r}" for f in on_waiting),
    ]
    return out


def _quality_body(
    pairs: Sequence[tuple[Current, Judgment]],
    unjudged: Sequence[Current],
    judged: Sequence[Judgment],
    noise: list[str],
    median: float,
    worst: float,
) -> str:
    documents = sorted({j.document for j in judged})
    met = "met" if median <= TARGET_MEDIAN and worst <= TARGET_WORST else "not met"
    lines = [
        "Written by `python benchmarks/judged.py --noise` (issue 19); do not edit by hand.",
        "",
        f"### Precision on the judged set ({len(judged)} findings from {len(documents)} "
        "documents, tests/quality/judged.yml)",
        "",
        f"Judged findings that today's run of every rule (opt-in ones included) still "
        f"reports, by family, with the family's default (target: a useful share of at least "
        f"{TARGET_USEFUL:.2f} for every family on by default). Judged findings no longer "
        f"reported: {len(judged) - len(pairs)}; findings not judged yet: {len(unjudged)}.",
        "",
        *precision_table(pairs),
        "",
        "Per rule judged (default on or opt-in; `clarity explain CODE` gives an opt-in rule's "
        "reason):",
        "",
        "```",
        *rule_table(pairs),
        "```",
        "",
        "### Noise: findings per 1,000 words at default settings",
        "",
        f"English insurance texts and real PDFs of ../shared/corpus. Median "
        f"**{median:.1f}** (target at most {TARGET_MEDIAN:.0f}), worst **{worst:.1f}** "
        f"(target at most {TARGET_WORST:.0f}): {met}.",
        "",
        *noise,
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
