"""The rules batch Z (tests/data/extract-unseen-26/, 2021 reports and their 十四五 goals) taught the extractor."""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

from chengkou_tracker.extract import extract


def _drafted(text: str, year: int) -> list[dict[str, Any]]:
    ledger = tomllib.loads(extract(text.encode(), "passage.txt", place="某市", year=year).toml)
    return [c for c in ledger["commitment"] if c["kind"] != "milestone"]


def test_bodies_whose_count_passes_a_figure_stand_at_a_level() -> None:
    # extract-unseen-26/chuzhou-city-2021-fiveyear.txt: the high-tech firms there are, not the ones the year adds.
    drafted = _drafted("2021年主要目标:高新技术企业数突破800家,新增规上工业企业100家。\n", 2021)
    assert [(c["kind"], c["target"]) for c in drafted] == [("level", 800), ("quantity", 100)]


def test_a_growth_rate_with_a_floor_is_a_growth() -> None:
    # extract-unseen-26/kelamayi-city-2021-fiveyear.txt: 年均增长不低于6%.
    drafted = _drafted("“十四五”时期,全市地区生产总值年均增长不低于6%。\n", 2021)
    assert [(c["kind"], c["target"], c["direction"]) for c in drafted] == [("growth", 6, "at_least")]


def test_a_list_of_goals_mostly_over_the_period_is_the_periods_list() -> None:
    # extract-unseen-26/jiuquan-city-2021-fiveyear.txt: four 年均 figures, and a bound on unemployment among them.
    text = (
        "主要预期目标是:地区生产总值年均增长7%以上,固定资产投资年均增长8%以上,社会消费品零售总额年均增长7%以上,"
        "城镇调查失业率控制在5.5%以内。\n"
    )
    assert {c["deadline"] for c in _drafted(text, 2021)} == {dt.date(2025, 12, 31)}
