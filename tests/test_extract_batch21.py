"""`extract` on batch U (tests/data/extract-unseen-21): a regression floor after the rules written from it."""

from __future__ import annotations

from pathlib import Path

from tests import extract_score

DATA = Path(__file__).parent / "data"


def test_accuracy_on_the_twenty_first_unseen_batch() -> None:
    # First run 26/53 matched, 102 drafted, 26/26 kinds, 60 drafts from three review-only passages (each labels file);
    # in-sample after the rules of tests/test_extract_rules_batch21.py: 42/53 matched, 49 drafted, 42/42 kinds, none
    # from review-only passages. Left: 镇江高新区's 兩位數增長 after six names (6), 宜都's 沖千億, 墨江's restated items.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(DATA / "extract-unseen-21"):
        total = total + extract_score.score_passage(passage, labels)
    assert total.expected == 53
    assert total.matched >= 42
    assert total.drafted <= 49
    assert total.agreed >= 42
    assert total.review_only_drafts == 0
