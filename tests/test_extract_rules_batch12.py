"""The rules batches L and M (tests/data/extract-unseen-12, -13) taught `extract`, one case each, with the passage it
came from."""

from __future__ import annotations

import tomllib

import pytest

from chengkou_tracker.extract import NothingToDraft, extract
from chengkou_tracker.extract.results import reports_results
from chengkou_tracker.extract.targets import targets

TARGETS = [
    # Hours of teaching and pairs of bus stops are counts of work (changning-district-2024-minsheng.txt,
    # jingde-county-2015-minsheng.txt); 1对1 is a scheme, no pairs.
    (
        "市、区两级配送文艺指导不少于1800课时",
        [("quantity", "at_least", 1800, "课时", "市、区两级配送文艺指导不少于1800课时")],
    ),
    ("改扩建城区公交站台10对", [("quantity", "at_least", 10, "对", "改扩建城区公交站台10对")]),
    ("开展1对1帮扶200户", [("quantity", "at_least", 200, "户", "开展1对1帮扶200户")]),
    # An area whose planting closes the clause measures that work: two figures, two targets (jingde-county-2015-minsheng.txt).
    (
        "实现大棚蔬菜700亩、时令蔬菜700亩种植",
        [
            ("quantity", "at_least", 700, "亩", "大棚蔬菜700亩"),
            ("quantity", "at_least", 700, "亩", "时令蔬菜700亩种植"),
        ],
    ),
    # A figure per head with no verb is where a ratio stands, a level (maanshan-city-2025.txt).
    ("全员劳动生产率24.3万元/人左右", [("level", "about", 24.3, "万元/人", "全员劳动生产率24.3万元/人左右")]),
]


@pytest.mark.parametrize(("clause", "expected"), TARGETS)
def test_batch12_targets(clause: str, expected: list[tuple[object, ...]]) -> None:
    found = [
        (t.kind, t.direction, t.figure.value, t.figure.unit, clause[t.quote_start : t.quote_end])
        for t in targets(clause, 0, len(clause))
    ]
    assert found == expected


def _drafted(text: str, year: int = 2025) -> list[dict[str, object]]:
    try:
        return list(tomllib.loads(extract(text.encode(), "report.txt", place="某区", year=year).toml)["commitment"])
    except NothingToDraft:
        return []


def test_an_outcome_measured_against_the_plan_is_past() -> None:
    # wanzhou-district-2025-minsheng-review.txt: what a sentence beat its plan by is a result; what follows it in its
    # paragraph is more of the same.
    assert _drafted("城乡排水防洪设施建设\n完成投资5.04亿元,比年度计划高20.3个百分点。新建城乡污水管网95公里。\n") == []
    assert _drafted("今年,完成投资5.04亿元,新建城乡污水管网95公里。\n") != []


REVIEW_DIGEST = (
    "教育发展\n"
    "2025年共和县义务教育阶段21所学校两万名学生全部实现热食午餐覆盖\n"
    "共和县第一小学迁建项目计划投资2.1亿元\n"
    "2025年共和县学前教育毛入园率达103%,义务教育巩固率稳定在97.94%\n"
    "棚户区改造安置小区总投资1.65亿元,建有11层住宅楼10栋,解决了397户群众的住房难题\n"
    "14家乡镇分院通过“一级胸痛中心”验收,创伤中心平均救治时间缩短20%\n"
)


def test_open_text_that_only_tells_how_the_work_went_is_a_review() -> None:
    # gonghe-county-2025-review.txt: bullets of a year's results, most told as results (全部实现, 解决了, 通过…验收),
    # none with a word of intent.
    assert _drafted(REVIEW_DIGEST) == []
    # One word of intent anywhere makes the text a plan again: 将, 力争, 确保, 今年, 目标.
    assert _drafted(REVIEW_DIGEST + "今年将新建学校3所\n") != []


def test_reports_results_counts_only_paragraphs_that_would_draft() -> None:
    # shixing-county-2021-minsheng.txt: the vote that chose the list (选出了…) is past already; the list it chose is a plan.
    assert not reports_results([("选出了十大民生实事项目", False), ("新建23公里碧道、新建3所公办幼儿园", True)])
    assert reports_results([("完成投资0.4亿元,与年度计划持平", True), ("新建校舍3所", False)])
    # 完成 alone is an aim as much as a result: "完成投资85亿元" in a plan is a target.
    assert not reports_results([("完成投资85亿元", True), ("新建城乡污水管网95公里", True)])
    # A project's budget and what follows a work once done are no intent: "计划投资2.1亿元", "建成后将惠及1918户".
    assert reports_results(
        [("计划投资2.1亿元,解决了397户群众的住房难题", True), ("建成后将惠及1918户,累计投资1亿元", True)]
    )


def test_a_list_announced_before_a_colon_is_a_plan_whatever_verb_announces_it() -> None:
    # fengdu-county-2026-minsheng.txt: 公布了 announces the measures to come; the list after the colon is the plan.
    assert reports_results([("还公布了2026年十大民生谋划举措:新建人行天桥3座", True)]) is False
