"""The rules batches FFFFF–KKKKK (tests/data/extract-unseen-110/ to -115/: 2022 reports of 16 prefectures, 2018 reports
of 9 provinces, 2017 reports of 9 cities, 2023 reports of 7 prefectures, 2019 reports of 7 provinces) taught the
extractor, after their first runs."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines, figures

END_2026 = dt.date(2026, 12, 31)


def test_the_new_governments_goals_are_the_terms() -> None:
    # extract-unseen-111/yuncheng-city-2022-fiveyear.txt: "新一届政府…主要目标" was read as the year's own plan.
    text = (
        "二、新一届政府工作总体思路和主要目标\n\n未来五年，新一届政府将朝着以下目标不懈努力：\n\n"
        "——综合实力更加强劲。战略性新兴产业占规上工业比重超过25%，城镇化率达到58%。\n"
    )
    assert deadlines(text, 2022) == [END_2026, END_2026]


def test_the_coming_five_years_named_as_a_stage_open_their_goals() -> None:
    # extract-unseen-110/huainan-city-2022-fiveyear.txt: the heading names no time; the first paragraph does.
    text = (
        "二、奋力开创现代化美好淮南建设新局面\n\n一代人有一代人的使命。今后五年，是淮南实现转型发展的决战决胜阶段。\n\n"
        "——建设经济强的现代化美好淮南。市场主体总量达到35万户，规上工业企业超过1300家。\n"
    )
    assert deadlines(text, 2022) == [END_2026, END_2026]


def test_a_2027_county_reports_term_goals_are_due_in_2031() -> None:
    # What README's "A new year's report" says of January's reports: a new term's five years end four years on.
    text = (
        "某某县2027年政府工作报告\n二、新一届政府的奋斗目标\n今后五年，全县地区生产总值年均增长6%，城镇化率达到55%。\n"
        "三、2027年工作安排\n今年地区生产总值增长6%左右。\n"
    )
    assert deadlines(text, None) == [dt.date(2031, 12, 31), dt.date(2031, 12, 31), dt.date(2027, 12, 31)]


def test_a_class_of_water_reached_is_a_target_whatever_names_the_water_after_it() -> None:
    # extract-unseen-85, -98, -104, -105, -118: "达到或好于Ⅲ类水平", "稳定在Ⅲ类水体及以上", "保持Ⅱ类进出" drafted nothing;
    # a class before what it qualifies is still no target of its own.
    text = (
        "主要河流水质达到或好于Ⅲ类水平。地表水环境质量稳定在Ⅲ类水体及以上。黄河干流水质保持Ⅱ类进出。"
        "Ⅲ类及以上水质比例达到90%。\n"
    )
    assert figures(text, 2026) == [
        ("ceiling", 3.0, "类"),
        ("ceiling", 3.0, "类"),
        ("ceiling", 2.0, "类"),
        ("level", 90.0, "%"),
    ]


def test_people_counted_in_myriads_with_no_measure_word_are_a_figure() -> None:
    # extract-unseen-98, -104, -112, -115, -118, -121 and others: "65万以上贫困人口", "常住人口达到800万左右" drafted
    # nothing, having no measure word; a count of people that only sizes a city is still no target.
    text = (
        "二、2026年工作安排\n确保65万以上贫困人口脱贫。常住人口达到800万左右。引进各类人才80万。"
        "基本建成300万以上人口规模的区域中心城市。产值达到500万。\n"
    )
    assert figures(text, 2026) == [("quantity", 65, "万"), ("level", 800, "万"), ("quantity", 80, "万")]


def test_the_parts_of_people_counted_in_myriads_are_no_targets_of_their_own() -> None:
    # extract-unseen-75/zhejiang-province-2025-minsheng.txt: 6万人 and 1万人 break down the 80万 before them.
    text = "二、2026年工作安排\n为80万重点群体提供就业帮扶，其中离校未就业高校毕业生6万人、退役军人1万人。\n"
    assert figures(text, 2026) == [("quantity", 80, "万")]


def test_the_people_whose_results_are_held_are_no_target() -> None:
    # extract-unseen-8/hebi-city-2022-minsheng.txt, once people in myriads became figures: 5.4万 only says whose results.
    text = "二、2026年工作安排\n巩固5.4万脱贫人口脱贫成果，粮食产量巩固在50万吨以上。\n"
    assert figures(text, 2026) == [("floor", 50, "万吨")]
