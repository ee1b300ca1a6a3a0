"""The five-year plan a report's year belongs to, and the words that put a sentence in it or in the one before.

Five-year plans run 2021-2025 ("十四五"), 2026-2030 ("十五五"), and so on in steps of five. A report for 2026
reviews 2025 and the "十四五" period, sets goals for the "十五五" period (到2030年, 年均增长, 今后五年) and
then the year's own targets. A goal for the period is due at its end, or in the year the text names.
"""

from __future__ import annotations

import re

_FIRST = 2021  # the first year of the fourteenth plan
# The dash of a span of months, "1-4月", "1—12月份", "1~9月", "1至6月": the part of the year a figure covers.
MONTHS_DASH = "[-—－~～至]"
# The years up to now, told as a span: "过去的五年", "这五年", "五年来", "十年来", "3年来" (a review's topic).
SPANS_GONE_BY = r"过去的?五年|这五年|[一二三四五六七八九十\d]+年来"
# A paragraph that names the span it tells: "**这是经济实力持续提升的五年。**地区生产总值从11.37万亿元提高到
# 14.58万亿元" (广东省's 十四五 review, tests/data/extract-unseen-68/guangdong-province-2026-fiveyear-review.txt).
THE_SPAN_NAMED = r"这是[^。！，,；;]{1,30}的(?:五|一)年[。！]"
_DIGITS = "一二三四五六七八九"


def period(year: int) -> tuple[int, int]:
    """The first and last year of the five-year plan that YEAR falls in: 2026 -> (2026, 2030)."""
    start = _FIRST + 5 * ((year - _FIRST) // 5)
    return start, start + 4


def period_name(year: int) -> str:
    """The plan's usual name: 2026 -> 十五五, 2024 -> 十四五; "" outside the eleventh to nineteenth."""
    number = 14 + (year - _FIRST) // 5
    return f"十{_DIGITS[number - 11]}五" if 11 <= number <= 19 else ""


# "到2030年", "至2030年底": a year after the plan's own, named as a horizon; so is the year of a long-range vision
# whose goals follow (not a heading that names it beside the period's: "2035年远景目标及“十四五”时期主要目标任务",
# 许昌市 2021, tests/data/extract-unseen-40/xuchang-city-2021-fiveyear.txt),
# "2035年远景目标是：…力争地区生产总值超过1000亿元" (辽源市 2021,
# tests/data/extract-unseen-38/liaoyuan-city-2021-mixed.txt).
# A year in Chinese digits too: "到二〇三五年远景目标是：经济总量迈上万亿元台阶" (贵阳市 2021,
# tests/data/extract-unseen-82/guiyang-city-2021-fiveyear.txt).
_YEAR_DIGITS = r"(\d{4}|二[〇零○][一二三四五六七八九〇零○]{2})"
_HORIZON = re.compile(rf"(?:到|至){_YEAR_DIGITS}年|{_YEAR_DIGITS}年远景目标(?:是|为|[：:])")
_CHINESE_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
# "年均增长6%", "年均增速", "今后五年", "未来五年", "五年后": a span of years, not the plan's one.
# Not 年均浓度 (细颗粒物年均浓度控制在29微克/立方米, 北京市 2026): a year's mean, the way air is measured.
# The coming five years, in words or a digit: "今后5年，要在以下五个方面实现重大突破" (宁夏 2021,
# tests/data/extract-unseen-83/ningxia-region-2021-fiveyear-tasks.txt).
COMING_FIVE_YEARS = r"(?:今后|未来)[五5]年"
_SPAN = re.compile(rf"年均(?!浓度)|{COMING_FIVE_YEARS}|五年后|五年内|五年间")
# The government a report's first year elects, whose term is the coming five years: "二、新一届政府工作总体思路
# 和主要目标" (运城市 2022), "二、新一届市人民政府的奋斗目标和重点任务" (遵义市 2022, tests/data/extract-unseen-111).
_NEW_TERM = r"新一届[^，,。、]{0,6}政府"
# Words that time goals by a term of five years from the year planned (due_year).
_TERM = rf"{COMING_FIVE_YEARS}|五年后|五年内|经过五年|{_NEW_TERM}"


# A plan's end named as a horizon: "到“十四五”末达5000亿元" under a 2022 term's goals (曲靖市 2022,
# tests/data/extract-unseen-106) is due 2025.
_PLAN_END = re.compile(rf"(?:到|至)[“\"]?十([{_DIGITS}])五[”\"]?(?:时期)?(?:期末|末)")


def horizon(sentence: str, year: int) -> int | None:
    """The later year a sentence names as its horizon (到2030年, 到“十四五”末), if any."""
    for match in _HORIZON.finditer(sentence):
        named = int((match.group(1) or match.group(2)).translate(_CHINESE_DIGITS))
        if named > year:
            return named
    for match in _PLAN_END.finditer(sentence):
        number = 11 + _DIGITS.index(match.group(1))  # 十四五 is the fourteenth plan, the one _FIRST opens
        end = period(_FIRST + 5 * (number - 14))[1]
        if end > year:
            return end
    return None


def speaks_of_the_period(words: str, year: int) -> bool:
    """Words about the coming five years: 到2030年, 年均增长, 今后五年, "十五五"时期 (not "十五五"开局之年, which
    is the plan's own year).

    "年均增长7.2%" under the review of "十四五" speaks of the past period: see `about_the_last_period`.
    """
    name = period_name(year)
    # What the plan states is a goal of its period: "未来十五五规划提及,…设置了29项主要指标" (北京市 2026; 规画 is how
    # a Taiwan paper writes 规划).
    stated = rf"{name}[”\"’]?(?:时期|期间|末|规划期|规[划画](?:纲要)?(?:提及|提出|明确))"
    during = bool(name) and re.search(stated, words) is not None
    return horizon(words, year) is not None or bool(_SPAN.search(words)) or during


_APPROVED_IN = re.compile(
    r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间)?(?:批复|规划|确定|布局|谋划|储备|部署)(?:建设)?的"
)


