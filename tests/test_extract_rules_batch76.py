"""The rules batches XXX–AAAA (tests/data/extract-unseen-76/ to -79/: 2021 reports of 13 cities and provinces, with the
goals of the 十四五 period) taught the extractor."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Run
from tests.drafting import deadlines, figures


def test_a_vision_looked_out_to_is_not_the_year_the_report_plans(run: Run, tmp_path: Path) -> None:
    # extract-unseen-77/hefei-city-2021-fiveyear.txt: 展望2035年，我们将… was read as the year planned, and every goal
    # of the 十四五 part was drafted due 2035.
    text = (
        "二、“十四五”时期奋斗目标和主要任务\n“十四五”时期经济社会发展主要目标是：到2025年，GDP总量力争达到1.6万亿元。\n"
        "展望2035年，我们将建设全球科创新枢纽。\n今后五年的主要任务是：力争建设高水平新型研发机构50个。\n"
    )
    (tmp_path / "hefei.txt").write_text(text, "utf-8")
    result = run("extract", "hefei.txt", "--place", "合肥市")
    assert (result.code, result.stdout) == (2, "")
    assert (
        result.stderr == "chengkou-tracker: error: cannot tell which year the report plans; give it with --year YYYY\n"
    )
    assert [str(day) for day in deadlines(text, 2021)] == ["2025-12-31", "2025-12-31"]


def test_a_part_that_names_the_plan_in_full_sets_its_goals() -> None:
    # extract-unseen-76/nanjing-city-2021-fiveyear.txt.
    text = (
        "二、关于《南京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》的说明\n"
        "建成科技产业创新中心，高新技术企业总数达到2万家，高新技术产业产值占规模以上工业比重达54.5%。\n"
    )
    assert [str(day) for day in deadlines(text, 2021)] == ["2025-12-31", "2025-12-31"]


def test_a_price_index_as_a_bare_number_is_a_ceiling_and_opinions_sought_are_bookkeeping() -> None:
    # extract-unseen-77/changsha-city-2021.txt, extract-unseen-78/sichuan-province-2021.txt and
    # sichuan-province-2021-fiveyear.txt (网络征求意见2万余条).
    text = "三、2021年工作安排\n居民消费价格指数控制在103.5左右，网络征求意见2万余条，新建5G基站1万个。\n"
    assert figures(text, 2021) == [("ceiling", 103.5, ""), ("quantity", 1, "万个")]
