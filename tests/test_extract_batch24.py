"""`extract` on batch X (tests/data/extract-unseen-24): a regression floor after its first run."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_twenty_fourth_unseen_batch() -> None:
    # First run 33/35 matched, 34 drafted, 33/33 kinds, none from review-only passages (each labels file); in-sample
    # after the rule of tests/test_extract_rules_batch24.py (an area in m²): 34/35, 35 drafted, 34/34 kinds.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-24"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 35
    assert total.matched >= 34
    assert total.drafted <= 35
    assert total.agreed >= 34
    assert total.review_only_drafts == 0
