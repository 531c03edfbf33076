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
from clarity.checks.exclusions.phrase_ends import comma_list_end, paired_quotes
from clarity.checks.exclusions.run_in_title import after_run_in_title, title_line
from clarity.checks.exclusions.topic_words import (
    adjective_only,
    bare_word,
    generic_words,
    head_word,
    is_function,
    participle,
    trim_end,
    verb_start,
    word_set,
)

_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|[,;:.()]")
_TOKEN = re.compile(r"\S+")
_GLYPHS = "•▪●◦‣›>☐\uf06e\uf0b7\uf0a7"
"""Bullet glyphs ("›", ">" and "☐" too, which some PDFs print: "> CPI increases do not
apply")."""
_MARKER = re.compile(
    rf"^\W{{0,3}}(?:\(?(?:\d{{1,2}}(?:\.\d{{1,2}})*|[a-z]|[ivxlc]{{1,5}})[.)]|[{_GLYPHS}*–-]"
    # a section number without its stop, before a capitalised title ("5.18 Product recall")
    r"|\d{1,2}(?:\.\d{1,2})+(?=\s+(?-i:[A-Z]))"
    r"|\.\.\.|…)\s+",
    re.IGNORECASE,
)
_GLYPH = re.compile(rf"^[{_GLYPHS}]\s+")
"""A bullet glyph alone (not a numbered or lettered marker, "or | ii) aircraft": the
item a lead-in's "or" runs into, which is not the topic's start)."""
_RUN_IN_TITLE = re.compile(r"^[A-Z]?\d+(?:\.\d+)*\.?\s+[^\n]{1,60}\n(?=\s*(?:\.\.\.|…))")
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:])")


_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")
_MAX_WORDS = 10
_MAX_QUALIFIED = 12
"""A topic with the qualifier that defines it ("Court judgments not delivered in ...")."""


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


def clean_piece(piece: str) -> str:
    """``piece`` with its list markers, a numbered run-in title and PDF line breaks gone."""
    piece = _RUN_IN_TITLE.sub("", piece.lstrip())
    piece = _HYPHEN_BREAK.sub(r"\1\2", piece)  # "cy-\ncling" as printed in a PDF
    piece = _SPACE.sub(" ", piece).strip()
    piece = _SPACE_BEFORE_MARK.sub(r"\1", piece)  # 'to "you", and' read as 'to  you , and'
    while True:
        stripped = _MARKER.sub("", piece)
        if stripped == piece:
            return piece
        piece = stripped


def phrase_of(lex: CompiledLexicon, piece: str) -> str:
    """The subject phrase at the start of ``piece``: leading filler words stripped, cut
    at the first clause boundary (an enumeration "business, trade or profession" kept
    whole), at most eight words, the document's casing kept; "" when what is left is not a
    noun phrase that names something (see ``_names_subject``)."""
    piece = clean_piece(piece)
    rest = after_run_in_title(lex, piece)
    if rest != piece:
        # the run-in title names the clause ("Criminal Acts | "Personal and advertising
        # injury" arising out of a criminal act"): it is the topic
        title = piece[: len(piece) - len(rest)].strip(" -–—")
        return title if _meaningful(lex, title) else ""
    lead = lex.pattern("topic_lead_words")
    boundary = lex.pattern("topic_boundaries")
    for _ in range(6):
        match = lead.match(piece) if lead is not None else None
        if match is None or not match.group(0):
            break
        # "and | > the Future Insurability Benefit": a bullet glyph after the filler
        piece = _GLYPH.sub("", piece[match.end() :])
    qualified = False
    limit = _MAX_WORDS
    cut = boundary.search(piece) if boundary is not None else None
    if cut is not None:
        end = cut.start()
        qualifier = lex.pattern("topic_qualifiers")
        if piece[end] == ",":
            end = comma_list_end(lex, piece, end)
            if end < 0:
                return ""  # "all other intra arterial | , wire based ...": the noun is cut
        elif qualifier is not None and qualifier.match(piece, end):
            # "expenses that exceed the limit", "repairs other than at our workshop": the
            # qualifier says what is excluded, so it stays, or the topic is left out.
            close = lex.pattern("topic_clause_end")
            stop = close.search(piece, cut.end()) if close is not None else None
            end = stop.start() if stop is not None else len(piece)
            if len(_TOKEN.findall(piece[:end])) > _MAX_QUALIFIED:
                return ""
            limit = _MAX_QUALIFIED
        else:
            qualified = cut.group(0)[:1].isspace()
            # "expenses incurred after a Covered Person | has returned": half a clause
            subordinators = word_set(lex, "topic_subordinators")
            inside = _TOKEN.findall(piece[:end])[1:]
            if qualified and any(bare_word(w) in subordinators for w in inside):
                return ""
        piece = piece[:end]
    words = _TOKEN.findall(piece)
    if len(words) > limit:
        # Cut by length: end before the last function word, where a complement began
        # ("incurred by You within thirty" -> "incurred by You").
        words = words[:limit]
        dangling = word_set(lex, "topic_dangling_words")
        opens = [
            i
            for i, w in enumerate(words)
            if i and (is_function(lex, w) or bare_word(w) in dangling)
        ]
        words = words[: opens[-1]] if opens else words
        if len(trim_end(lex, words)) < 2:
            return ""  # "The diagnosis of any of ... within 90 days": nothing whole is left
    words = trim_end(lex, words, cut=cut is not None or len(_TOKEN.findall(piece)) > limit)
    if not words or is_function(lex, words[0]):
        return ""  # "If we allege", "Such person": a clause, not a subject
    phrase = paired_quotes(" ".join(words).strip(" ,.;:-–(\"“”‘’'"))
    if phrase.endswith(")") and "(" not in phrase:
        phrase = phrase[:-1].rstrip()
    if phrase.count("(") > phrase.count(")"):
        phrase = phrase[: phrase.rfind("(")].rstrip(" ,")
    if not _meaningful(lex, phrase) or not _names_subject(lex, phrase, qualified):
        return ""
    return phrase


