"""`extract` on batch N (tests/data/extract-unseen-14): a regression floor after its first run."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_fourteenth_unseen_batch() -> None:
    # In-sample after its first run (80/88 matched, 115 drafted, 73/80 kinds, 15 drafts from 城关区's completion report
    # and 陇县's 十四五 review), recorded in each labels file.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-14"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 88
    assert total.matched >= 88
    assert total.drafted <= 90
    assert total.agreed >= 86
    assert total.review_only_drafts == 0
