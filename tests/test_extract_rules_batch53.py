"""The rules batches AAA and BBB (tests/data/extract-unseen-53/, -54/: 2021 reports of 丽江, 湛江, 白银, 南平, 河源, 邯郸,
牡丹江, 白山, 沧州, 自贡) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_a_plans_target_beaten_by_so_much_and_a_goal_reached_with_le_are_no_intent() -> None:
    # extract-unseen-53/lijiang-city-2021-fiveyear-review.txt and -54/handan-city-2021-review.txt.
    reviews = [
        "——绿色成为发展最亮丽的底色。森林覆盖率由68.48%提高到72.14%。森林面积2225.48万亩，超过规划目标77.93万亩。"
        "耕地保有量305.5万亩，比目标多10.5万亩。\n",
        "（一）疫情防控取得重大成果。用32天实现本地日新增病例归零，实现了确诊患者零死亡、医护人员零感染“四零”目标，"
        "先后组织5批93名医疗队员驰援。\n",
    ]
    assert [figures(text, 2021) for text in reviews] == [[], []]


def test_at_least_so_many_in_each_is_no_total() -> None:
    # extract-unseen-53/nanping-city-2021-tasks.txt.
    text = "今年，各县（市、区）至少打造1个绿色食品原料标准化生产基地，新建高标准农田10万亩。\n"
    assert figures(text, 2021) == [("quantity", 10, "万亩")]


def test_prices_rising_are_kept_under_a_bound_and_logistics_is_a_years_sum() -> None:
    # extract-unseen-53/zhanjiang-city-2021.txt and -54/handan-city-2021-fiveyear.txt.
    assert figures("今年，居民消费价格指数累计增长3%。\n", 2021) == [("ceiling", 3, "%")]
    assert figures("到2025年，力争全社会物流总额突破万亿元。\n", 2021) == [("quantity", 10000, "亿元")]
