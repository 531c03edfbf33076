"""Where a topic phrase ends when a comma or a quote comes in its way (topics.py): a
comma may open the rest of a short list of nouns (", trade or profession") or of adjectives
that share one noun (", malicious, criminal or unlawful acts"), which the phrase keeps; a
trimmed end may leave one quote of a defined term's pair, which is given back. Apart from
topics.py, which decides what the phrase is; this reads only its edges."""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import adjective_only, nounlike, participle

_ITEM = r"(?!(?:or|and|however)\b)[^\W\d_][\w’'-]*(?:\s+(?!(?:or|and)\b)[^\W\d_][\w’'-]*){0,2}"
_OF = r"(?:\s+of\s+[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3})?"
_ENUMERATION = re.compile(
    rf"(?:,\s*{_ITEM})*,?\s+(?:or|and)\s+{_ITEM}(?:\s+(?:or|and)\s+{_ITEM})*{_OF}"
    r"(?=\s*(?:[;:.,)]|$))"
)
"""", trade or profession" after "business": the rest of a short list of nouns (not a
give-back: "home use, however, ostomy supplies ... are covered"), the last
with the complement the list shares (", curtailment or diversion | of scheduled public
transport services")."""


_ADJECTIVES = re.compile(r"(?:,\s*[^\W\d_][\w’'-]*)*,?\s+(?:or|and)\s+")
_PREPOSITIONS = frozenset({"in", "on", "at", "by", "for", "to", "of", "with", "from", "as"})
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w’'-]*)")


def paired_quotes(phrase: str) -> str:
    """The phrase with the quotes of its defined terms in pairs: trimming its ends may
    take one quote of a pair ('"bodily injury" or ...' -> 'bodily injury" or ...', 'the
    "business"' -> 'the "business'), which gives the quote back."""
    unopened, open_now = "", ""
    for i, char in enumerate(phrase):
        if char not in '"“”':
            continue
        after = phrase[i + 1 : i + 2]
        opening = char == "“" or (
            char == '"' and (i == 0 or not phrase[i - 1].isalnum()) and after.isalnum()
        )
        if opening:
            open_now = char
        elif open_now:
            open_now = ""
        elif not unopened:
            unopened = "“" if char == "”" else '"'
    if open_now:
        phrase += "”" if open_now == "“" else '"'
    return unopened + phrase


def _shared_noun(lex: CompiledLexicon, piece: str, end: int) -> int:
    """Where a list of adjectives that share one noun ends: "wilful | , malicious,
    criminal or unlawful acts | committed by ..." -> after "acts". ``end``, the comma,
    when the phrase cut there does not end on an adjective; -1 when it does and no such
    list follows: the phrase lost its noun ("all other intra arterial | , wire based")."""
    words = piece[:end].split()
    if not words or not adjective_only(lex, words[-1]):
        return end
    if len(words) > 1 and words[-1].endswith("ed") and participle(lex, words[-1]):
        return end  # "... sick pay received": a participle closing a phrase, not a list
    listed = _ADJECTIVES.match(piece, end)
    at = listed.end() if listed is not None else -1
    for _ in range(3 if listed is not None else 0):
        word = _NEXT_WORD.match(piece, at)
        if word is None:
            break
        at = word.end()
        if word.group(1).lower() in _PREPOSITIONS:
            break  # "controlling, preventing or | in any way": no shared noun
        if nounlike(lex, word.group(1)):
            return at
    return -1


def comma_list_end(lex: CompiledLexicon, piece: str, end: int) -> int:
    """Where a phrase cut at the comma ``piece[end]`` ends: after the list of nouns or of
    adjectives the comma opens, at the comma itself when it opens none, -1 when the phrase
    cut there lost its noun."""
    listed = _ENUMERATION.match(piece, end)
    return listed.end() if listed is not None else _shared_noun(lex, piece, end)
