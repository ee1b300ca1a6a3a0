"""The rules batch NN (tests/data/extract-unseen-40/: 2021 reports and their 十四五 goals) taught the extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from chengkou_tracker.errors import UsageError
from tests.drafting import targets


def test_a_vision_s_year_named_beside_the_period_is_not_the_plan_s_year() -> None:
    # extract-unseen-40/xuchang-city-2021-fiveyear.txt: the heading names 2035 and the 十四五; the goals are the period's.
    text = "二、2035年远景目标及“十四五”时期主要目标任务\n“十四五”时期，千方百计稳定和扩大就业，新增就业超过25万人。\n"
    with pytest.raises(UsageError) as asked:  # the text names no year of its own: the tool asks for --year
        targets(text, None)
    assert asked.value.key == "extract.no_year"
    [jobs] = targets(text, 2021)
    assert jobs["deadline"] == dt.date(2025, 12, 31)


def test_an_action_of_n_years_times_the_clauses_after_it() -> None:
    # extract-unseen-40/hanzhong-city-2021-minsheng.txt: 三年行动, then 今年 for the year's part.
    text = "四是实施新能源汽车推广应用三年行动，新建充电桩1400个以上；今年新建600个。\n"
    drafted = targets(text, 2021)
    assert [(c["target"], c["deadline"]) for c in drafted] == [
        (1400, dt.date(2023, 12, 31)),
        (600, dt.date(2021, 12, 31)),
    ]


def test_the_same_work_counted_again_where_it_is_done_is_a_breakdown() -> None:
    # extract-unseen-40/hanzhong-city-2021-minsheng.txt.
    text = "今年，全市新建中小学幼儿园34所、改扩建176所，其中中心城区新建中小学幼儿园24所、改扩建15所，新增加2.6万个学位。\n"
    drafted = targets(text, 2021)
    assert [c["target"] for c in drafted] == [34, 176, 2.6]


def test_striving_to_obtain_funds_is_no_力争() -> None:
    # extract-unseen-42/jixi-city-2021-review.txt: 全力争取项目资金 (争取, to obtain) in a review of 2020, whose year's
    # figures follow 全年，… worded like a list of targets.
    text = (
        "经济运行稳步回升。全市经济三季度由负转正。全年，地区生产总值增长2.1%，规模以上工业增加值增长7.4%。\n"
        "项目建设提速。抢抓国家扩大内需机遇，全力争取项目资金。全年实施亿元以上项目120个，被评为全省项目建设先进市。\n"
    )
    assert targets(text, 2021) == []


def test_an_action_the_year_closes_times_nothing() -> None:
    # A 2026 report (lawtext/gov 2026 sweep): "高质量收官综合交通大会战三年行动，…打通断头路22条" is this year's work.
    text = "高质量收官综合交通大会战三年行动，打通断头路22条，新增停车泊位5000个以上。\n"
    drafted = targets(text, 2026)
    assert [c["deadline"] for c in drafted] == [dt.date(2026, 12, 31)] * 2


def test_and_above_joins_no_names() -> None:
    # 县级及以上, 65岁及以上: 及以上 is "and above", not a second name (extract-unseen-29/huaihua-city-2021-fiveyear.txt and
    # a 2026 report of the lawtext/gov sweep).
    text = "今年，65岁及以上老年人医养结合服务率达到40%以上。\n"
    drafted = targets(text, 2026)
    assert [c["quote"] for c in drafted] == ["65岁及以上老年人医养结合服务率达到40%以上"]
