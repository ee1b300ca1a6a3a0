"""`extract` on batch O (tests/data/extract-unseen-15): a regression floor after its first run."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_fifteenth_unseen_batch() -> None:
    # In-sample after its first run (49/53 matched, 60 drafted, 48/49 kinds, 11 drafts from 湖州市's satisfaction
    # check of 2024's 民生实事), recorded in each labels file.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-15"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 53
    assert total.matched >= 53
    assert total.drafted <= 53
    assert total.agreed >= 52
    assert total.review_only_drafts == 0
