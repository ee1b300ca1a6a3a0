"""The rules batch U (tests/data/extract-unseen-21/) taught the extractor, one case per rule, each citing its passage."""

from __future__ import annotations

import tomllib

from chengkou_tracker.extract import NothingToDraft, extract


def _figures(text: str, year: int) -> list[tuple[float, str]]:
    """(target, unit) of every target drafted from TEXT for YEAR; none when it plans nothing."""
    try:
        ledger = tomllib.loads(extract(text.encode(), "passage.txt", place="某县", year=year).toml)
    except NothingToDraft:
        return []
    return [(c["target"], c["unit"]) for c in ledger["commitment"] if c["kind"] != "milestone"]


def test_a_sentence_about_the_session_that_names_the_years_list_does_not_make_the_list_past() -> None:
    # extract-unseen-21/mojiang-county-2025-minsheng.txt: the congress (代表大会) is past, the ten projects it
    # announces for 2025 are the plan.
    text = (
        "2月16日,墨江县第十七届人民代表大会第四次会议开幕,大会公布了2025年墨江县将完成的十件惠民实事。 "
        "1、完成2所基层学校能力提升建设 项目内容:完成联珠二小学生宿舍建设。 "
        "3、稳定和扩大就业 项目内容:新增城镇就业1300人以上。\n"
    )
    assert _figures(text, 2025) == [(2, "所"), (1300, "人")]


def test_statistics_measured_year_on_year_are_results_and_a_first_task_is_no_plan() -> None:
    # extract-unseen-21/daishan-county-2025-h1-results-news.txt: 同比/按可比价 tell what was; 首要任务 is no modal 要.
    text = (
        "记者获悉,今年以来,全县上下以高质量发展为首要任务,上半年全县经济实现稳定增长。\n"
        "上半年,全县实现GDP总量400.61亿元,按可比价计算同比增长6.1%。\n"
        "上半年,全县实现规上工业总产值1564.97亿元,同比增长5.4%。\n"
    )
    assert _figures(text, 2025) == []


def test_a_goal_said_met_is_no_word_of_intent() -> None:
    # extract-unseen-21/jiading-district-2024-results-news.txt: "整体经济发展目标顺利实现" closes a year's results.
    text = "2024年,全区经济运行总体平稳,整体经济发展目标顺利实现。\n2024年,全区实现增加值3029.6亿元,可比增长5.8%。\n"
    assert _figures(text, 2024) == []


def test_a_part_that_looks_back_is_a_review() -> None:
    # extract-unseen-21/jinggu-county-2026-review-numbers.txt: "一、2025年·回望" heads the year's results.
    text = (
        "一、2025年·回望:六组数据看“收官”\n"
        "167.83亿元——经济总量稳步提升\n全年实现地区生产总值167.83亿元,增长5%,高质量发展迈出坚实步伐。\n"
    )
    assert _figures(text, 2025) == []
