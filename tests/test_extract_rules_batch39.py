"""The rules batch MM (tests/data/extract-unseen-39/: 2025 reports) taught the extractor."""

from __future__ import annotations

import tomllib

from chengkou_tracker.extract import NothingToDraft, extract


def test_the_goals_a_year_served_and_goals_met_well_are_no_plan() -> None:
    # extract-unseen-39/panzhihua-city-2025-review.txt: "过去一年，是实现“十四五”规划目标任务的关键一年" and
    # "较好完成全年主要目标任务", then the year's statistics set against the province.
    text = (
        "过去一年，是实现“十四五”规划目标任务的关键一年。全市各项事业取得新进展新成效，较好完成全年主要目标任务。"
        "全市实现地区生产总值1395.24亿元，增长6.3%、高于全省0.6个百分点；固定资产投资增长5.6%。\n"
    )
    try:
        drafted = tomllib.loads(extract(text.encode(), "p.txt", place="某市", year=2025).toml)["commitment"]
    except NothingToDraft:
        drafted = []
    assert drafted == []
