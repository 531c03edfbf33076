"""What kind of word a topic word is: a function word, a noun, a participle, a verb
that opens a clause. The exclusion topics (topics.py) cut and judge their phrases by these
answers, read from the lexicon's word lists and the language's lookup tables
(``word_class_tables``: lemmas and WordNet word classes, offline)."""

from __future__ import annotations

import re

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.text.nlp import lemma_table, word_classes

_DETERMINERS = frozenset({"the", "a", "an", "any", "their", "his", "her", "your", "our", "its"})
WORD = re.compile(r"[^\W_]+(?:[-’'/][^\W_]+)*")
"""A word of a bullet, "and/or" and hyphenated words counted as one."""
TRAILING = re.compile(r"(?:[\s,;:.(\[]|\b(?:or|and|and/or)\b)+$")
_NUMBER = re.compile(r"^\(?\d[\d.,]*\)?$")
_ARTICLES = frozenset({"a", "an", "the"})


def bare_word(word: str) -> str:
    return word.lower().strip(",.;:()\"“”‘’'")


def is_function(lex: CompiledLexicon, word: str) -> bool:
    """A word that carries no subject and is no noun either ("of", "we", "any"): the
    topic stop words, less the generic nouns ("loss", "claim") a phrase may end on."""
    bare = bare_word(word)
    return bare in lex.topic_stopwords and bare not in generic_words(lex)


def family_names(lex: CompiledLexicon) -> frozenset[str]:
    """The topics that only name a kind of clause ("waiting period", "excess")."""
    return frozenset(str(t).lower() for t in (lex.raw.get("family_topics") or {}).values())


def generic_words(lex: CompiledLexicon) -> frozenset[str]:
    return word_set(lex, "topic_generic_words")


def word_set(lex: CompiledLexicon, key: str) -> frozenset[str]:
    cache_key = (id(lex.raw), key)
    found = _SETS.get(cache_key)
    if found is None or found[0] is not lex.raw:
        words = frozenset(str(w).lower() for w in lex.raw.get(key) or ())
        found = _SETS[cache_key] = (lex.raw, words)
    return found[1]


_SETS: dict[tuple[int, str], tuple[dict[str, object], frozenset[str]]] = {}


def trim_end(lex: CompiledLexicon, words: list[str], cut: bool = True) -> list[str]:
    """Drop what a cut left dangling at the end: function words ("by", "the"), words
    that need a complement ("after", "against") and a participle straight after a noun
    ("accident happening", "damages awarded"), which opened a clause the cut removed.
    Where nothing was cut (``cut`` false), a closing participle ends the name itself
    ("Ski Jumping", "Hang Gliding") and stays."""
    dangling = word_set(lex, "topic_dangling_words")
    words = list(words)
    party_cut = False
    while words:
        last = bare_word(words[-1])
        if not last or is_function(lex, words[-1]) or last in dangling or possessive(last):
            words.pop()
        elif _NUMBER.match(last) and len(words) > 1 and is_function(lex, words[-2]):
            # "costs under 2", "under 2 and 3": a reference to another part, cut away
            words.pop()
        elif cut and len(words) > 1 and participle(lex, last) and nounlike(lex, words[-2]):
            words.pop()
        else:
            break
        party_cut = last in word_set(lex, "topic_party_words")
        cut = True  # what is left was cut: "contract entered | into by you"
    article_then_adjective = len(words) > 1 and words[-2].lower() in _ARTICLES
    if party_cut and article_then_adjective and adjective_only(lex, words[-1]):
        return []  # "the lessor as an additional | insured": a party word was the noun
    return words


def ends_on_participle(lex: CompiledLexicon, words: list[str]) -> bool:
    """Does a line end on a participle straight after a noun ("... or liability caused")?"""
    return len(words) > 1 and participle(lex, words[-1]) and nounlike(lex, words[-2])


def possessive(word: str) -> bool:
    """ "Person’s" at the end: the thing it owns was cut off."""
    return word.endswith(("’s", "'s"))


def nounlike(lex: CompiledLexicon, word: str) -> bool:
    """A noun by the lemma tables ("accident", "damages"), not an adjective ("normal
    commuting"), an adverb ("poorly") or a negation ("not authorised")."""
    bare = bare_word(word)
    tables = _tables(lex)
    if not bare or is_function(lex, word) or tables is None:
        return False
    lemmas, classes = tables
    return lemmas.get(bare, bare) in classes.get("noun", frozenset())


