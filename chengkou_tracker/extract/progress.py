"""A progress report on the year's commitments: each item's total is the year's target, the work done so far is not.

"2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%)" (萧县's September report on its 2025
民生实事, tests/data/extract-unseen-14/xiao-county-2025-minsheng-progress.txt): each item restates the commitment
(2个…建设) before the count done (已完成1个). The sentence as a whole tells progress, so the layout reads it as past;
the restated total is still the year's target. A sentence that reports a 完成率 as a figure ("实体零工驿站建设完成2个,
完成率200%") tells progress only: a plan sets a rate to reach (完成率达到90%), never states one.

A figure can tell progress in a sentence that also restates the plan: "57个新续建重点项目全年计划完成投资98.5亿元,
1-4月累计完成投资21.01亿元,完成1-4月投资计划的132.1%" (松阳县's report after four months,
tests/data/extract-unseen-19/songyang-county-2025-projects-progress.txt). What gives such a figure away is said of it
alone: the part of the year it was reached in, the share of a plan it makes, a rate as it stands, or 已 after what it
counts. A plan states none of these of its own figures.
"""

from __future__ import annotations

import re

from chengkou_tracker.extract.results import INTENT

# A total at the head of an item, then the count done in the same unit, or the work under way: "2个…建设已完成1个",
# "263场送戏进万村已送230场", "6个老旧小区改造正在施工中(90%)".
_RESTATED = re.compile(
    r"(?:^|(?<=[、，,；;：:]))(\d+(?:\.\d+)?([个条场件所家处座户人名套间公里亩]+)[^\d，,、；;。()（）]{2,20}?)"
    r"(?=已[^\d，,、；;。]{0,3}\d+(?:\.\d+)?\2|正在施工)"
)
_RATE_REPORTED = re.compile(r"完成率\d")
# Said of a figure, progress: a clause that opens on the months to date ("1-4月累计完成投资21.01亿元", "1-4月开工7个",
# "1-4累计完成投资1.15亿元"), the share of a plan done ("完成年度投资计划的21.3%"; not what a plan lists: 列入国家改造
# 计划的17个城中村), a rate as it stands ("开工率46.7%").
_PROGRESS_BEFORE = re.compile(r"^\W{0,3}\d{1,2}[-—－~～至]\d{1,2}(?:月份?|(?=累计))|(?:完成|开工|开复工|竣工)率$")
_SHARE_OF_THE_PLAN = re.compile(r"计划的$")
# 已 after what the figure counts: "10所中小学校已建成并交付使用", "13所中小学校均已于9月1日开学", and the work on
# the rest under way: "其余9所学校正加快推进建设" (光明区's quarterly report,
# tests/data/extract-unseen-19/guangming-district-2025-minsheng-progress.txt). Not 已 right after the count, which
# names a kind of the things counted (5个已批复项目), nor what a figure has been made ("规上工业总产值迈上5万亿元台阶
# 已被苏州市设为…主要预期目标之一", 苏州市 2026, tests/data/extract-unseen-6). A plan's 剩余N个 is the rest it is to
# finish.
_DONE_AFTER = re.compile(r"[^，,。；;|\n\d已正]{1,10}?(?:[均都全]?已(?!知|被|列入|纳入)|正(?:在|加快))")


def restated_totals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans in TEXT[START:END] that restate a year's total before the count done so far."""
    return [(start + m.start(1), start + m.end(1)) for m in _RESTATED.finditer(text[start:end])]


def reports_progress(text: str, sentence_start: int) -> bool:
    """Whether the sentence of TEXT from SENTENCE_START reports a 完成率 as a figure: progress, not a plan."""
    end = text.find("。", sentence_start)
    return _RATE_REPORTED.search(text[sentence_start : end if end >= 0 else len(text)]) is not None


def told_as_progress(text: str, clause: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether the FIGURE span of TEXT in the CLAUSE span is progress (see _PROGRESS_BEFORE, _DONE_AFTER), not the
    year's target. A word of intent before it makes it one: "确保新建项目春季开工率50%以上" (延边州 2025)."""
    before = text[clause[0] : figure[0]]
    # (The plan a share is taken of is no intent: 完成年度投资计划的21.3%.)
    if any(intent.group() != "计划" for intent in INTENT.finditer(before)):
        return False
    if figure[1] > figure[0] and text[figure[1] - 1] == "%" and _SHARE_OF_THE_PLAN.search(before):
        return True
    return _PROGRESS_BEFORE.search(before) is not None or _DONE_AFTER.match(text, figure[1], clause[1]) is not None
