"""The rules batch K (tests/data/extract-unseen-11) taught `extract`, one case each, with the passage it came from."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from chengkou_tracker.extract import NothingToDraft, extract
from chengkou_tracker.extract.doubts import Doubt
from chengkou_tracker.extract.targets import targets

TARGETS = [
    # 约 before a figure says about, as 左右 after it does (ninghai-county-2023-minsheng-glossed.txt).
    ("计划增设汽车充电桩约50个", [("quantity", "about", 50, "个", "增设汽车充电桩约50个")]),
    ("对约80个农村公路平交道口进行提升改造", [("quantity", "about", 80, "个", "对约80个农村公路平交道口进行提升改造")]),
    # 人(次) is one figure in person-times (yuzhong-county-2016-minsheng-hant.txt).
    ("开展职业技能培训800人(次)", [("quantity", "at_least", 800, "人次", "开展职业技能培训800人(次)")]),
    # The list's own size, named with what else it holds or only as 实事, is bookkeeping (gangu-county-2020-minsheng.txt,
    # yuzhong-county-2016-minsheng-hant.txt).
    ("重点抓好15件大事和民生实事", []),
    ("会上确定2016年县委县政府为民兴办10件实事", []),
    # A mean reached is a level whatever population it is the mean of; a mean raised BY years is a growth
    # (qinghai-province-2026-fiveyear.txt).
    ("新增劳动力平均受教育年限达到14.2年", [("level", "at_least", 14.2, "年", "新增劳动力平均受教育年限达到14.2年")]),
    ("人均预期寿命再提高1.5岁", [("growth", "at_least", 1.5, "岁", "人均预期寿命再提高1.5岁")]),
    (
        "劳动年龄人口平均受教育年限提高到11.7年",
        [("level", "at_least", 11.7, "年", "劳动年龄人口平均受教育年限提高到11.7年")],
    ),
    # Bodies counted with no verb of work reach a stock; the ones to add are work (shanxi-province-2026-fiveyear.txt).
    ("省实验室达到20家", [("level", "at_least", 20, "家", "省实验室达到20家")]),
    ("新增省级实验室达到20家", [("quantity", "at_least", 20, "家", "新增省级实验室达到20家")]),
    # What is produced is a yearly flow (shanxi-province-2026-fiveyear.txt); a harvest held stays a floor.
    ("非常规天然气产量达到300亿立方米", [("quantity", "at_least", 300, "亿立方米", "非常规天然气产量达到300亿立方米")]),
    ("粮食总产量保持在110万吨以上", [("floor", "at_least", 110, "万吨", "粮食总产量保持在110万吨以上")]),
    # Items joined by 、 share the verb before the first: two floors (xizang-region-2026-tasks.txt).
    (
        "应届高校毕业生就业率保持95%以上、市场就业率70%以上",
        [
            ("floor", "at_least", 95, "%", "应届高校毕业生就业率保持95%以上"),
            ("floor", "at_least", 70, "%", "市场就业率70%以上"),
        ],
    ),
    # A project's planned money, named as a project, is a quantity (gangu-county-2020-minsheng.txt); a facility's
    # total investment only sizes it (tests/test_extract.py keeps that case).
    (
        "加快建设总投资7.58亿元的县医院迁建项目",
        [("quantity", "at_least", 7.58, "亿元", "加快建设总投资7.58亿元的县医院迁建项目")],
    ),
    ("建设总投资10亿元的产业园", []),
]


@pytest.mark.parametrize(("clause", "expected"), TARGETS)
def test_batch11_targets(clause: str, expected: list[tuple[object, ...]]) -> None:
    found = [
        (t.kind, t.direction, t.figure.value, t.figure.unit, clause[t.quote_start : t.quote_end])
        for t in targets(clause, 0, len(clause))
    ]
    assert found == expected


def test_a_projects_whole_planned_money_is_marked_for_review() -> None:
    clause = "加快建设总投资7.58亿元的县医院迁建项目"
    [found] = targets(clause, 0, len(clause))
    assert Doubt("doubt.whole money") in found.reasons


def _drafted(text: str, year: int = 2026) -> list[dict[str, object]]:
    body = f"{text}\n".encode()
    try:
        return list(tomllib.loads(extract(body, "report.txt", place="某区", year=year).toml)["commitment"])
    except NothingToDraft:
        return []


def test_a_paragraph_opening_on_the_coming_five_years_and_announcing_goals_later_sets_them() -> None:
    # tongan-district-2026-fiveyear-glossed.txt: 未来五年 is the first sentence's topic, 主要目标是 opens the next.
    drafted = _drafted(
        "2025年，全区预计地区生产总值增长6.5%左右。\n"
        "未来五年，同安区将建设现代化新城区。经济社会发展主要目标是，地区生产总值达1220亿元，年均增长6.5%。\n"
    )
    assert [(d["target"], d["deadline"]) for d in drafted] == [
        (1220, dt.date(2030, 12, 31)),
        (6.5, dt.date(2030, 12, 31)),
    ]
    # Without the announcement, a span named once is no part of goals: the sentence after it is read on its own.
    drafted = _drafted("未来五年，同安区将建设现代化新城区。今年地区生产总值达1220亿元。\n")
    assert [(d["target"], d["deadline"]) for d in drafted] == [(1220, dt.date(2026, 12, 31))]


def test_the_coming_plans_outline_presented_in_a_reviewing_part_ends_the_review() -> None:
    # guangxi-region-2026-fiveyear-review.txt: a part on 十四五 results and 十五五 goals presents the drafted outline,
    # then what it proposes.
    heading = "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
    review = "过去五年，地区生产总值年均增长4.8%。\n"
    outline = (
        "我们编制了“十五五”规划纲要（草案），提交大会审查。"
        "经济发展方面，综合考虑各方面因素，提出地区生产总值年均增长5%左右。\n"
    )
    assert _drafted(heading + review) == []
    drafted = _drafted(heading + review + outline)
    assert [(d["target"], d["direction"], d["deadline"]) for d in drafted] == [(5, "about", dt.date(2030, 12, 31))]
