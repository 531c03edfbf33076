"""The exception a draft bullet shows (draft.py): in the clause's words when short
("Cardiac surgery, unless approved in advance"), else its first alternative or its
opening word and "…", so a bullet never reads wider than its clause without saying
that an exception follows; and what a list's lead-in excepts for all its items."""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import TRAILING, WORD, is_function

MAX_EXCEPTION_WORDS = 16
"""An exception shown in a bullet ("..., unless the items are on racks 15 cm above the
floor") has no more words than this; a longer one shows its first word and "…"."""
_EXCEPTION_END = re.compile(r"[.;:]\s|[.;:]$|\)|,\s+(?:or|and)\b|\s(?:or|and)\s*$")


_OPENINGS = r"except|unless|other\s+than|save|but\s+not"
LIFTS = re.compile(
    rf"(?:{_OPENINGS}|until\s+(?:the\s+)?(?:expiry|end|completion)\s+of)\b", re.IGNORECASE
)
"""The words of ``draft_exceptions`` that open an exception a bullet can show."""
_SHOWN_EXCEPTION = re.compile(rf",\s+(?:{_OPENINGS}|until)\b", re.IGNORECASE)
"""... as a bullet shows them (``opening_words``: "until" for "until the expiry of")."""


def shows_exception(bullet: str) -> bool:
    """Does a bullet show the exception its clause makes (``with_exception``)?"""
    return _SHOWN_EXCEPTION.search(bullet) is not None


def with_exception(lex: CompiledLexicon, shown: str, rest: str, found: re.Match[str]) -> str:
    """The bullet and the exception its clause makes, in the clause's words: "…" would
    hide what gives cover back ("Cardiac surgery, unless approved in advance"), and a
    reader who sees the exclusion without it believes it wider than it is. A long
    exception, or one that points elsewhere ("except as provided in Clause 9 above") or
    names an amount, shows its opening word ("..., unless …"), so the bullet still says
    one follows."""
    if not LIFTS.match(found.group(0)):
        return shown + " …"  # "... shall not apply to this Policy": no exception to show
    end = _EXCEPTION_END.search(rest, found.end())
    stop = end.start() if end is not None else len(rest)
    following = LIFTS.search(rest, found.end(), stop)
    if (
        following is not None
        and rest[: following.start()].rstrip().endswith(",")
        and len(WORD.findall(rest[found.start() : stop])) > MAX_EXCEPTION_WORDS
    ):
        # "other than you, | unless you have notified us in writing ...": two exceptions,
        # the second too long to show; the first is shown whole
        stop = following.start()
    exception = " ".join(rest[found.start() : stop].split()).rstrip(" ,(")
    lead = shown.rstrip(" ,") + ("," if not shown.endswith("(") else "")
    more = bool(TRAILING.sub("", rest[stop:]).strip(" ,;:.)"))
    if (
        len(WORD.findall(exception)) <= MAX_EXCEPTION_WORDS
        and exception.count("(") == exception.count(")")
        and not lex.matches("draft_not_standalone", exception)
    ):
        if more and (second := LIFTS.search(rest, stop)) is not None:
            # "Winter Sports, other than curling or ice skating, unless …": a second
            # exception follows, and a bare "…" would hide it
            return f"{lead} {exception}, {opening_words(second)} …"
        return f"{lead} {exception}" + (" …" if more else "")
    window = lex.pattern("draft_exception_windows")
    counted = window.match(exception) if window is not None else None
    if counted is not None:
        # "..., until the expiry of 36 months of continuous coverage …": how long the
        # exclusion lasts is what the reader needs; the date it counts from may wait
        return f"{lead} {counted.group(0)} …"
    first = _first_alternative(lex, exception)
    if first:
        # "Flying, except as a fare-paying passenger of a recognised airline …": the
        # common case the exception gives back, not a bare "except …"
        return f"{lead} {first} …"
    return f"{lead} {opening_words(found)} …"


