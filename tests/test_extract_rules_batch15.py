"""The rules batch O (tests/data/extract-unseen-15/) taught the extractor, one case per rule, each citing its passage."""

from __future__ import annotations

import tomllib
from typing import Any

from chengkou_tracker.extract import extract
from chengkou_tracker.extract.results import reports_results


def _targets(text: str, year: int = 2025) -> list[dict[str, Any]]:
    drafted = tomllib.loads(extract(text.encode(), "passage.txt", place="奉化区", year=year).toml)["commitment"]
    return [c for c in drafted if c["kind"] != "milestone"]


def test_an_evaluation_of_a_years_work_makes_open_text_a_review() -> None:
    # huzhou-city-2024-minsheng-completion.txt: "对2024年度市政府11方面民生实事项目实施情况进行满意度测评", "总体满意率
    # 为98.93%", then what the year delivered ("新增6家医防护儿童健康管理中心;新增5家公办托育机构").
    lead = "335名代表对2024年度市政府11方面民生实事项目实施情况进行满意度测评。总体满意率为98.93%。"
    assert reports_results([(lead, True), ("新增6家医防护儿童健康管理中心;完成困难群众居家环境改善300户", True)])
    # A 满意率 to reach is a plan's, and intent before a figure still plans.
    assert not reports_results([("群众满意率达到95%以上", True), ("新增5家公办托育机构", True)])
    assert not reports_results([("2024年度民生实事完成情况良好。今年将新增5家公办托育机构", True)])


_ROW = (
    "序号 | 项目名称 | 起止 年限 | 子项目 | 具体内容 | 具体完成情况 | 2025年进展情况 | ||\n"
    "4 | 2025 | 实施20所公办中小学清凉工程(一期) | 对20所学校的配电房及供电线路进行改造,为教室安装空调300台 | 当年完成 |"
    " 已完成施工招标,做好开工准备 | 开工建设 | ||\n"
)


def test_a_tables_rows_are_read_cell_by_cell_and_its_column_heads_are_no_headings() -> None:
    # fenghua-district-2025-minsheng-progress-table.txt: the column head 具体完成情况 is no review part, each cell is a
    # clause of its own (已完成施工招标 is progress, not the year's work), and the cell that repeats 20所 restates it.
    drafted = [(c["target"], c["unit"], c["quote"]) for c in _targets(_ROW)]
    assert drafted == [(20, "所", "实施20所公办中小学清凉工程(一期)"), (300, "台", "为教室安装空调300台")]


def test_a_named_buildings_size_is_no_target() -> None:
    # fenghua-district-2025-minsheng-progress-table.txt: "完成奉化高级中学食堂建设 | 用地面积为7165.96平方米,建筑面积
    # 4286.2平方米", "共五层,一层为展厅、二层为专用教室、三至五层共9个教学班".
    text = (
        "1 | 一、优质教育综合提升工程 | 2024- 2025 | 完成奉化高级中学食堂建设 | 用地面积为7165.96平方米,建筑面积4286.2平方米,"
        "主要建设内容为新建一幢食堂 | 当年完成 | 装饰工程施工 | ||\n"
        "3 | 2024- 2025 | 建成投用西坞中学教学楼 | 共五层,一层为展厅、三至五层共9个教学班 | 当年完成 | 装饰工程施工 | ||\n"
        "今年新建校舍2万平方米。"
    )
    assert [(c["target"], c["unit"]) for c in _targets(text)] == [(2, "万平方米")]


def test_a_magnitude_of_gdp_after_a_verb_of_reaching_is_a_figure_even_in_quotes() -> None:
    # lasa-city-2025.txt: "地区生产总值增长7.2%以上、全力冲刺“千亿GDP”" is a GDP of 1000亿元 to reach; "全面实施千亿产值
    # 攻坚行动" names a programme, and 千亿级 a class.
    text = (
        "明年发展的主要预期目标是：地区生产总值增长7.2%以上、全力冲刺“千亿GDP”，全社会固定资产投资增长18%以上。"
        "全面实施千亿产值攻坚行动，培育2个千亿级产业集群。"
    )
    drafted = [(c["target"], c["unit"], c["kind"]) for c in _targets(text)]
    assert (1000, "亿元", "quantity") in drafted
    assert [c["title"] for c in _targets(text) if c["unit"] == "亿元"] == ["GDP"]
    assert len([d for d in drafted if d[1] == "亿元"]) == 1
