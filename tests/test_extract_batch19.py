"""`extract` on batch S (tests/data/extract-unseen-19): a regression floor after the rules written from it."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_nineteenth_unseen_batch() -> None:
    # First run 57/59 matched, 85 drafted, 57/57 kinds (each labels file); in-sample after the rules of
    # tests/test_extract_rules_batch18.py: 59/59 matched, 59 drafted, 59/59 kinds, none from its review-only passages.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-19"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 59
    assert total.matched >= 59
    assert total.drafted <= 59
    assert total.agreed >= 59
    assert total.review_only_drafts == 0
