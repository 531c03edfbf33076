"""Findings and results: plain, picklable data, the same shape as the JSON output."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from operator import attrgetter
from typing import Any

from clarity.core.rulemeta import RuleMeta, Severity

SCHEMA_VERSION = 1


@dataclass(slots=True)
class Hit:
    """What a check found: a rule, a span of the text, and what to tell the writer.

    Checks yield hits; the pipeline (clarity/run/pipeline.py) drops those that are
    not selected or are suppressed, and builds one ``Finding`` from each hit it
    keeps, with the severity in force, the location and the fingerprint.
    """

    rule: RuleMeta
    start: int
    end: int
    text: str
    """The matched text, as it stands in the document."""
    message: str
    suggestion: str = ""
    severity: Severity = Severity.INFO
    """The rule's severity, or the one the check chose for this hit."""
    evidence: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.rule.code


def term_key(text: str) -> str:
    """Matched words as grouping compares them (clarity/run/grouping.py): case and
    spacing ignored."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Another place where a grouped finding's rule matched (``RuleMeta.group``)."""

    start: int
    end: int
    text: str
    """The matched words there: a rule grouped per rule matches its term in any form."""
    line: int
    column: int
    end_line: int
    end_column: int
    page: int | None = None


GROUP = "group"
"""The key in a hit's data under which a check names the group the finding belongs to,
to be said once with the others of that group (clarity/run/grouping.py)."""


@dataclass(slots=True)
class Finding:
    """One finding as every reporter shows it: the shape of a JSON ``findings`` item."""

    code: str
    name: str
    severity: Severity
    category: str
    message: str
    start: int
    end: int
    text: str
    """The matched text, as it stands in the document."""
    suggestion: str = ""
    evidence: tuple[str, ...] = ()
    """Reason codes that support the finding (e.g. why an exclusion is buried)."""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    page: int | None = None
    paragraph: int | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False)
    """Extra structured detail a check wants to report (e.g. an exclusion's topic)."""
    fingerprint: str = ""
    """Identity that survives unrelated edits (rule + matched text + sentence, or rule +
    group key for a grouped finding); see baseline."""
    occurrences: tuple[Occurrence, ...] = ()
    """For a rule that reports a repeated problem once (``RuleMeta.group``): every later
    place it was found, in document order; this finding is the first."""

    @property
    def count(self) -> int:
        """How many times the problem was found: this place and its occurrences."""
        return 1 + len(self.occurrences)

    @classmethod
    def of(
        cls,
        hit: Hit,
        severity: Severity,
        place: tuple[int, int, int, int, int | None, int | None],
        fingerprint: str,
    ) -> Finding:
        """The finding of a kept hit: ``place`` is (line, column, end line, end column,
        page, paragraph), as ``Document.locate`` gives them."""
        line, column, end_line, end_column, page, paragraph = place
        rule = hit.rule
        return cls(
            rule.code,
            rule.name,
            severity,
            rule.category,
            hit.message,
            hit.start,
            hit.end,
            hit.text,
            hit.suggestion,
            hit.evidence,
            line,
            column,
            end_line,
            end_column,
            page,
            paragraph,
            hit.data,
            fingerprint,
        )

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: what ``dataclasses.asdict`` gives (fields in order, ``data``
        copied deeply), built directly: ``asdict`` recurses into every string."""
        out = {name: getattr(self, name) for name in _ORDER}
        out["severity"] = self.severity.label
        out["evidence"] = list(self.evidence)
        out["data"] = _copied(self.data)
        out["occurrences"] = [asdict(o) for o in self.occurrences]
        out["count"] = self.count
        return out


SORT_KEY = attrgetter("start", "end", "code")
"""``Finding.sort_key`` as one C call: the same tuples, for sorting thousands of findings."""

_ORDER = tuple(f.name for f in fields(Finding))


def _copied(value: Any) -> Any:
    """A deep copy of JSON-like data (dicts, lists, tuples), as ``asdict`` makes it."""
    if isinstance(value, dict):
        return {_copied(k): _copied(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_copied(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


@dataclass
class DocumentResult:
    path: str
    language: str
    profile: str
    format: str
    word_count: int
    sentence_count: int
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    language_detected: bool = False
    profile_detected: bool = False
    genre: str = "generic"
    """statute, consumer, business, loan or generic: which voice the rules asked for."""
    genre_detected: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    """Per-document sections added by checks (e.g. exclusions, summary)."""
    text: str | None = field(default=None, repr=False, compare=False)
    """The normalised document text the offsets point into; kept for the HTML report.
    Not part of the JSON output (to_dict leaves it out)."""
    outline: tuple[tuple[int, int, int], ...] = field(default=(), repr=False, compare=False)
    """(start, end, level) of each heading in ``text``, for the HTML report's sections."""
    pages: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)
    """(offset in ``text``, page number) where each page of a paged source (PDF) starts,
    for the HTML report's page markers. Empty for formats without pages."""

    def counts(self) -> dict[str, int]:
        out = {s.label: 0 for s in Severity}
        for finding in self.findings:
            out[finding.severity.label] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "language": self.language,
            "language_detected": self.language_detected,
            "profile": self.profile,
            "profile_detected": self.profile_detected,
            "genre": self.genre,
            "genre_detected": self.genre_detected,
            "word_count": self.word_count,
            "sentence_count": self.sentence_count,
            "counts": self.counts(),
            "metrics": self.metrics,
            "notes": list(self.notes),
            **self.extra,
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be checked, and why."""

    path: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message}


@dataclass
class RunResult:
    documents: list[DocumentResult] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    """The paths of the files read, as the system names them (``documents`` and
    ``failures`` show escaped names, clarity/core/shownpath.py): no report may replace one."""

    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    def to_dict(self) -> dict[str, Any]:
        totals = {s.label: 0 for s in Severity}
        for doc in self.documents:
            for key, value in doc.counts().items():
                totals[key] += value
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "clarity", "version": _version()},
            "summary": {
                "files_checked": len(self.documents),
                "files_failed": len(self.failures),
                "findings": sum(totals.values()),
                **totals,
            },
            "documents": [d.to_dict() for d in self.documents],
            "errors": [f.to_dict() for f in self.failures],
        }


def _version() -> str:
    from clarity._version import __version__

    return __version__
