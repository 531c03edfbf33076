"""Pyphen's parsed hyphenation patterns, kept in clarity's cache between runs.

Pyphen parses its ``hyph_*.dic`` file (11,000 patterns for en_US) in pure Python
the first time a process hyphenates a word: about 0.1 s of every run on an English
text with a word outside the CMU dictionary, measured, for data that never changes
between runs. The parsed patterns are strings and small integers, so they are kept
as JSON in clarity's cache (clarity/rules/cache.py, keyed by the file's content and
Pyphen's version) and put in Pyphen's own table of parsed dictionaries
(``pyphen.hdcache``), which ``Pyphen(lang=...)`` looks in before parsing.

Only a dictionary whose parse is exactly patterns, an empty word cache and the
longest pattern's length, with plain integer values, is kept this way; anything
else (a Pyphen release that stores more, nonstandard hyphenation data) is parsed
by Pyphen as usual. The cache can make a run faster, never different.
"""

from __future__ import annotations

from typing import Any

from clarity.rules.cache import load_cached

_PARSED_FIELDS = {"patterns", "cache", "maxlen"}


def preload_patterns(lang: str) -> None:
    """Make ``Pyphen(lang=lang)`` find its dictionary already parsed."""
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    if path in pyphen.hdcache:
        return
    parsed: list[Any] = []

    def parse(_text: str) -> dict[str, list[Any]] | None:
        parsed.append(pyphen.HyphDict(path))
        return plain_patterns(parsed[0])

    text = path.read_bytes().decode("latin-1")  # only hashed: any byte is a character
    patterns = load_cached(text, parse, f"pyphen {pyphen.VERSION}", f"pyphen:{path}")
    if parsed:  # parsed in this run: keep that one
        pyphen.hdcache[path] = parsed[0]
    elif patterns:
        pyphen.hdcache[path] = rebuilt(pyphen.HyphDict, patterns)


def plain_patterns(parsed: Any) -> dict[str, list[Any]] | None:
    """The patterns of a parsed ``HyphDict`` as JSON data, or None when the object
    holds anything this module cannot rebuild exactly."""
    if set(vars(parsed)) != _PARSED_FIELDS or parsed.cache:
        return None
    plain: dict[str, list[Any]] = {}
    for key, (start, values) in parsed.patterns.items():
        if type(start) is not int or any(type(value) is not int for value in values):
            return None
        plain[key] = [start, list(values)]
    return plain


def rebuilt(hyph_dict_type: type, patterns: dict[str, list[Any]]) -> Any:
    """A ``HyphDict`` with the given patterns, as Pyphen's own parse leaves it."""
    hyph = hyph_dict_type.__new__(hyph_dict_type)
    hyph.patterns = {key: (start, tuple(values)) for key, (start, values) in patterns.items()}
    hyph.cache = {}
    hyph.maxlen = max(len(key) for key in hyph.patterns)
    return hyph
