"""The rules batches NNN and OOO (tests/data/extract-unseen-66/, -67/: 2026 reports of 重庆, 苏州, 福建, 上海, 天津, 兰州,
吉林, 武汉, 广州 and 山东) taught the extractor."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Run
from tests.drafting import figures


def test_firms_counted_in_ten_thousands_where_their_number_is_to_stand_are_a_level() -> None:
    # extract-unseen-66/suzhou-city-2026.txt; a count the year adds stays its quantity.
    text = "二、2026年工作安排\n高新技术企业达到1.95万家，国家科技型中小企业达到2.6万家，新增规上工业企业500家。\n"
    assert figures(text, 2026) == [("level", 1.95, "万家"), ("level", 2.6, "万家"), ("quantity", 500, "家")]


def test_a_unit_keeps_the_second_unit_in_brackets_after_it() -> None:
    # extract-unseen-67/guangzhou-city-2026-livelihood.txt and wuhan-city-2026-livelihood.txt; 头（只） from
    # extract-unseen-59/bayannur-city-2022-agriculture.txt.
    text = (
        "二、2026年工作安排\n筹集建设保障性住房3万套（户），筹集运营保障性租赁住房4万套（间）以上，"
        "牲畜饲养量稳定在2300万头（只）左右，培训800人(次)。\n"
    )
    assert figures(text, 2026) == [
        ("quantity", 3, "万套（户）"),
        ("quantity", 4, "万套（间）"),
        ("floor", 2300, "万头（只）"),
        ("quantity", 800, "人次"),
    ]


def test_projects_counted_after_the_verb_that_pushes_them_on_are_the_years_work() -> None:
    # extract-unseen-67/wuhan-city-2026.txt and guangzhou-city-2026-city.txt, -livelihood.txt.
    text = (
        "二、2026年工作安排\n推进实施2090个亿元以上项目，推进4个国铁、7个城际、8个地铁等续建项目建设，"
        "推进50个重大疑难（罕见）疾病诊疗中心建设，加强26个集中式饮用水源地保护。\n"
    )
    assert figures(text, 2026) == [
        ("quantity", 2090, "个"),
        ("quantity", 4, "个"),
        ("quantity", 7, "个"),
        ("quantity", 8, "个"),
        ("quantity", 50, "个"),
    ]


def test_projects_counted_for_the_money_the_clause_gives_them_stay_a_scope() -> None:
    # extract-unseen-7/guangzhou-city-2026-spam.txt and extract-unseen-59/bayannur-city-2022.txt.
    text = "二、2026年工作安排\n推动851个市重点项目年度实现投资3800亿元以上。\n"
    assert figures(text, 2026) == [("quantity", 3800, "亿元")]


def test_a_figure_typed_without_the_bracket_is_recorded_in_the_drafts_unit(run: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text("二、2026年工作安排\n筹集建设保障性住房3万套（户）。\n", "utf-8")
    args = ("extract", "plan.txt", "--year", "2026", "--place", "某市", "--output", "plan.toml")
    assert run(*args).code == 0
    as_of = {"CHENGKOU_AS_OF": "2026-04-01"}
    recorded = run("--ledger", "plan.toml", "record", "T001", "2.1万套", "--date", "2026-03-31", env=as_of)
    assert (recorded.code, recorded.stdout) == (0, "T001 筹集建设保障性住房: recorded 2.1 on 2026-03-31 -> on track\n")
    refused = run("--ledger", "plan.toml", "record", "T001", "3万户", "--date", "2026-03-31", env=as_of)
    assert (refused.code, refused.stderr) == (2, "chengkou-tracker: error: '3万户' is not in 万套（户）, the target's unit\n")
