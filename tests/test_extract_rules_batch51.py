"""The rules batches YY and ZZ (tests/data/extract-unseen-51/, -52/: 2023 reports of 安阳, 新乡, 保定, 丽水; 2025 reports
of 大庆, 宁德, 宜春, 张家口 and 南昌's 2026 report) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines, figures


def test_a_goal_kept_in_sight_and_the_year_gone_by_in_reported_speech_make_a_review() -> None:
    # extract-unseen-51/baoding-city-2023-review.txt.
    text = (
        "1月30日，市长在市十六届人大四次会议上作政府工作报告时说，刚刚过去的一年，是极为重要的一年。"
        "我们紧盯“五个走在前列”目标要求，全年争创29个国家级示范试点、39个省级示范试点。\n"
        "一是经济运行稳中有进。出台稳经济运行措施，规上工业增加值增长5.8%。\n"
    )
    assert figures(text, 2023) == []


def test_a_span_of_effort_named_alone_times_the_clauses_after_it() -> None:
    # extract-unseen-51/baoding-city-2023.txt: 力争通过3年努力，… in a 2023 report is due at the end of 2025.
    text = "今年，推动装备集群高质量发展，力争通过3年努力，培育上市企业10家以上，完成200家以上企业智能化改造。\n"
    assert deadlines(text, 2023) == [dt.date(2025, 12, 31)] * 2


def test_a_horizon_that_opens_a_clause_times_the_clauses_after_it() -> None:
    # extract-unseen-52/nanchang-city-2026-glossary.txt.
    text = "“1030”攻坚行动：采取滚动立项的模式，到2030年共启动10个左右市级科技重大专项，实施50个左右重大专项子项目。\n"
    assert deadlines(text, 2026) == [dt.date(2030, 12, 31)] * 2


def test_names_listed_before_jun_reach_each_their_own_count() -> None:
    # extract-unseen-51/anyang-city-2023.txt: counts of projects, not a floor under each.
    text = "今年，签约项目、开工项目、投产项目均达到100个以上。\n"
    assert figures(text, 2023) == [("quantity", 100, "个")] * 3
