"""Data that flows from the exclusion detector to the checks and the JSON output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    """True when the topic came from the topic vocabulary (not from the clause's words)."""
    reasons: tuple[str, ...] = ()
    in_summary_section: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, line: int, end_line: int, text: str) -> dict[str, Any]:
        snippet = " ".join(text.split())
        return {
            "start": self.start,
            "end": self.end,
            "line": line,
            "end_line": end_line,
            "topic": self.topic,
            "family": self.family,
            "source": self.source,
            "heading": self.heading,
            "buried": bool(self.reasons),
            "reasons": list(self.reasons),
            "text": snippet[:300],
        }
