"""The rules batches FFFF–IIII (tests/data/extract-unseen-84/ to -87/: 2016 reports of 33 cities and provinces, with the
goals of the 十三五 period) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_the_year_just_gone_named_as_a_paragraphs_topic_is_its_review_in_a_plan_part() -> None:
    # extract-unseen-86/shandong-province-2016.txt.
    text = (
        "三、2016年政府工作总体安排\n刚刚过去的2015年，面对错综复杂的国内外形势，我们较好完成了主要目标任务。"
        "全省生产总值比上年增长8%，城镇新增就业116.8万人。\n"
        "2016年主要预期目标是：地区生产总值增长7.5%-8%，城镇新增就业110万人。\n"
    )
    assert figures(text, 2016) == [("growth", 7.5, "%"), ("quantity", 110, "万人")]


def test_points_shared_by_two_figures_and_the_goals_an_outline_counts() -> None:
    # extract-unseen-86/henan-province-2016.txt and extract-unseen-85/xiamen-city-2016-fiveyear.txt.
    text = (
        "三、2016年工作安排\n常住人口城镇化率和户籍人口城镇化率分别提高1.6个和1.4个百分点。\n"
        "《纲要（草案）》明确经济发展、发展动力、民生福祉、生态文明四大类30项主要目标，到2020年地区生产总值达到5000亿元的目标。\n"
    )
    assert figures(text, 2016) == [("growth", 1.6, "个百分点"), ("growth", 1.4, "个百分点"), ("quantity", 5000, "亿元")]
