"""The rules batches TTT–WWW (tests/data/extract-unseen-72/ to -75/: the parts of 2026 city and provincial reports no
earlier batch took, and 2025 reports of 成都, 西安, 杭州, 宁波, 合肥, 江苏, 浙江, 河南, 广西 and 江西) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures


def test_projects_pushed_on_beside_a_sum_of_their_own_and_rivers_brought_up_to_standard_are_counted() -> None:
    # extract-unseen-73/shandong-province-2026-demand.txt and -region-green.txt.
    text = "二、2026年工作安排\n推进2000个省级重点项目、完成投资9800亿元以上，推进25条重点河湖生态流量达标。\n"
    assert figures(text, 2026) == [("quantity", 2000, "个"), ("quantity", 9800, "亿元"), ("quantity", 25, "条")]


def test_two_measures_joined_by_he_each_grow_but_two_places_of_one_measure_do_not() -> None:
    # extract-unseen-72/suzhou-city-2026-tasks.txt; extract-unseen-69/beijing-city-2026-fiveyear.txt and
    # extract-unseen-74/hefei-city-2025-rural.txt stay one each.
    text = (
        "二、2026年工作安排\n力争全年接待游客人次和旅游总收入增长10%以上，城市副中心和平原新城地区生产总值增长5%以上，"
        "休闲农业和乡村旅游收入增长15%。\n"
    )
    assert figures(text, 2026) == [("growth", 10, "%"), ("growth", 10, "%"), ("growth", 5, "%"), ("growth", 15, "%")]


def test_what_a_rate_or_standard_is_brought_from_is_no_target_and_brought_down_to_is_a_ceiling() -> None:
    # extract-unseen-74/xian-city-2025-minsheng.txt and extract-unseen-73/jilin-province-2026-tasks.txt.
    text = (
        "二、2025年工作安排\n将参保单位缴费费率由7%降至6%，孤儿基本生活最低养育标准由每人每月1800元和1500元统一提高到"
        "2200元，社会物流总费用与GDP比率降低至13.6%左右。\n"
    )
    assert figures(text, 2025) == [("ceiling", 6, "%"), ("level", 2200, "元"), ("ceiling", 13.6, "%")]


def test_sessions_and_stretches_keep_their_second_unit_and_a_size_of_project_counted_after_it_is_a_class() -> None:
    # extract-unseen-74/xian-city-2025-minsheng.txt, hangzhou-city-2025-investment.txt and
    # extract-unseen-73/jilin-province-2026-green-safety.txt.
    text = (
        "二、2025年工作安排\n举办高校专项就业服务活动100场（次），建设幸福河湖10条（段），"
        "招引落地1亿元以上制造业固投类项目300个、其中10亿元以上55个。\n"
    )
    assert figures(text, 2025) == [
        ("quantity", 100, "场（次）"),
        ("quantity", 10, "条（段）"),
        ("quantity", 300, "个"),
        ("quantity", 55, "个"),
    ]
