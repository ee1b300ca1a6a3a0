"""The rules batch V (tests/data/extract-unseen-22/) taught the extractor, one case per rule, each citing its passage."""

from __future__ import annotations

import tomllib

from chengkou_tracker.extract import NothingToDraft, extract


def _figures(text: str, year: int = 2025) -> list[tuple[float, str]]:
    """(target, unit) of every target drafted from TEXT for YEAR; none when it plans nothing."""
    try:
        ledger = tomllib.loads(extract(text.encode(), "passage.txt", place="某区", year=year).toml)
    except NothingToDraft:
        return []
    return [(c["target"], c["unit"]) for c in ledger["commitment"] if c["kind"] != "milestone"]


def test_a_goal_the_years_work_went_round_or_largely_met_is_no_plan() -> None:
    # extract-unseen-22/gaoyou-hitech-zone-2025-results.txt: 围绕“…”目标 and 基本达成“…”目标, a slogan in quotes with
    # commas inside, in a year's results.
    text = (
        "招商引资成效显著。2025年,高新区围绕“招大引强、聚发展势能,投小育新、激创新活力”目标,组建20亿元母基金,"
        "基本达成“招商机构公司化、招商机制市场化”目标。全年实现新签约项目38个。\n"
    )
    assert _figures(text) == []


def test_the_places_a_project_touches_are_its_scope_not_its_work() -> None:
    # extract-unseen-22/dazu-district-2025-minsheng-news.txt: 涉及…等19个镇街 says where; 枫泾镇's 涉及…等4条道路 says
    # what is repaired (extract-unseen-22/fengjing-town-2026-minsheng.txt).
    assert _figures("2025年,改造老旧小区32个,涉及棠香街道、龙岗街道、龙水镇等19个镇街。\n") == [(32, "个")]
    assert _figures("2025年,项目涉及新街弄、枫沛路等4条道路,建设内容主要为路面修复。\n") == [(4, "条")]


def test_the_lists_size_after_its_year_and_its_parts_that_add_up_are_bookkeeping() -> None:
    # extract-unseen-22/gumeilu-subdistrict-2026-minsheng.txt: 45 is how many projects the list holds, 27 and 18 its
    # parts after 其中.
    text = (
        "街道对征集到的建议进行整理,共确定45个2026年为民办实事项目,其中,市、区级项目27个,街道项目18个。\n"
        "1.新增公共停车泊位200个。\n"
    )
    assert _figures(text, 2026) == [(200, "个")]


def test_how_many_have_already_started_is_progress() -> None:
    # extract-unseen-22/gaochun-district-2025-q1-minsheng-progress.txt: 39件民生实事已有26件开始实施.
    # Said of a list's own work, the same: 新建口袋公园10个,已有6个开始施工.
    assert _figures("今年新建口袋公园10个,已有6个开始施工。\n") == [(10, "个")]
