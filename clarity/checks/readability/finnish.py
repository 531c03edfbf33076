"""Finnish syllables, LIX and Wiio's readability grade.

Syllables follow the rules of Finnish orthography (Karlsson, *Suomen kielen
äänne- ja muotorakenne*; Kielitoimiston ohjepankki "Tavutus"): every syllable
has one vowel nucleus, which is a short vowel, a long vowel (aa, ee, ...) or a
diphthong. So counting syllables is counting nuclei in each run of vowels:

* a long vowel or a diphthong ending in i (ai, ei, oi, ui, yi, äi, öi, ...) is
  one nucleus anywhere;
* ie, uo, yö are diphthongs only in the first syllable (tie-to, but ko-e-tus);
* au, eu, iu, ou, ey, äy, öy, iy are diphthongs, except in a later syllable
  before the -us/-ys derivative ending (kor-va-us, va-pa-us, ter-ve-ys);
* any other vowel pair is split (lu-en, ko-e).

Compound words whose second part starts with ie/uo/yö are undercounted by one;
the word-list test shows the rules on real insurance vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

VOWELS = frozenset("aeiouyäöå")
_LONG = {v + v for v in "aeiouyäö"}
_I_DIPHTHONGS = {"ai", "ei", "oi", "ui", "yi", "äi", "öi"}
_U_DIPHTHONGS = {"au", "eu", "iu", "ou", "ey", "äy", "öy", "iy"}
_FIRST_ONLY = {"ie", "uo", "yö"}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_US_SUFFIX = re.compile(r"^k?s")


def syllables(word: str) -> int:
    """Number of syllables in one Finnish word (hyphenated parts are added up)."""
    total = 0
    for part in re.split(r"[-'’]", word.lower()):
        total += _part_syllables(part)
    return total


def _part_syllables(word: str) -> int:
    count = 0
    i = 0
    n = len(word)
    while i < n:
        if word[i] not in VOWELS:
            i += 1
            continue
        j = i
        while j < n and word[j] in VOWELS:
            j += 1
        count += _nuclei(word, i, j, first=count == 0)
        i = j
    return count


def _nuclei(word: str, start: int, end: int, first: bool) -> int:
    count = 0
    i = start
    while i < end:
        pair = word[i : i + 2] if i + 1 < end else ""
        if pair and _joins(pair, word, i + 2, first and count == 0):
            i += 2
        else:
            i += 1
        count += 1
    return count


def _joins(pair: str, word: str, after: int, first_syllable: bool) -> bool:
    if pair in _LONG or pair in _I_DIPHTHONGS:
        return True
    if pair in _FIRST_ONLY:
        return first_syllable
    if pair in _U_DIPHTHONGS:
        return first_syllable or not _US_SUFFIX.match(word[after:])
    return False


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass(frozen=True)
class Counts:
    """Words of one sentence piece: all, those over 6 letters, those of 4+ syllables.
    Words never cross the space between pieces, so pieces' counts add up."""

    words: int = 0
    long: int = 0
    polysyllables: int = 0


_judged: dict[str, tuple[bool, bool]] = {}
"""word -> (over 6 letters, 4 or more syllables), decided once per word."""
_CACHE_LIMIT = 200_000


def _judge(word: str) -> tuple[bool, bool]:
    judged = _judged.get(word)
    if judged is None:
        judged = (sum(c.isalpha() for c in word) > 6, syllables(word) >= 4)
        if len(_judged) >= _CACHE_LIMIT:
            _judged.clear()
        _judged[word] = judged
    return judged


def counts(text: str) -> Counts:
    """The counts of one piece, each distinct word judged once (cached)."""
    found = _WORD.findall(text)
    long = polysyllables = 0
    for word in found:
        is_long, is_poly = _judged.get(word) or _judge(word)
        long += is_long
        polysyllables += is_poly
    return Counts(len(found), long, polysyllables)


def total(pieces: Iterable[Counts]) -> Counts:
    words = long = polysyllables = 0
    for piece in pieces:
        words += piece.words
        long += piece.long
        polysyllables += piece.polysyllables
    return Counts(words, long, polysyllables)


def lix(word_list: list[str], sentences: int) -> float:
    """Björnsson's LIX: words per sentence + 100 x share of words over 6 letters."""
    return lix_of(Counts(len(word_list), sum(1 for w in word_list if _judge(w)[0])), sentences)


def lix_of(counted: Counts, sentences: int) -> float:
    if not counted.words or sentences <= 0:
        return 0.0
    return counted.words / sentences + 100 * counted.long / counted.words


def wiio(word_list: list[str], sentences: int) -> tuple[float, float]:
    """Wiio's grade (2.7 + 0.3 PS) and the refined one (0.7 + 0.3 PS + 0.05 MS).

    PS is the share (per 100 words) of words of four or more syllables; MS the
    mean sentence length in words.
    """
    poly = sum(1 for w in word_list if _judge(w)[1])
    return wiio_of(Counts(len(word_list), polysyllables=poly), sentences)


def wiio_of(counted: Counts, sentences: int) -> tuple[float, float]:
    if not counted.words or sentences <= 0:
        return 0.0, 0.0
    ps = 100 * counted.polysyllables / counted.words
    ms = counted.words / sentences
    return 2.7 + 0.3 * ps, 0.7 + 0.3 * ps + 0.05 * ms
