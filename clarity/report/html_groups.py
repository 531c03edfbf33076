"""What to fix first: findings grouped by rule and matched term, and the buried exclusions.

A 150-section policy has a thousand findings, most of them the same few phrases
("in respect of" fifteen times). A writer fixes a phrase once, everywhere, so
the report shows one row per rule and term with every place it occurs, sorted
so that the rows that matter most (errors first, then the most frequent) come
first.

A finding may carry ``occurrences``: further places where the same rule matched
the same term, or gave the same advice (each ``{"start", "end", "line", "column",
"page"}``, as a mapping or an object with those attributes). They count in their group and are
highlighted in the text like the finding itself. Findings without the field are
read as having none, so the report works before and after the field exists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from clarity.core.findings import GROUP, Finding
from clarity.core.rulemeta import Severity
from clarity.report.html_text import slug

TERM_WORDS = 6
TERM_CHARS = 60
"""A match of at most this many words and characters that the finding's message names is
a term ("in the event of") and gets a group of its own. Other findings group by rule: a
whole sentence or clause (no two are the same, so a row each would be no grouping), or a
finding about the document or a section whose matched text is only where it is shown (the
first heading, a placeholder), which the message does not name."""

SEVERITY_RANK = {s.label: s.value for s in Severity}

OPENING_WORDS = 8
"""A buried exclusion without a topic is named by this many of its first words."""


@dataclass(frozen=True)
class Place:
    """One place in the text where a finding (or one of its occurrences) matched."""

    start: int
    end: int
    line: int
    page: int | None
    anchor: str  # element id of its focusable highlight, without the "#"

    @property
    def label(self) -> str:
        """The page for paged sources (what a reader of the PDF looks for), else the line."""
        return f"p{self.page}" if self.page is not None else str(self.line)

    @property
    def title(self) -> str:
        where = f"line {self.line}"
        return f"page {self.page}, {where}" if self.page is not None else where


@dataclass
class Group:
    """Every finding of one rule on one term (or, for long matches, of one rule)."""

    code: str
    name: str
    severity: str
    category: str
    term: str  # as first written in the document; "" when grouped by rule only
    message: str
    suggestion: str
    places: list[Place] = field(default_factory=list)
    index: int = 0  # rank in the sorted list, for element ids

    @property
    def count(self) -> int:
        return len(self.places)

    @property
    def unit(self) -> str:
        return "pages" if any(p.page is not None for p in self.places) else "lines"

    @property
    def classes(self) -> str:
        return f"grp c-{slug(self.category)} s-{self.severity} r-{slug(self.code)}"


def _value(item: Any, key: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(key)
    return getattr(item, key, None)


def occurrences(finding: Finding) -> list[tuple[int, int, int, int | None]]:
    """The further places of a finding as (start, end, line, page); none when it has none."""
    out = []
    for item in getattr(finding, "occurrences", None) or ():
        start, end = _value(item, "start"), _value(item, "end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        line = _value(item, "line")
        page = _value(item, "page")
        out.append(
            (
                start,
                end,
                line if isinstance(line, int) else 0,
                page if isinstance(page, int) else None,
            )
        )
    return out


def is_term(text: str, message: str) -> bool:
    """``text`` (spaces normalised) is short and the message names it."""
    short = len(text) <= TERM_CHARS and len(text.split()) <= TERM_WORDS
    return short and bool(text) and text.casefold() in message.casefold()


def group_key(finding: Finding) -> tuple[str, str, str, str]:
    """(code, severity, casefolded term or "", casefolded suggestion) of the group a
    finding belongs to: one term with different advice ("shall" -> "must", "shall" ->
    "will") is two rows, as the run reports it (``group: advice``)."""
    advice = finding.suggestion.casefold()
    if len(finding.text) > 4 * TERM_CHARS:  # a section or a long sentence: not a term
        return (finding.code, finding.severity.label, "", advice)
    term = " ".join(finding.text.split())
    key = term.casefold() if is_term(term, finding.message) else ""
    return (finding.code, finding.severity.label, key, advice)


def group_findings(findings: Sequence[Finding], prefix: str) -> list[Group]:
    """Groups sorted by severity (errors first), then count, then code and term; each
    group's places in document order. Anchors are the highlights' ids (``html_text``)."""
    groups: dict[tuple[str, str, str, str], Group] = {}
    for index, f in enumerate(findings):
        key = group_key(f)
        group = groups.get(key)
        if group is None:
            term = " ".join(f.text.split()) if key[2] else ""
            group = Group(f.code, f.name, key[1], f.category, term, f.message, f.suggestion)
            groups[key] = group
        group.places.append(Place(f.start, f.end, f.line, f.page, f"{prefix}f{index}"))
        for k, (start, end, line, page) in enumerate(occurrences(f)):
            group.places.append(Place(start, end, line, page, f"{prefix}f{index}o{k}"))
    for group in groups.values():
        group.places.sort(key=lambda p: (p.start, p.end, p.anchor))
    ranked = sorted(
        groups.values(),
        key=lambda g: (-SEVERITY_RANK.get(g.severity, 0), -g.count, g.code, g.term.casefold()),
    )
    for n, group in enumerate(ranked):
        group.index = n
    return ranked


@dataclass(frozen=True)
class BuriedExclusion:
    """A buried exclusion as the fix-first list shows it."""

    topic: str
    reasons: tuple[str, ...]
    line: int
    page: int | None
    href: str
    excerpt: str


def reason_words(code: str) -> str:
    """An evidence code ("not-under-exclusion-heading") as words."""
    return code.replace("-", " ")


def buried_exclusions(
    items: Sequence[Any], findings: Sequence[Finding], prefix: str, text: str
) -> list[BuriedExclusion]:
    """Buried exclusions in document order, each with its reasons and a link to its place:
    the exclusion finding there when one exists, else the anchor ``a{n}`` in the text."""
    at = {f.start: i for i, f in enumerate(findings) if _is_exclusion_finding(f)}
    out = []
    lists: dict[Any, list[Any]] = {}
    for item in items:
        if _listed_name(item):
            lists.setdefault(item.get("list_start"), []).append(item)
    for n, item in enumerate(items):
        if isinstance(item, Finding):
            if not ("buried" in item.category.lower() or item.evidence):
                continue
            start, end, topic = item.start, item.end, str(item.data.get("topic") or "")
            listed = item.data.get("list")
            if GROUP in item.data and isinstance(listed, dict):  # a list said once
                heading = str(listed.get("heading") or "")
                topic = f"list of {listed.get('names')} names under \u201c{heading}\u201d"
            reasons, line, page = tuple(item.evidence), item.line, item.page
        else:
            if not _buried_dict(item):
                continue
            start = item["start"]
            end = item.get("end") if isinstance(item.get("end"), int) else start
            topic = str(item.get("topic") or "")
            raw = item.get("reasons") or item.get("evidence") or ()
            reasons = tuple(str(r) for r in raw) if isinstance(raw, (list, tuple)) else ()
            line = item.get("line") if isinstance(item.get("line"), int) else 0
            page = item.get("page") if isinstance(item.get("page"), int) else None
            heading = str(item.get("heading") or "")
            names = lists.get(item.get("list_start")) if _listed_name(item) else None
            if names:
                if names[0] is not item:
                    continue  # a name of a list said once, at its first name
                topic = f"list of {len(names)} names under \u201c{heading}\u201d"
                every = (str(r) for name in names for r in name.get("reasons") or ())
                reasons = tuple(dict.fromkeys(every))
        index = at.get(start)
        if index is not None:
            found = findings[index]
            line, page = line or found.line, page if page is not None else found.page
        href = f"#{prefix}f{index}" if index is not None else f"#{prefix}a{n}"
        excerpt = " ".join(text[start:end].split()) if text else ""
        if not topic and excerpt:
            # no subject phrase: the clause's first words say more than "exclusion"
            words = excerpt.split()
            topic = " ".join(words[:OPENING_WORDS]) + (" …" if len(words) > OPENING_WORDS else "")
        if len(excerpt) > 160:
            excerpt = excerpt[:157].rstrip() + "…"
        out.append(BuriedExclusion(topic, reasons, line, page, href, excerpt))
    return out


def _listed_name(item: Any) -> bool:
    """A buried name of a long list (``name_list``), said in the list's one row; a hidden
    one keeps a row of its own."""
    return (
        isinstance(item, dict)
        and _buried_dict(item)
        and bool(item.get("name_list"))
        and "hidden-text" not in (item.get("reasons") or ())
    )


def _is_exclusion_finding(f: Finding) -> bool:
    return "exclu" in f.category.lower() or f.code.startswith("X")


def _buried_dict(item: Mapping[str, Any]) -> bool:
    if "buried" in item:
        return bool(item["buried"])
    return bool(item.get("evidence") or item.get("reasons"))
