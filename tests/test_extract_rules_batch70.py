"""The rules batches RRR and SSS (tests/data/extract-unseen-70/, -71/: 2026 reports of 泉州, 烟台, 福州, 长春, 青岛, 云南,
四川, 安徽, 辽宁 and 陕西) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures, targets


def test_the_markets_expectations_a_policy_steadies_are_no_plan_in_a_review() -> None:
    # extract-unseen-71/yunnan-province-2026-review.txt.
    text = (
        "各位代表！刚刚过去的2025年，是云南发展历程中具有重要里程碑意义的一年。一年来，我们着力稳就业、稳企业、"
        "稳市场、稳预期，全省经济稳进。完成地区生产总值32765亿元、增长4.1%。\n\n"
        "（一）经济运行顶住压力、稳中有进。强化经济运行分析研究，出台稳增长政策32项，向民间资本推介项目325个、"
        "总投资近2400亿元，能源、旅游投资分别增长9.4%、5%。\n"
    )
    assert figures(text, 2026) == []


def test_a_mark_passed_in_words_with_yuan_is_the_sentences_total_for_the_period() -> None:
    # extract-unseen-70/qingdao-city-2026-fiveyear.txt and changchun-city-2026-fiveyear.txt.
    text = "到2030年，地区生产总值年均增长5%以上，加速迈上两万亿元并向更高目标迈进，经济总量迈上万亿元台阶。\n"
    assert [(t["kind"], t["target"], t["unit"], str(t["deadline"])) for t in targets(text, 2026)] == [
        ("growth", 5, "%", "2030-12-31"),
        ("quantity", 20000, "亿元", "2030-12-31"),
        ("quantity", 10000, "亿元", "2030-12-31"),
    ]


def test_totals_listed_with_a_comma_before_one_growth_each_grow_by_it() -> None:
    # extract-unseen-71/shaanxi-province-2026-fiveyear.txt; a modifier shared by one total and names with figures of
    # their own stay as they were.
    text = (
        "二、2026年工作安排\n工业投资、民间投资增长6％左右，城镇、农村居民人均可支配收入分别增长7%左右和9%左右，"
        "地方一般公共预算收入同比持平、支出增长1%以上。\n"
    )
    assert figures(text, 2026) == [
        ("growth", 6, "%"),
        ("growth", 6, "%"),
        ("growth", 7, "%"),
        ("growth", 9, "%"),
        ("growth", 1, "%"),
    ]


def test_chains_reached_stand_where_they_are_and_a_harvest_held_is_a_floor() -> None:
    # extract-unseen-71/shaanxi-province-2026-industry.txt and extract-unseen-70/quanzhou-city-2026-tasks.txt.
    text = "二、2026年工作安排\n千亿级产业链达到12条，稳定粮食播种面积130.6万亩，稳定和带动就业5万人以上。\n"
    assert figures(text, 2026) == [("level", 12, "条"), ("floor", 130.6, "万亩"), ("quantity", 5, "万人")]


def test_pilots_and_works_deepened_or_supported_are_counted_but_clusters_made_stronger_and_measures_are_not() -> None:
    # extract-unseen-71/sichuan-province-2026-industry.txt, anhui-province-2026-tasks.txt and
    # extract-unseen-70/qingdao-city-2026-livelihood.txt.
    text = (
        "二、2026年工作安排\n推进4个中小企业数字化转型城市试点，支持15个服务业高质量发展集聚区（培育区）建设，"
        "深化15个紧密型医联体建设，做优做强5个国家先进制造业集群，实施稳经济30项举措。\n"
    )
    assert figures(text, 2026) == [("quantity", 4, "个"), ("quantity", 15, "个"), ("quantity", 15, "个")]
