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
    assert (refused.code, refused.stderr) == (
        2,
        "chengkou-tracker: error: '3万户' is not in 万套（户）, the target's unit\n",
    )


def test_freight_carried_and_trains_run_in_a_year_are_its_sum() -> None:
    # extract-unseen-66/chongqing-city-2026-fiveyear.txt; 一幢 (one named building) from
    # extract-unseen-24/fengjing-town-2026-minsheng.txt is no count.
    text = (
        "“十五五”时期主要目标是：到2030年，货运量达到50万标箱，中欧班列年开行量保持在4800列以上，"
        "新增营业收入亿元以上楼宇10幢。\n二、2026年工作安排\n新建一幢食堂。\n"
    )
    assert figures(text, 2026) == [("quantity", 50, "万标箱"), ("floor", 4800, "列"), ("quantity", 10, "幢")]


def test_the_main_livelihood_projects_counted_at_the_citys_level_are_the_lists_size() -> None:
    # extract-unseen-66/chongqing-city-2026-minsheng.txt.
    text = "二、2026年工作安排\n今年，我们将接续办好15件市级重点民生实事，包括：完成老旧小区改造600个。\n"
    assert figures(text, 2026) == [("quantity", 600, "个")]


def test_a_count_built_up_since_the_start_is_where_it_stands() -> None:
    # extract-unseen-66/chongqing-city-2026-minsheng.txt and suzhou-city-2026.txt; additions summed stay work.
    text = "二、2026年工作安排\n累计建成新就业群体友好阵地7000个以上，累计新增城镇就业3万人。\n"
    assert figures(text, 2026) == [("level", 7000, "个"), ("quantity", 3, "万人")]


def test_work_named_right_before_its_figure_is_measured_by_it_whichever_verb_opens_the_clause() -> None:
    # extract-unseen-66/shanghai-city-2026-tasks.txt (落实…改造, 推动…开放共享) and tianjin-city-2026-tasks.txt.
    text = (
        "二、2026年工作安排\n落实公共建筑节能改造600万平方米。推动20个机关、企事业单位附属空间对社会开放共享。"
        "提升改造210公里农村公路和120万平方米村内道路。加强26个集中式饮用水源地保护。\n"
    )
    assert figures(text, 2026) == [
        ("quantity", 600, "万平方米"),
        ("quantity", 20, "个"),
        ("quantity", 210, "公里"),
        ("quantity", 120, "万平方米"),
    ]


def test_an_industry_chains_scale_in_words_and_grams_per_kilogram_are_figures() -> None:
    # extract-unseen-67/lanzhou-city-2026-projects.txt and jilin-province-2026-fiveyear.txt.
    text = "二、2026年工作安排\n全产业链规模突破千亿。\n到2030年，全省土壤有机质平均含量28克/千克。\n"
    assert figures(text, 2026) == [("quantity", 1000, "亿元"), ("level", 28, "克/千克")]
