"""Findings and results: plain, picklable data, the same shape as the JSON output."""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from operator import attrgetter
from typing import Any

from clarity.rulemeta import Severity

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Finding:
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
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Extra structured detail a check wants to report (e.g. an exclusion's topic)."""
    fingerprint: str = ""
    """Identity that survives unrelated edits (rule + matched text + sentence); see baseline."""

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)

    def evolve(self, **changes: Any) -> Finding:
        """A copy with ``changes``: what ``dataclasses.replace`` gives, without its cost.

        ``replace`` re-runs ``__init__`` field by field; the engine copies every
        finding twice (location, fingerprint), which on a long policy with tens of
        thousands of findings was a tenth of the analysis time. Finding has no
        ``__post_init__`` and no slots, so copying its ``__dict__`` is the same.
        """
        if not changes.keys() <= self.__dict__.keys():
            unknown = sorted(changes.keys() - self.__dict__.keys())
            raise TypeError(f"Finding has no field(s) {unknown}")
        copy = object.__new__(Finding)
        copy.__dict__.update(self.__dict__)
        copy.__dict__.update(changes)
        return copy

    def placed(
        self,
        severity: Severity,
        place: tuple[int, int, int, int, int | None, int | None],
        fingerprint: str,
    ) -> Finding:
        """``evolve`` with the severity, the place (line, column, end line, end column,
        page, paragraph, as ``Document.locate`` gives them) and the fingerprint that the engine
        gives every finding it keeps: field names known, no keywords to check."""
        copy = object.__new__(Finding)
        state = copy.__dict__
        state.update(self.__dict__)
        state["severity"] = severity
        (
            state["line"],
            state["column"],
            state["end_line"],
            state["end_column"],
            state["page"],
            state["paragraph"],
        ) = place
        state["fingerprint"] = fingerprint
        return copy

    @classmethod
    def fast(cls, **values: Any) -> Finding:
        """``Finding(**values)`` without the cost of a frozen dataclass's ``__init__``.

        That sets each of the nineteen fields through ``object.__setattr__``; checks
        make a Finding per match, thousands per policy. The instance dict is filled
        in field order from the defaults, as ``__init__`` would fill it.
        """
        keys = values.keys()
        if not (keys <= _FIELDS and keys >= _REQUIRED):
            unknown, missing = sorted(keys - _FIELDS), sorted(_REQUIRED - keys)
            raise TypeError(f"Finding: unknown fields {unknown}, missing {missing}")
        finding = object.__new__(cls)
        state = finding.__dict__
        state.update(_TEMPLATE)
        state["data"] = {}
        state.update(values)
        return finding

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: what ``dataclasses.asdict`` gives (fields in order, ``data``
        copied deeply), built directly; ``asdict`` recursed into every string and
        took half the time of writing a large JSON report."""
        out = {name: self.__dict__[name] for name in _ORDER}
        out["severity"] = self.severity.label
        out["evidence"] = list(self.evidence)
        out["data"] = _copied(self.data)
        return out


SORT_KEY = attrgetter("start", "end", "code")
"""``Finding.sort_key`` as one C call: the same tuples, for sorting thousands of findings."""

_TEMPLATE: dict[str, Any] = {
    f.name: None if f.default is MISSING else f.default for f in fields(Finding)
}
_FIELDS = frozenset(_TEMPLATE)
_ORDER = tuple(_TEMPLATE)


def _copied(value: Any) -> Any:
    """A deep copy of JSON-like data (dicts, lists, tuples), as ``asdict`` makes it."""
    if isinstance(value, dict):
        return {_copied(k): _copied(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_copied(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


_REQUIRED = frozenset(
    f.name for f in fields(Finding) if f.default is MISSING and f.default_factory is MISSING
)


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
    extra: dict[str, Any] = field(default_factory=dict)
    """Per-document sections added by checks (e.g. exclusions, summary)."""
    text: str | None = field(default=None, repr=False, compare=False)
    """The normalised document text the offsets point into; kept for the HTML report.
    Not part of the JSON output (to_dict leaves it out)."""
    outline: tuple[tuple[int, int, int], ...] = field(default=(), repr=False, compare=False)
    """(start, end, level) of each heading in ``text``, for the HTML report's sections."""

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
    ``failures`` show escaped names, clarity/shownpath.py): no report may replace one."""

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
    from clarity import __version__

    return __version__