MIN_ALTERNATIVE_WORDS = 5
"""The first alternative of a long exception is shown when it has at least this many
words: "unless you …" says no more than "unless …"."""
_ALTERNATIVE_OR = re.compile(
    r"\s+or\s+(?!(?:in\s+part|indirectly|partly|partially|not)\b)", re.IGNORECASE
)
"""An "or" that may open an exception's next alternative, not one inside a pair of words
("in whole or in part", "directly or indirectly", "whether or not")."""
_ENUMERATED = re.compile(r",\s*(?:\S+\s+)?\S+$")
"""An "or" that ends an enumeration ("caused by Injury, deformity | or ...") ..."""
_MODIFIER = r"[^\W\d_]+(?:al|ive|ic|ous|ary|ed|ing)"
_MODIFIERS = re.compile(rf"\b{_MODIFIER}$|^{_MODIFIER}\b", re.IGNORECASE)
"""... or joins two modifiers of one noun ("experimental | or investigational
interventions", "owned | or leased aircraft"): the alternatives are cut mid-phrase, and
the exception is shown by its opening word."""


def _first_alternative(lex: CompiledLexicon, exception: str) -> str:
    """The words of a long exception up to the first "or" that opens its next
    alternative ("except as a bona fide, fare-paying passenger of a recognized airline |
    or Pilots and cabin crew of ..."), when they are ``MIN_ALTERNATIVE_WORDS`` to
    ``MAX_EXCEPTION_WORDS`` words and hold at most one comma; empty when none does, or
    when an "or" before it ends an enumeration or joins two modifiers. Never cut at
    "and": what follows it is a further condition, and the exception shown would give
    back more than the wording does."""
    for found in _ALTERNATIVE_OR.finditer(exception):
        first = exception[: found.start()].rstrip(" ,")
        count = len(WORD.findall(first))
        if count > MAX_EXCEPTION_WORDS or _ENUMERATED.search(first):
            return ""
        if _MODIFIERS.search(first) and _MODIFIERS.search(exception[found.end() :]):
            return ""
        last = first.split()[-1].lower() if first.split() else ""
        if (
            count >= MIN_ALTERNATIVE_WORDS
            and first.count(",") <= 1
            and first.count("(") == first.count(")")
            and not is_function(lex, last)
            and not lex.matches("draft_not_standalone", first)
        ):
            return first
    return ""


def marked_by_lead_in(lex: CompiledLexicon, bullet: str, lead_in: str) -> str:
    """The bullet of a list item with what its lead-in says of all the items: the
    exception it makes (", unless …": "We will not cover the following losses unless they
    result from a covered peril:" / "to tires"), or the time window the items are
    excluded in, shown from its preposition ("a stroke" under "... first
    occurs in the 90 days following the application date:" is "Stroke, in the 90 days
    following the application date …"), else "…")."""
    if bullet.endswith("…"):
        return bullet
    opening = lead_in_exception(lex, lead_in)
    if (
        opening
        and not shows_exception(bullet)
        and not re.search(rf"\b{opening}\b", bullet, re.IGNORECASE)
    ):
        return f"{bullet.rstrip(' ,')}, {opening} …"
    if lex.matches("draft_lead_in_window", lead_in):
        window = lex.pattern("draft_window_phrase")
        found = window.search(lead_in) if window is not None else None
        if found is not None:
            # "Stroke, in the 90 days following the application date …": the window is
            # what makes it an exclusion; "…" for the anchors it does not show
            shown = " ".join(found.group(0).split())
            return f"{bullet.rstrip(' ,')}, {shown[:1].lower()}{shown[1:]} …"
        return bullet + " …"
    return bullet


def opening_words(found: re.Match[str]) -> str:
    """The words that say an exception follows: "unless", "other than", "until"."""
    words = found.group(0).split()
    return " ".join(words[:2]) if words[0].lower() in ("other", "but") else words[0]


def lead_in_exception(lex: CompiledLexicon, lead_in: str) -> str | None:
    """The word that opens the exception a list's lead-in makes for all its items ("We
    will not cover the following losses unless they result from a peril you are covered
    for:" -> "unless"), if it makes one (``draft_lead_in_exception``): each item's bullet
    says one follows. None for a pointer ("unless otherwise stated") or an exception the
    items complete ("unless caused by:")."""
    word = lex.pattern("draft_lead_in_exception")
    found = word.search(lead_in) if word is not None else None
    if found is None:
        return None
    pointer = lex.pattern("draft_lead_in_exception_pointer")
    if pointer is not None and pointer.match(lead_in[found.end() :]):
        return None
    if lex.matches("draft_lead_in_exception_completed", lead_in):
        return None
    return found.group(0).lower()
