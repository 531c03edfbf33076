"""Rule packs: YAML files under rules/<lang>/ (and user packs), loaded once per process.

A pack file holds either ``rules`` (entries that produce findings, Vale-style
substitutions) or a ``lexicon`` (words and patterns a Python check consumes,
such as exclusion triggers or sentence thresholds). Keeping both as data means
a writer can tune clarity's vocabulary without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from clarity.core.errors import RulePackError
from clarity.core.resources import rules_dir
from clarity.core.rulemeta import RuleMeta, Severity
from clarity.rules.cache import load_cached

LANGUAGES = ("en", "fi")
# libyaml's loader when PyYAML was built with it: several times faster on large packs.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_PHRASES = {"type": "array", "items": {"type": "string", "pattern": r"\S"}}
RULE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["code", "name", "severity", "match", "plain", "why"],
    "additionalProperties": False,
    "properties": {
        "code": {"type": "string", "pattern": r"^[A-Z]{1,3}[0-9]{3}$"},
        "name": {"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$"},
        "severity": {"enum": ["info", "warning", "error"]},
        "match": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": False,
            "properties": {"lemma": _PHRASES, "stem": _STRINGS, "regex": _STRINGS},
        },
        "case_sensitive": {"type": "boolean"},
        "plain": {**_STRINGS, "minItems": 1},
        "why": {"type": "string", "minLength": 1},
        "description": {"type": "string"},
        "profiles": {"type": "array", "items": {"enum": ["insurance", "loan", "generic"]}},
        "examples": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"fail": _STRINGS, "pass": _STRINGS},
        },
    },
}
PROFILES_LEXICON: dict[str, Any] = {
    "type": "object",
    "properties": {
        "insurance": _PHRASES,
        "loan": _PHRASES,
        "min_per_thousand": {"type": "number", "minimum": 0},
        "min_words": {"type": "integer", "minimum": 0},
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
            "properties": {"warning": _LENGTHS, "error": _LENGTHS},
        },
    },
}
LEXICON_SCHEMAS: dict[str, dict[str, Any]] = {
    "profiles": PROFILES_LEXICON,
    "language": LANGUAGE_LEXICON,
}
"""Lexicons read for every document, whatever its language (language detection
reads every language's markers and profile stems), so a user pack's are checked
when loaded: a bad one is a clear error, not a crash on some other document."""
PACK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["pack", "language"],
    "additionalProperties": False,
    "properties": {
        "pack": {"type": "string"},
        "language": {"enum": list(LANGUAGES)},
        "category": {"type": "string"},
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


@dataclass(frozen=True)
class PackRule:
    meta: RuleMeta
    lemma: tuple[str, ...]
    sources: tuple[tuple[str, int], ...]
    """Stems (as regexes) and regexes, each with its ``re`` flags."""

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """Compiled on first use: a run compiles only the rules of the languages it
        meets (about 0.05 s of start-up for both packs). User packs are compiled
        when loaded, so that a bad regex is reported before any file is checked;
        the shipped ones are compiled by the test suite."""
        return tuple(re.compile(source, flags) for source, flags in self.sources)


@dataclass
class RuleSet:
    """All rules and lexicons for one language."""

    language: str
    rules: list[PackRule] = field(default_factory=list)
    lexicons: dict[str, dict[str, Any]] = field(default_factory=dict)

    def lexicon(self, name: str) -> dict[str, Any]:
        return self.lexicons.get(name, {})


def stem_regex(phrase: str) -> str:
    """``"suorit* maksu*"`` -> the source of a regex matching every inflected form."""
    parts = []
    for token in phrase.split():
        if token.endswith("*"):
            parts.append(re.escape(token[:-1]) + r"\w*")
        else:
            parts.append(re.escape(token))
    body = r"\s+".join(parts)
    return rf"(?<!\w){body}(?!\w)"


def stem_pattern(phrase: str, case_sensitive: bool = False) -> re.Pattern[str]:
    return re.compile(stem_regex(phrase), 0 if case_sensitive else re.IGNORECASE)


def _parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


def _where(path: Path, index: int | None, entry: Any) -> str:
    if index is None:
        return str(path)
    code = entry.get("code") if isinstance(entry, dict) else None
    return f"{path}: rules[{index}]" + (f" ({code})" if code else "")


@cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator({"rule": RULE_SCHEMA, "pack": PACK_SCHEMA}[name])


def _validate(instance: Any, schema: dict[str, Any], where: str) -> None:
    validator = _validator("rule" if schema is RULE_SCHEMA else "pack")
    if validator.is_valid(instance):
        return
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    if errors:
        error = errors[0]
        at = "/".join(str(p) for p in error.path)
        raise RulePackError(f"{where}: {error.message}" + (f" (at {at})" if at else ""))


def load_pack_file(
    path: Path, validate: bool = True
) -> tuple[str, list[PackRule], dict[str, dict[str, Any]]]:
    """Read one pack file; check it (and compile its regexes) when ``validate``.

    ``validate=False`` is for the packs shipped with clarity: the test suite
    validates every one of them against the schemas (tests/test_packs.py), so
    checking them again on every run only costs start-up time (importing
    jsonschema and building its validators: about 0.15 s).
    """
    try:
        text = path.read_text(encoding="utf-8")
        raw = load_cached(text, _parse_yaml, yaml.__version__, str(path.resolve()))
    except OSError as exc:
        raise RulePackError(f"{path}: cannot read rule pack: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise RulePackError(f"{path}: rule pack is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulePackError(f"{where}: invalid YAML: {problem}") from None
    if not isinstance(raw, dict):
        raise RulePackError(f"{path}: a rule pack must be a mapping with 'pack' and 'language'")
    if validate:
        _validate(raw, PACK_SCHEMA, str(path))
    language = raw["language"]
    category = raw.get("category", raw["pack"])
    rules = [
        _compile_rule(path, index, entry, language, category, validate)
        for index, entry in enumerate(raw.get("rules") or [])
    ]
    lexicons = {raw["pack"]: raw["lexicon"]} if "lexicon" in raw else {}
    return language, rules, lexicons


def _compile_rule(
    path: Path, index: int, entry: Any, language: str, category: str, validate: bool
) -> PackRule:
    where = _where(path, index, entry)
    if not isinstance(entry, dict):
        raise RulePackError(f"{where}: a rule must be a mapping")
    if validate:
        _validate(entry, RULE_SCHEMA, where)
    flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
    match = entry["match"]
    sources = [(stem_regex(stem), flags) for stem in match.get("stem", [])]
    sources += [(regex, flags) for regex in match.get("regex", [])]
    examples = entry.get("examples", {})
    plain = tuple(entry["plain"])
    meta = RuleMeta(
        code=entry["code"],
        name=entry["name"],
        severity=Severity.parse(entry["severity"]),
        category=category,
        summary=entry["why"],
        languages=(language,),
        description=entry.get("description", ""),
        plain=plain,
        fail_examples=tuple(examples.get("fail", ())),
        pass_examples=tuple(examples.get("pass", ())),
        profiles=tuple(entry.get("profiles", ())),
        origin=str(path),
    )
    rule = PackRule(
        meta=meta,
        lemma=tuple(phrase.strip() for phrase in match.get("lemma", ())),
        sources=tuple(sources),
    )
    if validate:
        rule.__dict__["patterns"] = _compile_all(rule.sources, where)
    return rule


def _compile_all(sources: tuple[tuple[str, int], ...], where: str) -> tuple[re.Pattern[str], ...]:
    """A user pack's regexes, compiled when it is loaded so that a bad one is
    reported before any file is checked; kept as the rule's ``patterns``."""
    compiled = []
    for source, flags in sources:
        try:
            compiled.append(re.compile(source, flags))
        except re.error as exc:
            raise RulePackError(f"{where}: invalid regex {source!r}: {exc}") from None
    return tuple(compiled)


def builtin_pack_files() -> list[Path]:
    root = rules_dir()
    return sorted(p for lang in LANGUAGES for p in (root / lang).glob("*.yml"))


@cache
def load_rulesets(extra: tuple[str, ...] = ()) -> dict[str, RuleSet]:
    """Built-in packs plus user packs, keyed by language; compiled once per process."""
    sets = {lang: RuleSet(lang) for lang in LANGUAGES}
    seen: dict[str, str] = {}
    builtin = [(path, False) for path in builtin_pack_files()]
    for path, validate in [*builtin, *((Path(p), True) for p in extra)]:
        language, rules, lexicons = load_pack_file(path, validate)
        target = sets[language]
        for rule in rules:
            if rule.meta.code in seen:
                first = seen[rule.meta.code]
                raise RulePackError(
                    f"{path}: rule code {rule.meta.code} is already defined in {first}"
                )
            seen[rule.meta.code] = str(path)
            target.rules.append(rule)
        for name, lexicon in lexicons.items():
            target.lexicons.setdefault(name, {}).update(lexicon)
    return sets
