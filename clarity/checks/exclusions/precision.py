"""Precision filters: text the detector would take for an exclusion that takes no cover
away.

Each filter is one principle that holds across publishers, with its words in the
lexicon (rules/<lang>/exclusions.yml); a lexicon without the key leaves the filter
off. Two kinds:

- lead-ins and weak triggers (used by the walker in ``detect.py``): a list item is an
  exclusion only when its lead-in takes cover away. A condition's only word about
  cover must not be what *you* pay ("We can arrange ... if you do not pay:" takes no
  cover away, so neither do its items), and a trigger in an earlier clause that a
  reader ran into the lead-in's paragraph ("... provided that ...\nA9.6 The level is
  corrected if:") is not the lead-in's own, so its items are not exclusions unless
  they exclude on their own.
- clauses (``drop_imprecise``, after detection): a definition that merely defines
  ("X shall mean a doctor ... other than ..."; a definition excludes only by a strong
  trigger, "... excluding nasal bones"), and an extension of cover with a condition or
  an "other than" in it ("this insurance is extended to ...", "... shall also be
  recoverable provided that ...").

- a clause with no word but figures and function words ("to 30% 0% 0%"): a table row;
  a clause that is only a lead-in ("we don't cover:"): its items are the exclusions.
- a clause whose own trigger names what stays excluded elsewhere ("However, we will
  pay for damage not otherwise excluded ..."): it gives cover back (``give_back_triggers``).
- a condition whose proviso is about how a claim is settled or documented, not about
  the loss ("we will pay the full cost, provided the sum insured is adequate", "we will
  only refund claims when we have a receipt", "... provided that they comply with the
  terms of this policy"): it takes no kind of loss out of cover (``settlement_provisos``,
  searched from the trigger on). The guideline counts a condition of cover when it says
  whether cover applies, not how a benefit is paid.

Other give-backs, explanatory text and phrases that only look like triggers need no code:
they are words in ``not_exclusion`` and ``not_triggers``; ``is_contents`` tells a table of
contents.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import is_function

_CLAUSE_NUMBER = re.compile(r"(?m)^[ \t]*[A-Z]?\d+(?:\.\d+)+[ \t]+\S")
"""A numbered clause starting a line ("A9.6 For liability ..."): a new provision, even
when a reader ran it into the paragraph before."""


def about_cover(lex: CompiledLexicon, segment: str) -> bool:
    """Does the segment speak about cover, once phrases that only look like it (what
    *you* pay: "if you do not pay the premium") are blanked?"""
    if lex.cover_context is None:
        return False
    blank = lex.pattern("not_cover_context")
    if blank is not None:
        segment = blank.sub(lambda m: " " * len(m.group(0)), segment)
    return lex.cover_context.search(segment) is not None


def trigger_in_earlier_clause(piece: str, trigger_offset: int) -> bool:
    """Is the trigger (offset into ``piece``) before a numbered clause that starts a
    later line of the same sentence? Then the lead-in that ends the sentence is that
    later clause, and the trigger is not its own."""
    last = None
    for match in _CLAUSE_NUMBER.finditer(piece):
        if match.start() > 0:
            last = match
    return last is not None and trigger_offset < last.start()


def _defines(lex: CompiledLexicon, clause: str) -> bool:
    return lex.matches("defines", clause)


def names_other_exclusions(
    lex: CompiledLexicon, text: str, trigger_start: int, trigger_end: int, floor: int = 0
) -> bool:
    """Is the trigger at ``text[trigger_start:trigger_end]`` one that names what stays
    excluded elsewhere ("not otherwise excluded", "which would otherwise be excluded")?
    Read with the few words before it, not before ``floor`` (its sentence's start)."""
    lo = max(floor, trigger_start - 24)
    return lex.matches("give_back_triggers", text[lo:trigger_end])


def _gives_back(lex: CompiledLexicon, text: str, exclusion: Exclusion) -> bool:
    """Is the clause's own trigger one that names what stays excluded elsewhere ("not
    otherwise excluded")? Then the clause gives cover, it takes none away."""
    if exclusion.trigger_end <= exclusion.trigger_start:
        return False
    return names_other_exclusions(
        lex, text, exclusion.trigger_start, exclusion.trigger_end, exclusion.sentence_start
    )


def keep(lex: CompiledLexicon, text: str, exclusion: Exclusion) -> bool:
    """Is the detected clause still an exclusion under the precision principles?"""
    clause = text[exclusion.start : exclusion.end]
    family = exclusion.family
    weak = family in lex.weak
    defining_families = lex.weak | frozenset(lex.raw.get("defining_families") or ())
    if family in defining_families and _defines(lex, clause):
        return False  # "X shall mean a doctor ... other than ...": it defines
    if _names_nothing(lex, clause) or _lead_in_alone(lex, text, exclusion):
        return False  # "to 30% 0% 0%"; "Like most insurers, we don't cover:" alone
    if exclusion.source != "lead-in" and _gives_back(lex, text, exclusion):
        return False  # "However, we will pay for damage not otherwise excluded"
    proviso = weak or family in (lex.raw.get("proviso_families") or ())
    if proviso and _settles_only(lex, text[exclusion.trigger_start : exclusion.end]):
        return False  # "... provided the sum insured is adequate"
    return not (weak and lex.matches("extends_cover", clause))


def _settles_only(lex: CompiledLexicon, condition: str) -> bool:
    """Does the condition only ask how a claim is settled or documented
    (``settlement_provisos``)? Not when, before it asks for the invoices, it sets a time
    the insured event must fall in ("payable only if treatment is given within two (2)
    years of the Accident, provided ... the original invoices are submitted":
    ``condition_time_limits``): that time takes late treatment out of cover."""
    settlement = lex.pattern("settlement_provisos")
    found = settlement.search(condition) if settlement is not None else None
    if found is None:
        return False
    return not lex.matches("condition_time_limits", condition[: found.start()])


def _names_nothing(lex: CompiledLexicon, clause: str) -> bool:
    """Does the clause hold no word but figures and function words ("to 30% 0% 0%",
    "You are not covered for:")? Then it names nothing that could be excluded: a table
    row cut at a figure taken for a list number, or a lead-in left without its items."""
    if _MEASURE_ROW.match(clause):
        return True  # "Length – 8m": a row of a table of values, under "not more than:"
    return all(is_function(lex, word) for word in _LETTER_WORD.findall(clause))


_MEASURE_ROW = re.compile(
    r"^\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[–—:-]\s*\d[\d.,]*\s*[^\W\d_]{0,3}\W*$"
)
"""A label and one figure ("Length – 8m", "Weight: 3,500 kg"): the value of a measure."""
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _lead_in_alone(lex: CompiledLexicon, text: str, exclusion: Exclusion) -> bool:
    """Is the clause only a lead-in ("Like most insurers, we don't cover:", nothing after
    the trigger), as an item over its own sub-items or a line whose list a reader did
    not give it? It names nothing that is excluded; its items are the exclusions."""
    if exclusion.source == "lead-in" or exclusion.trigger_end <= exclusion.trigger_start:
        return False
    if not text[exclusion.start : exclusion.end].rstrip().endswith(":"):
        return False
    after = text[exclusion.trigger_end : exclusion.end]
    return all(is_function(lex, word) for word in _LETTER_WORD.findall(after))


def drop_imprecise(lex: CompiledLexicon, text: str, found: list[Exclusion]) -> list[Exclusion]:
    """The exclusions that ``keep`` keeps, in their order."""
    return [e for e in found if keep(lex, text, e)]


_CONTENTS_LINE = re.compile(r"\S.*?[\s.·…_-](?:\d{1,3}|[ivxlc]{1,6})\s*$")


def contents_line(line: str) -> bool:
    """One line of a table of contents: a title, then its page number."""
    return _CONTENTS_LINE.match(line.strip()) is not None


_LEADER_END = re.compile(r"\.{4,}\s*((?:\d{1,4}|[ivxlc]{1,6})\s*)?$")
"""A dot leader at the end of a line, and its page number when the line holds it."""

_PAGE_AFTER = re.compile(r"[ \t]*(?:\d{1,4}|[ivxlc]{1,6})[ \t]*(?:\n|$)")
"""A page number that the sentence splitter cut off after a dot leader, the rest of its line."""

MAX_ENTRY_WORDS = 20


def leader_entry(piece: str, following: str = "") -> bool:
    """A contents entry wherever it stands: a short title, a dot leader and its page
    number, in the piece or just after it (``following``: the text after the piece).
    A form's blank to fill in ("We will not pay more than $ ........", "the first
    ........ of any claim") has no page number after it, or no word before it."""
    text = piece.strip()
    found = _LEADER_END.search(text)
    if found is None or not (found.group(1) or _PAGE_AFTER.match(following)):
        return False
    words = text[: found.start()].split()
    last = words[-1].lower().rstrip(".") if words else ""
    return len(words) <= MAX_ENTRY_WORDS and last.isalpha()


def is_contents(piece: str, following: str = "") -> bool:
    """Lines of a table of contents: most lines end in a page number (a roman one in
    the front matter: "Our contract with you xii"), or one entry with its dot leader
    (``following``: the text after the piece, where a page number cut off from it is)."""
    if leader_entry(piece, following):
        return True
    lines = [line for line in piece.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    numbered = sum(1 for line in lines if contents_line(line))
    return numbered >= 2 and numbered * 2 >= len(lines)
