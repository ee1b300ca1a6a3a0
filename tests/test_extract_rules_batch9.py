"""The rules batch I (tests/data/extract-unseen-9) taught `extract`, one case each, with the passage it came from."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from chengkou_tracker.extract import extract
from chengkou_tracker.extract.targets import targets

TARGETS = [
    # The size of a list, its classes and fields (chengzhong-district-2026-minsheng-glossed.txt), and the kinds of
    # indicator a plan sets (guiyang-city-2026-fiveyear.txt) count no work.
    ("确定2026年民生实事项目共5大类12个", []),
    ("其中，教育惠民领域2个", []),
    ("15个预期性指标、7个约束性指标", []),
    # A 其中 part stating rates of its own: the parts' rates do not add up to the whole's
    # (guizhou-province-2026-fiveyear.txt).
    (
        "其中一二三产增加值分别增长3.5%左右、6%左右、5%左右",
        [
            ("growth", "about", 3.5, "%", "一二三产增加值分别增长3.5%左右、6%左右、5%左右"),
            ("growth", "about", 6, "%", "一二三产增加值分别增长3.5%左右、6%左右、5%左右"),
            ("growth", "about", 5, "%", "一二三产增加值分别增长3.5%左右、6%左右、5%左右"),
        ],
    ),
    # A part that only breaks down the count before it stays no target (CONVENTIONS.md).
    ("其中城区学校10所", []),
    # A figure a total heads for is about (guiyang-city-2026-fiveyear.txt).
    ("经济总量向1000亿元迈进", [("quantity", "about", 1000, "亿元", "经济总量向1000亿元")]),
    # Fixed-asset investment and 社消零 are yearly totals (dongguan-city-2026-fiveyear.txt).
    ("固定资产投资总额突破4000亿元", [("quantity", "at_least", 4000, "亿元", "固定资产投资总额突破4000亿元")]),
    ("社消零总额突破5000亿元", [("quantity", "at_least", 5000, "亿元", "社消零总额突破5000亿元")]),
    # Years of schooling are a length of time, a level (guizhou-province-2026-fiveyear.txt).
    (
        "劳动年龄人口平均受教育年限达11年",
        [("level", "at_least", 11, "年", "劳动年龄人口平均受教育年限达11年")],
    ),
    # A capacity held is a floor, as the harvest held is (guizhou-province-2026-fiveyear.txt; settled in CONVENTIONS.md
    # when batch CC labelled one so); a capacity reached is a level (test_extract_rules_batch28.py).
    (
        "粮食综合生产能力每年稳定在1121万吨以上",
        [("floor", "at_least", 1121, "万吨", "粮食综合生产能力每年稳定在1121万吨以上")],
    ),
    ("粮食产量稳定在1121万吨以上", [("floor", "at_least", 1121, "万吨", "粮食产量稳定在1121万吨以上")]),
    # The goal named as such (chengdu-city-2026-fiveyear.txt).
    (
        "明确提出了到2030年地区生产总值达到3.2万亿元的目标",
        [("quantity", "at_least", 3.2, "万亿元", "地区生产总值达到3.2万亿元")],
    ),
    # A ratio narrowed to a bare number (foshan-city-2026-fiveyear.txt).
    ("城乡居民收入比收窄至1.5以内", [("ceiling", "at_most", 1.5, "", "城乡居民收入比收窄至1.5以内")]),
    # A working pace restates the target; a budget set at a rate does not (xiamen-city-2026.txt; 2026 national report).
    ("实际工作中按5.5%推进", []),
    ("赤字率拟按4%左右安排", [("ceiling", "about", 4, "%", "赤字率拟按4%左右安排")]),
    # The size a fund is built to (xiamen-city-2026.txt).
    ("打造规模超100亿元的科创风投基金群", [("level", "at_least", 100, "亿元", "打造规模超100亿元")]),
    # Who a work solves a problem for, its only measure besides its budget; beside a count of its own, who it reaches
    # (zhangjiachuan-county-2015-minsheng-glossed.txt; she-county-2025-minsheng.txt).
    ("解决6700人的饮水不安全问题", [("quantity", "at_least", 6700, "人", "解决6700人的饮水不安全问题")]),
    ("解决150名孤儿的集中供养问题", [("quantity", "at_least", 150, "名", "解决150名孤儿的集中供养问题")]),
    ("维修更换农村37处的机泵、阀门,有效改善9万人口的饮水安全问题", [(37, "处")]),
    # A count of roads and their length: two measures (zhangjiachuan-county-2015-minsheng-glossed.txt).
    (
        "建设23条65公里农村通畅工程",
        [
            ("quantity", "at_least", 23, "条", "建设23条65公里"),
            ("quantity", "at_least", 65, "公里", "建设23条65公里"),
        ],
    ),
    # Villages after townships, and villages named by example, say where (the same passage).
    ("实施6乡镇7村596户3523人的易地扶贫搬迁工程", [(596, "户"), (3523, "人")]),
    ("在张家川镇西街等8村实施北山生态综合治理工程", []),
]


@pytest.mark.parametrize(("clause", "expected"), TARGETS)
def test_batch9_targets(clause: str, expected: list[tuple[object, ...]]) -> None:
    found = [
        (t.kind, t.direction, t.figure.value, t.figure.unit, clause[t.quote_start : t.quote_end])
        for t in targets(clause, 0, len(clause))
    ]
    if expected and len(expected[0]) == 2:  # only which figures are targets
        assert [(value, unit) for _, _, value, unit, _ in found] == expected
    else:
        assert found == expected


def _drafted(text: str) -> list[dict[str, object]]:
    body = f"2026年政府工作报告\n{text}\n".encode()
    return list(tomllib.loads(extract(body, "report.txt", place="某省", year=2026).toml)["commitment"])


def test_a_five_year_total_named_in_an_earlier_clause_is_a_quantity() -> None:
    # guizhou-province-2026-fiveyear.txt: the GDP goal 迈上3万亿元台阶 names its total in the clause before.
    drafted = _drafted("“十五五”时期主要目标：全省地区生产总值年均增长5%左右、迈上3万亿元台阶。")
    total = next(d for d in drafted if d["unit"] == "万亿元")
    assert (total["kind"], total["target"], total["deadline"]) == ("quantity", 3, dt.date(2030, 12, 31))
