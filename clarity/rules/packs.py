"""Rule packs: YAML files under rules/ (and user packs), loaded once per process.

A pack file holds ``rules``, a ``lexicon`` (words and patterns a Python check
consumes, such as exclusion triggers or sentence thresholds), or both. A rule
with ``match`` is a Vale-style substitution found by its patterns; a rule
without ``match`` (shipped packs only) is implemented by a Python check, which
finds its metadata here by code (``builtin_rule``). Either way every rule's
name, severity, texts and examples are data, so `clarity rules`, `explain`, the
README table and SARIF read one source. rules/README.md describes the layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from clarity.core.errors import RulePackError
from clarity.core.languages import LANGUAGES
from clarity.core.resources import data_root, rules_dir
from clarity.core.rulemeta import Example, RuleMeta, Severity
from clarity.rules.cache import load_cached
from clarity.rules.schema import check_schema

# libyaml's loader when PyYAML was built with it: several times faster on large packs.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class PackRule:
    meta: RuleMeta
    lemma: tuple[str, ...]
    sources: tuple[tuple[str, int], ...]
    """Stems (as regexes) and regexes, each with its ``re`` flags."""

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """Compiled on first use: a run compiles only the rules of the languages it
        meets. User packs are compiled
        when loaded, so that a bad regex is reported before any file is checked;
        the shipped ones are compiled by the test suite."""
        return tuple(re.compile(source, flags) for source, flags in self.sources)


@dataclass(frozen=True)
class Pack:
    """One pack file, read."""

    path: Path
    languages: tuple[str, ...]
    rules: tuple[PackRule, ...]
    """Rules with ``match``, found by their patterns (clarity/checks/jargon.py)."""
    check_rules: tuple[RuleMeta, ...]
    """Rules without ``match``: each is implemented by a Python check."""
    lexicons: dict[str, dict[str, Any]]


@dataclass
class RuleSet:
    """All rules and lexicons for one language."""

    language: str
    rules: list[PackRule] = field(default_factory=list)
    lexicons: dict[str, dict[str, Any]] = field(default_factory=dict)
    check_rules: dict[str, RuleMeta] = field(default_factory=dict)
    """Metadata of the rules Python checks implement, by code."""

    def lexicon(self, name: str) -> dict[str, Any]:
        return self.lexicons.get(name, {})

    def metas(self) -> list[RuleMeta]:
        """Every rule of the language: pattern rules, then those of checks."""
        return [rule.meta for rule in self.rules] + list(self.check_rules.values())


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


def load_pack_file(path: Path, validate: bool = True, shipped: bool = False) -> Pack:
    """Read one pack file; check it (and compile its regexes) when ``validate``.

    ``validate=False`` is for the packs shipped with clarity: the test suite
    validates every one of them against the schemas (tests/rules/test_packs.py), so
    checking them again on every run only costs start-up time (importing
    jsonschema and building its validators). Only a ``shipped``
    pack may describe rules that a Python check implements (rules without
    ``match``); its rules name it relative to the data folder ("rules/en/shall.yml").
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
        check_schema(raw, "pack", str(path))
        _check_languages(path, raw)
    languages = (raw["language"],) if "language" in raw else tuple(raw["languages"])
    origin = _origin(path) if shipped else str(path)
    category = raw.get("category", raw["pack"])
    defaults = {key: raw[key] for key in ("default", "opt_in_reason") if key in raw}
    rules: list[PackRule] = []
    check_rules: list[RuleMeta] = []
    for index, entry in enumerate(raw.get("rules") or []):
        where = _where(path, index, entry)
        if not isinstance(entry, dict):
            raise RulePackError(f"{where}: a rule must be a mapping")
        entry = _with_pack_defaults(entry, defaults)
        if validate:
            _check_opt_in(entry, where)
        if shipped and "match" not in entry:
            if validate:
                check_schema(entry, "check-rule", where)
            check_rules.append(_meta(entry, languages, category, origin, where, validate))
        else:
            rules.append(_compile_rule(entry, languages, category, origin, where, validate))
    lexicons = {raw["pack"]: raw["lexicon"]} if "lexicon" in raw else {}
    return Pack(path, languages, tuple(rules), tuple(check_rules), lexicons)


def _check_languages(path: Path, raw: dict[str, Any]) -> None:
    """What the schema cannot say clearly: one of ``language`` and ``languages``."""
    if ("language" in raw) == ("languages" in raw):
        raise RulePackError(
            f"{path}: a rule pack needs either 'language' (one language) or "
            "'languages' (a list, for rules that run on several)"
        )
    if "lexicon" in raw and "language" not in raw:
        raise RulePackError(f"{path}: a lexicon belongs to one language: give 'language'")


