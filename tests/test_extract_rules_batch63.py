"""The rule batch KKK (tests/data/extract-unseen-63/: reviews from 2026 pages of 镇康, 通城, 诏安) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_a_sessions_attendance_counts_nothing() -> None:
    # extract-unseen-63/zhenkang-county-2026-review-news.txt.
    text = (
        "2月25日下午,镇康县第十八届人民代表大会第五次会议在县国门影院隆重开幕。\n"
        "第一次全体会议应出席代表182名,实际出席代表165名,符合法定人数。\n"
    )
    assert figures(text, 2026) == []
