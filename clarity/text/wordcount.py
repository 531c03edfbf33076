"""Word counts of every sentence of a long text, from one vectorised pass over it.

``count_words`` runs a regex over each sentence; on a long policy that was 3% of
the analysis, most of it the regex engine stepping through every character. The
count needs no regex: a word of ``sentences._WORD`` is a run of letters and
digits (``[^\\W_]+``), joined to the next run by one of ``-'’.`` or, between two
digits, a comma; the regex always takes such a join (its repetition is greedy,
and nothing follows it). So the words in ``text[a:b]`` are the runs that start
there (one starts at ``a`` if a letter or digit stands there), less the joiners
in ``text[a + 1:b - 1]`` with a run on both sides. Marking run starts and joins
once for the whole text, with running sums, gives every span's count by two
subtractions. Which characters are letters, digits and decimal digits is asked of
``re`` itself, so it agrees with the regex by construction
(tests/test_wordcount.py compares the two).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from clarity.text.sentences import count_words

SHORT = 20_000
"""Below this many characters, counting each span by regex costs less than the set-up."""
_JOINERS = "-'’."
_WORDY = re.compile(r"[\W_]")  # not a letter or digit, as ``[^\W_]`` sees it
_NOT_DECIMAL = re.compile(r"\D")


def span_word_counts(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """``[count_words(text[a:b]) for a, b in spans]``, each span within ``text``."""
    if len(text) < SHORT or not text or not spans:
        return [count_words(text[a:b]) for a, b in spans]
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _classes(codes)
    alnum = (classes & _ALNUM).astype(bool)
    starts = alnum.copy()
    starts[1:] &= ~alnum[:-1]
    # a joiner between two letters or digits; a comma between two decimal digits
    before, here, after = classes[:-2], classes[1:-1], classes[2:]
    joins = np.zeros(len(text), dtype=bool)
    joins[1:-1] = ((here & _JOINER) != 0) & ((before & after & _ALNUM) != 0)
    joins[1:-1] |= ((here & _COMMA) != 0) & ((before & after & _DECIMAL) != 0)
    run_sums = np.concatenate(([0], np.cumsum(starts, dtype=np.int64)))
    join_sums = np.concatenate(([0], np.cumsum(joins, dtype=np.int64)))
    bounds = np.asarray(spans, dtype=np.int64).reshape(len(spans), 2)
    a, b = bounds[:, 0], bounds[:, 1]
    full = b > a
    first = np.where(full, alnum[np.minimum(a, len(text) - 1)], False)
    runs = first + np.where(full, run_sums[b] - run_sums[np.minimum(a + 1, b)], 0)
    inner = b - 1 > a + 1
    joined = np.where(inner, join_sums[np.maximum(b - 1, 0)] - join_sums[np.minimum(a + 1, b)], 0)
    counts: list[int] = (runs - joined).tolist()
    return counts


_ALNUM, _DECIMAL, _JOINER, _COMMA = 1, 2, 4, 8
"""Bits of a character's class: letter or digit, decimal digit, joiner, comma."""


def _classes(codes: Any) -> Any:
    """The class bits of each character (code point)."""
    import numpy as np

    table = _bmp_table()
    classes = table[np.minimum(codes, 0xFFFF)]
    high = codes > 0xFFFF
    if high.any():
        for code in np.unique(codes[high]).tolist():
            classes[codes == code] = _class_of(chr(code))
    return classes


def _class_of(char: str) -> int:
    return (
        (_ALNUM if _WORDY.match(char) is None else 0)
        | (_DECIMAL if _NOT_DECIMAL.match(char) is None else 0)
        | (_JOINER if char in _JOINERS else 0)
        | (_COMMA if char == "," else 0)
    )


@cache
def _bmp_table() -> Any:
    """The class bits of every character below U+10000, letters and digits as ``re`` says."""
    import numpy as np

    every = "".join(map(chr, range(0x10000)))
    alnum = re.sub(r"[^\x00]", "\x01", _WORDY.sub("\x00", every))
    decimal = re.sub(r"[^\x00]", "\x01", _NOT_DECIMAL.sub("\x00", every))
    table = np.frombuffer(alnum.encode("latin-1"), dtype=np.uint8) * _ALNUM
    table |= np.frombuffer(decimal.encode("latin-1"), dtype=np.uint8) * _DECIMAL
    for char in _JOINERS:
        table[ord(char)] |= _JOINER
    table[ord(",")] |= _COMMA
    return table
