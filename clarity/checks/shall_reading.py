"""What a "shall" says, read from its subject and the verb after it, and what to write instead.

"shall" is ambiguous, and the wrong replacement changes the law a sentence states:

- a duty on a person or party ("You shall notify us") -> "must" ("must not");
- something that will happen ("Cover shall begin") -> "will";
- a right ("You shall be permitted to") -> "may"; "shall have the right" -> "have the right";
- what the writer ("we") shall do is a promise ("We shall pay") -> "will";
- a fact or a consequence, whose subject is a thing or whose verb is "be" or "have"
  ("Benefits shall not be payable", "This policy shall be void", "X shall mean Y") ->
  the plain present ("are not payable", "is void", "means"). "must" would turn a
  statement of what the contract does into a duty nobody can perform. A passive of an
  action ("Claims shall be made within 30 days") may be a duty on someone unnamed or a
  fact, so it gets no suggestion; a participle of consequence ("shall be deemed",
  "shall be governed by") is a fact.

The present tense needs the subject's number, so it is offered only where the subject is
plain: a pronoun, or a short noun phrase right before "shall" that is not the object of a
preposition ("Nothing in this contract shall"). Anything else (a subject before "and" or
"which", an inversion such as "In no case shall", words between "shall" and its verb) gets
no suggestion: the rule still says "shall" is ambiguous, and the writer decides.

The words (parties, determiners, prepositions, verbs of time) are in rules/en/shall.yml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

DUTY = "duty"
FUTURE = "future"
RIGHT = "right"
FACT = "fact"
UNSURE = "unsure"


@dataclass(frozen=True)
class Word:
    """A token as the reading needs it: lowercase form and lemma; ``alpha`` False for
    numbers and punctuation, which end a noun phrase."""

    lower: str
    lemma: str
    alpha: bool


@dataclass(frozen=True)
class Subject:
    party: bool | None
    """True for a person or party, False for a thing, None when it cannot be told."""
    plural: bool | None
    """The subject's number, None when it cannot be told."""
    conditional: bool = False
    """The clause opens with "if", "when", "unless" ...: "If we shall consent" is a
    condition, not a duty."""
    writer: bool = False
    """The subject is "we", the insurer or lender that writes: what it shall do is a
    promise ("we will pay"), and "must" would turn it into a duty laid on itself."""


@dataclass(frozen=True)
class Reading:
    kind: str
    """DUTY, FUTURE, RIGHT, FACT or UNSURE."""
    plain: str
    """What to write instead of "shall" (and, for FACT, its verb); "" when unsure."""
    words: int = 1
    """How many words from "shall" on the suggestion replaces ("shall not be" is 3)."""


@dataclass(frozen=True)
class ShallWords:
    """The lexicon of rules/en/shall.yml, as sets."""

    future: frozenset[str]
    permission: tuple[tuple[str, ...], ...]
    skip: frozenset[str]
    parties: frozenset[str]
    plural_pronouns: frozenset[str]
    singular_pronouns: frozenset[str]
    singular_determiners: frozenset[str]
    plural_determiners: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    clause_words: frozenset[str]
    subordinators: frozenset[str]
    singular_nouns: frozenset[str]
    consequences: frozenset[str]
    ing_nouns: frozenset[str]
    fact_verbs: frozenset[str]
    conditionals: frozenset[str]
    participles: frozenset[str]

    @classmethod
    def of(cls, lexicon: dict[str, Any]) -> ShallWords:
        def words(key: str) -> frozenset[str]:
            return frozenset(w.lower() for w in lexicon.get(key, []))

        return cls(
            future=words("future_verbs"),
            permission=tuple(tuple(p.split()) for p in lexicon.get("permission_phrases", [])),
            skip=words("skip_words"),
            parties=words("party_words"),
            plural_pronouns=words("plural_pronouns"),
            singular_pronouns=words("singular_pronouns"),
            singular_determiners=words("singular_determiners"),
            plural_determiners=words("plural_determiners"),
            determiners=words("determiners"),
            prepositions=words("prepositions"),
            clause_words=words("clause_words"),
            subordinators=words("subordinators"),
            singular_nouns=words("singular_nouns_in_s"),
            consequences=words("consequence_participles"),
            ing_nouns=words("nouns_in_ing"),
            fact_verbs=words("fact_verbs"),
            conditionals=words("conditionals"),
            participles=words("irregular_participles"),
        )


