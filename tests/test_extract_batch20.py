"""`extract` on batch T (tests/data/extract-unseen-20): a regression floor after the rules written from it."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_twentieth_unseen_batch() -> None:
    # First run 41/43 matched, 56 drafted, 40/41 kinds, 16/25 five-year goals due right, 14 drafts from one review-only
    # passage (each labels file); in-sample after the rules of tests/test_extract_rules_batch20.py: 42/43 matched,
    # 43 drafted, 42/42 kinds, 24/25 five-year goals due right, none from review-only passages.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-20"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 43
    assert total.matched >= 42
    assert total.drafted <= 43
    assert total.agreed >= 42
    assert total.five_year_due >= 24
    assert total.review_only_drafts == 0
