"""`extract` on batch R (tests/data/extract-unseen-18): a regression floor after the rules written from it."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_eighteenth_unseen_batch() -> None:
    # First run 30/31 matched, 53 drafted, 30/30 kinds, 19 drafts from two review-only passages (each labels file);
    # in-sample after the rules of tests/test_extract_rules_batch18.py: 31/31 matched, 31 drafted, 31/31 kinds, none.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-18"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 31
    assert total.matched >= 31
    assert total.drafted <= 31
    assert total.agreed >= 31
    assert total.review_only_drafts == 0
