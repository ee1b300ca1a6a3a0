"""The rules batches HH and II (tests/data/extract-unseen-34/: 2026 pages, mostly reviews; -35/: 2025 reports) taught
the extractor."""

from __future__ import annotations

from typing import Any

from tests.drafting import targets


def _drafted(text: str, year: int) -> list[dict[str, Any]]:
    return targets(text, year, place="某区")


def test_a_numbered_item_on_the_last_period_s_achievements_is_past() -> None:
    # extract-unseen-34/jianghai-district-2026-fiveyear-review.txt: a 十五五 proposal whose item (1) reviews the 十四五.
    text = (
        "就制定江海区国民经济和社会发展“十五五”规划提出以下建议。\n"
        "(1)“十四五”时期江海取得的发展成就。经济综合实力显著增强;科创能力稳步提升,全社会研发经费投入强度达4.9%、"
        "高于省市平均水平。\n"
    )
    assert _drafted(text, 2026) == []


def test_a_lead_on_the_five_years_gone_by_makes_a_review_and_an_aim_is_no_plan() -> None:
    # extract-unseen-34/qingshui-county-2026-fiveyear-review-hant.txt.
    text = (
        "“十四五”时期,清水县推动全县经济社会发展取得历史性成就和突破性进展。五年来,清水县始终坚持以人民为中心的发展思想。\n"
        "聚焦民生保障,提升群众生活品质。完成东西两个热源厂改扩建,敷设改造供热管网46公里。\n"
        "深耕教育事业,筑牢育人根基。以办好人民满意的教育为目标,实施三中综合楼等教育类项目178个,新增城区优质学位3260个。\n"
    )
    assert _drafted(text, 2026) == []


def test_a_specification_inside_a_project_s_name_is_no_target() -> None:
    # extract-unseen-35/guyuan-city-2025-industry.txt (2×100万千瓦) and panjin-city-2025.txt (300万吨/年).
    text = (
        "今年，加快建设六盘山2×100万千瓦和彭阳2×66万千瓦电厂项目，新建风电100万千瓦。"
        "推动北方沥青燃料300万吨/年轻烃回收气体处理工程等366个项目如期开工。\n"
    )
    assert [(c["target"], c["unit"]) for c in _drafted(text, 2025)] == [(100, "万千瓦"), (366, "个")]


def test_a_cut_in_percentage_points_is_a_reduction() -> None:
    # extract-unseen-35/guyuan-city-2025-industry.txt: 再降1个百分点.
    text = "今年，让企业物流成本再降1个百分点。\n"
    assert [(c["kind"], c["target"], c["unit"]) for c in _drafted(text, 2025)] == [("reduction", 1, "个百分点")]
