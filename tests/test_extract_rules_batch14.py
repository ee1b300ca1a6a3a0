"""The rules batch N (tests/data/extract-unseen-14/) taught the extractor, one case per rule, each citing its passage."""

from __future__ import annotations

import tomllib
from typing import Any

from chengkou_tracker.extract import extract
from chengkou_tracker.extract.results import reports_results


def _targets(text: str, year: int = 2025) -> list[dict[str, Any]]:
    drafted = tomllib.loads(extract(text.encode(), "passage.txt", place="临沂市", year=year).toml)["commitment"]
    return [c for c in drafted if c["kind"] != "milestone"]


def test_a_lead_that_sums_up_results_makes_open_text_a_review() -> None:
    # chengguan-district-2025-minsheng-completion.txt: "兰州市城关区2025年全力推进并已全部办结10件民生实事"
    assert reports_results(
        [("城关区2025年全力推进并已全部办结10件民生实事", True), ("新增3家托育机构及100个托位", True)]
    )
    # long-county-2025-fiveyear-review.txt: "全面展示陇县“十四五”期间经济社会发展成就"
    assert reports_results([("全面展示陇县“十四五”期间经济社会发展成就。", True), ("存栏量达57.3万只", True)])
    # A deadline is no summing up: "这5项预计10月底前全部落地" plans, as 萧县's progress report words it.
    assert not reports_results([("这5项预计10月底前全部落地", False), ("新增托位540个", True), ("新建3所", True)])


def test_a_list_announced_still_plans_after_the_last_figure() -> None:
    # 丰都县 2026 (tests/data/extract-unseen-4): "发布会现场还公布了2026年十大民生谋划举措:新建人行天桥"; a digest's
    # field "项目推进措施:通过狠抓责任落实" (chengguan-district-2025-minsheng-completion.txt) announces no item.
    assert not reports_results([("7位发言人回答了提问", True), ("还公布了2026年十大民生谋划举措:新建人行天桥", True)])
    assert reports_results([("已新增学位近4000个 项目推进措施:通过狠抓责任落实", True)])


def test_an_outlook_after_the_last_figure_states_no_intent() -> None:
    # chengguan-district-2025-minsheng-completion.txt ends "将继续聚焦人民群众急难愁盼问题 谋划和实施新的民生项目".
    done = [("2025年已新增学位近4000个 将继续聚焦人民群众急难愁盼问题 谋划和实施新的民生项目", True)]
    assert reports_results(done)
    # Intent before a figure still plans it.
    assert not reports_results([("将新增学位4000个", True), ("已新增托位100个", True)])


def test_jiang_da_among_results_is_an_expectation() -> None:
    # long-county-2025-fiveyear-review.txt: "新能源产业装机容量将达1.6吉瓦" among 十四五 results.
    assert reports_results([("县工业园区已晋升省级经开区", True), ("新能源产业装机容量将达1.6吉瓦", True)])


def test_a_stretch_after_the_committed_figure_is_one_target() -> None:
    # linyi-city-2025.txt: "地区生产总值增长5.5%、力争6%，规上工业增加值增长8%、力争10%以上".
    text = "今年全市经济社会发展主要预期目标是：地区生产总值增长5.5%、力争6%，规上工业增加值增长8%、力争10%以上。"
    drafted = [(c["target"], c["unit"]) for c in _targets(text)]
    assert drafted == [(5.5, "%"), (8, "%")]


def test_a_progress_report_drafts_the_totals_it_restates_and_no_rate_done() -> None:
    # xiao-county-2025-minsheng-progress.txt: "2个嵌入式养老机构建设已完成1个(50%)" restates the year's total 2;
    # "实体零工驿站建设完成2个,完成率200%" reports progress only.
    text = (
        "2025年全县民生实事中,截至9月底已完成19项。剩余8项中,2个嵌入式养老机构建设已完成1个(50%),"
        "126条农村黑臭水体治理已完成120条(95%)。\n其中超额完成任务的已有10项:实体零工驿站建设完成2个,完成率200%。"
    )
    assert [(c["target"], c["unit"]) for c in _targets(text)] == [(2, "个"), (126, "条")]


def test_a_rate_to_reach_with_a_bound_under_it_is_a_level() -> None:
    # suqian-city-2025.txt: "新签约项目当年开工率不低于50%"; a rate held (保持在95%以上) stays a floor.
    text = "今年主要目标是:新签约项目当年开工率不低于50%,基本医疗保险参保率保持在95%以上。"
    assert [(c["target"], c["kind"]) for c in _targets(text)] == [(50, "level"), (95, "floor")]