def _meaningful(lex: CompiledLexicon, phrase: str) -> bool:
    """At least one word of three letters or more that is neither a stop word, too vague
    to name anything ("extent", "below") nor a generic noun ("loss", "injury", "use");
    no table debris (asterisks, bars, percentages, unbalanced brackets)."""
    if any(c in phrase for c in "*|%") or phrase.count(")") != phrase.count("("):
        return False
    return bool(_content_words(lex, phrase))


def _content_words(lex: CompiledLexicon, phrase: str) -> list[str]:
    vague = word_set(lex, "topic_vague_words")
    generic = generic_words(lex)
    return [
        w
        for w in _WORD.findall(phrase)
        if w not in ",;:.()"
        and len(w) >= 3
        and (low := w.lower()) not in lex.topic_stopwords
        and low not in vague
        and low not in generic
        and not (low.endswith("ed") and participle(lex, low))  # "granted"; "waiting" stays
    ]


def _names_subject(lex: CompiledLexicon, phrase: str, qualified: bool) -> bool:
    """Is the phrase what is excluded, not a clause around it? Not when it opens with a
    verb form ("Occurring", "Sustains a Bodily Injury"); not when its head is a party to
    the contract ("the Policyholder or any member of his household" names whose
    property, not what); not when it names something that is not cover (the premium,
    the excess, a complaint: ``topic_not_cover``); and not a single word whose
    qualifier was cut off ("judgments" of "judgments which are not delivered by ...")."""
    words = [w for w in _TOKEN.findall(phrase) if bare_word(w)]
    if not words or verb_start(lex, words):
        return False
    first = bare_word(words[0])
    if first in word_set(lex, "topic_dangling_words") or first[:1].isdigit():
        return False  # "After the period of 24 months", "120 days": a time, not a subject
    if first in word_set(lex, "topic_vague_words"):
        return False  # "Paragraph 2 under ...", "Other ...": a reference, not a subject
    if first in word_set(lex, "topic_unit_words"):
        return False  # "Hours from the date and time"
    if len(words) == 1 and first in word_set(lex, "topic_sentence_adverbs"):
        return False  # "Finally, we won't pay out ...": the clause's opening, no subject
    if head_word(lex, words) in word_set(lex, "topic_party_words"):
        return False
    if lex.matches("topic_not_cover", phrase) or lex.matches("topic_clause_words", phrase):
        return False  # the premium, the excess; "perimme viivästyskoron": a clause
    if len(words) == 1 and words[0][:1].islower() and adjective_only(lex, words[0]):
        # "intermittent", "slow": the thing they describe is in the lead-in (not a title
        # in capitals, "Nuclear:", "Genitourinary:", which names its group)
        return False
    return not (qualified and len(words) == 1)


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
    title = title_line(lex, text[lo:hi]) if clause_from == lo or trigger is None else ""
    if title and _meaningful(lex, title):
        return title, theme  # "13. Products Guarantee" / "any product guarantee or ..."
    if trigger is not None and family in by_family:
        phrase = phrase_of(lex, text[trigger[0] : hi])  # "Waiting period of 14 days"
    elif trigger is not None:
        before = text[lo : trigger[0]]
        after = text[trigger[1] : hi]
        passive = lex.pattern("passive_triggers")
        is_passive = passive is not None and passive.search(text[trigger[0] : trigger[1]])
        if clause_from == lo:
            # A list item names what is excluded at its start; the words after its own
            # trigger do so only when it restates the exclusion ("the allowance will not
            # be paid"), not after a give-back ("(with the exception of ...)").
            restates = family in (lex.raw.get("topic_item_restates") or ())
            order: tuple[str, ...] = (before, after) if restates else (before,)
        elif is_passive or family in lex.weak or family in _subject_first(lex):
            # "X is excluded", "X, unless ...", "X other than Y": the subject comes first.
            if _gives_back(lex, before):
                return "", theme  # "This exclusion does not apply to ...", "The excess ..."
            # The words after name the subject only when nothing stands before ("The
            # following are excluded: angina"); else they are a reference ("fees not
            # covered under the rental agreement").
            order = (before, after) if not _content_words(lex, before) else (before,)
        else:
            # After "We will not pay for" the subject follows; what comes before the
            # trigger ("If the claim is late, we will not pay") is a condition.
            order = (after,)
        for piece in order:
            phrase = phrase_of(lex, piece)
            if phrase:
                break
    else:
        phrase = phrase_of(lex, text[lo:hi])
    if theme and lex.raw.get("topic_prefer_theme"):
        return theme, theme
    if not phrase and family in by_family:
        return theme, theme
    if not phrase and not theme:
        return "", theme  # no named topic anywhere in the clause: nothing to fall back on
    if not phrase:
        return _fallback_theme(lex, text, lo, hi), theme
    return phrase, theme


