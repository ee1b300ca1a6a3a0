"""A list of the period's goals and a horizon that opens a paragraph: what the in-sample misses of batches Z, AA and LL
(2021 reports: 酒泉, 四平, 焦作) taught the extractor about when goals are due."""

from __future__ import annotations

import datetime as dt

from tests.drafting import targets as _drafted


def _due(text: str, year: int) -> list[tuple[float, dt.date]]:
    return [(c["target"], c["deadline"]) for c in _drafted(text, year)]


def test_a_list_of_goals_mostly_the_periods_makes_its_other_figures_and_the_tasks_after_it_the_periods() -> None:
    # extract-unseen-27/siping-city-2021-fiveyear.txt and extract-unseen-26/jiuquan-city-2021-fiveyear.txt.
    text = (
        "提出以下指标：地区生产总值年均增长7%，地方财政收入年均增长5%。林木覆盖率达到31%。\n"
        "围绕实现上述目标，我们要落实好主要任务。\n"
        "——着力提升城市集聚能力，全市人口城镇化率达到66%。\n"
    )
    end = dt.date(2025, 12, 31)
    assert _due(text, 2021) == [(7, end), (5, end), (31, end), (66, end)]


def test_a_paragraph_that_names_the_plans_year_closes_the_periods_list() -> None:
    text = "主要预期目标是：地区生产总值年均增长7%，一般公共预算收入年均增长6%。\n今年，全市人口城镇化率达到60%。\n"
    assert [deadline for _, deadline in _due(text, 2021)] == [
        dt.date(2025, 12, 31),
        dt.date(2025, 12, 31),
        dt.date(2021, 12, 31),
    ]


def test_a_year_that_opens_a_plan_is_no_list_of_the_periods_goals() -> None:
    # The year's targets with one 年均 among them stay the year's.
    text = "2021年主要预期目标是：地区生产总值增长8%，研发经费投入年均增长10%，城镇调查失业率控制在5.5%以内。\n"
    year, period = dt.date(2021, 12, 31), dt.date(2025, 12, 31)
    assert _due(text, 2021) == [(8, year), (10, period), (5.5, year)]


def test_a_horizon_that_opens_a_paragraph_is_its_later_sentences() -> None:
    # extract-unseen-38/jiaozuo-city-2021-fiveyear.txt: the 2035 vision, then its figures sentence by sentence.
    text = (
        "2035年远景目标是：基本建成“六个焦作”。在富裕焦作建设上，经济总量迈上5000亿元新台阶。"
        "在创新焦作建设上，研发经费投入年均增长12%。\n"
    )
    assert _due(text, 2021) == [(5000, dt.date(2035, 12, 31)), (12, dt.date(2035, 12, 31))]
