"""The closed year's outcomes from the next report's review part (issue 19), on a 2026 ledger and a 2027 report."""

from __future__ import annotations

from pathlib import Path

import pytest

from chengkou_tracker.extract.outcomes import outcomes
from chengkou_tracker.store.ledger import load

YEAR = Path(__file__).parent / "data" / "year"


def test_each_review_figure_goes_to_the_commitment_that_measures_it() -> None:
    ledger = load(str(YEAR / "yunxi-2026.toml"))
    found = outcomes(ledger, (YEAR / "yunxi-2027-report.txt").read_bytes(), "yunxi-2027-report.txt")
    assert [(row.commitment, row.value, row.final) for row in found.rows] == [
        ("T001", 6.3, True),
        ("T002", 7.5, True),
        ("T003", -2.1, True),  # 固定资产投资下降2.1%
        ("T004", 6.2, True),
        ("T005", 4.1, True),
        ("T006", 5.2, True),  # 城乡居民人均可支配收入分别增长5.2%和7.0%: urban, then rural
        ("T007", 7.0, True),
        ("T008", 5.1, True),
        ("T009", 12.3, True),
        ("T010", 12.0, True),
        ("T011", 85.0, True),
        ("T012", 6.3, False),  # the five-year goal gets the year's figure, not a final
        ("T013", 52.5, False),
        ("T014", 66.1, False),
        ("M002", "done", False),  # 青龙水库开工建设: a start, and the milestone is the start
        ("M003", "done", False),  # 城北污水处理厂建成投运
    ]
    assert {row.date.isoformat() for row in found.rows} == {"2026-12-31"}
    assert found.delayed == (("M001", "县人民医院新院区受征地影响，建设进度滞后，竣工延至2027年上半年"),)
    assert found.unmatched == ()
    # M004 (全民健身中心) is not mentioned: no row, no note.


def _closed_2026():  # type: ignore[no-untyped-def]
    """The 2026 ledger with the outcomes the 2027 report states recorded, as `outcomes` then `import` leave it."""
    from dataclasses import replace

    from chengkou_tracker.model import Update

    ledger = load(str(YEAR / "yunxi-2026.toml"))
    found = outcomes(ledger, (YEAR / "yunxi-2027-report.txt").read_bytes(), "yunxi-2027-report.txt")
    updates = [Update(r.commitment, r.date, r.value, r.final, r.note, change=1) for r in found.rows]
    return replace(ledger, updates=updates)


def test_carry_over_takes_the_five_year_goals_and_the_unfinished_projects_only() -> None:
    import datetime as dt
    import tomllib

    from chengkou_tracker.extract import extract
    from chengkou_tracker.extract.carry import carry_over

    drafted = tomllib.loads(extract((YEAR / "yunxi-2027-report.txt").read_bytes(), "r.txt", place="云溪县").toml)
    tables, sections = carry_over(_closed_2026(), drafted["commitment"], 2027)
    carried = {t["carried_from"]: t for t in tables if "carried_from" in t}
    assert sorted(carried) == ["2026:M001", "2026:M004", "2026:T012", "2026:T013", "2026:T014"]
    # The delayed hospital is named again by the 2027 report: drafted once, with the new quote and deadline.
    hospital = carried["2026:M001"]
    assert (hospital["quote"], hospital["deadline"]) == ("建成县人民医院新院区", dt.date(2027, 6, 30))
    assert sum(1 for t in tables if "县人民医院新院区" in t["quote"]) == 1
    # A five-year goal keeps its deadline and starts from its latest figure.
    assert (carried["2026:T013"]["deadline"], carried["2026:T013"]["baseline"]) == (dt.date(2030, 12, 31), 52.5)
    assert carried["2026:T013"]["start"] == dt.date(2027, 1, 1)
    # The fitness centre was never mentioned: still not done, carried into the new year.
    assert carried["2026:M004"]["deadline"] == dt.date(2027, 12, 31)
    assert sections == ["十五五", "（一）"]


# ---------------------------------------------------------------- review phrasing of real reports
# Each case is the review part of a real 2025 report, as published (the source on the line above it), read
# against a ledger of the targets such a report sets: (review, [(id, figure)], unmatched review figures).


