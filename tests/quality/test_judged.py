"""The judged-findings tool (benchmarks/judged.py): matching, keys, shares, the set's file,
and quality.md's section; on a synthetic set, and the stored set against ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import judged  # noqa: E402
from judged import Current, Judgment, match_key, pair  # noqa: E402

DOC = "en/insurance/x.md"


def finding(line: int, code: str = "J152", match: str = "in respect of", doc: str = DOC):
    return Current(doc, line, code, match, "message", "")


def judgment(line: int, code: str = "J152", match: str = "in respect of", verdict="useful"):
    return Judgment(DOC, line, code, match, verdict, "why")


def test_a_finding_takes_the_judgment_of_its_line() -> None:
    pairs, unjudged = pair([finding(10)], [judgment(10)])
    assert [(f.line, j.line) for f, j in pairs] == [(10, 10)] and unjudged == []


@pytest.mark.parametrize(("moved", "matched"), [(1, True), (3, True), (-3, True), (4, False)])
def test_lines_may_move_by_three(moved: int, matched: bool) -> None:
    pairs, unjudged = pair([finding(10 + moved)], [judgment(10)])
    assert bool(pairs) is matched and bool(unjudged) is not matched


def test_document_rule_and_words_must_all_agree() -> None:
    current = [
        finding(10, code="J150"),
        finding(10, match="in respect"),
        finding(10, doc="en/insurance/y.md"),
    ]
    pairs, unjudged = pair(current, [judgment(10)])
    assert pairs == [] and unjudged == current


def test_each_judgment_serves_one_finding_and_the_nearest_wins() -> None:
    current = [finding(10), finding(12)]
    judged_set = [judgment(12, verdict="false"), judgment(9, verdict="useful")]
    pairs, unjudged = pair(current, judged_set)
    assert {(f.line, j.line) for f, j in pairs} == {(10, 9), (12, 12)}
    assert unjudged == []
    two_findings_one_judgment = pair([finding(10), finding(11)], [judgment(10)])
    assert len(two_findings_one_judgment[0]) == 1 and len(two_findings_one_judgment[1]) == 1


def test_short_matches_are_kept_and_long_ones_become_a_digest() -> None:
    assert match_key("in  respect\nof") == "in respect of"
    long = "We will not pay for any loss caused by wear and tear"
    key = match_key(long)
    assert key.startswith("#") and key.endswith("/12")
    assert "pay" not in key  # no corpus words in the stored key
    assert match_key(long.upper().replace(" ", "\n ")) == key


@given(st.lists(st.text(alphabet="ab ", min_size=1), min_size=1, max_size=20))
def test_digest_depends_only_on_the_words(words: list[str]) -> None:
    text = " ".join(words)
    assert match_key(text) == match_key("  " + text.replace(" ", "\n") + " ")


def test_families_split_jargon_by_what_it_targets() -> None:
    assert judged.family_of("J152") == "jargon: English legalese"
    assert judged.family_of("J217") == "jargon: English party names"
    assert judged.family_of("J565") == "jargon: Finnish party names"
    assert judged.family_of("L101") == "long sentences"
    assert judged.family_of("Z901") == "Z"


def test_shares_count_each_verdict() -> None:
    shares = judged.shares([("a", "useful"), ("a", "false"), ("a", "useful"), ("b", "debatable")])
    assert shares["a"].total == 3 and shares["a"].of("useful") == pytest.approx(2 / 3)
    assert shares["b"].of("useful") == 0.0


def test_the_set_round_trips_through_its_file(tmp_path: Path) -> None:
    items = [
        Judgment(DOC, 3, "S101", "shall", "false", 'states a "fact"'),
        Judgment("fi/other/z.txt", 1, "J565", "vakuutuksenottajan", "debatable", "ä"),
        Judgment(DOC, 2, "L101", "#0123456789ab/30", "useful", "two ideas"),
    ]
    path = tmp_path / "judged.yml"
    path.write_text(judged.dump_judged(items), encoding="utf-8")
    loaded = judged.load_judged(path)
    assert sorted(loaded, key=repr) == sorted(items, key=repr)
    assert isinstance(loaded[0].verdict, str)  # "false" stays a word, not a boolean


def test_a_bad_verdict_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "judged.yml"
    path.write_text(
        'documents:\n  "a.md":\n    - {line: 1, code: J152, match: "x", verdict: "maybe"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="maybe"):
        judged.load_judged(path)


def test_record_adds_the_judged_draws(tmp_path: Path) -> None:
    sample = tmp_path / "sample.txt"
    sample.write_text(
        f'### 1. {DOC} line 4 J152 match="in respect of"\n    message: m\n'
        f'### 2. {DOC} line 9 L101 match="#0123456789ab/30"\n',
        encoding="utf-8",
    )
    verdicts = tmp_path / "verdicts.txt"
    verdicts.write_text("1 u same meaning\n\n2 debatable one rule\n", encoding="utf-8")
    added = judged.record(sample, verdicts, [judgment(1)])
    assert added[1:] == [
        Judgment(DOC, 4, "J152", "in respect of", "useful", "same meaning"),
        Judgment(DOC, 9, "L101", "#0123456789ab/30", "debatable", "one rule"),
    ]


def test_draw_is_seeded_and_per_document() -> None:
    pool = [finding(n, doc=d) for d in ("a", "b") for n in range(20)]
    assert judged.draw(pool, 5, 7, False) == judged.draw(pool, 5, 7, False)
    per = judged.draw(pool, 3, 7, True)
    assert [f.document for f in per].count("a") == 3 and len(per) == 6


def test_only_its_own_section_of_quality_md_is_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "quality.md"
    path.write_text(
        "# Quality\n\n## Exclusions\n\nkept\n\n## Findings precision and noise\n\nold\n\n"
        "## Later\n\nalso kept\n",
        encoding="utf-8",
    )
    judged.write_section("new table\n", path)
    text = path.read_text(encoding="utf-8")
    assert "old" not in text and "new table" in text
    assert "## Exclusions\n\nkept" in text and "## Later\n\nalso kept" in text
    fresh = tmp_path / "fresh.md"
    fresh.write_text("# Quality\n\n## Exclusions\n\nkept\n", encoding="utf-8")
    judged.write_section("body\n", fresh)
    assert fresh.read_text(encoding="utf-8").endswith(
        "## Exclusions\n\nkept\n\n## Findings precision and noise\n\nbody\n"
    )


# --- the stored set ---------------------------------------------------------------------
def test_the_stored_set_is_large_varied_and_keeps_no_corpus_text() -> None:
    items = judged.load_judged()
    documents = {j.document for j in items}
    assert len(items) >= 300 and len(documents) >= 8
    assert any(d.endswith(".pdf") for d in documents) and any(
        d.startswith("fi/") for d in documents
    )
    assert {"useful", "debatable", "false"} <= {j.verdict for j in items}
    for j in items:
        assert j.match.startswith("#") or len(j.match.split()) <= judged.MAX_PLAIN_WORDS, j
        assert j.why and "\n" not in j.why, j


def test_the_stored_set_names_real_corpus_documents(corpus: Path) -> None:
    for document in {j.document for j in judged.load_judged()}:
        assert (corpus / document).is_file(), document
