"""A short topic for each exclusion ("flood", "war"), for the summary and its draft.

A named topic from the lexicon wins (the earliest one in the clause); otherwise
the first few content words of the clause stand in, cut at punctuation.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon

_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|[,;:.()]")


def named_topic(lex: CompiledLexicon, text: str, lo: int, hi: int, piece: str) -> str | None:
    """The first named topic in ``piece``, which is ``text[lo:hi]``."""
    found = lex.any_topic.first(text, lo, hi, piece) if lex.any_topic else None
    return found[0] if found else None


def word_topic(lex: CompiledLexicon, piece: str) -> str:
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


def topic_for(
    lex: CompiledLexicon, text: str, lo: int, hi: int, clause_from: int, family: str
) -> tuple[str, bool]:
    """(topic, named?) of the clause text[lo:hi]; the words after the trigger come first."""
    by_family = lex.raw.get("family_topics") or {}
    if family in by_family:
        return str(by_family[family]), True
    for start in (clause_from, lo):
        piece = text[start:hi]
        name = named_topic(lex, text, start, hi, piece)
        if name:
            return name, True
        words = word_topic(lex, piece)
        if words:
            return words, False
    return "", False
