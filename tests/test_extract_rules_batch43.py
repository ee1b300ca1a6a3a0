"""The rules batches QQ and RR (tests/data/extract-unseen-43/, -44/: 2023 reports) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines
from tests.drafting import targets as _drafted


def test_a_goal_beaten_by_a_multiple_and_a_goal_stuck_to_are_no_plan() -> None:
    # extract-unseen-43/jingdezhen-city-2023-review.txt (超全年目标4倍) and extract-unseen-44/jinzhou-city-2023-review.txt
    # (咬定发展目标不放松), reviews of 2022.
    text = (
        "一年来，我们咬定发展目标不放松，坚持稳中求进。\n"
        "（二）双“一号工程”释放新动能。数字经济核心产业营收超百亿，新增上云企业1.2万家，超全年目标4倍。\n"
        "（三）产业转型发展实现新突破。179个重点产业项目加快建设，陶瓷产业营收可达660亿元。\n"
    )
    assert _drafted(text, 2023) == []


def test_within_n_years_is_a_deadline() -> None:
    # extract-unseen-43/xinyang-city-2023-culture.txt: 3年内 in a 2023 report is due at the end of 2025.
    text = "今年，打造研学旅行目的地，3年内建成研学旅行营地50个。\n"
    assert deadlines(text, 2023) == [dt.date(2025, 12, 31)]