def _with_pack_defaults(entry: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """A pack's ``default``/``opt_in_reason`` hold for each of its rules that says
    nothing itself; a rule marked ``default: true`` in an opt-in pack drops the reason."""
    if not defaults:
        return entry
    merged = {**defaults, **entry}
    if merged.get("default", True) is True and "opt_in_reason" not in entry:
        merged.pop("opt_in_reason", None)
    return merged


def _check_opt_in(entry: dict[str, Any], where: str) -> None:
    """An opt-in rule says why it is off by default; a rule on by default has no reason to."""
    opt_in = entry.get("default", True) is False
    if opt_in and not entry.get("opt_in_reason"):
        raise RulePackError(f"{where}: a rule with 'default: false' needs an 'opt_in_reason'")
    if not opt_in and "opt_in_reason" in entry:
        raise RulePackError(f"{where}: 'opt_in_reason' belongs to a rule with 'default: false'")


def _origin(path: Path) -> str:
    """A shipped pack's path as the user finds it in the source tree: rules/<lang>/x.yml."""
    try:
        return path.resolve().relative_to(data_root()).as_posix()
    except ValueError:
        return str(path)


def _examples(
    entry: dict[str, Any], languages: tuple[str, ...], where: str, validate: bool
) -> tuple[Example, ...]:
    given = entry.get("examples") or {}
    flat = {key: given[key] for key in ("fail", "pass") if key in given}
    by_language = {key: value for key, value in given.items() if key not in flat}
    if flat:
        if validate and (by_language or len(languages) > 1):
            raise RulePackError(
                f"{where}: examples: in a pack for several languages, give fail and pass "
                "under each language (en:, fi:)"
            )
        by_language = {languages[0]: flat}
    elif validate and set(by_language) - set(languages):
        wrong = ", ".join(sorted(set(by_language) - set(languages)))
        raise RulePackError(f"{where}: examples in {wrong}, a language the pack is not for")
    return tuple(
        Example(text, language, flagged)
        for language, pair in by_language.items()
        for key, flagged in (("fail", True), ("pass", False))
        for text in pair.get(key, ())
    )


def _meta(
    entry: dict[str, Any],
    languages: tuple[str, ...],
    category: str,
    origin: str,
    where: str,
    validate: bool,
    group: str = "",
) -> RuleMeta:
    """``group`` is the rule kind's default for ``group`` (a pattern rule names one term,
    in all its forms, so theirs is ``"rule"``); the entry's own wins, ``none`` clears it."""
    group = entry.get("group", group)
    return RuleMeta(
        code=entry["code"],
        name=entry["name"],
        severity=Severity.parse(entry["severity"]),
        category=entry.get("category", category),
        summary=entry["why"],
        languages=languages,
        description=entry.get("description", ""),
        plain=tuple(entry.get("plain", ())),
        examples=_examples(entry, languages, where, validate),
        profiles=tuple(entry.get("profiles", ())),
        genres=tuple(entry.get("genres", ())),
        origin=origin,
        group="" if group == "none" else group,
        options=dict(entry.get("options", {})),
        default=bool(entry.get("default", True)),
        opt_in_reason=" ".join(str(entry.get("opt_in_reason", "")).split()),
        default_genres=tuple(entry.get("default_genres", ())),
    )


def _compile_rule(
    entry: dict[str, Any],
    languages: tuple[str, ...],
    category: str,
    origin: str,
    where: str,
    validate: bool,
) -> PackRule:
    if validate:
        check_schema(entry, "rule", where)
    flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
    match = entry["match"]
    sources = [(stem_regex(stem), flags) for stem in match.get("stem", [])]
    sources += [(regex, flags) for regex in match.get("regex", [])]
    rule = PackRule(
        meta=_meta(entry, languages, category, origin, where, validate, group="rule"),
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


PACK_FOLDERS = (*LANGUAGES, "common")
"""rules/<lang>/ for one language's packs; rules/common/ for packs of rules that run
on several languages (``languages: [en, fi]``)."""


def builtin_pack_files() -> list[Path]:
    root = rules_dir()
    return sorted(p for folder in PACK_FOLDERS for p in (root / folder).glob("*.yml"))


@cache
def _shipped_packs() -> tuple[Pack, ...]:
    """The shipped packs, read once per process whatever user packs come with them."""
    return tuple(
        load_pack_file(path, validate=False, shipped=True) for path in builtin_pack_files()
    )


@cache
def _shipped_check_rules() -> dict[str, RuleMeta]:
    return {meta.code: meta for pack in _shipped_packs() for meta in pack.check_rules}


def builtin_rule(code: str) -> RuleMeta:
    """The metadata of rule ``code``, which a Python check implements, from the shipped
    packs: a check module says ``SHALL = builtin_rule("S101")`` and keeps only behaviour."""
    meta = _shipped_check_rules().get(code)
    if meta is None:
        raise RulePackError(f"rule {code} is described in no rule pack under {rules_dir()}")
    return meta


@cache
def load_rulesets(extra: tuple[str, ...] = ()) -> dict[str, RuleSet]:
    """Built-in packs plus user packs, keyed by language; compiled once per process."""
    sets = {lang: RuleSet(lang) for lang in LANGUAGES}
    seen: dict[str, str] = {}
    user = (load_pack_file(Path(p), validate=True) for p in extra)
    for pack in (*_shipped_packs(), *user):
        for meta in [rule.meta for rule in pack.rules] + list(pack.check_rules):
            if meta.code in seen:
                raise RulePackError(
                    f"{pack.path}: rule code {meta.code} is already defined in {seen[meta.code]}"
                )
            seen[meta.code] = str(pack.path)
        for language in pack.languages:
            target = sets[language]
            target.rules.extend(pack.rules)
            target.check_rules.update((meta.code, meta) for meta in pack.check_rules)
            for name, lexicon in pack.lexicons.items():
                target.lexicons.setdefault(name, {}).update(lexicon)
    return sets
