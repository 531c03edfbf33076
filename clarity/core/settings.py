"""Settings: defaults, then a config file found by walking up, then command-line flags.

Every key is declared once in ``KEYS`` with the function that validates and
converts it, so an unknown key or a bad value is refused with the file and key
named, and a new setting is added in one place.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from clarity.core.errors import ConfigError
from clarity.core.rulemeta import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LANG_CHOICES = ("auto", "en", "fi")
PROFILE_CHOICES = ("auto", "insurance", "loan", "generic")
GENRES = ("statute", "consumer", "business", "loan", "generic")
"""What kind of document it is, which decides the voice its rules may ask for: a statute or
court decision (``statute``) speaks of parties in the third person by design; a consumer
policy, a business policy and a loan or card agreement speak to their reader."""
GENRE_CHOICES = ("auto", *GENRES)
THRESHOLD_NAMES = ("sentence-info", "sentence-warning", "sentence-error")
TEMPLATE_CHOICES = ("auto", "ipid", "none")


@dataclass(frozen=True)
class Settings:
    lang: str = "auto"
    profile: str = "auto"
    genre: str = "auto"
    """One of ``GENRES``, or "auto" to detect it (clarity/text/genre.py)."""
    select: tuple[str, ...] = ()
    """Codes or code prefixes to run; empty means every rule on by default."""
    extend_select: tuple[str, ...] = ()
    """Codes or prefixes to run as well as ``select`` (or the default rules): the way to
    turn on an opt-in rule without listing every other rule."""
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    """Per-code (or prefix) severity overrides."""
    fail_on: Severity | None = Severity.ERROR
    """Lowest severity that makes the run fail; None never fails on findings."""
    rules: tuple[str, ...] = ()
    """Extra rule pack files (absolute paths)."""
    thresholds: dict[str, dict[str, int]] = field(default_factory=dict)
    """Language -> threshold name -> value; "all" applies to every language."""
    max_file_size: int = 50 * 1024 * 1024
    max_unpacked_size: int = 200 * 1024 * 1024
    """Largest total uncompressed size of a DOCX (zip) archive: zip-bomb guard."""
    config_path: str | None = None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(glob, codes) pairs: codes ignored in files whose path matches the glob."""
    include: tuple[str, ...] = ()
    """Globs of files to take when walking a directory; empty means known suffixes."""
    exclude: tuple[str, ...] = ()
    """Globs of files or folders to skip when walking a directory."""
    respect_gitignore: bool = True
    report_unused_suppressions: bool = False
    jurisdiction: str | None = None
    """Statutory readability test to apply (e.g. "us-fl"); None applies none."""
    min_score: int | None = None
    """A document scoring below this clarity score fails the run."""
    score_weights: dict[str, float] = field(default_factory=dict)
    """Overrides of the clarity score's weights (see docs/readability.md)."""
    template: str = "auto"
    """Document template to check headings against: "ipid", "none", or "auto" (IPID when
    the document already uses most IPID headings)."""

    def threshold(self, lang: str, name: str, default: int) -> int:
        for scope in (lang, "all"):
            value = self.thresholds.get(scope, {}).get(name)
            if value is not None:
                return value
        return default

    def rule_enabled(self, code: str, default: bool = True) -> bool:
        """Does the rule ``code`` run? ``default`` is the rule's own (``RuleMeta.default``):
        a rule off by default runs only when ``select`` or ``extend_select`` names it
        (its code, a prefix of it, or ALL); ``ignore`` wins over both."""
        if self.rule_ignored(code):
            return False
        named = _matches(code, self.select) or _matches(code, self.extend_select)
        if self.select:
            return named
        return default or named

    def rule_ignored(self, code: str) -> bool:
        return _matches(code, self.ignore)

    def severity_for(self, code: str, default: Severity) -> Severity:
        best: tuple[int, Severity] | None = None
        for prefix, severity in self.severity.items():
            if code.startswith(prefix) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), severity)
        return best[1] if best else default


