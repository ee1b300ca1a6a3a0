"""Recogniser: a deadline written in the text (到2025年, 年底前, 上半年); else the end of the plan's year."""

from __future__ import annotations

import calendar
import datetime as dt
import re

# "到2025年A级景区村庄覆盖率达到50%", "2024年底前", "6月底前", "上半年", "三季度末"
_BY_YEAR = re.compile(r"(?:到|至|在)?(\d{4})年(?:底|末)?(?:前)?")
# A month followed by a day is a date, not a deadline: "在1月10日…票决产生" names the day of a meeting.
_BY_MONTH = re.compile(r"(\d{1,2})月(?!\d{1,2}日|份以来)(?:底|末)?前?")
# The end of the plan's year, said in words: "年底前建成投用", "年内完成".
_YEAR_END = re.compile(r"(?<!\d)(?:年底|年末|年内)")
_QUARTERS = {
    "一季度": 3,
    "第一季度": 3,
    "上半年": 6,
    "二季度": 6,
    "第二季度": 6,
    "三季度": 9,
    "第三季度": 9,
    "前三季度": 9,
}


# A span of years from the plan's own: "力争用三年时间引进培养医学博士30名" (永州市 2025,
# tests/data/extract-unseen-30/yongzhou-city-2025-minsheng.txt) is due at the end of its third year, counting the
# plan's; a range at its far end: "用3—5年时间增加税收50亿元以上" (大理州 2025, tests/data/extract-unseen-28).
# So is an action of so many years: "实施新能源汽车推广应用三年行动，新建充电桩1400个以上" (汉中市 2021,
# tests/data/extract-unseen-40/hanzhong-city-2021-minsheng.txt).
_SPAN_OF_YEARS = re.compile(
    r"用(?:\d[—\-－~～至到])?(\d|[二两三四五六七八九十])年(?:左右)?(?:的)?时间"
    r"|(\d|[二两三四五六七八九十])年(?:攻坚|专项|提升)?行动"
    # Or within so many years: "3年内…" (信阳市 2023, tests/data/extract-unseen-43/xinyang-city-2023-culture.txt).
    r"|(?<![\d年])(\d|[二两三四五六七八九十])年内"
    # Or after so many years' effort: "力争通过3年努力，培育产业集群上市企业10家以上" (保定市 2023,
    # tests/data/extract-unseen-51/baoding-city-2023.txt).
    r"|通过(\d|[二两三四五六七八九十])年(?:的)?努力"
)
_CN_YEARS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def span_end(words: str, year: int) -> dt.date | None:
    """The end of the span of years WORDS give from the plan's YEAR (用三年时间 -> YEAR + 2), if they give one."""
    span = _SPAN_OF_YEARS.search(words)
    if span is None:
        return None
    written = next(group for group in span.groups() if group)  # one alternative matched
    years = int(written) if written.isdigit() else _CN_YEARS[written]
    return dt.date(year + years - 1, 12, 31) if years > 1 else None


def deadline(words: str, year: int) -> tuple[dt.date, bool]:
    """The deadline that WORDS give in the plan's YEAR, and whether they gave one."""
    for match in _BY_YEAR.finditer(words):
        named = int(match.group(1))
        if named > year:
            return dt.date(named, 12, 31), True
    if (end := span_end(words, year)) is not None:
        return end, True
    for phrase, month in _QUARTERS.items():
        if phrase in words:
            return dt.date(year, month, calendar.monthrange(year, month)[1]), True
    if _YEAR_END.search(words):
        return dt.date(year, 12, 31), True
    month_match = _BY_MONTH.search(words)
    if month_match and 1 <= int(month_match.group(1)) <= 12:
        month = int(month_match.group(1))
        return dt.date(year, month, calendar.monthrange(year, month)[1]), True
    return dt.date(year, 12, 31), False
