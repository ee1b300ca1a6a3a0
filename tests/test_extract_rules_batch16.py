"""The rules batch P (tests/data/extract-unseen-16/) taught the extractor, one case per rule, each citing its passage."""

from __future__ import annotations

import tomllib
from typing import Any

from chengkou_tracker.extract import extract


def _targets(text: str, year: int = 2025) -> list[tuple[str, float, str, str, str]]:
    drafted = tomllib.loads(extract(text.encode(), "passage.txt", place="衢州市", year=year).toml)["commitment"]
    found: list[dict[str, Any]] = [c for c in drafted if c["kind"] != "milestone"]
    return [(c["kind"], c["target"], c["unit"], c["direction"], c["quote"]) for c in found]


def test_a_stock_kept_dynamically_is_a_level() -> None:
    # quzhou-city-2025.txt: "动态储备5000亩左右工业熟地": land held in reserve, drawn on and refilled, is where the
    # stock stands, and 储备 measures the land as work on land does.
    assert _targets("做强平台功能。动态储备5000亩左右工业熟地，高效运行15个工业邻里中心。")[0][:4] == (
        "level",
        5000,
        "亩",
        "about",
    )


def test_a_trailing_bound_spreads_only_over_figures_in_its_unit() -> None:
    # quzhou-city-2025.txt: "全年实施重点项目1079个、完成投资1800亿元左右": 左右 bounds the money, not the count.
    drafted = _targets("狠抓攻坚推进。全年实施重点项目1079个、完成投资1800亿元左右。")
    assert [(unit, direction) for _, _, unit, direction, _ in drafted] == [("个", "at_least"), ("亿元", "about")]


def test_a_part_with_work_of_its_own_keeps_that_work_and_drops_its_count() -> None:
    # quzhou-city-2025.txt: "其中87个省“千项万亿”重大项目完成投资350亿元以上": 87个 only says which projects; the
    # money they are to put in is a target of its own.
    drafted = _targets(
        "全年实施重点项目1079个、完成投资1800亿元左右，其中87个省“千项万亿”重大项目完成投资350亿元以上。"
    )
    assert [(target, unit) for _, target, unit, _, _ in drafted] == [(1079, "个"), (1800, "亿元"), (350, "亿元")]


def test_projects_named_by_example_then_counted_after_a_vague_verb_are_the_years_work() -> None:
    # quzhou-city-2025.txt: "加快推进“四大抽蓄”、…、全意传动模组等405个重点项目".
    drafted = _targets("加快推进“四大抽蓄”、衢丽铁路、吉利“三电”、全意传动模组等405个重点项目。")
    assert [(kind, target, unit) for kind, target, unit, _, _ in drafted] == [("quantity", 405, "个")]


def test_a_share_of_the_provinces_whole_is_a_level_for_each_name() -> None:
    # quzhou-city-2025.txt: "确保超长期特别国债、中央预算内投资资金占全省份额5%以上".
    drafted = _targets("紧抓要素保障。确保超长期特别国债、中央预算内投资资金占全省份额5%以上。")
    assert [(kind, target, direction) for kind, target, _, direction, _ in drafted] == [
        ("level", 5, "at_least"),
        ("level", 5, "at_least"),
    ]


def test_a_fraction_in_words_is_a_percentage() -> None:
    # yueyang-city-2025.txt: "力争获批项目、资金占全省十分之一以上" is 10% for each name.
    drafted = _targets("积极争取资金，力争获批项目、资金占全省十分之一以上；健全机制。")
    assert [(kind, target, unit) for kind, target, unit, _, _ in drafted] == [("level", 10, "%"), ("level", 10, "%")]
