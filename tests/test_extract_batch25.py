"""`extract` on batch Y (tests/data/extract-unseen-25): a regression floor after the rules written from it."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_twenty_fifth_unseen_batch() -> None:
    # First run 79/81 matched, 111 drafted, 76/79 kinds, 54/56 five-year goals due right, 32 drafts from the two 十三五
    # reviews (each labels file); in-sample after tests/test_extract_rules_batch25.py: 79/81, 80 drafted, 77/79 kinds,
    # 54/56 due right, 1 draft from a review (曲靖's 年均增长 read with the year 2020, the 十三五's own).
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-25"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 81
    assert total.matched >= 79
    assert total.drafted <= 80
    assert total.agreed >= 77
    assert total.five_year_due >= 54
    assert total.review_only_drafts <= 1
