"""The rules batches XXXXX–CCCCCC (tests/data/extract-unseen-128/ to -133/: more lines of the 2026 reports no batch had
held) taught the extractor, after their first runs."""

from __future__ import annotations

from tests.drafting import figures, targets


def test_money_raised_to_carry_out_works_is_a_target_titled_by_the_works() -> None:
    # extract-unseen-128/gansu-province-2026-minsheng.txt: eleven "筹措…亿元实施…工程" drafted nothing.
    text = "二、2026年工作安排\n筹措890.59亿元实施十大为民办实事工程项目，筹措7亿元实施就业惠民工程。\n"
    assert [(t["title"], t["target"], t["unit"]) for t in targets(text, 2026)] == [
        ("筹措实施十大为民办实事工程项目", 890.59, "亿元"),
        ("筹措实施就业惠民工程", 7, "亿元"),
    ]


def test_products_trains_and_energy_saved_in_standard_coal_are_units() -> None:
    # extract-unseen-131, -132, -133: 款, 班次 (drafted as 班) and 吨标煤.
    text = "二、2026年工作安排\n打造50款首版次软件。开行4000班次。形成节能量42万吨标煤以上。\n"
    assert figures(text, 2026) == [("quantity", 50, "款"), ("quantity", 4000, "班次"), ("quantity", 42, "万吨标煤")]


def test_a_floor_or_a_level_held_makes_a_figure_the_measure_of_the_work() -> None:
    # extract-unseen-131/zhejiang-province-2026-*.txt and -133: "完成不少于60万平方米的…改造" drafted a milestone,
    # "稳定在306.5万吨水平" nothing, "统筹推进16个…改造" nothing; a length of time each is given stays a standard.
    text = (
        "二、2026年工作安排\n完成不少于60万平方米的既有建筑节能绿色化改造。粮食总产量稳定在306.5万吨水平。"
        "统筹推进16个大中型灌区现代化改造。为困境儿童提供不低于30天的托养照护。\n"
    )
    assert figures(text, 2026) == [("quantity", 60, "万平方米"), ("floor", 306.5, "万吨"), ("quantity", 16, "个")]


def test_computing_power_in_petaflops_sets_of_equipment_and_a_magnitude_passed_with_guo() -> None:
    # extract-unseen-135, -136, -134 (after their first runs): 万P after 算力, 件套, 过万场; P elsewhere names things.
    text = (
        "二、2026年工作安排\n推动可调度算力规模突破1.5万P。更新城乡公共场所健身器材1000件套。实现文化惠民展演过万场。"
        "建设P2P平台3个。\n"
    )
    assert figures(text, 2026) == [
        ("level", 1.5, "万P"),
        ("quantity", 1000, "件套"),
        ("quantity", 10000, "场"),
        ("quantity", 3, "个"),
    ]
