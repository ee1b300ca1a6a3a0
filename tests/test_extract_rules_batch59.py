"""The rules batches GGG and HHH (tests/data/extract-unseen-59/, -60/: 2022 reports of 巴彦淖尔, 荆州, 普洱, 桂林, 新余 and
2023 reports of 宜昌, 宝鸡, 梅州, 安康, 昌都) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_an_ordinal_in_chinese_numerals_counts_nothing_and_villages_sorted_by_households_are_a_class() -> None:
    # extract-unseen-59/xinyu-city-2022.txt (按照省第十五次…) and -59/guilin-city-2022-industry.txt.
    text = "今年，按照省第十五次党代会部署，推进20户以上自然村光纤全覆盖，新建5G基站1000个。\n"
    assert figures(text, 2022) == [("quantity", 1000, "个")]


def test_work_set_for_each_chain_and_for_each_county_is_no_total() -> None:
    # extract-unseen-60/ankang-city-2023-industry.txt and -60/meizhou-city-2023-industry.txt.
    text = (
        "今年，每条链确定1至3户链主企业，各县（市、区）分别引进1个投资超10亿元的工业项目，"
        "每个园区均新增连片收储建设用地300亩以上，新增规上工业企业100户。\n"
    )
    assert figures(text, 2023) == [("quantity", 100, "户")]