_MAX_HEAD = 5
"""Words of the subject's noun phrase up to its head (determiner included)."""
_MAX_SPAN = 14
"""Words from the start of the clause to "shall" that can still be read as a subject."""
_OPENERS = frozenset({".", ":", ";", ","})
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did"}
)


def subject_of(before: Sequence[Word], lex: ShallWords, whole: bool = False) -> Subject:
    """The subject of "shall" from the words of its sentence before it (nearest last);
    ``whole`` says the words reach back to the sentence's start.

    The subject is read only when the words from the start of the clause to "shall" are
    one noun phrase, perhaps with prepositional phrases after its head ("The indemnity
    under this Policy shall"): its head is the last word before the first preposition.
    A clause that opens with a preposition ("In no case shall"), follows "and" or "or"
    (the subject may be "X and Y"), or whose head is not a noun tells nothing.
    """
    unknown = Subject(None, None)
    if not before or not before[-1].alpha:
        return unknown
    last = before[-1].lower
    if last in lex.plural_pronouns or last in lex.singular_pronouns:
        opener = before[-2].lower if len(before) > 1 else ""
        return Subject(
            last in lex.parties,
            last in lex.plural_pronouns,
            opener in lex.conditionals,
            writer=last == "we",
        )
    if last in lex.prepositions or last in lex.determiners:
        return unknown
    span: list[Word] = []
    opener: Word | None = None
    for word in reversed(before):
        if not word.alpha or word.lower in lex.clause_words:
            opener = word
            break
        span.append(word)
        if len(span) > _MAX_SPAN:
            return unknown
    span.reverse()
    if opener is None and not whole:
        return unknown  # the clause may start before the words we have
    if opener is not None and not _opens_clause(opener, lex):
        return _coordinated_parties(before, len(span), lex)
    if not span or span[0].lower in lex.prepositions:
        return unknown
    head_at = next((i for i, w in enumerate(span) if w.lower in lex.prepositions), len(span))
    phrase = span[:head_at]
    if not phrase or len(phrase) > _MAX_HEAD:
        return unknown
    head = phrase[-1]
    if head.lower in lex.determiners or head.lower in _AUXILIARIES:
        return unknown
    if any(w.lower in _AUXILIARIES for w in phrase):
        return unknown  # a verb inside: not one noun phrase
    party = head.lower in lex.parties or head.lemma in lex.parties
    if _modifier(head.lower) and head.lower not in lex.ing_nouns:
        return Subject(party or None, None)  # "the benefit payable shall": head unclear
    determiner = phrase[0].lower if phrase[0].lower in lex.determiners else ""
    if determiner in lex.singular_determiners:
        plural: bool | None = False
    elif determiner in lex.plural_determiners:
        plural = True
    else:
        plural = _plural_noun(head.lower, lex)
    conditional = opener is not None and opener.lower in lex.conditionals
    return Subject(party, plural, conditional)


def _coordinated_parties(before: Sequence[Word], span: int, lex: ShallWords) -> Subject:
    """ "You or Your Authorised Driver shall": parties joined by "or" or "and" are a
    party; their number is not needed for "must". Anything else joined is unknown."""
    joined = len(before) - span - 1
    head = before[-1]
    if (
        joined > 0
        and before[joined].lower in ("or", "and")
        and before[joined - 1].lower in lex.parties
        and (head.lower in lex.parties or head.lemma in lex.parties)
    ):
        return Subject(True, None)
    return Subject(None, None)


def _opens_clause(word: Word, lex: ShallWords) -> bool:
    """Whether a subject may start right after ``word``: a sentence, clause or list mark,
    or a subordinating word ("if", "that"); not "and" or "or", nor a number or a bracket
    that may close a phrase of the subject itself."""
    if word.lower in _OPENERS:
        return True
    if word.alpha:
        return word.lower in lex.subordinators
    return bool(_LIST_MARK.fullmatch(word.lower))


