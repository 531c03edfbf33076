"""Words a list's last item carries after its own end, which qualify every item.

Some lists end with a phrase set after the last item's semicolon (or after a last item
that ends on no stop, which a PDF reader may set as a paragraph of its own) that each item
needs:
"The negligent: | a. Employment; | b. Supervision; | c. Retention; | of a person for
whom any insured is or ever was legally responsible ...", "Faulty, inadequate or
defective: | ... | d. Maintenance; | of part or all of any property ...". Without it
"Negligent employment" reads as if every claim of negligent hiring were excluded; the
bullet of each item takes the tail on, cut short with "…" when it is long.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.continued import LEAD
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import trim_end

SHARED_TAIL = re.compile(r";\s+(of\s+(?:a|an|the|any|part|all|each|every)\b[^;]*?)[\s.;]*$")
"""The tail after the last item's own semicolon: "of" and what it qualifies."""
MAX_TAIL_WORDS = 14
"""Most words of a tail a bullet shows; a longer one is cut (before its first "and",
where that comes soon enough) and ends in "…"."""


def shared_tails(exclusions: list[Exclusion], text: str) -> dict[tuple[int, int], str]:
    """For each lead-in (its span) whose last item carries such a tail, the tail."""
    lists: dict[tuple[int, int], list[Exclusion]] = {}
    for exclusion in exclusions:
        lead = exclusion.extra.get(LEAD)
        if lead:
            lists.setdefault((lead[0], lead[1]), []).append(exclusion)
    out = {}
    for key, items in lists.items():
        item = max(items, key=lambda found: found.start)
        others = [_is_bare(text, other) for other in items if other is not item]
        found = SHARED_TAIL.search(" ".join(text[item.start : item.end].split()))
        own = text[item.start : item.end].rstrip()
        if found is None and sum(others) >= MIN_BARE_ITEMS and sum(others) * 4 >= len(others) * 3:
            # "f. hiring, | g. training or | h. retention of a person for whom ...": a
            # reader ran the tail into the last item, and the items before it are (three
            # in four at least) bare words, which the tail qualifies as much as the last
            found = _TAIL_RUN_IN.match(" ".join(own.split()))
        if found is None and not own.endswith((".", ";", ":", ",")) and not _LINK_END.search(own):
            # "e. Retention" / "of a person for whom ...": a reader set the tail apart (not
            # "... sprinkler system or" / "of a household appliance": the item goes on)
            found = _TAIL_APART.match(" ".join(text[item.end : item.end + _TAIL_CHARS].split()))
        if found and len(items) > 1:
            out[key] = found.group(1)
    return out


_TAIL_APART = re.compile(r"^(of\s+(?:a|an|the|any|part|all|each|every)\b[^;.:]*)")
"""The tail set as a paragraph of its own after the last item, which ends on no stop."""
_TAIL_RUN_IN = re.compile(
    r"^[\w-]+(?:\s+[\w-]+)?\s+(of\s+(?:a|an|the|any|part|all|each|every)\s+(?:\S+\s+){3,}[^;]*?)"
    r"[\s.;]*$"
)
"""A last item of one or two words with a tail of four or more words run into it."""
MIN_BARE_ITEMS = 4
MAX_BARE_WORDS = 3
"""Items of at most three words, at least four of them before the last: only then is the
last item's "of ..." the whole list's."""


def _is_bare(text: str, item: Exclusion) -> bool:
    return len(text[item.start : item.end].split()) <= MAX_BARE_WORDS


_LINK_END = re.compile(r"\b(?:or|and|nor|of|to|the|a|an|any)$", re.IGNORECASE)
"""An item that ends on a link word goes on in the text after it."""
_TAIL_CHARS = 400
"""Most characters after the last item read for a tail set apart."""


def with_shared_tail(
    lex: CompiledLexicon, exclusion: Exclusion, shown: str, tails: dict[tuple[int, int], str]
) -> str:
    """The bullet with its list's tail after it, when the list has one the bullet lacks."""
    lead = exclusion.extra.get(LEAD)
    tail = tails.get((lead[0], lead[1])) if lead else None
    if not tail or not shown or shown.endswith("…") or tail.lower() in shown.lower():
        return shown
    words = tail.split()
    if len(words) <= MAX_TAIL_WORDS:
        return f"{shown.rstrip(' ;,')} {tail}"
    cut = next((i for i, w in enumerate(words[:MAX_TAIL_WORDS]) if w.lower() == "and"), None)
    kept = trim_end(lex, words[: cut or MAX_TAIL_WORDS])
    return f"{shown.rstrip(' ;,')} {' '.join(kept)} …"
