"""The rules batches UU and VV (tests/data/extract-unseen-47/, -48/: 2021 and 2025 reports of 七台河, 汕尾, 清远, 萍乡,
抚州, 宜宾, 绵阳, 镇江, 绍兴, 聊城) taught the extractor: four more ways a review reads as a plan."""

from __future__ import annotations

from tests.drafting import figures


def test_a_goal_met_ahead_of_time_and_a_programme_issued_are_no_intent() -> None:
    # extract-unseen-48/liaocheng-city-2025-review.txt (提前实现…预期目标), -47/shanwei-city-2021-fiveyear-review.txt
    # (提前两年实现…目标) and -47/qingyuan-city-2021-review.txt (出台…扶优计划). Each also tells a result with 了.
    reviews = [
        "——经济发展迈上新台阶。地区生产总值突破3100亿元，19项发展指标提前实现规划预期目标。\n"
        "——民生福祉得到新改善。城镇新增就业4.9万人，彰显了强大韧性。\n",
        "——综合实力实现大跨越。GDP年均增长6.9%，提前两年实现比2010年翻一番目标，新增了高新技术企业120家。\n",
        "——工业提速增效。出台先进制造业企业扶优计划，新增了规模以上工业企业152家。\n",
    ]
    assert [figures(text, year) for text, year in zip(reviews, (2025, 2021, 2021), strict=True)] == [[], [], []]


def test_a_decade_gone_by_opens_a_review() -> None:
    # extract-unseen-48/zhenjiang-city-2025-decade-review.txt: 十年来, then bullets with no time of their own.
    text = (
        "各位代表！2014年12月，总书记视察镇江。十年来，历届政府牢记嘱托、接续奋斗。\n"
        "——经济强：城市综合实力稳居全国百强。国家高新技术企业达到1617家。\n"
        "——百姓富：连续十年入围中国最具幸福感城市。常住人口城镇化率达到80.7%。\n"
        "——社会文明程度高：蝉联三届全国文明城市。2人获评全国道德模范，12人获评全省道德模范。\n"
    )
    assert figures(text, 2025) == []


def test_work_set_for_each_unit_is_no_total() -> None:
    # extract-unseen-47/pingxiang-city-2021-industry.txt and -47/qitaihe-city-2021-agriculture.txt.
    text = "今年，每个产业链重点培育3-5家头部企业，每个乡镇抓好2-3个特色产业，新增规模以上工业企业100家。\n"
    assert figures(text, 2021) == [("quantity", 100, "家")]


def test_power_and_energy_in_latin_letters_are_units() -> None:
    # extract-unseen-48/yibin-city-2025-industry.txt; a capacity in a project's name sizes it.
    text = "今年，推动英发德耀年产16GW高效太阳能电池项目开工，动力电池产业建成和在建产能达到240GWh。\n"
    assert figures(text, 2025) == [("level", 240, "GWh")]
