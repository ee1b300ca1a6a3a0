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