_LIST_MARK = re.compile(r"\(?(?:\d{1,3}|[ivx]{1,4}|[a-z])[.)]")


def _modifier(word: str) -> bool:
    """A word that follows a noun rather than heading one ("payable", "insured")."""
    return word.endswith(("able", "ible", "ed", "ing", "ive"))


def _plural_noun(noun: str, lex: ShallWords) -> bool:
    if noun in lex.singular_nouns or noun.endswith(("ss", "us", "is", "ics")):
        return False
    return noun.endswith("s")


def read_shall(
    before: Sequence[Word], after: Sequence[Word], lex: ShallWords, whole: bool = False
) -> Reading:
    """How to read one "shall" from the words of its sentence before it (``whole``: back
    to the sentence's start) and the words after it (punctuation and spaces left out)."""
    negated = bool(after) and after[0].lower == "not"
    rest = after[1:] if negated else after
    content = [w for w in after if w.lower not in lex.skip and w.alpha]
    lemmas = tuple(w.lemma for w in content[:3])
    subject = subject_of(before, lex, whole)
    verb = lemmas[0] if lemmas else ""
    if subject.conditional:
        return _fact(subject, rest, negated, verb, lex)
    if verb in ("be", "have"):
        # "shall have the right" is a right already had: "have the right", never "may
        # have the right" (the present tense, where the subject's number is certain).
        return _fact(subject, rest, negated, verb, lex)
    if subject.party:
        if _permission(lemmas, lex):
            return Reading(RIGHT, "may not" if negated else "may")
        if subject.writer:
            return Reading(FUTURE, "will not" if negated else "will")
        return Reading(DUTY, "must not" if negated else "must")
    if verb in lex.future:
        return Reading(FUTURE, "will not" if negated else "will")
    if subject.party is False and verb in lex.fact_verbs:
        return _fact(subject, rest, negated, verb, lex)
    return Reading(UNSURE, "")


def _permission(lemmas: tuple[str, ...], lex: ShallWords) -> bool:
    return any(lemmas[: len(p)] == p for p in lex.permission)


def _verb_like(word: str, lex: ShallWords) -> bool:
    """Whether the word after "shall" can be its verb: not a preposition, adverb or filler
    ("shall still not exceed", "shall within 30 days"), which a rewrite would have to move."""
    return not (
        word in lex.prepositions
        or word in lex.skip
        or word in lex.clause_words
        or (word.endswith("ly") and not word.endswith("ply") and len(word) > 4)
    )


def _passive_action(word: str, lex: ShallWords) -> bool:
    """ "be" + the participle of an action ("Claims shall be made within 30 days"): a duty
    on someone unnamed, or a fact; not told apart here. A participle of consequence
    ("deemed", "governed", "limited") states what the contract does, a fact."""
    if word in lex.consequences:
        return False
    return word in lex.participles or (len(word) > 4 and word.endswith(("ed", "en")))


def _fact(
    subject: Subject, rest: Sequence[Word], negated: bool, verb: str, lex: ShallWords
) -> Reading:
    """The present tense of ``verb``, when it comes right after "shall" ("not") and the
    subject's number is known; else no suggestion ("shall in no event exceed" would need
    the sentence rewritten, not a word changed)."""
    if subject.plural is None or not verb or not rest or rest[0].lower != verb:
        return Reading(UNSURE, "")
    if not _verb_like(verb, lex):
        return Reading(UNSURE, "")
    if verb == "be" and len(rest) > 1 and _passive_action(rest[1].lower, lex):
        return Reading(UNSURE, "")
    words = 3 if negated else 2
    return Reading(FACT, present(verb, subject.plural, negated), words)


def present(verb: str, plural: bool, negated: bool) -> str:
    """``present("apply", False, True)`` -> "does not apply"; "be" -> "is" / "are"."""
    if verb == "be":
        form = "are" if plural else "is"
        return f"{form} not" if negated else form
    if negated:
        return f"{'do' if plural else 'does'} not {verb}"
    if plural:
        return verb
    if verb == "have":
        return "has"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"
