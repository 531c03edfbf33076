"""The parsed-pack cache makes loading faster, never different (clarity/rules/cache.py)."""

from __future__ import annotations

import json
import os
import time

import pytest

from clarity.rules import cache as packcache
from clarity.rules import packs
from clarity.rules.packs import _parse_yaml, builtin_pack_files, load_pack_file

TEXT = "pack: t\nlanguage: en\nlexicon:\n  words: [a, b]\n  limit: 3\n"


class CountingParser:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str):
        self.calls += 1
        return _parse_yaml(text)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLARITY_CACHE_DIR", str(folder))
    return folder


def test_second_load_reads_the_cache_and_gives_the_same_value(cache):
    parse = CountingParser()
    first = packcache.load_cached(TEXT, parse, "v", "pack.yml")
    second = packcache.load_cached(TEXT, parse, "v", "pack.yml")
    assert parse.calls == 1
    assert first == second == _parse_yaml(TEXT)
    assert len(list(cache.glob("*.json"))) == 1


def test_changed_text_or_parser_version_is_a_new_entry(cache):
    parse = CountingParser()
    packcache.load_cached(TEXT, parse, "v", "pack.yml")
    packcache.load_cached(TEXT.replace("3", "4"), parse, "v", "pack.yml")
    packcache.load_cached(TEXT, parse, "w", "pack.yml")
    assert parse.calls == 3
    assert (
        packcache.load_cached(TEXT.replace("3", "4"), parse, "v", "pack.yml")["lexicon"]["limit"]
        == 4
    )


def test_corrupt_entry_is_parsed_again_and_replaced(cache):
    parse = CountingParser()
    packcache.load_cached(TEXT, parse, "v", "pack.yml")
    (entry,) = cache.glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert packcache.load_cached(TEXT, parse, "v", "pack.yml") == _parse_yaml(TEXT)
    assert parse.calls == 2
    assert json.loads(entry.read_text(encoding="utf-8")) == _parse_yaml(TEXT)


def test_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CLARITY_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parse = CountingParser()
    packcache.load_cached(TEXT, parse, "v", "pack.yml")
    packcache.load_cached(TEXT, parse, "v", "pack.yml")
    assert parse.calls == 2
    assert not any(tmp_path.iterdir())


def test_default_folder_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("CLARITY_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert packcache.cache_dir() == tmp_path / "clarity"


def test_unwritable_cache_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CLARITY_CACHE_DIR", str(blocker / "cache"))  # a file where a folder goes
    assert packcache.load_cached(TEXT, _parse_yaml, "v", "pack.yml") == _parse_yaml(TEXT)


@pytest.mark.parametrize(
    "text",
    ["1: one\n", "when: 2024-01-01\n"],
    ids=["integer key (JSON gives it back as a string)", "date (JSON cannot hold one)"],
)
def test_values_json_would_change_are_not_cached(text, cache):
    parse = CountingParser()
    value = packcache.load_cached(text, parse, "v", "pack.yml")
    assert value == _parse_yaml(text)
    assert packcache.load_cached(text, parse, "v", "pack.yml") == value
    assert parse.calls == 2
    assert not list(cache.glob("*.json"))


def test_a_new_version_of_a_pack_replaces_the_old_entry(cache):
    parse = CountingParser()
    packcache.load_cached(TEXT, parse, "v", "a.yml")
    packcache.load_cached(TEXT, parse, "v", "b.yml")
    assert len(list(cache.glob("*.json"))) == 2
    packcache.load_cached(TEXT.replace("3", "4"), parse, "v", "a.yml")
    assert len(list(cache.glob("*.json"))) == 2  # a.yml's old entry is gone, b.yml's stays
    assert packcache.load_cached(TEXT, parse, "v", "b.yml") == _parse_yaml(TEXT)
    assert parse.calls == 3


def test_temporary_files_of_killed_runs_are_removed(cache):
    cache.mkdir()
    abandoned, fresh = cache / ".tmp-old.json", cache / ".tmp-new.json"
    abandoned.write_text("{", encoding="utf-8")
    fresh.write_text("{", encoding="utf-8")
    two_hours_ago = time.time() - 7200
    os.utime(abandoned, (two_hours_ago, two_hours_ago))
    packcache.load_cached(TEXT, _parse_yaml, "v", "pack.yml")
    assert not abandoned.exists()
    assert fresh.exists()  # may belong to a run writing right now


def test_relative_xdg_cache_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.delenv("CLARITY_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert packcache.cache_dir() == tmp_path / ".cache" / "clarity"


def test_no_home_folder_means_no_cache(monkeypatch):
    monkeypatch.delenv("CLARITY_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(packcache.os.path, "expanduser", lambda path: path)  # "~" stays "~"
    assert packcache.cache_dir() is None
    assert packcache.load_cached(TEXT, _parse_yaml, "v", "pack.yml") == _parse_yaml(TEXT)


def test_invalid_yaml_still_raises_the_pack_error(cache, tmp_path):
    from clarity.core.errors import RulePackError

    bad = tmp_path / "bad.yml"
    bad.write_text("pack: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="invalid YAML"):
        load_pack_file(bad, validate=True)


@pytest.mark.parametrize("path", builtin_pack_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shipped_packs_load_the_same_from_the_cache(path, cache, monkeypatch):
    parsed = load_pack_file(path, validate=False, shipped=True)  # parses and stores

    def no_parsing(text):
        raise AssertionError("the second load parsed the YAML instead of reading the cache")

    monkeypatch.setattr(packs, "_parse_yaml", no_parsing)
    cached = load_pack_file(path, validate=False, shipped=True)
    assert cached == parsed


def test_an_edited_rule_is_read_again_not_taken_from_the_cache(cache, tmp_path):
    """A check's rule metadata is pack data too: editing it in the YAML changes what is
    loaded at once, although the earlier text was cached."""
    source = next(p for p in builtin_pack_files() if p.name == "sentences.yml")
    copy = tmp_path / "sentences.yml"
    copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    before = load_pack_file(copy, validate=False, shipped=True).check_rules[0]
    edited = source.read_text(encoding="utf-8").replace("severity: warning", "severity: error")
    copy.write_text(edited.replace("split it.", "cut it in two."), encoding="utf-8")
    after = load_pack_file(copy, validate=False, shipped=True).check_rules[0]
    assert (before.code, after.code) == ("L101", "L101")
    assert before.summary.endswith("split it.") and after.summary.endswith("cut it in two.")
    assert (before.severity.label, after.severity.label) == ("warning", "error")
    assert len(list(cache.glob("*.json"))) == 1  # the old entry was replaced
