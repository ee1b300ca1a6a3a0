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

from chengkou_tracker.extract.periods import MONTHS_DASH
from chengkou_tracker.extract.results import INTENT
from chengkou_tracker.extract.uncounted import sentence_end

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
# The count already reached, right after 已 and its verb: "14个市级重点项目已开工8个" (红寺堡区's first-quarter
# report, tests/data/extract-unseen-21/hongsibu-district-2025-q1-progress.txt).
_PROGRESS_BEFORE = re.compile(
    rf"^\W{{0,3}}\d{{1,2}}{MONTHS_DASH}\d{{1,2}}(?:月份?|(?=累计))"
    r"|已经?(?:开工|开复工|复工|竣工|建成|完成|投用|新增|签约|落地)[^，,。；;\d]{0,4}$|已有$"
    # What is done by a date so far: "截至8月底已完成投资487.68亿元" (吴江区's report after eight months), or at
    # present, and the share of the work done: "目前主体完成约70%", "完成总工程量的40%" (东北塘街道's quarterly report,
    # tests/data/extract-unseen-21/dongbeitang-subdistrict-2025-minsheng-progress.txt).
    r"|^\W{0,3}截至[^，,。；;]{1,12}?(?:已|累计)|^\W{0,3}目前|完成(?:总)?工程量的$"
)
# Each share of a list after one 的: "分别完成年度计划的116.24%、100.06%、91.12%和91.12%" (吴江区,
# tests/data/extract-unseen-21/wujiang-district-2025-projects-progress.txt).
_SHARE_OF_THE_PLAN = re.compile(r"计划的(?:[\d.]+%[、和及])*$")
# 已 after what the figure counts: "10所中小学校已建成并交付使用", "13所中小学校均已于9月1日开学", and the work on
# the rest under way: "其余9所学校正加快推进建设" (光明区's quarterly report,
# tests/data/extract-unseen-19/guangming-district-2025-minsheng-progress.txt). Not 已 right after the count, which
# names a kind of the things counted (5个已批复项目), nor what a figure has been made ("规上工业总产值迈上5万亿元台阶
# 已被苏州市设为…主要预期目标之一", 苏州市 2026, tests/data/extract-unseen-6). A plan's 剩余N个 is the rest it is to
# finish.
# And the count all of which are done: "弘德中学等64个一季度开复工项目全部开工" (红寺堡区's first-quarter report,
# tests/data/extract-unseen-21/hongsibu-district-2025-q1-progress.txt).
_DONE_AFTER = re.compile(
    r"[^，,。；;|\n\d已正]{1,10}?(?:[均都全]?已(?!知|被|列入|纳入)|正(?:在|加快)|全部(?:开工|开复工|建成|完成|竣工|投用))"
)


# A sentence that says its work was done on a past date: "对承塘路…的478盏路灯进行刷漆出新,该项目已于3月完成",
# "新辟2条随需公交专线(…),已于3月1日开通运行" (东北塘街道's quarterly report,
# tests/data/extract-unseen-21/dongbeitang-subdistrict-2025-minsheng-progress.txt).
_DONE_ON_A_DATE = re.compile(r"已于\d{1,2}月(?:\d{1,2}日)?[^，,。；;]{0,4}(?:完成|建成|开通|投用|竣工|开工|交付)")


def restated_totals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans in TEXT[START:END] that restate a year's total before the count done so far."""
    return [(start + m.start(1), start + m.end(1)) for m in _RESTATED.finditer(text[start:end])]


# A clause of a progress report that names its figure as the plan's restates the year's commitment: "2025年142个
# 计划实施项目,总投资362.5亿元,年度计划投资163.4亿元,目前已开工85个,…投资完成率35%" (红寺堡区's first-quarter
# report, tests/data/extract-unseen-21/hongsibu-district-2025-q1-progress.txt). Not the share of a plan done
# (完成年度计划的77.53%).
_NAMED_AS_PLANNED = re.compile(r"计划(?!的)")


def reports_progress(text: str, clause: tuple[int, int], sentence_start: int) -> bool:
    """Whether the CLAUSE span of TEXT tells progress only: its sentence (from SENTENCE_START) reports a 完成率 as a
    figure, and the clause does not name its figure as the plan's (see _NAMED_AS_PLANNED)."""
    end = text.find("。", sentence_start)
    if _RATE_REPORTED.search(text[sentence_start : end if end >= 0 else len(text)]) is None:
        return False
    words = text[clause[0] : clause[1]]
    return _NAMED_AS_PLANNED.search(words) is None or "完成" in words


# A rate as it stands ("开工率46.7%"); one with a bound is where it is to be: "签约当年开工率75%左右" (咸宁市 2025,
# tests/data/extract-unseen-28/xianning-city-2025-investment.txt).
_RATE_AS_IT_STANDS = re.compile(r"(?:完成|开工|开复工|竣工)率$")
_BOUNDED = re.compile(r"(?:左右|以上|以内|以下|之内|上下)$")


def told_as_progress(text: str, clause: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether the FIGURE span of TEXT in the CLAUSE span is progress (see _PROGRESS_BEFORE, _DONE_AFTER), not the
    year's target. A word of intent before it makes it one: "确保新建项目春季开工率50%以上" (延边州 2025)."""
    before = text[clause[0] : figure[0]]
    # (The plan a share is taken of is no intent: 完成年度投资计划的21.3%.)
    if any(intent.group() != "计划" for intent in INTENT.finditer(before)):
        return False
    if figure[1] > figure[0] and text[figure[1] - 1] == "%" and _SHARE_OF_THE_PLAN.search(before):
        return True
    if _DONE_ON_A_DATE.search(text, figure[1], sentence_end(text, figure[1])):
        return True
    if _RATE_AS_IT_STANDS.search(before) and not _BOUNDED.search(text, figure[0], figure[1]):
        return True
    return _PROGRESS_BEFORE.search(before) is not None or _DONE_AFTER.match(text, figure[1], clause[1]) is not None
