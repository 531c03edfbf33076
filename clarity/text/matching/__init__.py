"""Fast matching: the matches plain ``re`` gives, tried only where they can start.

Python's ``re`` has no fast literal search for a pattern that starts with ``\\b`` or
a look-behind, or that is case-insensitive: it tries every position of the text.
Most rule words are absent from a given document, and ``str.find`` (or one regex
over many literals) finds those that occur far faster. So a pattern is tried only
where one of its *leading literals* occurs (the literals one of which starts every
match), and not at all where one of its *requirements* is missing (literal sets of
which every match holds one). Both are read from the pattern's source by a small
reader (``literals``) that knows look-arounds, ``\\b``, literal characters, small
classes such as ``[Tt]``, groups of alternatives and their quantifiers, and gives up
on anything else: a pattern it cannot read is searched as it is. Nothing here uses
``re``'s private parser.

For a case-insensitive pattern the literals are looked up in the lowercased text.
That is exact only when lowercasing keeps every character one character and the
text has none of the letters that ``re`` folds differently from ``str.lower``
(``casefold_safe``); on other texts every function here falls back to plain ``re``.

The one interface, imported from this package: ``find_all``, ``search`` and
``find_in_spans`` for patterns searched on their own (``scan``); ``FirstOf`` for many
named patterns searched as one alternation in spans of a document (``alternation``);
``PhraseWindows`` for lemma phrases, found without tokenizing the text (``phrases``).
Each gives exactly what the plain ``re`` (or spaCy) expression in its docstring
gives: tests/text/test_matching.py, tests/checks/test_exclusion_index.py and
tests/text/test_phrasewindows.py compare them on random texts built from the rule
packs' own words.
"""

from clarity.text.matching.alternation import FirstOf, LiteralScan
from clarity.text.matching.literals import (
    UNSAFE_CHARS,
    casefold_safe,
    leading_literals,
    lowercase,
    required_literals,
    requirements,
    word_start,
)
from clarity.text.matching.phrases import PhraseWindows
from clarity.text.matching.scan import find_all, find_in_spans, search

__all__ = [
    "UNSAFE_CHARS",
    "FirstOf",
    "LiteralScan",
    "PhraseWindows",
    "casefold_safe",
    "find_all",
    "find_in_spans",
    "leading_literals",
    "lowercase",
    "required_literals",
    "requirements",
    "search",
    "word_start",
]
