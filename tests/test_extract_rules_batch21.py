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


# ---- Progress reports while the year runs (progress.py)


def test_a_progress_report_keeps_the_years_plan_it_restates_and_drops_what_is_done() -> None:
    # extract-unseen-21/hongsibu-district-2025-q1-progress.txt: the quarter's statistics (同比) are results; the
    # plan's 142 projects and 163.4亿元 stay, though the sentence reports a 完成率; 已开工8个 and 全部开工 are done.
    text = (
        "一季度,全区完成固定资产投资25.36亿元,同比增长16.3%,高于预期目标4.3个百分点,实现了首季“开门红”。\n"
        "2025年142个计划实施项目,总投资362.5亿元,年度计划投资163.4亿元,目前已开工85个,开工率60%,投资完成率35%。"
        "其中,弘德中学等64个一季度开复工项目全部开工,14个市级重点项目已开工8个。\n"
        "下一步,将推动57个未开工项目按时序开工,力争上半年完成固定资产投资65亿元、增长12%以上。\n"
    )
    drafted = _figures(text, 2025)
    assert (142, "个") in drafted and (163.4, "亿元") in drafted and (65, "亿元") in drafted
    assert not {(25.36, "亿元"), (16.3, "%"), (85, "个"), (64, "个"), (8, "个")} & set(drafted)


def test_a_report_after_months_restates_the_plan_and_every_share_of_it_done_is_progress() -> None:
    # extract-unseen-21/wujiang-district-2025-projects-progress.txt: no word of intent, but 共安排 and 年度计划投资
    # restate the year's plan; 截至8月底已完成 and each share of 分别完成年度计划的…% are progress.
    text = (
        "2025年,我区共安排323个区级重点项目,年度计划投资629亿元。截至8月底已完成投资487.68亿元,完成年度计划的"
        "77.53%。\n各板块分别完成年度计划的116.24%、100.06%、91.12%和91.12%。\n"
    )
    assert _figures(text, 2025) == [(323, "个"), (629, "亿元")]


def test_work_said_done_at_present_or_on_a_past_date_is_progress_and_months_are_no_count() -> None:
    # extract-unseen-21/dongbeitang-subdistrict-2025-minsheng-progress.txt.
    text = (
        "2025年东北塘街道民生实事项目推进情况\n"
        "☑完成道路改造3条\n对东政路的478盏路灯进行刷漆出新,该项目已于3月完成。\n"
        "新建养老服务中心1处,目前主体完成约70%,完成总工程量的40%。\n"
        "将托育服务年龄向下延伸至6-18个月。\n"
    )
    drafted = _figures(text, 2025)
    assert (1, "处") in drafted
    assert not {(478, "盏"), (70, "%"), (40, "%"), (6, "个")} & set(drafted)
