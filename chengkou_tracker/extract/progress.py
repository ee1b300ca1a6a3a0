"""A progress report on the year's commitments: each item's total is the year's target, the work done so far is not.

"2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%)" (萧县's September report on its 2025
民生实事, tests/data/extract-unseen-14/xiao-county-2025-minsheng-progress.txt): each item restates the commitment
(2个…建设) before the count done (已完成1个). The sentence as a whole tells progress, so the layout reads it as past;
the restated total is still the year's target. A sentence that reports a 完成率 as a figure ("实体零工驿站建设完成2个,
完成率200%") tells progress only: a plan sets a rate to reach (完成率达到90%), never states one.
"""

from __future__ import annotations

import re

# A total at the head of an item, then the count done in the same unit, or the work under way: "2个…建设已完成1个",
# "263场送戏进万村已送230场", "6个老旧小区改造正在施工中(90%)".
_RESTATED = re.compile(
    r"(?:^|(?<=[、，,；;：:]))(\d+(?:\.\d+)?([个条场件所家处座户人名套间公里亩]+)[^\d，,、；;。()（）]{2,20}?)"
    r"(?=已[^\d，,、；;。]{0,3}\d+(?:\.\d+)?\2|正在施工)"
)
_RATE_REPORTED = re.compile(r"完成率\d")


def restated_totals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans in TEXT[START:END] that restate a year's total before the count done so far."""
    return [(start + m.start(1), start + m.end(1)) for m in _RESTATED.finditer(text[start:end])]


def reports_progress(text: str, sentence_start: int) -> bool:
    """Whether the sentence of TEXT from SENTENCE_START reports a 完成率 as a figure: progress, not a plan."""
    end = text.find("。", sentence_start)
    return _RATE_REPORTED.search(text[sentence_start : end if end >= 0 else len(text)]) is not None
