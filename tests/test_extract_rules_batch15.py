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
