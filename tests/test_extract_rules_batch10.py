"""The rules batch J (tests/data/extract-unseen-10) taught `extract`, one case each, with the passage it came from."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from chengkou_tracker.extract import NothingToDraft, extract
from chengkou_tracker.extract.targets import targets

TARGETS = [
    # A list's planned money is a quantity; its size in two counts (items and their parts) is bookkeeping
    # (licang-district-2016-minsheng.txt).
    ("全力推进总投资36.3亿元的10件40项民生实事", [("quantity", "at_least", 36.3, "亿元", "推进总投资36.3亿元")]),
    # One facility's total investment only sizes it (test_extract.py keeps that case): a count after 的 makes the
    # money a set of works'.
    ("建设总投资10亿元的产业园", []),
    ("全力推进10件40项民生实事", []),
    # A size that is no money stays a size (the rule before this batch).
    ("建设10万平方米的中小企业生态家园", []),
]


@pytest.mark.parametrize(("clause", "expected"), TARGETS)
def test_batch10_targets(clause: str, expected: list[tuple[object, ...]]) -> None:
    found = [
        (t.kind, t.direction, t.figure.value, t.figure.unit, clause[t.quote_start : t.quote_end])
        for t in targets(clause, 0, len(clause))
    ]
    assert found == expected


def _drafted(text: str, year: int = 2026) -> list[dict[str, object]]:
    body = f"{text}\n".encode()
    try:
        return list(tomllib.loads(extract(body, "report.txt", place="某市", year=year).toml)["commitment"])
    except NothingToDraft:
        return []


_REVIEW = (
    "**五年来，西安综合实力迈上新台阶。**地区生产总值达到1.39万亿元，年均增长4.9%，较“十三五”末增长26.8%。"
    "人均地区生产总值从8.1万元提高至10.5万元。\n"
    "**五年来，西安民生福祉达到新水平。**财政民生支出占比保持80%以上。城镇新增就业86万人。"
    "建成养老服务设施2297个，人均预期寿命提升至81.27岁。\n"
)
_GOALS = (
    "各位代表！“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。今后五年的主要目标是："
    "地区生产总值年均增长5%左右，到2030年人均地区生产总值达到13万元。\n"
)


def test_a_heading_naming_results_and_goals_reviews_until_a_sentence_looks_forward() -> None:
    # xian-city-2026-review.txt: 二、“十四五”发展成就和“十五五”主要目标任务 over the 十四五 results only.
    # Results with no 五年来 before them are past by the heading's first half alone.
    heading = "二、“十四五”发展成就和“十五五”主要目标任务\n"
    results = "综合实力迈上新台阶。地区生产总值达到1.39万亿元。城镇新增就业86万人。\n"
    assert _drafted(heading + results + _REVIEW) == []
    drafted = _drafted(heading + results + _REVIEW + _GOALS)
    assert [(d["target"], d["deadline"]) for d in drafted] == [
        (5, dt.date(2030, 12, 31)),
        (13, dt.date(2030, 12, 31)),
    ]


def test_a_paragraph_opening_on_a_span_up_to_now_stays_past() -> None:
    # xian-city-2026-review.txt: 五年来 (and 预期寿命, life expectancy, is no word of the plan's time) carries to the end
    # of its paragraph, also under a heading that names only the goals.
    drafted = _drafted("二、“十五五”时期主要目标任务\n" + _REVIEW + _GOALS)
    assert [d["target"] for d in drafted] == [5, 13]


def test_a_paragraph_opening_on_the_period_just_ended_stays_past() -> None:
    # yunxi-county-2026.txt's shape: “十四五”时期， then results in later sentences of the paragraph.
    drafted = _drafted(
        "二、“十五五”奋斗目标\n“十四五”时期，全县地区生产总值年均增长7.1%。城镇化率提高到52%。\n"
        "今后五年，新建改建农村公路500公里。\n"
    )
    assert [(d["target"], d["unit"]) for d in drafted] == [(500, "公里")]


def test_a_figure_measured_against_an_earlier_plans_end_is_past() -> None:
    # xian-city-2026-review.txt: 是“十三五”末的近3倍, 较“十三五”末增长26.8%.
    drafted = _drafted("2026年工作安排\n技术合同成交额4805.7亿元，是“十三五”末的近3倍。今年新建公园20个。\n")
    assert [(d["target"], d["unit"]) for d in drafted] == [(20, "个")]


def test_equal_figures_of_one_respectively_list_are_each_a_target() -> None:
    # ningxia-region-2026-fiveyear.txt: three sectors, three targets, one quote.
    drafted = _drafted("2026年主要预期目标是：一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。\n")
    assert [(d["target"], d["direction"]) for d in drafted] == [(5, "about"), (5, "at_least"), (5, "about")]
    assert len({d["quote"] for d in drafted}) == 1


def test_a_reprints_original_title_is_no_commitment() -> None:
    # licang-district-2016-minsheng.txt: 原标题 repeats the text's figures in other words (新建改扩建 for 新建、改扩建).
    drafted = _drafted(
        "原标题:新建改扩建学校9所 新建标准化食堂5所\n今年民生实事包括：新建、改扩建学校9所，新建标准化食堂5所。\n",
        year=2016,
    )
    assert [d["quote"] for d in drafted] == ["新建、改扩建学校9所", "新建标准化食堂5所"]