def _nested(where: str, sub: str) -> str:
    """``"f: key 'severity'"`` + ``"J101"`` -> ``"f: key 'severity.J101'"``."""
    return f"{where[:-1]}.{sub}'" if where.endswith("'") else f"{where}.{sub}"


def _matches(code: str, prefixes: tuple[str, ...]) -> bool:
    return any(p == "ALL" or code.startswith(p) for p in prefixes)


# --- validators: (value, where) -> converted value -----------------------------
def _choice(choices: tuple[str, ...]) -> Callable[[Any, str], str]:
    def check(value: Any, where: str) -> str:
        if not isinstance(value, str) or value not in choices:
            raise ConfigError(f"{where}: expected one of {', '.join(choices)}, got {value!r}")
        return value

    return check


def _codes(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: expected a list of rule codes or prefixes, got {value!r}")
    return tuple(v.strip().upper() for v in value)


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity.parse(value) if isinstance(value, str) else _bad(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _bad(value: Any) -> Severity:
    raise ValueError(f"expected info, warning or error, got {value!r}")


def _fail_on(value: Any, where: str) -> Severity | None:
    if value == "never":
        return None
    if isinstance(value, str) and value.strip().upper() in Severity.__members__:
        return Severity.parse(value)
    raise ConfigError(f"{where}: expected never, info, warning or error, got {value!r}")


def _severity_table(value: Any, where: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table of CODE = severity")
    return {code.upper(): _severity(sev, _nested(where, code)) for code, sev in value.items()}


def _paths(value: Any, where: str, base: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of file paths")
    return tuple(str((base / v).resolve()) for v in value)


def _thresholds(value: Any, where: str) -> dict[str, dict[str, int]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table")
    out: dict[str, dict[str, int]] = {}
    for key, item in value.items():
        if isinstance(item, dict) and key in ("en", "fi"):
            out[key] = {k: _threshold(k, v, _nested(where, f"{key}.{k}")) for k, v in item.items()}
        else:
            out.setdefault("all", {})[key] = _threshold(key, item, _nested(where, key))
    return out


def _threshold(name: str, value: Any, where: str) -> int:
    if name not in THRESHOLD_NAMES:
        raise ConfigError(f"{where}: unknown threshold; known: {', '.join(THRESHOLD_NAMES)}")
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{where}: expected a positive whole number, got {value!r}")
    return value


def _size(value: Any, where: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        units = {"kb": 1024, "mb": 1024**2, "gb": 1024**3}
        text = value.strip().lower()
        for unit, factor in units.items():
            if text.endswith(unit) and text[: -len(unit)].strip().isdigit():
                return int(text[: -len(unit)]) * factor
    raise ConfigError(f"{where}: expected a size in bytes or like '50MB', got {value!r}")


def _globs(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of glob patterns, got {value!r}")
    return tuple(v.strip() for v in value)


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: expected true or false, got {value!r}")
    return value


def _per_file_ignores(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f'{where}: expected a table of "glob" = ["CODE", ...]')
    return tuple((glob, _codes(codes, f"{where}.{glob}")) for glob, codes in value.items())


SCORE_WEIGHT_NAMES = ("readability", "sentences", "findings", "error", "warning", "info")


def _jurisdiction(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: expected a jurisdiction such as 'us-fl', got {value!r}")
    return value.strip().lower()


def _min_score(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ConfigError(f"{where}: expected a whole number from 0 to 100, got {value!r}")
    return value


def _score_weights(value: Any, where: str) -> dict[str, float]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table of weight = number")
    out: dict[str, float] = {}
    for key, item in value.items():
        if key not in SCORE_WEIGHT_NAMES:
            raise ConfigError(
                f"{where}.{key}: unknown weight; known: {', '.join(SCORE_WEIGHT_NAMES)}"
            )
        if isinstance(item, bool) or not isinstance(item, int | float) or item < 0:
            raise ConfigError(f"{where}.{key}: expected a number >= 0, got {item!r}")
        out[key] = float(item)
    return out


# key -> (Settings field, validator(value, where, base_dir))
KEYS: dict[str, tuple[str, Callable[[Any, str, Path], Any]]] = {
    "lang": ("lang", lambda v, w, b: _choice(LANG_CHOICES)(v, w)),
    "profile": ("profile", lambda v, w, b: _choice(PROFILE_CHOICES)(v, w)),
    "genre": ("genre", lambda v, w, b: _choice(GENRE_CHOICES)(v, w)),
    "select": ("select", lambda v, w, b: _codes(v, w)),
    "extend-select": ("extend_select", lambda v, w, b: _codes(v, w)),
    "ignore": ("ignore", lambda v, w, b: _codes(v, w)),
    "severity": ("severity", lambda v, w, b: _severity_table(v, w)),
    "fail-on": ("fail_on", lambda v, w, b: _fail_on(v, w)),
    "rules": ("rules", _paths),
    "thresholds": ("thresholds", lambda v, w, b: _thresholds(v, w)),
    "max-file-size": ("max_file_size", lambda v, w, b: _size(v, w)),
    "max-unpacked-size": ("max_unpacked_size", lambda v, w, b: _size(v, w)),
    "per-file-ignores": ("per_file_ignores", lambda v, w, b: _per_file_ignores(v, w)),
    "include": ("include", lambda v, w, b: _globs(v, w)),
    "exclude": ("exclude", lambda v, w, b: _globs(v, w)),
    "respect-gitignore": ("respect_gitignore", lambda v, w, b: _bool(v, w)),
    "report-unused-suppressions": ("report_unused_suppressions", lambda v, w, b: _bool(v, w)),
    "jurisdiction": ("jurisdiction", lambda v, w, b: _jurisdiction(v, w)),
    "min-score": ("min_score", lambda v, w, b: _min_score(v, w)),
    "score-weights": ("score_weights", lambda v, w, b: _score_weights(v, w)),
    "template": ("template", lambda v, w, b: _choice(TEMPLATE_CHOICES)(v, w)),
}


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest clarity.toml, or pyproject.toml with [tool.clarity], walking up."""
    for folder in [start, *start.parents]:
        candidate = folder / "clarity.toml"
        if candidate.is_file():
            return candidate, _read_toml(candidate)
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            table = _read_toml(candidate).get("tool", {}).get("clarity")
            if table is not None:
                return candidate, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def settings_from_table(
    table: dict[str, Any], path: Path, base: Settings | None = None
) -> Settings:
    section = "[tool.clarity]" if path.name == "pyproject.toml" else ""
    values: dict[str, Any] = {}
    for key, raw in table.items():
        where = f"{path}: {section + ' ' if section else ''}key '{key}'"
        if key not in KEYS:
            known = ", ".join(sorted(KEYS))
            raise ConfigError(f"{where}: unknown key (known keys: {known})")
        attr, validate = KEYS[key]
        values[attr] = validate(raw, where, path.parent)
    return replace(base or Settings(), config_path=str(path), **values)


def load_settings(
    config_file: str | None = None, isolated: bool = False, cwd: Path | None = None
) -> Settings:
    if isolated:
        return Settings()
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        data = _read_toml(path)
        table = data.get("tool", {}).get("clarity", {}) if path.name == "pyproject.toml" else data
        return settings_from_table(table, path.resolve())
    found = find_config((cwd or Path.cwd()).resolve())
    if found is None:
        return Settings()
    return settings_from_table(found[1], found[0])


def apply_overrides(settings: Settings, **overrides: Any) -> Settings:
    """Command-line flags win over the file; None means 'flag not given'."""
    given = {k: v for k, v in overrides.items() if v is not None}
    return replace(settings, **given) if given else settings
