"""The statutory Flesch counter, one counting rule per test, on passages written for it."""

from __future__ import annotations

import json

import pytest

from clarity import check_text
from clarity.checks.readability.english import pronunciation_syllables
from clarity.checks.readability.statutory import word_syllables
from clarity.core.settings import Settings


def statutory(text: str, jurisdiction: str = "us-fl") -> dict:
    settings = Settings(jurisdiction=jurisdiction)
    result = check_text(text, lang="en", fmt="markdown", settings=settings)
    return result.metrics["statutory"]


def test_formula_hand_counted():
    # 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 x 6 - 84.6 x 1 = 116.145
    data = statutory("The cat sat on the mat.")
    assert (data["words"], data["sentences"], data["syllables"]) == (6, 1, 6)
    assert data["score"] == pytest.approx(116.145, abs=0.006)
    assert data["passed"] is True


def test_contraction_is_one_word():
    data = statutory("We don't pay.")
    assert data["words"] == 3


def test_hyphenated_word_is_one_word_with_its_parts_syllables():
    data = statutory("A well-known risk.")
    assert data["words"] == 3  # A, well-known, risk
    assert data["syllables"] == 4  # 1 + (1 + 1) + 1


def test_numbers_and_letters_separated_by_spaces_are_one_word():
    data = statutory("See clause 4 b now.")
    assert data["words"] == 4  # See, clause, "4 b", now
    data = statutory("Pay 10 A 2 today.")
    assert data["words"] == 3  # Pay, "10 A 2", today


def test_period_semicolon_and_colon_end_sentences():
    assert statutory("We pay; you claim: they wait.")["sentences"] == 3
    assert statutory("We pay, you claim and they wait.")["sentences"] == 1


def test_abbreviation_period_does_not_end_a_sentence():
    assert statutory("We pay for storms, e.g. hail and wind.")["sentences"] == 1


def test_headings_are_not_sentences_and_are_listed_as_excluded():
    data = statutory("# Your Home Cover\n\nWe pay.\n")
    assert (data["words"], data["sentences"]) == (2, 1)
    assert [e["reason"] for e in data["excluded"]] == ["heading"]
    assert data["excluded"][0]["excerpt"] == "Your Home Cover"
    assert data["excluded"][0]["line"] == 1


def test_minnesota_excludes_lists_florida_counts_them():
    text = "We pay for:\n\n- fire\n- flood\n"
    florida = statutory(text, "us-fl")
    minnesota = statutory(text, "us-mn")
    # Florida: "We pay for:" then "fire flood" runs on to the end: 5 words, 2 sentences.
    assert (florida["words"], florida["sentences"]) == (5, 2)
    assert (minnesota["words"], minnesota["sentences"]) == (3, 1)
    assert [e["reason"] for e in minnesota["excluded"]] == ["list (Minnesota)"] * 2


def test_fewer_syllable_pronunciation_is_used():
    assert sorted(set(pronunciation_syllables("every"))) == [2, 3]
    assert word_syllables("every") == (2, True)
    assert word_syllables("Interest,") == (2, True)
    data = statutory("Every family.")
    assert data["syllables"] == 4  # ev-ry (2) + fam-ly (2), not 3 + 3


def test_excluded_parts_are_not_counted():
    text = (
        "Policy number: HX 2231\n\n"
        "# Table of contents\n\nCover and claims and everything else here.\n\n"
        "# Schedule\n\nSum insured is high for this home.\n\n"
        "# Cover\n\nWe pay for cardiomyopathy care.\n"
    )
    data = statutory(text)
    reasons = sorted({e["reason"] for e in data["excluded"]})
    assert "insurer name/address or policy number" in reasons
    assert "under heading 'Table of contents'" in reasons
    assert "under heading 'Schedule'" in reasons
    assert "medical terminology" in reasons
    assert data["medical_terms_excluded"] == 1
    assert data["words"] == 4  # We pay for care


def test_documents_over_10000_words_are_sampled():
    sentence = "We pay for the cost to fix your roof. "  # 9 words, 9 syllables
    data = statutory(sentence * 1200)  # 10,800 words
    assert data["sampled"] is True
    assert data["words_counted_in_document"] == 10_800
    # 500-word pages (Markdown has none): 22 pages, two samples each; a sample runs to the
    # end of the sentence holding its 200th word, unless the document ends first.
    ends = max(s["end"] for s in data["samples"])
    assert len(data["samples"]) == 44
    assert all(s["words"] >= 200 for s in data["samples"] if s["end"] != ends)
    assert data["words"] < 10_800
    # every sample is whole sentences of this one kind: 206.835 - 1.015 x 9 - 84.6 = 113.1
    assert data["score"] == pytest.approx(113.1, abs=0.006)


