"""The parsed-pack cache makes loading faster, never different (clarity/packcache.py)."""

from __future__ import annotations

import json

import pytest

from clarity import packcache
from clarity.packs import _parse_yaml, builtin_pack_files, load_pack_file

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
    first = packcache.load_cached(TEXT, parse, "v")
    second = packcache.load_cached(TEXT, parse, "v")
    assert parse.calls == 1
    assert first == second == _parse_yaml(TEXT)
    assert len(list(cache.glob("*.json"))) == 1


def test_changed_text_or_parser_version_is_a_new_entry(cache):
    parse = CountingParser()
    packcache.load_cached(TEXT, parse, "v")
    packcache.load_cached(TEXT.replace("3", "4"), parse, "v")
    packcache.load_cached(TEXT, parse, "w")
    assert parse.calls == 3
    assert packcache.load_cached(TEXT.replace("3", "4"), parse, "v")["lexicon"]["limit"] == 4


def test_corrupt_entry_is_parsed_again_and_replaced(cache):
    parse = CountingParser()
    packcache.load_cached(TEXT, parse, "v")
    (entry,) = cache.glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert packcache.load_cached(TEXT, parse, "v") == _parse_yaml(TEXT)
    assert parse.calls == 2
    assert json.loads(entry.read_text(encoding="utf-8")) == _parse_yaml(TEXT)


def test_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CLARITY_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parse = CountingParser()
    packcache.load_cached(TEXT, parse, "v")
    packcache.load_cached(TEXT, parse, "v")
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
    assert packcache.load_cached(TEXT, _parse_yaml, "v") == _parse_yaml(TEXT)


def test_values_json_would_change_are_not_cached(cache):
    text = "1: one\nwhen: 2024-01-01\n"
    parse = CountingParser()
    value = packcache.load_cached(text, parse, "v")
    assert value == _parse_yaml(text)
    assert packcache.load_cached(text, parse, "v") == value
    assert parse.calls == 2
    assert not list(cache.glob("*.json"))


def test_invalid_yaml_still_raises_the_pack_error(cache, tmp_path):
    from clarity.errors import RulePackError

    bad = tmp_path / "bad.yml"
    bad.write_text("pack: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="invalid YAML"):
        load_pack_file(bad, validate=True)


@pytest.mark.parametrize("path", builtin_pack_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shipped_packs_load_the_same_from_the_cache(path, cache):
    parsed = load_pack_file(path, validate=False)  # parses and stores
    cached = load_pack_file(path, validate=False)  # reads the stored JSON
    assert list(cache.glob("*.json"))
    assert cached == parsed
