"""Lemma phrases: where in a text a phrase can match, found without tokenizing it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from clarity.text.excerpts import Widener
from clarity.text.matching.alternation import _trie_regex
from clarity.text.matching.literals import casefold_safe

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# --- lemma phrases -----------------------------------------------------------------

_LETTER = r"[^\W\d_]"
_LETTER_RUN = re.compile(_LETTER + "+")


@dataclass(frozen=True)
class _Anchored:
    """One phrase seen from one of its anchor's forms."""

    before: int
    """Chunks the match may reach before the anchor's chunk."""
    after: int
    others: tuple[frozenset[str], ...]
    """For each other word of the phrase, the lowercase forms it may take."""


class PhraseWindows:
    """Where in a text a lemma phrase can match, found without tokenizing the text.

    A phrase matches tokens whose lemmas are the phrase's lemmas, and a lemma is a
    lookup of the token's lowercase form (clarity/nlp.py). So each phrase word can
    only be one of a known set of lowercase forms ("event": event, events), and a
    match contains one of those forms at a place in the lowercased text. Each phrase
    gets an anchor: its rarest-looking word (not a stop word, longest forms). The
    text's letter runs that are an anchor form's (first) letter run are found by one
    regex; around each hit, the phrase's other words must each appear (as any of
    their forms) within as many chunks as the phrase has words, or the phrase
    cannot match there. What is left is a few windows that ``clarity.text.excerpts``
    tokenizes.

    One assumption makes the letter-run lookup complete: spaCy splits a token from a
    neighbouring letter only in its special cases ("cannot" is "can" + "not"), so
    every letter run of a token is a whole letter run of the text everywhere else.
    The special cases are read from the tokenizer and their letter runs added as
    triggers; tests/text/test_phrasewindows.py compares with whole-text matching.
    """

    def __init__(self, nlp: Language, phrases: Iterable[Doc], table: dict[str, str]) -> None:
        phrases = list(phrases)
        self._forms = _inverse(table, {token.lemma_ for phrase in phrases for token in phrase})
        self._table = table
        self._stop_words = frozenset(nlp.Defaults.stop_words)
        self._by_run: dict[str, list[_Anchored]] = defaultdict(list)
        self.complete = True
        """False when some phrase has no word with letters to anchor on, or begins
        or ends with whitespace: every text is then a window."""
        for phrase in phrases:
            self._add(phrase)
        self._add_special_cases(nlp)
        keys = sorted(self._by_run)
        self._scan = (
            re.compile(rf"(?<!{_LETTER})(?:{_trie_regex(keys)})(?!{_LETTER})") if keys else None
        )

    def forms(self, lemma: str) -> frozenset[str]:
        """Every lowercase form whose lemma (a table lookup) is ``lemma``, a lemma of
        one of the phrases."""
        found = set(self._forms.get(lemma, ()))
        if self._table.get(lemma, lemma) == lemma:
            found.add(lemma)
        return frozenset(found)

    def _add(self, phrase: Doc) -> None:
        if len(phrase) and (phrase[0].is_space or phrase[-1].is_space):
            # A window ends at a chunk's last character and never holds the
            # whitespace after it, so such a phrase could match outside every window.
            self.complete = False
            return
        words = [self.forms(token.lemma_) for token in phrase]
        keys = [{_first_run(form) for form in forms} for forms in words]
        anchorable = [i for i, found in enumerate(keys) if found and "" not in found]
        if not anchorable:
            self.complete = False
            return
        anchor = max(anchorable, key=lambda i: self._rarity(words[i], keys[i]))
        entry = _Anchored(
            before=anchor,
            after=len(words) - 1 - anchor,
            others=tuple(forms for i, forms in enumerate(words) if i != anchor),
        )
        for key in keys[anchor]:
            self._by_run[key].append(entry)

    def _rarity(self, forms: frozenset[str], keys: set[str]) -> tuple[bool, int, int]:
        return (not forms & self._stop_words, min(map(len, keys)), -len(keys))

    def _add_special_cases(self, nlp: Language) -> None:
        """A special case may cut a letter run ("can't" is "ca" + "n't"): its letter
        runs then trigger what its pieces would."""
        from spacy.attrs import ORTH

        extra: dict[str, set[_Anchored]] = defaultdict(set)
        for orth, pieces in nlp.tokenizer.rules.items():
            if len(pieces) < 2:
                continue
            runs = _LETTER_RUN.findall(orth.lower())
            for piece in pieces:
                key = _first_run(piece[ORTH].lower())  # "n't" is looked up by "n"
                for run in runs:
                    if run != key:
                        extra[run].update(self._by_run.get(key, ()))
        for run, entries in extra.items():
            if entries:  # the order of entries does not matter: windows are merged
                known = self._by_run[run]
                known.extend(entries - set(known))

    def windows(self, text: str, lowered: str) -> list[tuple[int, int]] | None:
        """Spans of ``text`` outside which no phrase can match; ``None`` means the
        whole text (when the lowercased text cannot be trusted)."""
        if not self.complete or not casefold_safe(text, lowered):
            return None
        if self._scan is None:
            return []
        by_run = self._by_run
        widen = Widener(text).widen
        spans = []
        for run in self._scan.finditer(lowered):  # only the letter runs that are keys
            start, end = run.span()
            for entry in by_run[run.group()]:
                span = widen(start, end, entry.before + 1, entry.after + 1)
                window = lowered[span[0] : span[1]]
                for forms in entry.others:  # each other word, as one of its forms
                    for form in forms:
                        if form in window:
                            break
                    else:
                        break
                else:
                    spans.append(span)
        return spans


def _inverse(table: dict[str, str], lemmas: set[str]) -> dict[str, list[str]]:
    """The forms of each of ``lemmas``: only those, as inverting all of an English
    table (40,000 forms) cost more than the rest of building the windows."""
    forms: dict[str, list[str]] = defaultdict(list)
    for form, lemma in table.items():
        if lemma in lemmas:
            forms[lemma].append(form)
    return forms


def _first_run(form: str) -> str:
    """The letter run a form is looked up by ("" when it has no letter). A token's
    runs are whole runs of the text, except where a special case cuts one."""
    run = _LETTER_RUN.search(form)
    return run.group() if run else ""
