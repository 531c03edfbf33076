"""Python's own regex parser, through which clarity reads what a pattern requires.

Several speed-ups (prefilter, literalscan, the exclusion index, layout's cross
references) read literals and boundaries from a parsed pattern rather than from
the words in the YAML, so that skipping a pattern can never change a result.
CPython 3.11 moved the parser to ``re._parser``; this module is the one place that
knows where it lives, and where ``re``'s extra case-insensitive equivalences
('ſ' and 's') are kept.
"""

from __future__ import annotations

try:  # CPython 3.11+
    from re import _casefix
    from re import _constants as constants
    from re import _parser as parser

    EXTRA_CASES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
except ImportError:  # pragma: no cover - CPython 3.10
    import sre_compile
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

    EXTRA_CASES = sre_compile._ignorecase_fixes  # type: ignore[attr-defined]

__all__ = ["EXTRA_CASES", "constants", "parser"]
