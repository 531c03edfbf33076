"""The draft bullet of a list item whose lead-in's words are part of what it excludes.

Most items of an exclusions list stand alone once the lead-in's "We do not cover:" is
gone ("Wear and tear"). Some do not: the lead-in's last words are half of the item's
phrase, and the item alone says something else, sometimes the opposite.

* A payer lead-in ("expenses that are covered by: | Medicare", "... an insured whose
  business is: | Advertising"): the item names who pays or what kind of insured, and the
  bullet keeps those words ("Covered by Medicare").
* A bounding lead-in ("incidents that take place outside: | Australia", "We will not pay
  more than: | $2,500 for any one occurrence"): the item is the bound, and alone reads as
  the thing excluded ("Australia"); the bullet keeps the lead-in's words after its
  trigger ("Incidents that take place outside Australia").
* A titled lead-in ('Employer's Liability | "Bodily injury" to: | ... Employment by the
  insured'): the clause under a run-in title is one exclusion whose items complete its
  phrase, and the title names it as it does a clause without items ("Employer's
  Liability …"), so its items share that one bullet.
"""

from __future__ import annotations

from clarity.checks.exclusions.draft_clause import WORD
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import word_set
from clarity.checks.exclusions.topics import after_run_in_title, clean_piece
from clarity.checks.exclusions.triggers import find_trigger

MAX_BOUND_WORDS = 10
"""Most words a bounding lead-in may bring to its item's bullet; longer, no bullet."""


def lead_in_bullet(lex: CompiledLexicon, exclusion: Exclusion, topic: str) -> str | None:
    """The bullet an item's lead-in words shape, or None when its lead-in is plain."""
    if exclusion.source != "lead-in":
        return None
    lead_in = " ".join(exclusion.heading.split())
    payer = lex.pattern("draft_payer_lead_in")
    found = payer.search(lead_in) if payer else None
    if found is not None:
        return f"{found.group('words')} {topic}"
    if exclusion.trigger_end > exclusion.trigger_start:
        return None  # "... We will not pay for loss to laptops": the item's own words
    title = clause_title(lex, exclusion)
    if title:
        return f"{title} …"
    bound = lex.pattern("draft_bounding_lead_in")
    if bound is not None and bound.search(lead_in):
        return _bounded(lex, lead_in, topic)
    return None


def clause_title(lex: CompiledLexicon, exclusion: Exclusion) -> str:
    """The run-in title that opens an item's lead-in and names its clause, which its
    items share as one bullet; "" when there is none, or when it is a generic heading
    ("D7.5 Exclusions") that names no clause."""
    if exclusion.source != "lead-in" or exclusion.trigger_end > exclusion.trigger_start:
        return ""
    lead_in = clean_piece(exclusion.heading)
    rest = after_run_in_title(lex, lead_in)
    if rest == lead_in:
        return ""
    title = lead_in[: len(lead_in) - len(rest)].strip(" -–—")
    if lex.matches("heading_nouns", title) or title.lower() in word_set(
        lex, "draft_generic_headings"
    ):
        return ""
    return title


def _bounded(lex: CompiledLexicon, lead_in: str, topic: str) -> str:
    """The lead-in's words after its trigger, then the item: "More than $2,500 for any
    one occurrence"; "" when those words are too many for a bullet."""
    trigger = find_trigger(lex, lead_in, 0, len(lead_in), need_context=False)
    words = lead_in[trigger.end :] if trigger is not None else lead_in
    words = words.strip(" :–-")
    if not words or len(WORD.findall(words)) > MAX_BOUND_WORDS:
        return ""
    return f"{words[:1].upper()}{words[1:]} {topic}"
