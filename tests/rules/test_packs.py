"""Rule packs: user packs add rules; malformed packs fail clearly (exit 2); every rule's
metadata, a check's rules too, comes from the packs."""

from __future__ import annotations

import pytest

from clarity.core.errors import RulePackError
from clarity.core.rulemeta import Example
from clarity.rules.packs import (
    builtin_pack_files,
    builtin_rule,
    load_pack_file,
    load_rulesets,
    stem_pattern,
)

GOOD_RULE = (
    "  - code: J991\n    name: thing\n    severity: warning\n"
    "    match: {stem: ['asianomai*']}\n    plain: [asiaan liittyvä]\n    why: Kapulakieltä.\n"
)


def pack(tmp_path, body: str, language: str = "fi"):
    path = tmp_path / "pack.yml"
    path.write_text(f"pack: test\nlanguage: {language}\nrules:\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (GOOD_RULE.replace("    plain: [asiaan liittyvä]\n", ""), "'plain' is a required property"),
        (GOOD_RULE.replace("asianomai*", "(unclosed").replace("stem", "regex"), "invalid regex"),
        (GOOD_RULE.replace("warning", "fatal"), "'fatal' is not one of"),
        (GOOD_RULE.replace("J991", "bad code"), "does not match"),
        (GOOD_RULE.replace("stem: ['asianomai*']", "lemma: [' ']"), "does not match"),
        (GOOD_RULE + "    colour: red\n", "Additional properties"),
        (GOOD_RULE.replace("    match: {stem: ['asianomai*']}\n", ""), "'match' is a required"),
        (GOOD_RULE + "    examples: {fail: [Asianomainen.], sv: {fail: [x]}}\n", "'sv' was unexp"),
        ("  - [not, a, mapping]\n", "must be a mapping"),
        ("  - code: J991\n   name: x\n", "invalid YAML"),
    ],
)
def test_malformed_pack_names_file_and_entry(tmp_path, run_cli, body, fragment):
    path = pack(tmp_path, body)
    with pytest.raises(RulePackError) as info:
        load_pack_file(path)
    assert str(path) in str(info.value)
    assert fragment in str(info.value)
    if "invalid YAML" not in fragment and "mapping" not in fragment:
        assert "rules[0]" in str(info.value)
    doc = tmp_path / "d.md"
    doc.write_text("Tekstiä.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--rules", str(path))
    assert result.exit_code == 2
    assert fragment in result.output


