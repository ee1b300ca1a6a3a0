"""`extract` on batch P (tests/data/extract-unseen-16): a regression floor after its first run."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_sixteenth_unseen_batch() -> None:
    # In-sample after its first run (61/67 matched, 61 drafted, 60/61 kinds), recorded in each labels file.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-16"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 67
    assert total.matched >= 67
    assert total.drafted <= 67
    assert total.agreed >= 67
    assert total.review_only_drafts == 0
