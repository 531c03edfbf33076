"""Exclusion quality regression on the hand labels in ../shared/labels (skips without them).

The floors are the figures last recorded by ``python benchmarks/quality.py`` in
benchmarks/quality.md (section "## Exclusions", last history row): a change that
lowers one of them fails here and must be looked at, not the record rewritten.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from benchmark_modules import benchmark

from clarity.checks.exclusions.evaluate import Score, Span, score_document

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT.parent / "shared" / "labels"
TOLERANCE = 0.005
"""The record keeps two decimals."""


def _quality() -> ModuleType:
    return benchmark("quality")


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    return _quality()


@pytest.fixture(scope="module")
def pooled(quality: ModuleType) -> dict[str, Score]:
    if not LABELS.is_dir() or not (LABELS.parent / "corpus").is_dir():
        pytest.skip("../shared/labels is not present")
    return quality.pooled(quality.score_all(LABELS, LABELS.parent / "corpus"))


def test_a_record_exists_for_both_languages(quality: ModuleType) -> None:
    assert set(quality.recorded()) == {"en", "fi"}


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_figures_do_not_fall_below_the_record(
    quality: ModuleType, pooled: dict[str, Score], lang: str
) -> None:
    floor = quality.recorded()[lang]
    now = pooled[lang]
    print(f"{lang}: recall {now.recall:.3f} precision {now.precision:.3f} burial {now.burial:.3f}")
    assert now.recall >= floor["recall"] - TOLERANCE
    assert now.precision >= floor["precision"] - TOLERANCE
    assert now.burial >= floor["burial"] - TOLERANCE
    assert now.summary_right >= floor["summary_right"]


def test_overlap_matches_split_and_merged_predictions() -> None:
    labels = [Span(0, 10, True), Span(10, 20, False), Span(30, 40, False)]
    merged = Span(2, 18, True)  # runs the first two items together
    stray = Span(50, 60)
    outside = Span(200, 210)  # beyond the labelled span: not scored
    result = score_document([merged, stray, outside], labels, (0, 100), True)
    assert (result.found, result.labels) == (2, 3)
    assert (result.correct, result.predictions) == (1, 2)
    # burial is judged on the prediction that overlaps each found label most
    assert result.burial_agree == 1


def test_whitespace_alone_is_no_overlap() -> None:
    text = "first item\n\nsecond item"
    label = Span(0, 12)
    prediction = Span(8, 23)
    assert score_document([prediction], [label], (0, 23), True, text).found == 1
    assert score_document([Span(11, 23)], [Span(0, 12)], (0, 23), True, text).found == 0


def test_scores_add_up_per_language() -> None:
    a = Score(labels=2, found=1, predictions=4, correct=2, burial_agree=1, summary_right=1)
    b = Score(labels=2, found=2, predictions=0, correct=0, burial_agree=1, summary_right=0)
    total = a + b
    assert (total.recall, total.precision, total.burial) == (0.75, 0.5, 2 / 3)


def test_the_record_keeps_other_sections(tmp_path: Path, quality: ModuleType) -> None:
    path = tmp_path / "quality.md"
    path.write_text("# q\n\n## Findings precision and noise\n\nkept\n", encoding="utf-8")
    rows = [quality.DocumentScore("doc", "en", Score(4, 3, 4, 3, 3, 1, 1))]
    quality.write(rows, "abc1234", "2026-01-01 00:00", path)
    quality.write(rows, "abc1234", "2026-01-01 00:01", path)  # same commit: replaced
    rows = [quality.DocumentScore("doc", "fi", Score(4, 4, 4, 4, 4, 1, 1))]
    quality.write(rows, "def5678", "2026-01-02 00:00", path)
    text = path.read_text(encoding="utf-8")
    assert "## Findings precision and noise\n\nkept\n" in text
    assert text.count("| abc1234 |") == 1 and "00:01 | abc1234" in text
    assert quality.recorded(path)["fi"]["recall"] == 1.0
    path.write_text(text + "\n## Later section\n\nalso kept\n", encoding="utf-8")
    quality.write(rows, "fff0000", "2026-01-03 00:00", path)
    assert "also kept" in path.read_text(encoding="utf-8")
    assert "kept\n" in path.read_text(encoding="utf-8")
