"""The rules batch T (tests/data/extract-unseen-20/) taught the extractor, one case per rule, each citing its passage."""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

from chengkou_tracker.extract import NothingToDraft, extract


def _drafted(text: str, year: int) -> list[dict[str, Any]]:
    """Every target drafted from TEXT for YEAR; none when it plans nothing."""
    try:
        ledger = tomllib.loads(extract(text.encode(), "passage.txt", place="某县", year=year).toml)
    except NothingToDraft:
        return []
    return [c for c in ledger["commitment"] if c["kind"] != "milestone"]


def test_a_report_of_the_whole_year_done_plans_nothing() -> None:
    # extract-unseen-20/qinshui-county-2021-projects-yearend.txt: after 1-12月份 and 圆满完成年度目标任务, the year's
    # planned investment (当年计划投资63.27亿元) has been done; nothing of it is left to commit to.
    text = (
        "2021年,我县省市县重点工程项目共30项。总投资519.86亿元,当年计划投资63.27亿元。\n"
        "截止目前,全县重点工程进展顺利,1-12月份,完成投资77.57亿元,投资完成率122.6%。圆满完成年度目标任务。其中:\n"
        "省级6项,概算投资140.16亿元,当年计划投资19亿元。1-12月份完成投资28.78亿元,投资完成率151.47%。\n"
    )
    assert _drafted(text, 2021) == []


def test_what_is_spent_in_a_year_is_a_quantity_even_as_a_goal_for_2030() -> None:
    # extract-unseen-20/hohhot-city-2026-fiveyear.txt: R&D spending is summed over a year, a flow, like GDP.
    text = "二、“十五五”主要任务\n强力推动“三有”行动,2030年全社会研发投入突破70亿元。\n"
    drafted = _drafted(text, 2026)
    assert [(c["kind"], c["target"], c["unit"], c["deadline"]) for c in drafted] == [
        ("quantity", 70, "亿元", dt.date(2030, 12, 31))
    ]


def test_a_bound_before_a_measure_makes_it_a_condition_not_a_size_and_a_full_width_slash_is_a_slash() -> None:
    # extract-unseen-20/hohhot-city-2026-fiveyear.txt: 低于 bounds the concentration; 微克／立方米 is written with a
    # full-width slash, as a copy from a word processor has it.
    text = "二、“十五五”主要任务\n争取建成北方首个PM2.5浓度低于20微克／立方米省会城市。\n"
    drafted = _drafted(text, 2026)
    assert [(c["kind"], c["direction"], c["target"], c["unit"]) for c in drafted] == [
        ("ceiling", "at_most", 20, "微克／立方米")
    ]


def test_a_text_in_chapters_and_sections_is_an_outline_whose_goals_are_due_at_the_periods_end() -> None:
    # extract-unseen-20/china-national-2026-fiveyear-education.txt: a chapter of the 十五五 outline names no year; its
    # chapters and sections (第三十八章, 第二节) say it is a plan of five years.
    text = (
        "**第三十八章　办好人民满意的教育**\n\n坚持教育优先发展。\n\n#### 第二节　推进基础教育扩优提质\n\n"
        "推进学前教育优质普惠发展,学前教育毛入园率提高到95%。\n"
    )
    drafted = _drafted(text, 2026)
    assert [(c["quote"], c["deadline"], c["tags"]) for c in drafted] == [
        ("学前教育毛入园率提高到95%", dt.date(2030, 12, 31), ["five-year"])
    ]
