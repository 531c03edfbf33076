"""Data that flows from the exclusion detector to the checks and the JSON output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BURYING = frozenset(
    {
        "not-under-exclusion-heading",
        "in-definition",
        "long-sentence",
        "in-parentheses",
        "late-in-document",
        "fine-print",
        "hidden-text",
    }
)
"""The reasons that make an exclusion buried (the annotation guideline's rule). The
others (a cross-reference, a "provided that", absence from the summary) are evidence
shown with a buried exclusion, and W102's business, but bury nothing on their own."""


def is_buried(reasons: tuple[str, ...]) -> bool:
    return any(r in BURYING for r in reasons)


@dataclass
class Exclusion:
    """One clause that excludes or limits cover (or, for loans, one cost clause)."""

    start: int
    end: int
    source: str
    """How it was found: "sentence" (a trigger), "heading" (item under an exclusion
    heading) or "lead-in" (item after a line such as "We will not pay for:")."""
    family: str
    """Trigger family ("not-covered", "cap", ...); "listed" for items without a trigger."""
    trigger_start: int
    trigger_end: int
    block: int
    sentence_start: int
    sentence_end: int
    heading: str = ""
    """The exclusion heading or lead-in text it sits under, if any."""
    topic: str = ""
    named_topic: bool = False
    """True when the clause names a topic of the vocabulary (``theme``)."""
    theme: str = ""
    """The named topic of the vocabulary the clause speaks of ("flood"), if any: what
    the up-front summary must mention."""
    announced: bool = False
    """An item of a list whose lead-in paragraph announces exclusions ("We will not pay
    for:"), which a reader takes as the list's heading."""
    reasons: tuple[str, ...] = ()
    in_summary_section: bool = False
    name_list: int = 0
    """The size of the long list of bare names under one heading this name is one of
    ("Non-Covered Medication List"), said once wherever it is shown (name_lists.py);
    0 for any other exclusion."""
    list_start: int = -1
    """Where that list's first name starts (the list's identity); -1 outside a list."""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def buried(self) -> bool:
        """Buried by the annotation guideline's rule (see ``burial.BURYING``)."""
        return is_buried(self.reasons)

    def to_dict(
        self, line: int, end_line: int, text: str, page: int | None = None
    ) -> dict[str, Any]:
        """The whole clause, whitespace collapsed, and where it is."""
        return {
            "start": self.start,
            "end": self.end,
            "line": line,
            "end_line": end_line,
            "topic": self.topic,
            "theme": self.theme,
            "family": self.family,
            "source": self.source,
            "heading": self.heading,
            "buried": self.buried,
            "reasons": list(self.reasons),
            "page": page,
            "name_list": self.name_list,
            "list_start": self.list_start if self.name_list else None,
            "text": " ".join(text.split()),
        }