def test_user_pack_adds_a_rule(tmp_path, run_cli):
    path = pack(tmp_path, GOOD_RULE)
    doc = tmp_path / "d.md"
    doc.write_text("# Ehdot\n\nAsianomaisen on ilmoitettava vahingosta.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "fi", "--rules", str(path))
    assert "J991 [warning]" in result.output
    assert "J991" in run_cli("rules", "--rules", str(path)).output
    explained = run_cli("explain", "J991", "--rules", str(path))
    assert explained.exit_code == 0 and explained.output.startswith("J991 (")
    assert run_cli("explain", "J991").exit_code == 2  # not without its pack


def test_duplicate_code_is_refused(tmp_path, run_cli):
    first = pack(tmp_path, GOOD_RULE)
    second = tmp_path / "second.yml"
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    doc = tmp_path / "d.md"
    doc.write_text("Teksti.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--rules", str(first), "--rules", str(second))
    assert result.exit_code == 2 and "already defined" in result.output


@pytest.mark.parametrize(
    ("stem", "hits", "misses"),
    [
        (
            "vakuutuksenottaj*",
            ["vakuutuksenottaja", "Vakuutuksenottajalle", "vakuutuksenottajien"],
            ["vakuutuksenantaja", "ottaja"],
        ),
        (
            "suorit* maksu*",
            ["suorittaa maksun", "suoritetaan maksut", "Suoritti  maksua"],
            ["suorittaa tehtävän", "maksu suoritetaan"],
        ),
        ("mikäli", ["Mikäli", "mikäli"], ["mikälikään"]),
    ],
)
def test_stem_patterns_catch_inflections(stem, hits, misses):
    pattern = stem_pattern(stem)
    for word in hits:
        assert pattern.search(word), word
    for word in misses:
        assert not pattern.search(word), word


@pytest.mark.parametrize("path", builtin_pack_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_builtin_packs_pass_the_schema(path):
    """Shipped packs skip validation at run time (start-up cost), so it happens here."""
    pack = load_pack_file(path, validate=True, shipped=True)
    folder = path.parent.name
    assert pack.languages == (("en", "fi") if folder == "common" else (folder,))
    assert pack.rules or pack.check_rules or pack.lexicons
    for rule in pack.rules:  # shipped patterns are compiled lazily at run time: compile them here
        assert len(rule.patterns) == len(rule.sources)
    for meta in [rule.meta for rule in pack.rules] + list(pack.check_rules):
        assert meta.origin == f"rules/{folder}/{path.name}"
        assert {e.language for e in meta.examples} <= set(meta.languages)


def test_shipped_patterns_compile_on_first_use_only():
    packs = [load_pack_file(p, validate=False, shipped=True) for p in builtin_pack_files()]
    rules = next(pack.rules for pack in packs if pack.rules)
    assert all("patterns" not in vars(rule) for rule in rules)
    compiled = rules[0].patterns
    assert rules[0].patterns is compiled
    assert "patterns" in vars(rules[0])


def test_user_pack_regex_is_compiled_when_loaded(tmp_path):
    bad = pack(tmp_path, GOOD_RULE.replace("asianomai*", "(unclosed").replace("stem", "regex"))
    with pytest.raises(RulePackError, match="invalid regex"):
        load_pack_file(bad, validate=True)


def test_builtin_packs_load_without_importing_jsonschema():
    import subprocess
    import sys

    code = (
        "import sys; from clarity.rules.packs import load_rulesets; load_rulesets(); "
        "print('jsonschema' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_user_pack_regexes_are_compiled_once_when_loaded(tmp_path, monkeypatch):
    import re

    path = pack(tmp_path, GOOD_RULE.replace("stem", "regex") + GOOD_RULE.replace("J991", "J992"))
    calls = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda *a: calls.append(a) or real_compile(*a))
    rules = load_pack_file(path, validate=True).rules
    sources = [source for rule in rules for source, _ in rule.sources]

    def compiled_sources() -> list[str]:
        return [call[0] for call in calls if call[0] in sources]

    assert sorted(compiled_sources()) == sorted(sources) and len(sources) == 2
    assert [p.pattern for rule in rules for p in rule.patterns] == sources
    assert len(compiled_sources()) == 2  # using the patterns compiled nothing again


def test_lemma_phrases_around_whitespace_are_trimmed(tmp_path, run_cli):
    """A stray newline in a YAML phrase would make a whitespace token the
    phrase must end on; trimmed, the phrase matches as written."""
    rule = GOOD_RULE.replace("stem: ['asianomai*']", 'lemma: ["prior to\\n", "  widget "]')
    path = pack(tmp_path, rule, language="en")
    rules = load_pack_file(path, validate=True).rules
    assert rules[0].lemma == ("prior to", "widget")
    doc = tmp_path / "d.md"
    doc.write_text("# Terms\n\nTell us prior to the trip. We fix widgets.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en", "--rules", str(path), "--select", "J991")
    # Both phrases match; a pattern rule says its term once, with the count.
    assert result.output.count("J991 [warning]") == 1
    assert "[2 times; also at 3:" in result.output and "widget" in result.output


@pytest.mark.parametrize(
    ("name", "lexicon", "fragment"),
    [
        ("profiles", "{loan: [luotto*, 2024]}", "2024 is not of type 'string'"),
        ("profiles", "{insurance: vakuutus*}", "is not of type 'array'"),
        ("profiles", "{loan: ['  ']}", "does not match"),
        ("profiles", "{min_words: many}", "is not of type 'integer'"),
        ("language", "{endings: [1, ssa]}", "1 is not of type 'string'"),
        ("language", "{letters: [ä, ö]}", "is not of type 'string'"),
        ("language", "{sentence_length: {warning: 0}}", "less than the minimum"),
    ],
)
def test_a_bad_lexicon_read_for_every_document_is_refused(
    tmp_path, run_cli, name, lexicon, fragment
):
    """Every language's markers and profile stems are read for every document
    (clarity.text.language), so a bad Finnish lexicon must fail clearly on an English
    document too, not crash."""
    path = tmp_path / f"{name}.yml"
    path.write_text(f"pack: {name}\nlanguage: fi\nlexicon: {lexicon}\n", encoding="utf-8")
    doc = tmp_path / "en.txt"
    doc.write_text("We pay for damage to your home.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--rules", str(path))
    assert result.exit_code == 2
    assert str(path) in result.output and fragment in result.output


def test_a_good_profile_vocabulary_is_used(tmp_path, run_cli):
    path = tmp_path / "profiles.yml"
    path.write_text("pack: profiles\nlanguage: en\nlexicon: {loan: [widget*]}\n", encoding="utf-8")
    doc = tmp_path / "en.txt"
    doc.write_text("You pay for the widget. Widgets cost money. " * 20 + "\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--rules", str(path), "--format", "json")
    assert result.exit_code in (0, 1)
    assert '"profile": "loan"' in result.output


def _non_strings(value, where: str):
    """List items that YAML turned into something else than a word ("on" is True)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _non_strings(item, f"{where}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, bool) or item is None:
                yield f"{where}/{index}: {item!r}"
            yield from _non_strings(item, f"{where}/{index}")


@pytest.mark.parametrize("path", builtin_pack_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_builtin_packs_hold_no_word_that_yaml_read_as_a_boolean(path):
    """YAML 1.1 reads a bare on, off, yes or no as a boolean: such a word must be quoted."""
    import yaml

    found = list(_non_strings(yaml.safe_load(path.read_text(encoding="utf-8")), path.name))
    assert found == [], "quote these words: " + ", ".join(found)


# --- rules that a Python check implements: metadata only, in the shipped packs --------
CHECK_RULE = (
    "  - code: Q101\n    name: thing\n    severity: info\n    why: Something.\n"
    "    examples: {en: {fail: [Bad.], pass: [Good.]}, fi: {fail: [Huono.]}}\n"
)


def multi_pack(tmp_path, body: str, head: str = "languages: [en, fi]\n"):
    path = tmp_path / "multi.yml"
    path.write_text(f"pack: test\n{head}rules:\n{body}", encoding="utf-8")
    return path


def test_a_shipped_pack_describes_a_checks_rule_with_examples_per_language(tmp_path):
    pack = load_pack_file(multi_pack(tmp_path, CHECK_RULE), validate=True, shipped=True)
    assert pack.rules == () and len(pack.check_rules) == 1
    meta = pack.check_rules[0]
    assert meta.languages == ("en", "fi") and meta.category == "test"
    assert meta.examples == (
        Example("Bad.", "en", True),
        Example("Good.", "en", False),
        Example("Huono.", "fi", True),
    )
    assert meta.fail_examples == ("Bad.", "Huono.") and meta.pass_examples == ("Good.",)


_BOTH = "languages: [en, fi]\n"
_FLAT = CHECK_RULE.replace("en: {fail: [Bad.], pass: [Good.]}, fi: {fail: [Huono.]}", "fail: [X.]")


@pytest.mark.parametrize(
    ("head", "body", "fragment"),
    [
        ("language: en\n", CHECK_RULE, "examples in fi, a language the pack is not for"),
        (_BOTH, _FLAT, "give fail and pass under each language"),
        (_BOTH, CHECK_RULE.replace("    examples:", "    colour: red\n    examples:"), "colour"),
        (_BOTH, CHECK_RULE.replace("    why: Something.\n", ""), "'why' is a required property"),
        (_BOTH, CHECK_RULE.replace("Q101", "q1"), "does not match"),
        ("language: en\nlanguages: [en]\n", CHECK_RULE, "either 'language'"),
        ("", CHECK_RULE, "either 'language'"),
        (_BOTH + "lexicon: {}\n", CHECK_RULE, "a lexicon belongs to one language"),
        ("languages: [en, sv]\n", CHECK_RULE, "'sv' is not one of"),
    ],
)
def test_a_malformed_check_rule_is_refused(tmp_path, head, body, fragment):
    path = multi_pack(tmp_path, body, head)
    with pytest.raises(RulePackError) as info:
        load_pack_file(path, validate=True, shipped=True)
    assert str(path) in str(info.value) and fragment in str(info.value)


def test_a_user_pack_cannot_describe_a_checks_rule(tmp_path, run_cli):
    """A user pack adds rules found by patterns; it cannot add a check's behaviour."""
    path = multi_pack(tmp_path, CHECK_RULE)
    with pytest.raises(RulePackError, match="'match' is a required property"):
        load_pack_file(path, validate=True)
    result = run_cli("rules", "--rules", str(path))
    assert result.exit_code == 2 and "'match' is a required property" in result.output


def test_a_user_pack_for_several_languages_adds_its_rule_to_each(tmp_path):
    rule = GOOD_RULE.replace("J991", "J992") + "    examples: {fi: {fail: [Asianomainen.]}}\n"
    path = multi_pack(tmp_path, rule)
    sets = load_rulesets((str(path),))
    assert [r.meta.code for r in sets["en"].rules if r.meta.code == "J992"] == ["J992"]
    assert [r.meta.code for r in sets["fi"].rules if r.meta.code == "J992"] == ["J992"]
    assert sets["fi"].rules[-1].meta.origin == str(path)


def test_a_user_pack_cannot_reuse_the_code_of_a_checks_rule(tmp_path, run_cli):
    path = pack(tmp_path, GOOD_RULE.replace("J991", "S101"))
    doc = tmp_path / "d.md"
    doc.write_text("Teksti.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--rules", str(path))
    assert result.exit_code == 2
    assert "S101 is already defined in" in result.output and "shall.yml" in result.output


def test_checks_read_their_rules_from_the_packs():
    """Every rule without ``match`` is reported by a check that looks it up by code,
    and every rule a check reports is in the packs: none is described in code."""
    from clarity.checks import all_checks
    from clarity.run.suppressions import UNUSED_CODE

    described = {
        meta.code: meta
        for ruleset in load_rulesets().values()
        for meta in ruleset.check_rules.values()
    }
    reported = {meta.code: meta for check in all_checks() for meta in check.rules}
    assert set(reported) | {UNUSED_CODE} == set(described)
    for code, meta in reported.items():
        assert meta is described[code] is builtin_rule(code)
        assert meta.origin.startswith("rules/") and meta.origin.endswith(".yml")


def test_an_undescribed_rule_is_a_clear_error():
    with pytest.raises(RulePackError, match="Q999 is described in no rule pack"):
        builtin_rule("Q999")
