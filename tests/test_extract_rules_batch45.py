"""The rules batches SS and TT (tests/data/extract-unseen-45/, -46/: 2019–2025 reports of 文山, 楚雄, 六盘水, 海西, 池州,
甘南, 六安, 安庆) taught the extractor."""

from __future__ import annotations

import datetime as dt

from tests.drafting import deadlines, figures, targets


def test_a_quoted_slogan_a_goal_focused_on_and_a_programmes_plan_are_no_intent() -> None:
    # extract-unseen-45/liupanshui-city-2023-review.txt, -45/chuxiong-prefecture-2021-review.txt,
    # -46/chizhou-city-2021-fiveyear-review.txt and -46/anqing-city-2019-review.txt.
    # Each tells its result (了), names no time, and has one word that reads as intent out of its sense.
    reviews = [
        "我们贯彻“疫情要防住、经济要稳住、发展要安全”的要求，全市产业投资占比达48.4%，提高了3.8个百分点。\n",
        "聚焦年度目标任务，全力以赴抓重点，财政民生支出占比达75.8%，提高了2个百分点。\n",
        "全面实施五大发展行动计划，建成了“四好农村路”4730公里。\n",
        "实施了山口片区计划单列的园区体制机制设计，全市新签约亿元以上项目201个。\n",
    ]
    assert [figures(text, 2021) for text in reviews] == [[], [], [], []]


def test_the_past_five_years_told_with_de_are_past() -> None:
    # extract-unseen-46/chizhou-city-2021-fiveyear-review.txt: ——过去的五年，… bullets.
    text = "——过去的五年，经济总量迈上新台阶。地区生产总值增加到880亿元，新增省级以上研发平台45个。\n"
    assert figures(text, 2021) == []


def test_a_past_years_level_to_reach_leaves_the_sentence_a_plan_and_names_end_at_their_count() -> None:
    # extract-unseen-45/chuxiong-prefecture-2021-fiveyear.txt.
    text = (
        "今后五年，力争把工业、服务业增加值占GDP比重、常住人口城镇化率3个关键短板指标均提高10个百分点以上，"
        "努力达到全国2020年平均水平。\n"
    )
    drafted = targets(text, 2021)
    assert [(c["target"], c["unit"], c["deadline"]) for c in drafted] == [(10, "个百分点", dt.date(2025, 12, 31))] * 3
    assert drafted[-1]["title"] == "常住人口城镇化率增速（2021—2025）"


def test_the_peers_a_place_measures_itself_among_are_no_target() -> None:
    # extract-unseen-45/chuxiong-prefecture-2021-fiveyear.txt.
    text = "今年，经济总量在全国30个民族自治州中实现争先进位，主要指标增速高于全国30个民族自治州平均水平。\n"
    assert figures(text, 2021) == []


def test_land_brought_under_a_crop_is_how_much_is_done_and_so_are_the_items_after_it() -> None:
    # extract-unseen-45/liupanshui-city-2021-fiveyear.txt.
    text = "今年，建成10万亩猕猴桃“吨产园”、35万亩刺梨“千斤园”、5万亩茶叶“万元田”。\n"
    assert [(target, unit) for _, target, unit in figures(text, 2021)] == [(10, "万亩"), (35, "万亩"), (5, "万亩")]


def test_an_industrys_scale_and_taxes_are_a_years_sum() -> None:
    # extract-unseen-46/chizhou-city-2025.txt and -46/chizhou-city-2021-fiveyear-tasks.txt.
    text = "到2030年，新能源汽车产业规模突破1000亿元，税收突破100亿元。\n"
    assert figures(text, 2026) == [("quantity", 1000, "亿元"), ("quantity", 100, "亿元")]


def test_a_span_that_opens_a_paragraph_is_its_later_sentences() -> None:
    # extract-unseen-45/wenshan-prefecture-2021-fiveyear-tasks.txt.
    text = "——今后五年，我们要全面推进乡村振兴。推进新型城镇化，城镇化率提高到55%，新创建1所三级甲等医院。\n"
    assert deadlines(text, 2021) == [dt.date(2025, 12, 31)] * 2
