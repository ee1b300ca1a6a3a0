"""The rules batches WW and XX (tests/data/extract-unseen-49/, -50/: 2022 reports that open a congress term, of 宣城,
吴忠, 三明, 铜陵, 阳江, 包头, 淮北, 娄底, 儋州, 巴音郭楞) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines, figures

_TERM_END = dt.date(2026, 12, 31)


def test_the_requirements_of_the_coming_five_years_open_their_part() -> None:
    # extract-unseen-49/wuzhong-city-2022-fiveyear.txt (a paragraph) and -50/baotou-city-2022-fiveyear.txt (a heading):
    # a 2022 report's 今后五年 is its term's, due 2026.
    paragraph = "今后五年政府工作的总体要求：坚持稳中求进。\n地区生产总值年均增长6.5%以上，森林覆盖率提高到20.4%。\n"
    heading = "二、今后五年工作的总体要求\n\n地区生产总值迈上5000亿元，建成区绿化覆盖率达45%以上。\n"
    assert deadlines(paragraph, 2022) == [_TERM_END, _TERM_END]
    assert deadlines(heading, 2022) == [_TERM_END, _TERM_END]


def test_a_text_that_names_one_later_horizon_again_and_again_is_about_it() -> None:
    # extract-unseen-49/xuancheng-city-2022-fiveyear-tasks.txt: no 2022年, no 今年; 到2026年 twice.
    text = (
        "（二）打造改革开放新高地。实施外贸企业“倍增行动”，进出口实绩企业达1000家以上。到2026年，力争市场主体数达35万户。\n"
        "（三）建设美丽宣城。新增公办幼儿园70所。到2026年，中心城区建成区面积达到80平方公里以上。\n"
    )
    assert deadlines(text, 2022) == [_TERM_END] * 4


def test_a_county_named_with_jiang_a_goal_implemented_or_anchored_and_a_top_priority_are_no_intent() -> None:
    # extract-unseen-49/sanming-city-2022-review.txt (将乐), -49/wuzhong-city-2022-review.txt (落实…目标),
    # -50/baotou-city-2022-review.txt (锚定…目标) and -50/huaibei-city-2022-review.txt (发展第一要务).
    reviews = [
        "——县域经济争先进位。永安重返全省“十强”，将乐、清流、建宁、明溪4个县入选“十佳”县，新增了规上企业80家。\n",
        "全面清理整顿“两高”项目，认真落实能耗“双控”目标，单位GDP能耗下降了2.5%。\n",
        "我们锚定开好局、起好步的目标，签约项目1134个，实现了经济稳中有进。\n",
        "坚持发展第一要务，全力以赴扩总量，规上工业增加值增长了11.6%。\n",
    ]
    assert [figures(text, 2022) for text in reviews] == [[], [], [], []]


def test_an_outcome_that_beat_the_plan_is_no_restated_plan() -> None:
    # extract-unseen-49/yangjiang-city-2022-review.txt: 超年度计划投资30%.
    text = "——项目建设提速。举办4场重大项目集中开工现场会，全市重点项目完成投资661亿元、超年度计划投资30%。\n"
    assert figures(text, 2022) == []


def test_a_growth_passed_is_a_growth_and_the_three_sectors_are_no_count() -> None:
    # extract-unseen-50/danzhou-city-2022.txt and -49/xuancheng-city-2022.txt.
    text = "今年，实施三次产业高质量协同发展行动计划，城镇常住居民人均可支配收入增速超过9.0%。\n"
    assert figures(text, 2022) == [("growth", 9, "%")]


def test_firms_counted_past_a_number_stand_there() -> None:
    # extract-unseen-49/tongling-city-2022-fiveyear.txt: 超 before a count of firms in 户.
    text = "今后五年，规上工业企业超1000户，高新技术企业超500户。\n"
    assert figures(text, 2022) == [("level", 1000, "户"), ("level", 500, "户")]


def test_a_word_of_intent_with_no_figure_after_it_in_its_paragraph_plans_nothing() -> None:
    # A review whose only plan-like words stand in a paragraph of no figure; a plan whose intent leads its figures.
    review = "全市上下紧盯目标、奋力拼搏。\n——民生福祉持续改善。城镇新增就业4.9万人，同比增长5.2%，住房保障成效显著。\n"
    plan = "今年要持续办好民生实事。\n新建农村中小学教师周转房466套，老旧小区改造2.4万户以上。\n"
    assert figures(review, 2022) == []
    assert figures(plan, 2022) == [("quantity", 466, "套"), ("quantity", 2.4, "万户")]


def test_a_task_done_with_a_word_of_manner_and_work_built_to_a_quota_are_the_years_work() -> None:
    # extract-unseen-50/loudi-city-2022-minsheng.txt: 扎实完成年度“双减”任务, 建设完成省下达任务.
    text = (
        "全面发展社会事业。扎实完成年度“双减”任务。\n"
        "持续办好民生实事。新建农村中小学教师周转房466套，农村公路安防工程建设完成省下达任务。\n"
    )
    assert figures(text, 2022) == [("quantity", 466, "套")]
