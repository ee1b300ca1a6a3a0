"""The rules batches EEE and FFF (tests/data/extract-unseen-57/, -58/: 2021 reports of 天水, 舟山, 枣庄, 台州, 晋城 and
2022 reports of 吉林, 三亚, 黄冈, 珠海, 抚顺) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines, figures


def test_a_goal_completed_to_a_share_beaten_by_so_much_and_a_programmes_experts_are_no_intent() -> None:
    # extract-unseen-57/jincheng-city-2021-review.txt and -57/taizhou-city-2021-review.txt.
    reviews = [
        "二是产业转型步伐坚定有力。全年产量达到37.74亿方，同比增长8.1%，完成省定目标的102%。签约项目开工率达到74%，超过省定目标44个百分点。\n",
        "——创新动力进一步增强。引进省级以上引才计划专家320人，新增高技能人才10万人以上，同比增长了12%。\n",
    ]
    assert [figures(text, 2021) for text in reviews] == [[], []]


def test_the_coming_five_years_arrangements_open_their_part() -> None:
    # extract-unseen-58/jilin-city-2022-fiveyear.txt: 二、今后五年总体安排.
    text = "二、今后五年总体安排\n\n化工产业规模达到1200亿元，碳纤维产业产值达到500亿元。\n"
    assert deadlines(text, 2022) == [dt.date(2026, 12, 31)] * 2


def test_a_projects_whole_money_named_with_when_it_starts_is_a_target() -> None:
    # extract-unseen-58/fushun-city-2022.txt.
    text = "今年，北天石化总投资38亿元的石墨制品等项目6月份开工。\n"
    assert figures(text, 2022) == [("quantity", 38, "亿元")]
