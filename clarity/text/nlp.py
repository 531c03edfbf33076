"""One spaCy pipeline per language, built on first use and kept for the process.

clarity uses blank pipelines (tokenizer only) plus lookup lemmas where a table
ships with spacy-lookups-data (English). Trained models are not on PyPI, would
cost seconds of start-up and hundreds of MB, and nothing may be downloaded at run
time; the checks need tokens and dictionary lemmas, not parses. Finnish has no
lookup table, so Finnish rules match by stem patterns (see rules/README.md).
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from clarity.core.languages import LANGUAGES

if TYPE_CHECKING:
    from spacy.language import Language

SUPPORTED_LANGUAGES = LANGUAGES
LONGEST_RUN = 1_000
"""Characters without whitespace past which a run is not prose (see ``tokenizable``)."""
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")
_PUNCTUATION = re.compile(r"[^\w\s]")
LEXICAL_ATTRIBUTES = ("LOWER", "IS_SPACE", "IS_PUNCT")
"""The word attributes the pipeline computes: Token.lower_, is_space and is_punct."""
_COMPONENT = "clarity_lookup_lemmas"


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """The lowercase-form -> lemma table for ``lang``; empty when none ships."""
    if lang != "en":
        return {}
    import gzip
    import json
    from importlib.resources import files

    data = files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        table: dict[str, str] = json.load(handle)
    return table


@cache
def word_classes(lang: str) -> dict[str, frozenset[str]]:
    """Base forms known as "noun", "verb", "adj" or "adv" (spacy-lookups-data's lemma
    index, from WordNet); empty when none ships. Enough to tell a participle
    ("occurring") from a noun phrase without a trained tagger."""
    if lang != "en":
        return {}
    import gzip
    import json
    from importlib.resources import files

    data = files("spacy_lookups_data") / "data" / f"{lang}_lemma_index.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        table: dict[str, list[str]] = json.load(handle)
    return {pos: frozenset(words) for pos, words in table.items()}


def _register_component() -> None:
    from spacy.language import Language

    if Language.has_factory(_COMPONENT):
        return

    @Language.factory(_COMPONENT)
    def _make(nlp: Language, name: str) -> LookupLemmatizer:
        return LookupLemmatizer(lemma_table(nlp.lang))


class LookupLemmatizer:
    """Sets each token's lemma from the table, keyed by the lowercase form.

    spaCy's own lookup mode is case-sensitive ("Notwithstanding" is not found);
    rules must match any capitalisation, so the key is always the lower form.
    """

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self._by_hash: dict[int, int] = {}

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        # Work on hashes of the distinct lowercase forms, not on Token objects:
        # a 100,000-word text has a few thousand distinct words.
        import numpy as np
        from spacy.attrs import LEMMA, LOWER

        if len(doc) == 0:
            return doc
        lowers = doc.to_array(LOWER)
        distinct, inverse = np.unique(lowers, return_inverse=True)
        strings = doc.vocab.strings
        known = self._by_hash
        get = self.table.get
        lemmas = np.empty(len(distinct), dtype=np.uint64)
        for index, key in enumerate(distinct.tolist()):
            lemma = known.get(key)
            if lemma is None:
                lower = strings[key]
                lemma = known[key] = strings.add(get(lower, lower))
            lemmas[index] = lemma
        doc.from_array([LEMMA], lemmas[inverse].reshape(-1, 1))
        return doc


def import_spacy() -> ModuleType:
    """``import spacy``, as usual (its command line included: spaCy's ``__init__``
    imports ``spacy.cli.info``, and no public way leaves that out)."""
    import spacy

    return spacy


@cache
def get_nlp(lang: str) -> Language:
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; choose one of {SUPPORTED_LANGUAGES}")
    spacy = import_spacy()
    from spacy.attrs import IDS

    _register_component()
    nlp = spacy.blank(lang)
    nlp.max_length = 60_000_000
    # spaCy computes ~20 lexical attributes (shape, like_num, stop word, ...) in
    # Python for every word form it meets first, a cost on a long policy.
    # The checks read only these three (and lemmas, set below).
    getters = nlp.vocab.lex_attr_getters
    keep = [IDS[name] for name in LEXICAL_ATTRIBUTES]
    nlp.vocab.lex_attr_getters = {k: getters[k] for k in keep if k in getters}
    nlp.add_pipe(_COMPONENT)
    return nlp


def tokenizable(text: str) -> str:
    """``text`` with the punctuation of runs over LONGEST_RUN characters without
    whitespace turned to spaces, for spaCy's tokenizer.

    The tokenizer strips a long token's suffixes one at a time, each a regex over the
    rest of the token: 16,000 "=" in a row took a minute. Such a run is not prose, its
    words stay whole (only punctuation changes), and every offset is kept, so findings
    in the rest of the text are the same."""
    if _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(lambda run: _PUNCTUATION.sub(" ", run.group()), text)
