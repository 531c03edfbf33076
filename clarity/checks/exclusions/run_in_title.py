"""A run-in title set in capitals before its clause ("Criminal Acts | "Personal and
advertising injury" arising out of ..."): the title names the clause, and a topic read
across both names neither. ``topics.py`` takes the title as the topic; the draft takes it
as the bullet of the items a titled lead-in opens (``draft_lead_ins.py``).
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import is_function, trim_end, word_set


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


_ITEM_MARKER = re.compile(
    r"^\W{0,3}(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivxlc]{1,5})[.)]|[•▪●◦‣*–-])[ \t]+",
    re.IGNORECASE,
)
"""An item's number, letter or bullet, and the spaces after it on its line."""
_TITLE_LINE = re.compile(
    r"(?P<title>(?-i:[A-Z])[^\n.:;]{1,60}?)[ \t]*\n[ \t]*(?P<next>[^\n]+)", re.IGNORECASE
)
_TITLE_SHARE = 0.6
"""Most a title line is long, as a share of the line after it: a title stops well short of
the column a wrapped line fills."""
_TITLE_WORDS = 8


def title_line(lex: CompiledLexicon, piece: str) -> str:
    """The title an item opens with on a line of its own, before a clause that runs on in
    small letters ("13. Products Guarantee" / "any product guarantee or warranty given by
    ..."; "9. Licensing inquiries" / "any prosecution, inquiry, ..."): the title names
    the clause, and a topic read across both names neither. The clause opens on a word
    that opens one (``topic_title_line_openers``: "any", "the", "loss" ...); a line that a
    wrap ends (on a comma or a link word, or as long as the line after it) is no title.
    Whether the title names something is the caller's to judge."""
    head = piece.lstrip()
    while True:
        marker = _ITEM_MARKER.match(head)
        if marker is None or "\n" in marker.group():
            break
        head = head[marker.end() :]
    found = _TITLE_LINE.match(head)
    if found is None:
        return ""
    title, after = " ".join(found.group("title").split()), found.group("next").strip()
    opener = after.split(" ", 1)[0]
    if opener.lower() not in word_set(lex, "topic_title_line_openers") or opener.isupper():
        return ""  # "Orthognathic" / "surgery and ...", "civil" / "war, ...": a wrap
    if is_function(lex, title.split(" ", 1)[0].lower()):
        return ""  # "Any services" / "that ...": a sentence, not a title
    if len(title) > _TITLE_SHARE * len(after) or len(title.split()) > _TITLE_WORDS:
        return ""
    last = title.rsplit(" ", 1)[-1].lower()
    if title.endswith(",") or last in word_set(lex, "topic_title_links") or is_function(lex, last):
        return ""
    return title


OPENING_WORDS = 12
"""Most words of its clause a title line's bullet shows when the whole is too long."""


def title_with_opening(lex: CompiledLexicon, title: str, body: str) -> str:
    """A title line's bullet when its clause is too long or lifted to show whole: the
    title, then the clause's opening words up to its first stop and "…" ("Product Recall:
    Any cost or expense incurred or claimed for the recall …"). Alone, the title names a
    field wider than its clause; run into it, it reads as one garbled phrase."""
    sentence = re.split(r"[.;:](?:\s|$)", " ".join(body.split()).lstrip(" :–—-"), maxsplit=1)[0]
    words = trim_end(lex, sentence.split()[:OPENING_WORDS])
    if not words:
        return ""
    opening = " ".join(words).rstrip(" ,;–-")
    return f"{title}: {opening[:1].upper()}{opening[1:]} …"
