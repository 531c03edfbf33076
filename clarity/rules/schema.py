"""JSON schemas of rule pack files, their rules and their lexicons, and validation.

The schemas say what a pack may hold, so a typo in a user's pack is a clear error
with its place ("rules[3] (J999): 'severity' is a required property"), not a
crash on some document later. The lexicons read for every document (language
markers, profile stems) are checked for user packs too.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from clarity.core.errors import RulePackError
from clarity.core.languages import LANGUAGES
from clarity.core.settings import GENRES

_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_PHRASES = {"type": "array", "items": {"type": "string", "pattern": r"\S"}}
_EXAMPLE_LISTS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"fail": _STRINGS, "pass": _STRINGS},
}
_EXAMPLES = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"fail": _STRINGS, "pass": _STRINGS, "en": _EXAMPLE_LISTS, "fi": _EXAMPLE_LISTS},
}
"""``fail``/``pass`` in the pack's language, or one such pair per language (``en:``,
``fi:``): a pack for several languages gives each example's language."""
_RULE_PROPERTIES: dict[str, Any] = {
    "code": {"type": "string", "pattern": r"^[A-Z]{1,3}[0-9]{3}$"},
    "name": {"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$"},
    "severity": {"enum": ["info", "warning", "error"]},
    "category": {"type": "string", "minLength": 1},
    "why": {"type": "string", "minLength": 1},
    "description": {"type": "string"},
    "profiles": {"type": "array", "items": {"enum": ["insurance", "loan", "generic"]}},
    "group": {"enum": ["rule", "term", "advice", "none"]},
    "genres": {
        "type": "array",
        "items": {"enum": list(GENRES)},
        "minItems": 1,
        "uniqueItems": True,
    },
    "examples": _EXAMPLES,
    "default": {"type": "boolean"},
    "opt_in_reason": {"type": "string", "minLength": 1},
    "default_genres": {
        "type": "array",
        "items": {"enum": list(GENRES)},
        "minItems": 1,
        "uniqueItems": True,
    },
}
RULE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["code", "name", "severity", "match", "plain", "why"],
    "additionalProperties": False,
    "properties": {
        **_RULE_PROPERTIES,
        "match": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": False,
            "properties": {"lemma": _PHRASES, "stem": _STRINGS, "regex": _STRINGS},
        },
        "case_sensitive": {"type": "boolean"},
        "plain": {**_STRINGS, "minItems": 1},
    },
}
"""A rule found by its patterns (``match``); the suggestion offers ``plain``."""
CHECK_RULE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["code", "name", "severity", "why", "examples"],
    "additionalProperties": False,
    "properties": {
        **_RULE_PROPERTIES,
        "plain": _STRINGS,
        "options": {"type": "object"},
    },
}
"""A rule a Python check implements: metadata only. Shipped packs only (a user pack
cannot add behaviour), and every one needs examples of both kinds (tests)."""
PROFILES_LEXICON: dict[str, Any] = {
    "type": "object",
    "properties": {
        "insurance": _PHRASES,
        "loan": _PHRASES,
        "min_per_thousand": {"type": "number", "minimum": 0},
        "min_words": {"type": "integer", "minimum": 0},
    },
}
_DENSITY = {"type": "number", "minimum": 0}
GENRES_LEXICON: dict[str, Any] = {
    "type": "object",
    "properties": {
        "statute": _PHRASES,
        "business": _PHRASES,
        "min_per_thousand": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"statute": _DENSITY, "business": _DENSITY},
        },
        "min_hits": {"type": "integer", "minimum": 1},
    },
}
_LENGTHS = {"type": "integer", "minimum": 1}
LANGUAGE_LEXICON: dict[str, Any] = {
    "type": "object",
    "properties": {
        "stopwords": _PHRASES,
        "letters": {"type": "string"},
        "endings": _STRINGS,
        "abbreviations": _PHRASES,
        "sentence_length": {
            "type": "object",
            "properties": {"info": _LENGTHS, "warning": _LENGTHS, "error": _LENGTHS},
        },
    },
}
LEXICON_SCHEMAS: dict[str, dict[str, Any]] = {
    "profiles": PROFILES_LEXICON,
    "language": LANGUAGE_LEXICON,
    "genres": GENRES_LEXICON,
}
"""Lexicons read for every document, whatever its language (language detection
reads every language's markers and profile stems), so a user pack's are checked
when loaded: a bad one is a clear error, not a crash on some other document."""
PACK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["pack"],
    "additionalProperties": False,
    "properties": {
        "pack": {"type": "string"},
        "language": {"enum": list(LANGUAGES)},
        "languages": {
            "type": "array",
            "items": {"enum": list(LANGUAGES)},
            "minItems": 1,
            "uniqueItems": True,
        },
        "category": {"type": "string"},
        "default": {"type": "boolean"},
        "opt_in_reason": {"type": "string", "minLength": 1},
        "rules": {"type": "array"},
        "lexicon": {"type": "object"},
    },
    "allOf": [
        {
            "if": {"properties": {"pack": {"const": name}}},
            "then": {"properties": {"lexicon": schema}},
        }
        for name, schema in LEXICON_SCHEMAS.items()
    ],
}


_SCHEMAS = {"rule": RULE_SCHEMA, "check-rule": CHECK_RULE_SCHEMA, "pack": PACK_SCHEMA}


@cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_SCHEMAS[name])


def check_schema(instance: Any, schema: str, where: str) -> None:
    """Raise RulePackError with the first schema error of ``instance``, found at ``where``;
    ``schema`` is "pack", "rule" or "check-rule"."""
    validator = _validator(schema)
    if validator.is_valid(instance):
        return
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    if errors:
        error = errors[0]
        at = "/".join(str(p) for p in error.path)
        raise RulePackError(f"{where}: {error.message}" + (f" (at {at})" if at else ""))