def _ledger_2024():  # type: ignore[no-untyped-def]
    import datetime as dt

    from chengkou_tracker.model import Commitment, Direction, Kind, Ledger, Report, Section

    def target(ident: str, title: str, quote: str, kind: str, figure: float, direction: str = "at_least"):  # type: ignore[no-untyped-def]
        return Commitment(
            ident, "主要预期目标", title, "", quote, Kind(kind), figure, "%", Direction(direction),
            start=dt.date(2024, 1, 1), deadline=dt.date(2024, 12, 31),
        )  # fmt: skip

    commitments = [
        target("T001", "地区生产总值增速", "地区生产总值增长6%左右", "growth", 6, "about"),
        target("T002", "国内生产总值增速", "国内生产总值增长5%左右", "growth", 5, "about"),
        target("T003", "规上工业增加值增速", "规模以上工业增加值增长8%", "growth", 8),
        target("T004", "固定资产投资增速", "固定资产投资增长10%", "growth", 10),
        target("T005", "社会消费品零售总额增速", "社会消费品零售总额增长7%", "growth", 7),
        target("T006", "一般公共预算收入增速", "一般公共预算收入增长5%", "growth", 5),
        target("T007", "居民人均可支配收入增速", "居民人均可支配收入增长6%", "growth", 6),
        target("T008", "城镇调查失业率", "城镇调查失业率5.5%左右", "ceiling", 5.5, "at_most"),
        target("T009", "居民消费价格涨幅", "居民消费价格涨幅3%左右", "ceiling", 3, "at_most"),
    ]
    report = Report("某县", 2024, "某县2024年政府工作报告", sections=(Section("主要预期目标"),))
    return Ledger({c.id: c for c in commitments}, [], [], report=report)


REAL_REVIEWS = [
    # 延津县2025年政府工作报告, http://bx2200.com/baogao/huazhong/12537.html: an amount, then its growth after 、
    (
        "全年地区生产总值193.3亿元、增长6%；规模以上工业增加值增长13.2%，居全市第1位；固定资产投资70.67亿元、"
        "增长9.3%；社会消费品零售总额65.09亿元、增长6.9%；一般公共预算收入7.76亿元；金融机构各项存款余额"
        "255.32亿元、增长10.23%；金融机构贷款余额123.61亿元、增长4.41%。",
        [("T001", 6.0), ("T003", 13.2), ("T004", 9.3), ("T005", 6.9)],
        (
            "一般公共预算收入7.76亿元",
            "金融机构各项存款余额255.32亿元、增长10.23%",
            "金融机构贷款余额123.61亿元、增长4.41%",
        ),
    ),
    # 德宏州2025年政府工作报告, https://www.cezhidao.com/reports/TKEx: 规上 for 规模以上; 产业投资 is not 固定资产投资
    (
        "全州完成地区生产总值620.1亿元、增长3%，规上工业增加值增长11.5%，产业投资增长14.4%，社会消费品零售总额"
        "增长2.5%，居民人均可支配收入增长5.4%。",
        [("T001", 3.0), ("T003", 11.5), ("T005", 2.5), ("T007", 5.4)],
        ("产业投资增长14.4%",),
    ),
    # 2025年国务院政府工作报告 (as 江苏广电总台 quoted it,
    # http://chinaoilrecycling.com/news/folder3062/folder3063/2025/03/2025-03-07519786.html): 达到…，增长;
    # 平均为; 上涨 for a price rise; 实际增长; a 分别 list of two other industries, which measure no target
    (
        "经济规模稳步扩大，国内生产总值达到134.9万亿元，增长5%，增速居世界主要经济体前列。就业、物价总体平稳，"
        "城镇新增就业1256万人、城镇调查失业率平均为5.1%。居民消费价格上涨0.2%。民生保障扎实稳固，居民人均可支配"
        "收入实际增长5.1%。高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆。",
        [("T002", 5.0), ("T007", 5.1), ("T008", 5.1), ("T009", 0.2)],
        (
            "城镇新增就业1256万人",
            "高技术制造业、装备制造业增加值分别增长8.9%、7.7%",  # once, not once a figure
            "新能源汽车年产量突破1300万辆",
        ),
    ),
]


@pytest.mark.parametrize(("review", "rows", "unmatched"), REAL_REVIEWS)
def test_real_review_phrasing_goes_to_the_right_commitment(
    review: str, rows: list[tuple[str, float]], unmatched: tuple[str, ...]
) -> None:
    text = (
        f"某县2025年政府工作报告\n\n一、2024年工作回顾\n\n{review}\n\n二、2025年工作安排\n\n地区生产总值增长6%左右。\n"
    )
    found = outcomes(_ledger_2024(), text.encode("utf-8"), "report.txt")
    assert [(row.commitment, row.value) for row in found.rows] == rows
    assert all(row.final for row in found.rows)
    assert found.unmatched == unmatched