def about_the_last_period(sentence: str, year: int) -> bool:
    """A sentence about the five years before (the "十四五" in a 2026 report), not about the coming ones; or one
    measured against a plan before that ("技术合同成交额4805.7亿元，是“十三五”末的近3倍", 西安市 2026)."""
    earlier = [name for name in (period_name(year - 5), period_name(year - 10)) if name]
    # The last plan only saying where the things worked on come from: "加快建设“十四五”批复的6个沙戈荒大基地…，确保
    # 新增新能源装机3000万千瓦" (内蒙古 2026, tests/data/extract-unseen-125/neimenggu-region-2026-energy.txt).
    sentence = _APPROVED_IN.sub("", sentence)
    if not any(name in sentence for name in earlier):
        return False
    name = period_name(year)
    return horizon(sentence, year) is None and not (name and name in sentence) and "今后" not in sentence


def is_five_year_heading(heading: str, year: int) -> bool:
    """A part that sets the coming period's goals: 二、“十五五”时期奋斗目标, 二、今后五年的主要任务."""
    # Named in full too: "二、关于《南京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》的说明"
    # (南京市 2021, tests/data/extract-unseen-76/nanjing-city-2021-fiveyear.txt).
    names_it = names_the_coming_plan(heading, year) or bool(re.search(rf"{COMING_FIVE_YEARS}|{_NEW_TERM}", heading))
    # "二、今后五年工作的总体要求" (包头市 2022, tests/data/extract-unseen-50/baotou-city-2022-fiveyear.txt) and
    # "二、今后五年总体安排" (吉林市 2022, tests/data/extract-unseen-58/jilin-city-2022-fiveyear.txt) too.
    # One that opens on the coming years is theirs, whatever it calls them: "二、今后五年工作总体构想" (江西省 2023),
    # "二、今后五年工作总体考虑" (海南省 2023, tests/data/extract-unseen-100, -104).
    opens_on_them = re.match(rf"[一二三四五六七八九十]*[、.．]?\s*{COMING_FIVE_YEARS}", heading) is not None
    return names_it and (
        opens_on_them or re.search(r"目标|任务|规划|蓝图|展望|思路|要求|安排|部署", heading) is not None
    )


def due_year(words: str, year: int) -> int:
    """When a goal for the coming years is due: the year WORDS name (到2028年); the end of the plan they name
    ("十五五" -> 2030); five years on for 今后五年 (a government's term: a 2023 report's 今后五年 ends in 2027);
    else the end of the plan the year falls in."""
    named = horizon(words, year)
    if named is not None:
        return named
    name = period_name(year)
    # The plan named as a thing done is no time: "完成“十四五”规划目标任务，地区生产总值突破3000亿元" under "今后五年
    # 奋斗目标" (亳州市 2022, tests/data/extract-unseen-102/bozhou-city-2022-fiveyear.txt) sets the term's goals.
    as_time = bool(name) and re.search(rf"{name}[”\"’]?(?:时期|期间|期末|末|以来|[，,])", words) is not None
    if not as_time and re.search(_TERM, words):
        return year + 4
    return period(year)[1]


def names_the_coming_plan(text: str, year: int) -> bool:
    """TEXT names the plan of the period YEAR opens or falls in, short or in full: 十五五, 第十五个五年规划."""
    name = period_name(year)
    return bool(name) and (name in text or f"第{name[:-1]}个五年规划" in text)