def test_short_documents_are_not_sampled():
    data = statutory("We pay for the cost to fix your roof. " * 10)
    assert data["sampled"] is False and data["samples"] == []


def test_finnish_documents_are_not_tested():
    settings = Settings(jurisdiction="us-fl")
    result = check_text("Korvaamme vahingon.", lang="fi", settings=settings)
    assert result.metrics["statutory"]["applied"] is False


HARD = (
    "Notwithstanding any provision hereinbefore contained, the indemnification obligations "
    "of the insurer pursuant to this endorsement are conditional upon satisfactory "
    "documentation substantiating the policyholder's contemporaneous notification.\n"
)


def test_cli_reports_fail_as_error_and_exits_1(run_cli, tmp_path):
    doc = tmp_path / "policy.md"
    doc.write_text("# Policy\n\n" + HARD, encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en", "--jurisdiction", "us-fl")
    assert result.exit_code == 1
    assert "R201 [error] Florida statutory Flesch score" in result.output
    assert "required >= 45" in result.output
    out = run_cli("check", str(doc), "--lang", "en", "--jurisdiction", "us-va", "--format", "json")
    data = json.loads(out.output)["documents"][0]["metrics"]["statutory"]
    assert data["minimum"] == 50 and data["passed"] is False
    assert data["excluded"][0]["reason"] == "heading"


def test_cli_easy_policy_passes(run_cli, tmp_path):
    doc = tmp_path / "policy.md"
    doc.write_text("# Policy\n\nWe pay for damage to your home.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en", "--jurisdiction", "us-tx")
    assert result.exit_code == 0, result.output
    assert "R201" not in result.output


def test_cli_unknown_jurisdiction_is_a_usage_error(run_cli, tmp_path):
    doc = tmp_path / "policy.md"
    doc.write_text("We pay.\n", encoding="utf-8")
    result = run_cli("check", str(doc), "--jurisdiction", "us-zz")
    assert result.exit_code == 2
    assert "unknown jurisdiction 'us-zz'" in result.output


def test_florida_requires_toc_over_3000_words(run_cli, tmp_path):
    body = "We pay for the cost to fix your roof. " * 340  # 3,060 words
    without = tmp_path / "a.md"
    without.write_text("# Policy\n\n" + body, encoding="utf-8")
    with_toc = tmp_path / "b.md"
    with_toc.write_text("# Policy\n\n## Contents\n\n- Cover\n\n## Cover\n\n" + body, "utf-8")
    short = tmp_path / "c.md"
    short.write_text("# Policy\n\n" + body[:2000], encoding="utf-8")
    assert (
        "R202" in run_cli("check", str(without), "--lang", "en", "--jurisdiction", "us-fl").output
    )
    assert (
        "R202"
        not in run_cli("check", str(with_toc), "--lang", "en", "--jurisdiction", "us-fl").output
    )
    assert (
        "R202" not in run_cli("check", str(short), "--lang", "en", "--jurisdiction", "us-fl").output
    )
    assert (
        "R202"
        not in run_cli("check", str(without), "--lang", "en", "--jurisdiction", "us-tx").output
    )


def test_document_with_no_countable_words_gets_no_r201():
    result = check_text(
        "# Title only\n", lang="en", fmt="markdown", settings=Settings(jurisdiction="us-fl")
    )
    assert "R201" not in [f.code for f in result.findings]
    assert result.metrics["statutory"]["words"] == 0


def test_jurisdiction_directive_sets_the_test_and_is_not_an_unknown_directive(run_cli, tmp_path):
    for name, comment in (
        ("p.md", "<!-- clarity: jurisdiction=us-fl -->"),
        ("p.txt", "# clarity: jurisdiction=US-FL"),
    ):
        doc = tmp_path / name
        doc.write_text(f"{comment}\n\n# Policy\n\n" + HARD, encoding="utf-8")
        result = run_cli("check", str(doc), "--lang", "en", "--select", "R2")
        assert "R201 [error] Florida statutory Flesch score" in result.output, name
        assert "unknown clarity directive" not in result.output, name
    doc = tmp_path / "bad.md"
    doc.write_text("<!-- clarity: jurisdiction= -->\n\n# Policy\n\n" + HARD, encoding="utf-8")
    result = run_cli("check", str(doc), "--lang", "en", "--select", "R2")
    assert "unknown clarity directive 'jurisdiction='" in result.output
    assert "R201" not in result.output
