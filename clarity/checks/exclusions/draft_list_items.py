"""The items of a list a bullet opens (draft_clause.py): "War | , invasion, act of foreign
enemy, hostilities ..., civil war, rebellion ..." is cut to "War …" when the whole list
is too long to show, and "War …" hides riot, commotion and unrest, which a customer does
not guess from it. The bullet shows the list's items while they stay items: short noun
phrases, no verb, no word that opens a clause of its own ("however", "you", "which"), so
that it never runs into the sentence the list turns into ("Group coverage, | you may be
able to enroll ...")."""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import (
    WORD,
    adjective_only,
    family_names,
    word_set,
)

MAX_ITEM_WORDS = 6
"""An item longer than this is a phrase with its own qualifiers, no longer a list item
("any nuclear waste from the combustion of nuclear fuel")."""
MIN_ITEMS = 2
"""Fewer items than this after the topic is no list the bullet gains by showing."""

LIST_SEPARATOR = re.compile(r",|\s(?:or|and|and/or)(?=\s)")
"""Between two items of a list: a comma, "or", "and", "and/or"."""
_ASIDE = re.compile(r"\([^()]*\)")


def listed_items(lex: CompiledLexicon, topic: str, hidden: str, max_words: int) -> str:
    """The topic and the items of the list that goes on from it, to the last whole item
    within ``max_words`` words; the topic alone when the words after it are no list of
    at least ``MIN_ITEMS`` items. Language-neutral: the words that end a list are the
    lexicon's ``draft_list_stops`` (none, no expansion)."""
    stops = word_set(lex, "draft_list_stops")
    verbs = word_set(lex, "draft_main_verbs")
    wanting = word_set(lex, "draft_ends_wanting_more")
    if not stops or not hidden.startswith(",") or _names_nothing(lex, topic):
        return topic
    end = 0
    items = 0
    for start, stop in _items(hidden):
        item = _ASIDE.sub(" ", hidden[start:stop])
        words = WORD.findall(item)
        lettered = hidden[start:stop].lstrip().startswith("(")
        if not words or lettered or "(" in item or ")" in item or len(words) > MAX_ITEM_WORDS:
            break  # "... of operation, and (b) ...": the next item of a lettered list
        if words[0].lower() in stops or any(w.lower() in verbs for w in words):
            break  # "..., however, ostomy supplies are covered": a clause, not an item
        if words[-1].lower() in wanting or adjective_only(lex, words[-1]):
            break  # "fitted to", "the radioactive, | toxic ...": the item lost its noun
        if not items and _is_name(topic) and not words[0][:1].isupper():
            break  # "Child Trauma Insurance, | an intentional act ...": no item of a name
        if len(WORD.findall(topic + hidden[:stop])) > max_words:
            break
        end = stop
        items += 1
    if items < MIN_ITEMS:
        return topic
    return " ".join((topic + hidden[:end]).split())


def _items(hidden: str) -> list[tuple[int, int]]:
    """The spans of the items between the list's separators, an aside in brackets kept
    with its item ("hostilities (whether war be declared or not)")."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    index = 0
    while index < len(hidden):
        char = hidden[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            found = LIST_SEPARATOR.match(hidden, index)
            if found is not None:
                if index > start:
                    spans.append((start, index))
                start = found.end()
                index = found.end()
                continue
        index += 1
    if start < len(hidden):
        spans.append((start, len(hidden)))
    return [(a, b) for a, b in spans if hidden[a:b].strip()]


def _names_nothing(lex: CompiledLexicon, topic: str) -> bool:
    """Is the topic alone no bullet ("Request …", "Calculation …", "Waiting period …":
    ``draft_not_standalone``, ``family_topics``)? Then the items after it name nothing
    either: what they are about ("... that any insured test for pollutants") is further
    on, past the list."""
    return topic.lower() in family_names(lex) or lex.matches("draft_not_standalone", f"{topic} …")


def _is_name(topic: str) -> bool:
    """A name of two or more words, each capitalised ("Child Trauma Insurance"): a cover
    or a benefit, whose list items would be capitalised too."""
    words = WORD.findall(topic)
    return len(words) > 1 and all(w[:1].isupper() for w in words)
