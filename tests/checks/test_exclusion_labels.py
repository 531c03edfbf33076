"""Precision/recall regression on hand-labelled corpus documents (labels are line numbers
in tests/labels/*.yml; the documents' text is never copied). Skips without the corpus.

The floors are the figures measured when the labels were written, rounded down; a change
that lowers one of them fails here and must be looked at, not the floor lowered.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from clarity.checks.exclusions.evaluate import score
from clarity.core.settings import Settings
from clarity.readers import read_path
from clarity.run.pipeline import analyse

LABELS = sorted((Path(__file__).parent.parent / "labels").glob("*.yml"))
# document -> (precision, recall) floors
FLOORS = {
    "en/insurance/axa-uk-business-own-tools-section.md": (0.78, 0.96),
    "en/insurance/abacus-us-wedding-insurance-wording.txt": (0.95, 0.97),
    "en/insurance/endsleigh-ace-sport-personal-injury-policy.md": (0.93, 0.69),
}
OVERALL = (0.89, 0.86)


def _score(corpus: Path, label_file: Path):
    labels = yaml.safe_load(label_file.read_text(encoding="utf-8"))
    document = read_path(str(corpus / labels["document"]))
    settings = replace(Settings(), lang=labels["language"], profile=labels["profile"])
    result = analyse(document, replace(settings, select=("X",)))
    detected = [(row["line"], row["end_line"]) for row in result.extra["exclusions"]]
    lines = tuple(labels["lines"]) if "lines" in labels else None
    return labels["document"], score(detected, labels["exclusions"], lines)


def test_there_are_at_least_three_labelled_documents() -> None:
    assert len(LABELS) >= 3
    for path in LABELS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert all(isinstance(n, int) for n in data["exclusions"]), "labels are line numbers"


@pytest.mark.parametrize("label_file", LABELS, ids=lambda p: p.stem)
def test_precision_and_recall_per_document(corpus: Path, label_file: Path) -> None:
    name, result = _score(corpus, label_file)
    precision, recall = FLOORS[name]
    print(f"{name}: precision {result.precision:.3f} recall {result.recall:.3f}")
    assert result.precision >= precision and result.recall >= recall


def test_precision_and_recall_overall(corpus: Path) -> None:
    scores = [_score(corpus, path)[1] for path in LABELS]
    matched = sum(s.matched for s in scores)
    precision = matched / sum(s.detections for s in scores)
    recall = matched / sum(s.labels for s in scores)
    print(f"overall: precision {precision:.3f} recall {recall:.3f}")
    assert precision >= OVERALL[0] and recall >= OVERALL[1]


def test_score_counts_each_label_and_detection_once() -> None:
    result = score([(1, 3), (5, 5), (9, 9)], [2, 3, 5, 7])
    assert (result.matched, result.detections, result.labels) == (2, 3, 4)
    assert score([(1, 1)], [1, 50], lines=(1, 10)).recall == 1.0
