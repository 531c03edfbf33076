"""A run-in title set in capitals before its clause ("Criminal Acts | "Personal and
advertising injury" arising out of ..."): the title names the clause, and a topic read
across both names neither. ``topics.py`` takes the title as the topic; the draft takes it
as the bullet of the items a titled lead-in opens (``draft_lead_ins.py``).
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import word_set


def after_run_in_title(lex: CompiledLexicon, piece: str) -> str:
    """The clause after a run-in title set in capitals ("Athletics Activities | To a
    person injured while practicing", "DIRECTORS LIABILITY | Alleging or in respect of
    any duties"): the title names the clause, and a topic read across both says
    neither. The clause opens at the first quote, or capitalised word that opens a
    sentence (``topic_run_in_openers``) with a small letter after it, that follows two
    or more title words, every word before it capitalised and the last no link."""
    links = word_set(lex, "topic_title_links")
    openers = word_set(lex, "topic_run_in_openers")
    breaks = word_set(lex, "topic_title_breaks")
    words = list(_SPACED_WORD.finditer(piece))
    for index, found in enumerate(words[: _MAX_TITLE_WORDS + 1]):
        word = found.group()
        at = index
        before = words[index - 1].group().lower() if index else ""
        if word[:1] in '"“' and before in openers and before not in links:
            at = index - 1  # 'Available Benefits | Any "claim" for benefits'
        if at >= 2:
            title = [w.group() for w in words[:at]]
            named = [w for w in title if w.lower() not in links and w[:1].isalpha()]
            opens = (
                at < index
                or word[:1] in '"“'
                or (
                    word.lower() in openers
                    and word[:1].isupper()
                    and index + 1 < len(words)
                    and words[index + 1].group()[:1].islower()
                )
            )
            if opens and len(named) >= 2 and title[-1].lower() not in links:
                return piece[words[at].start() :]
        if not (word[:1].isupper() or word in "-–—"):
            return piece  # "Bodily Injury | to an Employee": one phrase
        if word[-1:] in ".:;" or word.lower() in breaks:
            return piece  # "Refractive Error: A vision problem", "Travel Advisory If You"
    return piece


_SPACED_WORD = re.compile(r"\S+")
_MAX_TITLE_WORDS = 10
