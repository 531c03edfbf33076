"""Lists inside list items: where an exclusion's span starts and ends when items nest.

The walker in ``detect.py`` treats every item under an exclusion lead-in as one
exclusion. An item of a list of cover that ends by opening a list of exclusions ("•
What we exclude: We will not cover you for any breakage:" then "(a) of glass ...")
needs more: the lead-in sentence names no exclusion by itself, the sub-items under it
are the exclusions, and reported alone the lead-in is a fragment a reader cannot use.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.leads import FIRST_MARKERS, marker_class
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.triggers import Trigger, find_trigger
from clarity.readers.structure import LIST_MARKER, list_marker
from clarity.text.sentences import Sentence


def exclusion_list_opener(
    lex: CompiledLexicon, text: str, sentence: Sentence, lead_families: frozenset[str]
) -> Trigger | None:
    """The trigger of a sentence that opens a list of exclusions with a colon ("We will
    not pay any claim caused by:") or with its excluding word ("(2) Storm or flood
    excluding" over "(a) frost", "(b) gates and fences"), or None. A weak trigger ("only if:") lists
    conditions, not exclusions, so it opens none."""
    piece = text[sentence.start : sentence.end].rstrip()
    if not (piece.endswith(":") or lex.matches("opener_end", piece)):
        return None
    trig = find_trigger(lex, text, sentence.start, sentence.end, need_context=False)
    if trig is None or trig.family not in lead_families or trig.family in lex.weak:
        return None
    return trig


def opens_inner_list(text: str, marker: str, next_marker: str | None) -> bool:
    """Does an item start with the first marker of the list after it ("3. (a) wear and
    tear, breakdown," then "(b) date failure")? Then the item is that inner list's first
    item, numbered twice on one line, not a lead-in over it: it excludes as its siblings
    do."""
    if next_marker is None:
        return False
    outer = LIST_MARKER.match(text)
    if outer is None or outer.group(1) != marker:
        return False
    inner = list_marker(text[outer.end() :])
    if inner is None or inner.strip("()[]. ") not in FIRST_MARKERS:
        return False  # "(e) 5. Impact": a list numbered twice over, no list inside
    return marker_class(inner, marker) == marker_class(next_marker, inner)


_RUN_IN_TITLE = re.compile(r"^\s*(?P<title>[A-Z][^.:;\n–—]{2,60}?)\s+(?:--|–|—)\s+\S")
"""A title run in at the start of an item, set off by a dash ("Limitations on Certain
Property -- The special limits shown below ...")."""


def titled_limits(lex: CompiledLexicon, text: str) -> str:
    """The run-in title of an item's text (its marker left out) when the title names
    exclusions or limitations ("4. Limitations on Certain Property -- ..." above "a. $250
    on money ..."): the items inside it are what the title names, as under a heading of
    that name; "" otherwise."""
    marker = LIST_MARKER.match(text)
    match = _RUN_IN_TITLE.match(text[marker.end() :] if marker else text)
    if match is None:
        return ""
    title = match.group("title")
    return title if lex.is_exclusion_heading(title) else ""