# A plan of several years is written in chapters and their sections (第三十八章…, 第一节…), as every five-year
# outline is (the national 十五五 outline: tests/data/extract-unseen-20/china-national-2026-fiveyear-education.txt);
# a year's report or plan numbers its parts 一、（一）.
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百]+章", re.M)
_SECTION = re.compile(r"^第[一二三四五六七八九十]+节", re.M)


def is_an_outline(text: str) -> bool:
    """TEXT is cut from a plan outline: it has a chapter and sections under it (see _CHAPTER), or a chapter under the
    outline's title."""
    titled = "规划纲要" in text[:300]
    return _CHAPTER.search(text) is not None and (titled or _SECTION.search(text) is not None)


# An outline's own units, each a heading alone on its line: 第二篇…, 第三章主要目标, 第二节….
_UNIT = re.compile(r"第[一二三四五六七八九十百]+[篇章节][^，,。；;：:]{0,40}")
# A unit on where the plan starts from tells the past and the present, no goal: "第一章　发展环境" opens the 十三五
# outline with the 十二五's results (五年规划/2016-十三五规划纲要.md in lawtext/gov, tests/data/extract-unseen-98).
_STARTING_POINT = re.compile(r"发展(?:环境|基础|背景|条件|形势)")


def unit_state(line: str, outline_state: str) -> str | None:
    """What LINE opens when it heads a part, chapter or section of an outline, else None. A review heads only its own
    unit: after "第一节“十四五”时期我国发展取得重大成就" the next one ("第二章指导方针") is the plan's again
    (五年规划/2026-十五五规划纲要.md in lawtext/gov, whose goals were all read as that review's)."""
    if _UNIT.fullmatch(line) is None:
        return None
    return "review" if _STARTING_POINT.search(line) else outline_state


# The goals a part sets, announced: "主要目标是", "奋斗目标为", "目标任务是".
_GOALS = re.compile(r"(?:主要|奋斗|发展|预期)目标(?:任务)?(?:是|为|如下)|目标任务(?:是|为)")


def announces_goals(sentence: str) -> bool:
    """SENTENCE announces the goals that follow it (主要目标是, 目标任务为)."""
    return _GOALS.search(sentence) is not None


def presents_the_outline(sentence: str, year: int) -> bool:
    """SENTENCE presents the coming plan's outline to the session: "我们编制了“十五五”规划纲要（草案），提交大会审查"
    (广西 2026, tests/data/extract-unseen-11/guangxi-region-2026-fiveyear-review.txt). What the report then says the
    outline sets (提出地区生产总值年均增长5%左右) are the coming period's goals, not its review."""
    name = period_name(year)
    return bool(name) and re.search(rf"(?:{name}[”\"]?|第{name[:-1]}个五年)规划纲要", sentence) is not None


def looks_forward(sentence: str, year: int) -> bool:
    """A sentence that speaks of the coming years rather than the ones just ended: a horizon (到2030年), 今后/未来,
    the coming plan as its topic ("“十五五”时期是…", not "为“十五五”开局奠定基础"), goals announced (主要目标是),
    or 力争."""
    return (
        horizon(sentence, year) is not None
        or re.search(r"今后|未来", sentence) is not None
        or opens_on_the_coming_plan(sentence, year)
        or _GOALS.search(sentence) is not None
        or "力争" in sentence
    )


# "开好局起好步", "开局之年", "“十五五”开局", "起步之年": the start of a plan, which is the plan's own first year.
_START = re.compile(r"开好局|开局|起好步|起步之年")


def opens_the_plan(heading: str) -> bool:
    """A part heading about the coming plan's start, which is the year's work though it names no year: "三、乘势而上、
    紧抓快干，全力推动“十五五”开好局起好步" (厦门市 2026, 政府工作报告-主要城市/厦门市/2026.md in lawtext/gov)."""
    return _START.search(heading) is not None and re.search(r"回顾|成就|成绩|成效", heading) is None


def goals_met(rest: str) -> bool:
    """REST, the words after a year's goals are named up to the clause's end, says they were met rather than what
    they are: "2025年主要目标任务如期完成" (厦门市 2026), a review's close, not the plan's targets."""
    return re.match(r"[^，,。；;:：是为]{0,8}?(?:完成|实现|达成|收官)", rest) is not None


def opens_on_the_coming_plan(paragraph: str, year: int) -> bool:
    """PARAGRAPH opens on the coming plan as its topic, after a bullet or the address to the deputies: "“十五五”时期是…
    关键时期" (厦门市 2026)."""
    name = period_name(year)
    opening = re.sub(r"^[\s*—◆●■•·]*(?:各位代表[！!，,：:]?)?", "", paragraph)
    return bool(name) and re.match(rf"[“\"]?{name}[”\"]?(?:时期|期间|规划期|末)?", opening) is not None