def _fallback_theme(lex: CompiledLexicon, text: str, lo: int, hi: int) -> str:
    """The named topic that stands for a clause (``text[lo:hi]``) without a subject
    phrase ("any death, disability or expense caused by nuclear weapons"): the first of
    the lexicon's order, which puts the perils a clause excludes before the things it is
    about, and never one of ``topic_weak_themes`` ("motor vehicles" in a motor policy
    names the insured car). Only the topics whose words occur in the clause are tried."""
    weak = word_set(lex, "topic_weak_themes")
    given_back = _GIVEN_BACK_SENTENCE.search(text, lo, hi)
    if given_back is not None:
        # "Services that are not Medically Necessary. However, the Policy does cover ...
        # (such as complications of cosmetic surgery)": what it gives back is no topic
        hi = given_back.start()
    clause = text[lo:hi]
    possible = lex.any_topic.names_possible(text, lo, hi) if lex.any_topic else None
    for name, pattern in lex.topics:
        if possible is not None and name not in possible:
            continue
        if name.lower() not in weak and pattern.search(clause):
            return name
    return ""


_GIVEN_BACK_SENTENCE = re.compile(
    r"[.;]\s+However,?\s+(?:the\s+(?:policy|plan|insurance)|we|this\s+(?:policy|plan))\s+"
    r"(?:does|do|will|shall)\s+(?:also\s+)?(?:cover|pay)\b",
    re.IGNORECASE,
)
"""A sentence of an item that gives cover back ("However, the Policy does cover ...")."""


def _gives_back(lex: CompiledLexicon, subject: str) -> bool:
    """Is the subject before a passive trigger something other than cover, so that the
    clause limits a limit ("This exemption does not apply to ...") or defines a word
    ("Medical Aids means equipment ... not excluded")?"""
    head = " ".join(clean_piece(subject).split()[:6])
    return lex.matches("topic_not_cover", head) or lex.matches("definition_sentence", subject)


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


def _subject_first(lex: CompiledLexicon) -> frozenset[str]:
    """Families whose clause names its subject before the trigger, as a weak family's
    does ("solid floor slabs, but only if ...": ``topic_subject_first_families``)."""
    return frozenset(lex.raw.get("topic_subject_first_families") or ())
