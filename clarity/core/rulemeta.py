"""Rule metadata and severities: what `clarity rules`, `explain`, docs and SARIF show.

Every rule's metadata is data, read from the rule packs under rules/ (see
rules/README.md and clarity/rules/packs.py); a check keeps only behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r}; use info, warning or error") from None

    @property
    def label(self) -> str:
        # A dict lookup: ``self.name`` goes through the enum machinery, and the
        # score asks for the label of every finding of every section.
        return _LABELS[self]


_LABELS = {severity: severity.name.lower() for severity in Severity}


@dataclass(frozen=True)
class Example:
    """A text a rule must flag (``flagged``) or must leave alone, in one language."""

    text: str
    language: str
    flagged: bool


@dataclass(frozen=True)
class RuleMeta:
    """Everything a user may ask about a rule; the single source for all docs."""

    code: str
    name: str
    severity: Severity
    category: str
    summary: str
    """One line: what is wrong and why it matters."""
    languages: tuple[str, ...] = ("en", "fi")
    description: str = ""
    plain: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()
    profiles: tuple[str, ...] = ()
    """Profiles the rule runs under; empty means every profile."""
    genres: tuple[str, ...] = ()
    """Genres the rule runs on (statute, consumer, business, loan, generic); empty means
    every genre. A rule that asks the writer to say "you" and "we" lists the genres that
    speak to their reader, so it stays quiet on a statute."""
    origin: str = ""
    """The rule pack (YAML file) that defines the rule."""
    group: str = ""
    """Say a repeated problem once (clarity/run/grouping.py): ``"rule"``, one finding per
    document for the rule (a pattern rule names one term, in all its forms);
    ``"term"``, one per distinct matched words; ``"advice"``, one per distinct message
    and suggestion; the finding carries the count and every
    other place (``Finding.occurrences``). Empty: one finding per match."""
    options: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    default: bool = True
    """On by default. An opt-in rule (``default: false`` in its pack, as ruff keeps preview
    rules off) runs only when ``select`` or ``extend-select`` names it, by code or prefix."""
    opt_in_reason: str = ""
    """Why an opt-in rule is off by default: its measured precision (issue 19)."""
    default_genres: tuple[str, ...] = ()
    """Genres where an opt-in rule is on by default all the same, because it was measured
    right there (W101 on consumer policies); elsewhere it waits to be selected."""

    def on_by_default(self, genre: str) -> bool:
        """Whether the rule runs, unselected, on a document of this genre."""
        return self.default or genre in self.default_genres

    def runs_on(self, profile: str, genre: str) -> bool:
        """Whether the rule applies to a document of this profile and genre."""
        return (not self.profiles or profile in self.profiles) and (
            not self.genres or genre in self.genres
        )

    @property
    def fail_examples(self) -> tuple[str, ...]:
        return tuple(e.text for e in self.examples if e.flagged)

    @property
    def pass_examples(self) -> tuple[str, ...]:
        return tuple(e.text for e in self.examples if not e.flagged)

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")
