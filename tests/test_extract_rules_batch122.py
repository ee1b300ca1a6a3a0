"""The rules batches RRRRR–WWWWW (tests/data/extract-unseen-122/ to -127/: the lines of 71 provincial and city 2026
reports no earlier batch held) taught the extractor, after their first runs."""

from __future__ import annotations

import re

from chengkou_tracker.extract import extract
from tests.drafting import figures


def test_a_count_after_a_verb_that_pushes_work_on_is_the_work_and_says_it_may_be_a_scope() -> None:
    # extract-unseen-126, -127: "推进54条市政道路“白改黑”", "支持20所普通高中…" drafted nothing. What stands already
    # (产业集群, 现有…), what a named list of labs supported, what is covered (…全覆盖) and a count for money stay out.
    text = (
        "二、2026年工作安排\n推进54条市政道路“白改黑”。支持20所普通高中改善办学条件。加快实施516个省市重大项目。"
        "加快发展5个国家先进制造业集群。推进现有23个“宝宝屋”扩优提质。支持吉光、三江、长白山3个创新型省实验室投入运行。"
        "推进全市644所中小学学生心理健康测评全覆盖。加强26个集中式饮用水源地保护。\n"
    )
    assert figures(text, 2026) == [("quantity", 54, "条"), ("quantity", 20, "所"), ("quantity", 516, "个")]
    drafted = extract(text.encode(), "r.txt", place="某市", year=2026).toml
    assert len(re.findall(r"# review: a count after a verb of effort", drafted)) == 3


def test_a_length_or_area_built_is_a_target_however_far_its_verb_stands() -> None:
    # extract-unseen-125, -127: "建设200万平方米城市绿地", "更新100公里老旧供水管网", "完成12万亩高标准农田建设".
    text = (
        "二、2026年工作安排\n建设200万平方米城市绿地。更新100公里老旧供水管网。完成12万亩高标准农田建设。"
        "建成主城区沿江两岸30公里慢行游道。建设南京以下12.5米深水航道。建设10万千瓦光伏项目。\n"
    )
    assert figures(text, 2026) == [
        ("quantity", 200, "万平方米"),
        ("quantity", 100, "公里"),
        ("quantity", 12, "万亩"),
        ("quantity", 30, "公里"),
    ]
