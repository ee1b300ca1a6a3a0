"""`extract` on a report whose plan part names no year: the year from the speech, not from the review's close.

Modelled on 厦门市's 2026 report (政府工作报告-主要城市/厦门市/2026.md in lawtext/gov): delivered "2026年1月22日",
its review closes "2025年主要目标任务如期完成", its part 二 sets the "十五五" goals under a heading that names no
period, and its part 三 "全力推动“十五五”开好局起好步" holds the year's work under no 2026年工作安排.
"""

from __future__ import annotations

import tomllib

from chengkou_tracker.extract import extract
from chengkou_tracker.extract.layout import find_year, part_state

XIAMEN = """厦门市政府工作报告（2026）

**政府工作报告**
——2026年1月22日在厦门市第十六届人民代表大会第六次会议上

各位代表：

一、奋力拼搏、奋勇争先，建设高素质高颜值现代化国际化城市取得新成就

2025年，我们全力拼经济、抓项目，地区生产总值增长5.7%，规模以上工业增加值增长10.2%。

（一）推动经济持续回升向好取得新成效。落地实施10亿元以上项目153个。

各位代表！2025年主要目标任务如期完成，标志着“十四五”顺利收官。

二、探索试验、探路先行，确保努力率先实现社会主义现代化取得决定性进展

“十五五”时期是厦门努力率先实现社会主义现代化的关键时期。到2030年，地区生产总值年均增长5%左右，人均地区生产总值达20.4万元。

三、乘势而上、紧抓快干，全力推动“十五五”开好局起好步

今年是“十五五”开局之年。做好今年工作，要完整准确全面贯彻新发展理念。

综合各方面因素，2026年经济社会发展主要预期目标是：地区生产总值增长5%-5.5%，规模以上工业增加值增长9.5%，固定资产投资增长3%左右。

（一）全面落实扩大内需战略，提升经济增长质效。新增商业综合体3个，建成保障性住房5000套。

（二）加快构建现代化产业体系。开工建设地铁8号线二期工程。

四、挺膺担当、奋力拼抢，全方位推动政府工作提质增效
"""


def _ledger(text: str, **options: object) -> dict:
    return tomllib.loads(extract(text.encode(), "xiamen-2026.md", place="厦门市", **options).toml)  # type: ignore[arg-type]


def test_the_reviews_close_does_not_make_the_plan_year() -> None:
    year, source = find_year(XIAMEN, None)
    assert year == 2026
    assert "2025年主要目标" not in source


def test_a_year_named_before_the_speech_is_no_plan_year() -> None:
    # Delivered in 2026: a 2025 year's targets it names are the review's, whatever words follow.
    text = "——2026年1月22日在某市第十六届人民代表大会第六次会议上\n\n2025年全市主要预期目标总体顺利。\n2026年全市主要预期目标是：增长5%。"
    assert find_year(text, None)[0] == 2026


def test_a_heading_on_the_plans_start_opens_the_plan() -> None:
    assert part_state("三、乘势而上、紧抓快干，全力推动“十五五”开好局起好步", 2026, "review") == "plan"
    assert part_state("三、奋力实现“十五五”良好开局", 2026, "review") == "plan"
    assert part_state("一、“十五五”开局之年工作回顾", 2027, "open") == "review"


def test_the_plan_part_under_no_year_is_drafted() -> None:
    ledger = _ledger(XIAMEN)
    assert ledger["report"]["year"] == 2026
    quotes = [c["quote"] for c in ledger["commitment"]]
    assert any("增长9.5%" in q for q in quotes)
    assert any("商业综合体3个" in q for q in quotes)
    assert any("保障性住房5000套" in q for q in quotes)
    assert any(c["kind"] == "milestone" and "地铁8号线" in c["quote"] for c in ledger["commitment"])
    # The review's figures stay out.
    assert not any("10.2%" in q or "153个" in q for q in quotes)


def test_the_period_part_under_a_neutral_heading_holds_five_year_goals() -> None:
    ledger = _ledger(XIAMEN)
    five = [c for c in ledger["commitment"] if "five-year" in c["tags"]]
    assert any("20.4万元" in c["quote"] for c in five)
    assert all(str(c["deadline"]) == "2030-12-31" for c in five)


def test_a_neutral_heading_whose_text_opens_on_this_year_is_the_plan() -> None:
    # No 开局 in the heading: the paragraph under it ("今年是…") says it plans the year.
    text = XIAMEN.replace(
        "三、乘势而上、紧抓快干，全力推动“十五五”开好局起好步", "三、乘势而上、紧抓快干，奋力谱写新篇章"
    )
    ledger = _ledger(text)
    assert any("商业综合体3个" in c["quote"] for c in ledger["commitment"])
