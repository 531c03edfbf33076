"""A topic for each exclusion: what it takes away, for the findings and the draft summary.

Two things are kept. The *theme* is a named topic from the lexicon ("flood", "war"),
used to ask whether an up-front summary mentions the exclusion. The *topic* is the
exclusion's own subject as a phrase a writer would keep, in the document's casing
("Water through a poorly maintained roof"): the object of "We will not pay for ...",
the subject of "... is excluded", or the list item itself, cut at the first clause
boundary and stripped of words that carry no subject ("any", "loss or damage caused
by"). A lexicon without ``topic_phrases`` (loans) keeps the older short word topics.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon

_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|[,;:.()]")
_TOKEN = re.compile(r"\S+")
_MARKER = re.compile(
    r"^\W{0,3}(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivxlc]{1,5})[.)]|[•▪●◦‣\uf06e\uf0b7\uf0a7*–-]"
    r"|\.\.\.|…)\s+",
    re.IGNORECASE,
)
_RUN_IN_TITLE = re.compile(r"^[A-Z]?\d+(?:\.\d+)*\.?\s+[^\n]{1,60}\n(?=\s*(?:\.\.\.|…))")
_SPACE = re.compile(r"\s+")
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_MAX_WORDS = 8


def named_topic(lex: CompiledLexicon, text: str, lo: int, hi: int, piece: str) -> str | None:
    """The first named topic in ``piece``, which is ``text[lo:hi]``."""
    found = lex.any_topic.first(text, lo, hi, piece) if lex.any_topic else None
    return found[0] if found else None


def word_topic(lex: CompiledLexicon, piece: str) -> str:
    """The first few content words, lower case (loan cost clauses)."""
    limit = int(lex.number("topic_words", 4))
    words: list[str] = []
    for token in _WORD.findall(piece):
        if token in ",;:.()":
            if words:
                break
            continue
        lower = token.lower()
        if not words and lower in lex.topic_stopwords:
            continue
        words.append(lower)
        if len(words) >= limit + 1:
            break
    while words and words[-1] in lex.topic_stopwords:
        words.pop()
    return " ".join(words[:limit])


def _clean(piece: str) -> str:
    piece = _RUN_IN_TITLE.sub("", piece.lstrip())
    piece = _HYPHEN_BREAK.sub(r"\1\2", piece)  # "cy-\ncling" as printed in a PDF
    piece = _SPACE.sub(" ", piece).strip()
    while True:
        stripped = _MARKER.sub("", piece)
        if stripped == piece:
            return piece
        piece = stripped


def phrase_of(lex: CompiledLexicon, piece: str) -> str:
    """The subject phrase at the start of ``piece``: leading filler words stripped, cut
    at the first clause boundary, at most eight words, the document's casing kept."""
    piece = _clean(piece)
    lead = lex.pattern("topic_lead_words")
    boundary = lex.pattern("topic_boundaries")
    for _ in range(6):
        match = lead.match(piece) if lead is not None else None
        if match is None or not match.group(0):
            break
        piece = piece[match.end() :]
    cut = boundary.search(piece) if boundary is not None else None
    if cut is not None:
        piece = piece[: cut.start()]
    words = _TOKEN.findall(piece)[:_MAX_WORDS]
    while words and (
        words[-1].lower().strip(",.;:") in lex.topic_stopwords or not words[-1].strip(",.;:()")
    ):
        words.pop()
    if words and words[0].lower().strip(",.;:()") in lex.topic_stopwords:
        return ""  # "If we allege", "Such person": a clause, not a subject
    phrase = " ".join(words).strip(" ,.;:-–(\"“”‘’'")
    if phrase.endswith(")") and "(" not in phrase:
        phrase = phrase[:-1].rstrip()
    if phrase.count("(") > phrase.count(")"):
        phrase = phrase[: phrase.rfind("(")].rstrip(" ,")
    return phrase if _meaningful(lex, phrase) else ""


def _meaningful(lex: CompiledLexicon, phrase: str) -> bool:
    """At least one word of three letters or more that is neither a stop word nor too
    vague to name anything ("extent", "below"); no table debris (asterisks, unbalanced
    brackets)."""
    if "*" in phrase or "|" in phrase or phrase.count(")") != phrase.count("("):
        return False
    words = [w for w in _WORD.findall(phrase) if w not in ",;:.()"]
    vague = lex.raw.get("topic_vague_words") or ()
    return any(
        len(w) >= 3 and w.lower() not in lex.topic_stopwords and w.lower() not in vague
        for w in words
    )


def topic_for(
    lex: CompiledLexicon,
    text: str,
    lo: int,
    hi: int,
    clause_from: int,
    family: str,
    trigger: tuple[int, int] | None = None,
) -> tuple[str, str]:
    """(topic, theme) of the clause text[lo:hi]; ``clause_from`` is where the words after
    its trigger start (``lo`` for a list item), ``trigger`` the trigger's span."""
    by_family = lex.raw.get("family_topics") or {}
    if not lex.raw.get("topic_phrases"):
        return _word_topic_for(lex, text, lo, hi, clause_from, family)
    theme = str(by_family.get(family, ""))
    for start in (clause_from, lo):
        if theme:
            break
        theme = named_topic(lex, text, start, hi, text[start:hi]) or ""
    phrase = ""
    if theme and lex.raw.get("topic_prefer_theme"):
        return theme, theme
    if trigger is not None and family in by_family:
        phrase = phrase_of(lex, text[trigger[0] : hi])  # "Waiting period of 14 days"
    elif trigger is not None:
        before = text[lo : trigger[0]]
        after = text[trigger[1] : hi]
        passive = lex.pattern("passive_triggers")
        is_passive = passive is not None and passive.search(text[trigger[0] : trigger[1]])
        # "X is excluded", "X, unless ...", "X other than Y": the subject comes first;
        # after "We will not pay for" the subject follows, and what comes before the
        # trigger ("If the claim is late, we will not pay") is a condition, not a topic.
        first = is_passive or family in lex.weak
        order = (before, after) if first else (after,)
        for piece in order:
            phrase = phrase_of(lex, piece)
            if phrase:
                break
    else:
        phrase = phrase_of(lex, text[lo:hi])
    if theme and (not phrase or lex.raw.get("topic_prefer_theme")):
        return theme, theme
    return phrase, theme


def _word_topic_for(
    lex: CompiledLexicon, text: str, lo: int, hi: int, clause_from: int, family: str
) -> tuple[str, str]:
    """Short word topics: the named topic or the first content words after the trigger."""
    by_family = lex.raw.get("family_topics") or {}
    if family in by_family:
        return str(by_family[family]), str(by_family[family])
    for start in (clause_from, lo):
        name = named_topic(lex, text, start, hi, text[start:hi])
        if name:
            return name, name
        words = word_topic(lex, text[start:hi])
        if words:
            return words, ""
    return "", ""
