"""The rules batches JJJJ–MMMM (tests/data/extract-unseen-88/ to -91/: 2011 reports of 27 cities and provinces, with the
goals of the 十二五 period) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_a_standard_per_head_raised_to_a_sum_is_a_level_and_the_rise_before_it_no_target() -> None:
    # extract-unseen-90/jiangsu-province-2011-minsheng.txt and shandong-province-2011-livelihood.txt.
    text = (
        "三、2011年工作安排\n苏北地区农村低保标准提高到每人每月210元以上。"
        "农村初中和小学的生均公用经费补助标准分别提高100元，达到800元和600元。"
        "省属普通本科高校生均定额平均提高1200元。\n"
    )
    drafted = figures(text, 2011)
    assert [(target, unit) for _, target, unit in drafted] == [(210, "元"), (800, "元"), (600, "元"), (1200, "元")]
    assert (drafted[0][0], drafted[-1][0]) == ("level", "quantity")


def test_two_incomes_joined_by_he_each_grow_however_the_rise_is_qualified() -> None:
    # extract-unseen-89/kunming-city-2011-fiveyear.txt.
    text = "二、“十二五”时期主要目标\n城镇居民人均可支配收入和农民人均纯收入年均实际增长10%以上。\n"
    assert figures(text, 2011) == [("growth", 10, "%"), ("growth", 10, "%")]
