"""The rules batches TTTT–YYYY (tests/data/extract-unseen-98/ to -103/: the 十三五, 十二五 and 十一五 outlines, 2023 reports
of 19 provinces and cities, 2022 reports of 9 prefectures, 2024 reports) taught the extractor, after their first runs."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines, figures, targets

END_2026 = dt.date(2026, 12, 31)
END_2027 = dt.date(2027, 12, 31)


def test_the_coming_five_years_of_a_term_end_four_years_on_though_a_goal_names_the_plan() -> None:
    # extract-unseen-102/bozhou-city-2022-fiveyear.txt: 完成“十四五”规划目标任务 is a thing to do, not the time, so the
    # term's goals are due 2026, not at the 十四五's end.
    text = (
        "二、今后五年奋斗目标和主要任务\n今后五年经济社会发展的奋斗目标是：\n"
        "——综合发展实力显著提升。完成“十四五”规划目标任务，地区生产总值突破3000亿元，制造业增加值占生产总值比重达到27%。\n"
    )
    assert deadlines(text, 2022) == [END_2026, END_2026]


def test_an_unnumbered_heading_of_the_coming_five_years_times_every_sentence_under_it() -> None:
    # extract-unseen-102/liangshan-prefecture-2022-fiveyear.txt: only the first sentence after ：was due 2026.
    text = (
        "今后五年主要目标与工作思路建议\n\n未来五年全州经济社会发展的预期目标是：地区生产总值年均增长9%以上；"
        "全社会固定资产投资年均增长10%以上；社会消费品零售总额年均增长10%以上。\n"
    )
    assert deadlines(text, 2022) == [END_2026, END_2026, END_2026]


def test_a_year_named_as_the_base_is_not_the_horizon_of_the_goals_after_it() -> None:
    # extract-unseen-100/zhejiang-province-2023-fiveyear.txt: "确定的2025年目标基础上" gave the goals after
    # "到2027年…" the 十四五's end.
    text = (
        "二、今后五年发展的总体要求和目标任务\n在实现“十四五”规划确定的2025年目标基础上，到2027年地区生产总值达到12万亿元，"
        "人均生产总值达到17万元，居民人均可支配收入达到8.5万元。\n"
    )
    assert deadlines(text, 2023) == [END_2027, END_2027, END_2027]


def test_a_heading_with_the_coming_five_years_and_any_word_for_a_plan_opens_their_goals() -> None:
    # extract-unseen-100/jiangxi-province-2023-fiveyear.txt: 工作总体构想 was read as the year's own plan.
    text = "二、今后五年工作总体构想\n（一）目标任务。地区生产总值4.3万亿元左右。常住人口城镇化率66%左右。\n"
    assert deadlines(text, 2023) == [END_2027, END_2027]


def test_a_standard_paid_per_month_or_year_keeps_its_unit() -> None:
    # extract-unseen-103/hunan-province-2024-minsheng.txt.
    text = "二、2024年工作安排\n城市低保标准提高到700元/月，农村低保标准提高到不低于5400元/年。\n"
    assert figures(text, 2024) == [("level", 700, "元/月"), ("level", 5400, "元/年")]


def test_brought_down_to_with_wei_is_a_ceiling() -> None:
    # extract-unseen-98/china-national-2016-fiveyear-health.txt: 降为 read as a level.
    text = "二、2016年工作安排\n婴儿死亡率、孕产妇死亡率分别降为7.5‰、18/10万。\n"
    assert figures(text, 2016) == [("ceiling", 7.5, "‰"), ("ceiling", 18, "/10万")]


def test_a_level_told_after_its_rise_keeps_the_subject_of_the_rise() -> None:
    # extract-unseen-99/china-national-2011-fiveyear-goals.txt: 达到74.5岁, its subject in the clause before, was lost.
    drafted = targets("二、2011年工作安排\n人均预期寿命提高1岁，达到74.5岁。\n", 2011)
    assert [(c["kind"], c["target"], c["unit"], c["quote"]) for c in drafted] == [
        ("level", 74.5, "岁", "人均预期寿命提高1岁，达到74.5岁")
    ]


def test_an_outlines_chapter_on_where_it_starts_from_is_a_review() -> None:
    # extract-unseen-98/china-national-2016-fiveyear-review.txt: 第一章　发展环境 tells the 十二五's results.
    text = (
        "**中华人民共和国国民经济和社会发展第十三个五年规划纲要**\n\n## 第一篇　指导思想、主要目标和发展理念\n\n"
        "### 第一章　发展环境\n\n“十二五”时期是我国发展很不平凡的五年。经济保持持续较快发展，人均国内生产总值增至49351元，"
        "常住人口城镇化率达到56.1%。\n\n### 第三章　主要目标\n\n常住人口城镇化率达到60%。\n"
    )
    assert [(c["target"], c["deadline"]) for c in targets(text, 2016)] == [(60, dt.date(2020, 12, 31))]


def test_two_incomes_joined_by_he_before_fenbie_each_grow_by_the_one_figure() -> None:
    # extract-unseen-99/china-national-2006-fiveyear-goals.txt: only the first income was drafted; 分别 is no part of a title.
    drafted = targets("二、“十一五”时期主要目标\n城镇居民人均可支配收入和农村居民人均纯收入分别年均增长5%。\n", 2006)
    assert [(c["kind"], c["target"], c["title"]) for c in drafted] == [
        ("growth", 5, "城镇居民人均可支配收入增速（2006—2010）"),
        ("growth", 5, "农村居民人均纯收入年均增速（2006—2010）"),
    ]