def adjective_only(lex: CompiledLexicon, word: str) -> bool:
    """An adjective the tables know as no noun ("wilful", "arterial"): a phrase that ends
    on one lost the noun it qualifies ("wilful | , malicious or unlawful acts")."""
    return _class_but_no_noun(lex, word, "adj")


def verb_only(lex: CompiledLexicon, word: str) -> bool:
    """A verb the tables know as no noun ("complete", "obtain"): "to" before it opens an
    infinitive, not a place or a person ("to the garage", "to persons")."""
    return _class_but_no_noun(lex, word, "verb")


def _class_but_no_noun(lex: CompiledLexicon, word: str, word_class: str) -> bool:
    bare = bare_word(word)
    tables = _tables(lex)
    if not bare or tables is None:
        return False
    _, classes = tables
    return bare in classes.get(word_class, frozenset()) and bare not in classes.get(
        "noun", frozenset()
    )


def participle(lex: CompiledLexicon, word: str) -> bool:
    """A verb form ending -ing or -ed ("occurring", "incurred") by the lemma tables of
    the lexicon's ``word_class_tables`` language; never true without tables."""
    bare = bare_word(word)
    if not bare.endswith(("ing", "ed")):
        return False
    tables = _tables(lex)
    if tables is None:
        return False
    lemmas, classes = tables
    lemma = lemmas.get(bare, bare)
    return lemma != bare and lemma in classes.get("verb", frozenset())


def verb_start(lex: CompiledLexicon, words: list[str]) -> bool:
    """Does the phrase open with a verb form ("occurring more than", "sustains a",
    "belonging to"), not a noun ("breaking of glass", "damaged goods", "results")?"""
    tables = _tables(lex)
    if tables is None:
        return False
    lemmas, classes = tables
    if len(words) > 1 and bare_word(words[0]).endswith("ly"):
        words = words[1:]  # "forcibly detained": the verb form after the adverb
    first = bare_word(words[0])
    lemma = lemmas.get(first, first)
    after = bare_word(words[1]) if len(words) > 1 else ""
    if lemma == first and first in classes.get("verb", frozenset()) and after in _DETERMINERS:
        return True  # "Return the Covered Person to ...": a verb and its object
    if (
        lemma == first
        and first in classes.get("verb", frozenset())
        and first not in classes.get("noun", frozenset())
        and first not in classes.get("adj", frozenset())
        and len(words) > 1
    ):
        # "adhere to medical treatment", "provide indemnity for ...": a verb that is no
        # noun, in its base form, opens what an infinitive lead-in ("your failure to:",
        # "We shall not be liable to:") goes on with
        return True
    if lemma == first and first in classes.get("adj", frozenset()):
        # "recoverable from any other source": a predicate, not "fraudulent or dishonest act"
        noun = first in classes.get("noun", frozenset())
        return (
            not noun and bool(after) and is_function(lex, words[1]) and after not in ("and", "or")
        )
    if lemma == first or lemma not in classes.get("verb", frozenset()):
        return False
    if first.endswith("ing"):
        # "waiting period", "breaking of glass": a noun; "occurring more than", "belonging
        # to", "arising from": a verb with its complement.
        second = words[1] if len(words) > 1 else ""
        if after == "of" or (not after and first in classes.get("noun", frozenset())):
            return False
        return (
            not second or is_function(lex, second) or after in word_set(lex, "topic_dangling_words")
        )
    if first.endswith("ed"):
        adjective = first in classes.get("adj", frozenset())
        return not (adjective and after and not is_function(lex, words[1]))
    # "sustains a", "results from": a verb; "results of tests": a noun.
    return lemma not in classes.get("noun", frozenset()) or (
        bool(after) and is_function(lex, words[1]) and after not in ("of", "and", "or")
    )


def _tables(lex: CompiledLexicon) -> tuple[dict[str, str], dict[str, frozenset[str]]] | None:
    lang = lex.raw.get("word_class_tables")
    if not isinstance(lang, str):
        return None
    classes = word_classes(lang)
    return (lemma_table(lang), classes) if classes else None


def head_word(lex: CompiledLexicon, words: list[str]) -> str:
    """The last word of the phrase's first run of words before a function word: "driver"
    of "Authorised Driver", "policyholder" of "Policyholder or any member"."""
    head = ""
    for word in words:
        if is_function(lex, word) or word.endswith(","):
            return head or bare_word(word)
        head = bare_word(word)
    return head
