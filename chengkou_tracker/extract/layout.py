"""Stage 3: the report's year, the part that plans it, its sections, and its clauses.

A report has a review part (一、2023年工作回顾) and a plan part (二、2024年工作安排), and the plan part
has sections (（一）... or (一)...) and often a paragraph of main targets (主要预期目标). A passage
without headings is read whole. A sentence about a past year is never a commitment; it is kept
apart so that it can give a commitment its baseline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chengkou_tracker.errors import UsageError
from chengkou_tracker.extract.clean import looks_like_heading
from chengkou_tracker.extract.past import PROCEDURE, speaks_of_the_past
from chengkou_tracker.extract.periods import (
    SPANS_GONE_BY,
    THE_SPAN_NAMED,
    due_year,
    goals_met,
    horizon,
    is_an_outline,
    is_five_year_heading,
    looks_forward,
    names_the_coming_plan,
    opens_on_the_coming_plan,
    opens_the_plan,
    period,
    presents_the_outline,
    speaks_of_the_period,
    unit_state,
)
from chengkou_tracker.extract.results import INTENT, reports_results
from chengkou_tracker.extract.sentences import (
    CLAUSE,
    REVIEW,
    SENTENCE,
    announces_the_period,
    lists_the_period_goals,
    mostly_the_period,
    named_year,
    opens_on_the_last_period,
    opens_the_year,
    reviews,
)

CN_DIGITS = "一二三四五六七八九十"
# 一、2023年工作回顾 / 第一部分 / a short line of its own such as "2024年工作安排"
_PART = re.compile(rf"^(?:([{CN_DIGITS}]+)[、.．]|第([{CN_DIGITS}]+)部分)")
# （一）突出“创新驱动”，推动产业现代化迈出坚实步伐。 / (一) ...
_SECTION = re.compile(rf"^[（(]([{CN_DIGITS}]+)[）)]")
# "二、2024年工作安排", "2025年主要目标任务", "二、2025年经济社会发展总体要求和政策取向"
_PLAN_WORDS = (
    r"工作安排|工作建议|主要目标|目标任务|工作任务|预期目标|总体要求|重点工作|工作部署|计划|工作思路|"
    r"发展目标|主要任务|奋斗目标|工作打算"
)
# Not the year of a long-range vision: "二、2035年远景目标及“十四五”时期主要目标任务" (许昌市 2021,
# tests/data/extract-unseen-40/xuchang-city-2021-fiveyear.txt) plans no year of its own.
_PLAN = re.compile(rf"(\d{{4}})年(?!远景).{{0,24}}?(?:{_PLAN_WORDS})|(?:今年|新的一年).{{0,12}}?(?:{_PLAN_WORDS})")
# Looking back, taking stock and the answer sheet are reviews too: "一、2025年·回望:六组数据看“收官”" (景谷县 2026,
# tests/data/extract-unseen-21/jinggu-county-2026-review-numbers.txt).
# Words of a plan in a part heading without a year: "二、今后五年的奋斗目标和主要任务", "三、今年工作安排"
_PLAN_HEADING = re.compile(rf"{_PLAN_WORDS}|今年|明年|今后|未来|目标|任务")
# A paragraph that announces the list of main targets: "今年经济社会发展主要预期目标是：", "主要目标为", "主要预期目标:"
_TARGETS_PARAGRAPH = re.compile(
    r"(?:主要预期目标|主要目标|主要经济社会发展目标|主要指标)(?:是|为|如下)?[：:]"
    r"|主要预期目标是|主要目标[是为]"
)
# "2024年全县经济社会发展主要预期目标", "2025年济南市经济社会发展主要预期目标", "2025年天津市...的预期目标"
_STATED_YEAR = re.compile(r"(\d{4})年(?!远景)[,，]?[^，。,；;:：]{0,16}?(?:主要|预期)目标")
# "提出2024年工作目标", "下达2025年绍兴市国民经济和社会发展计划" (but not "2023年...计划执行情况")
_PLANNED_YEAR = re.compile(
    r"(\d{4})年(?!远景)[^，。,；;:：]{0,12}?(?:国民经济和社会发展计划|工作安排|工作目标|工作重点|重点工作|工作任务|目标任务)"
    r"(?!执行|完成)"
)
# A list's title line naming the year of its people's-livelihood projects: "海淀区2026年重要民生实事项目" (海淀区 2026,
# tests/data/extract-unseen-3), or the notice issuing it naming it: "现将《海淀区2026年重要民生实事项目》印发给你们";
# not a sentence reporting on them ("2025年度重点民生实事项目取得的实际成效").
_LIST_TITLE = re.compile(
    r"(?:^|《)[^\n，。,:：《》]{0,12}?(\d{4})年[^\n，。,:：《》\d]{0,8}?民生实事(?:项目)?(?:$|》)", re.M
)
# "解读二:2024年工作回顾(二)", "2023年国民经济和社会发展计划执行情况": the plan is for the year after.
REVIEWED_YEAR = re.compile(r"(\d{4})年[^，。,；;:：]{0,16}?(?:工作回顾|执行情况)")
# "——2025年1月10日在城口县第十八届人民代表大会第五次会议上": a report is delivered early in the year it plans.
_DELIVERED = re.compile(r"(\d{4})年[1-3]月\d{1,2}日在[^。，,]{0,30}?人民代表大会")
# "2025年四川将积极发展…", "2025年,我县将…": a news report of the report says what the year will bring; not a
# vision looked out to: "展望2035年，我们将建设…" (合肥市 2021,
# tests/data/extract-unseen-77/hefei-city-2021-fiveyear.txt).
_FUTURE_YEAR = re.compile(r"(?<![到至比较于望\d])(\d{4})年[，,]?[^，。,；;:：]{0,8}?将")
# A sentence whose topic is a past time: "2022年，全球经济…", "过去一年，…", "——2025年，…".
# A span up to now as the topic carries as far: "**五年来，西安综合实力迈上新台阶。**地区生产总值达到1.39万亿元"
# (西安市 2026, tests/data/extract-unseen-10/xian-city-2026-review.txt; ** is Markdown's bold).
# "——这五年，我们转型升级，…GDP年均增长5%" (黄石市's 十三五 review, tests/data/extract-unseen-25) too.
# So does a paragraph that names the span it tells (periods.THE_SPAN_NAMED: 这是…的五年).
_PAST_SPAN_TOPIC = re.compile(rf"[*—◆●■•·]*(?:(?:{SPANS_GONE_BY})[，,]|{THE_SPAN_NAMED})")
# So does the year just gone, named: "刚刚过去的2015年，面对错综复杂的国内外形势…全省生产总值比上年增长8%" (山东省
# 2016, tests/data/extract-unseen-86/shandong-province-2016.txt).
_PAST_TOPIC = re.compile(
    rf"[*—◆●■•·]*(?:(?:(?:刚刚)?过去的)?(?:\d{{4}}年|过去一年|过去的一年|去年|{SPANS_GONE_BY})[，,]|{THE_SPAN_NAMED})"
)
# What a sentence about the vote lists after it is what was chosen, the plan: "代表票决选出的十大民生实事项目
# 包括:“实施农村巷道硬化工程”、…“新建3所公办幼儿园”" (始兴县 2021,
# tests/data/extract-unseen-4/shixing-county-2021-minsheng.txt).
_CHOSEN = re.compile(r"(?:包括|分别是|分别为|如下)[：:]")
_HORIZON_WORDS = re.compile(r"(?:到|至)\d{4}年")
# The section that holds the goals for the coming five years, wherever the report states them.
FIVE_YEAR = "五年目标"


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of the text between commas: the unit recognisers read, with its place in the text."""

    start: int
    end: int
    section: str
    past: bool
    sentence_start: int
    due_year: int = 0  # a goal for the coming five years: the year it is due (2030); 0 for the year's own
    doubt: str = ""  # why a reviewer should look at what is drafted from it: a key of the catalogs (doubts.py)


@dataclass(frozen=True, slots=True)
class Layout:
    year: int
    year_source: str
    sections: tuple[tuple[str, str], ...]  # (key, heading) of each section, in the report's order
    clauses: tuple[Clause, ...]  # of the plan part, past sentences marked
    past_clauses: tuple[Clause, ...]  # of the review part and the plan part's past sentences


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    text: str


def _lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for line in text.split("\n"):
        if line:
            lines.append(_Line(offset, line))
        offset += len(line) + 1
    return lines


# The line over a list that names its year or period and ends in a colon: "2020年成就:", "“十四五”目标:",
# "2021年目标:" (陕西省 2021, tests/data/extract-unseen-4/shaanxi-province-2021-garbled.txt).
_LIST_LEAD = re.compile(
    r"^(?:\d{4}年|[“\"]?十[一二三四五六七八九]五[”\"]?)[^，,。；;：:\d]{0,8}?(?:成就|成绩|目标|任务)[：:]$"
)


# A year alone on its line, as a news report heads what it tells of each year: "2025年——" over the year's results,
# "2026年——" over its targets (咸阳市 2026, tests/data/extract-unseen-7/xianyang-city-2026.txt).
_YEAR_ALONE = re.compile(r"^\d{4}年(?:——|—|[：:])$")


def _is_part_heading(line: str) -> bool:
    """A heading of a whole part: 二、2024年工作安排, 第二部分, or a short standalone 2024年工作安排."""
    if (_PART.match(line) and looks_like_heading(line)) or _LIST_LEAD.match(line) or _YEAR_ALONE.match(line):
        return True
    # A heading names a part and states no figure; a line that does is a news headline (新疆 2026: "新疆2026年地区
    # 生产总值预期目标增长5.5%—6% 持续加力提振消费扩大有效投资", tests/data/extract-unseen-2).
    states_a_figure = re.search(r"\d", re.sub(r"\d{4}年", "", line)) is not None
    return (
        len(line) <= 40
        and not re.search(r"[。，,；]", line)
        and not states_a_figure
        and bool(_PLAN.search(line) or REVIEW.search(line))
    )


# Marks opening the items of a list: "●居民消费价格涨幅3%左右", "1.地区生产总值增长6%左右", "（3）…", "①…", "一是…".
BULLETS = "●•·■◆▲►★☆◇□○◎▪"
_LIST_ITEM = re.compile(rf"^(?:[{BULLETS}]|\d{{1,2}}[、.．](?!\d)|[（(]\d{{1,2}}[）)]|[①-⑳]|[{CN_DIGITS}]+是)")


# A news item's original title, which a reprint puts above its own: "原标题:新建改扩建学校9所 新建标准化食堂5所" (李沧区
# 2016, tests/data/extract-unseen-10/licang-district-2016-minsheng.txt).
_ORIGINAL_TITLE = re.compile(r"^(?:原标题|原题|标题)[:：]")


def _is_headline_text(line: str) -> bool:
    """A short line with no sentence punctuation."""
    line = _ORIGINAL_TITLE.sub("", line)
    return len(line) <= 40 and not re.search(r"[。，,；;！？!?：:]", line)


def _is_headline(line: str) -> bool:
    """A title line: short, with no sentence punctuation ("2024两会|2024年目标GDP增长5%"); not an item of a
    list, which states what it says as a line of its own ("●粮食产量保持在500亿斤以上")."""
    return _is_headline_text(line) and not _SECTION.match(line) and not _LIST_ITEM.match(line)


def _headline_only_states(line: _Line, text: str, year: int) -> bool:
    """Whether LINE, a headline, gives a target of the YEAR in a figure that the text after it never writes again
    ("新疆2026年地区生产总值预期目标增长5.5%—6%"; not "2024两会|2024年目标GDP增长5%" above "增长5%左右")."""
    stated = re.search(rf"{year}年[^，。]{{0,16}}?目标[^，。\d]{{0,6}}?(\d[\d.%—\-~至]*)", line.text)
    return stated is not None and text.find(stated.group(1), line.start + len(line.text)) < 0


def part_state(heading: str, year: int, state: str) -> str:
    """What a part heading opens: "review" (一、2023年工作回顾, 一、2023年主要工作), "plan" (二、2024年工作安排),
    "five" (二、“十五五”时期奋斗目标, 二、今后五年的奋斗目标), or, for any other heading (三、加强政府自身建设),
    more of the part it is in."""
    years = [int(found) for found in re.findall(r"(\d{4})年", heading)]
    if is_five_year_heading(heading, year):
        return "five"
    if reviews(heading):
        return "review"
    if _PLAN_HEADING.search(heading) or opens_the_plan(heading) or any(named >= year for named in years):
        return "plan"
    if years:
        return "review"
    return state


def find_year(text: str, year: int | None) -> tuple[int, str]:
    """The plan's year and where it came from, as "how:words": option:--year, heading:二、2024年工作安排,
    text:2024年全县经济社会发展主要预期目标, or review:一、2023年工作回顾 (the year after the one reviewed)."""
    if year is not None:
        return year, "option:--year"
    headings = [line.text for line in _lines(text) if _is_part_heading(line.text)]
    for heading in headings:
        match = _PLAN.search(heading)
        if match and match.group(1) and not REVIEW.search(heading):
            return int(match.group(1)), f"heading:{heading}"
    # A report is delivered in the year it plans: an earlier year's goals named in it are the review's ("2025年主要
    # 目标任务如期完成", 厦门市 2026, delivered "2026年1月22日在厦门市第十六届人民代表大会"), as are goals said met.
    delivered_line = _DELIVERED.search(text[:1000])
    delivered_in = int(delivered_line.group(1)) if delivered_line else 0
    for pattern in (_STATED_YEAR, _PLANNED_YEAR, _LIST_TITLE):
        for stated in pattern.finditer(text):
            if int(stated.group(1)) >= delivered_in and not goals_met(text[stated.end() :]):
                return int(stated.group(1)), f"text:{stated.group(0)}"
    for heading in headings:
        reviewed = re.search(r"(\d{4})年", heading)
        if reviewed and REVIEW.search(heading):
            return int(reviewed.group(1)) + 1, f"review:{heading}"
    reviewed_year = REVIEWED_YEAR.search(text)
    if reviewed_year:
        return int(reviewed_year.group(1)) + 1, f"review:{reviewed_year.group(0)}"
    delivered = _DELIVERED.search(text[:1000])
    if delivered:
        return int(delivered.group(1)), f"text:{delivered.group(0)}"
    future = _FUTURE_YEAR.search(text)
    if future:
        return int(future.group(1)), f"text:{future.group(0)}"
    raise UsageError("extract.no_year")


_PAGE_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}")


def _review_before_the_goals(line: _Line, year: int) -> tuple[_Line, _Line]:
    """LINE cut where its first sentence looking to the coming years begins: (the review before, the rest)."""
    for sentence in SENTENCE.finditer(line.text):
        if looks_forward(sentence.group(), year) or presents_the_outline(sentence.group(), year):
            at = sentence.start()
            return _Line(line.start, line.text[:at]), _Line(line.start + at, line.text[at:])
    return line, _Line(line.start + len(line.text), "")


def _targets_heading(paragraph: str) -> str:
    """The words that announce a main-targets paragraph: 今年经济社会发展主要预期目标."""
    for clause in re.split(r"[，。：:,]", paragraph):
        if _TARGETS_PARAGRAPH.search(clause):
            return re.sub(r"(?:是|为)$", "", clause)
    return "主要预期目标"


# A time of a sentence's own: a year, a plan's name, a span (今后五年, 年内).
_NAMES_A_TIME = re.compile(r"\d{4}年|十[一二三四五六七八九]五|五年|今年|明年|年内|年底")


def _clauses(
    line: _Line, section: str, state: str, plans: bool, year: int, heading: str = ""
) -> tuple[list[Clause], list[Clause]]:
    """The clauses of one paragraph: (those of the plan, those about the past). A sentence about the coming
    five years, or any in a part that sets them (state "five"), goes to the section of five-year goals, due
    when its words (or the part's HEADING) say."""
    plan: list[Clause] = []
    past: list[Clause] = []
    carried_past = False
    # A paragraph whose topic is the span just ended ("——这五年，我们…") is the review of it to its end: a word of a
    # plan inside it is a noun ("有行动计划", 曲靖市's review of the 十三五, tests/data/extract-unseen-25/
    # qujing-city-2020-fiveyear-review.txt), and its 年均增长 the past five years' rate. Only the coming years or
    # the plan's year named turn it.
    reviews_a_span = _PAST_SPAN_TOPIC.match(line.text) is not None
    paragraph_horizon: int | None = None
    for index, sentence in enumerate(SENTENCE.finditer(line.text)):
        is_past = not plans or speaks_of_the_past(sentence.group(), year)
        # What a sentence says about the past goes on in the sentences after it until one speaks of the plan
        # again: anywhere in open text (a news report of the report), and in a plan part where the paragraph
        # opens with a past year as its topic ("2022年，全球经济…。全年地区生产总值增长4.5%"), as a plan's own
        # review does; not where a past year is only mentioned ("2022年建成的园区要提质。新建…").
        words = sentence.group()
        forward = f"{year}年" in words or looks_forward(words, year)
        mentions_plan = forward or (INTENT.search(words) and not reviews_a_span)
        is_past = is_past or (carried_past and not mentions_plan)
        opens_past = index == 0 and (
            _PAST_TOPIC.match(sentence.group()) is not None or opens_on_the_last_period(sentence.group(), year)
        )
        # A sentence about the meeting that names what the year will do ("大会公布了2025年墨江县将完成的十件惠民实事",
        # tests/data/extract-unseen-21/mojiang-county-2025-minsheng.txt) announces the plan: what follows is not past.
        carried_past = (
            is_past
            and not (mentions_plan and PROCEDURE.search(words))
            and (state == "open" or opens_past or carried_past)
        )
        sentence_start = line.start + sentence.start()
        # A horizon in a clause is that clause's (…今年创建A级景区村庄20个，到2025年A级景区村庄覆盖率达到50%);
        # one that opens the sentence is every clause's (到2030年，…; 今后五年，…); in a part that sets the five
        # years' goals every sentence is one; else the period the words or the part's heading name.
        opening = re.match(r"[^，,：:]*", sentence.group())
        opening_text = opening.group(0) if opening else ""
        opening_year = horizon(opening_text, year)
        # A horizon that opens a paragraph is its sentences' after it, when they name no time of their own:
        # "2035年远景目标是：…基本建成“六个焦作”。在富裕焦作建设上，经济总量迈上5000亿元新台阶" (焦作市 2021,
        # tests/data/extract-unseen-38/jiaozuo-city-2021-fiveyear.txt).
        # So is a span that opens it alone: "——今后五年，我们要…全面推进乡村振兴。…城镇化率提高到55%" (文山州 2021,
        # tests/data/extract-unseen-45/wenshan-prefecture-2021-fiveyear-tasks.txt).
        if index == 0:
            bare_span = len(opening_text) <= 12 and not re.search(r"\d", opening_text)
            paragraph_horizon = opening_year or (
                due_year(heading + opening_text, year)
                if bare_span and speaks_of_the_period(opening_text, year)
                else None
            )
        elif paragraph_horizon and opening_year and re.fullmatch(r"[到至]\d{4}年底?", opening_text):
            # A later sentence that opens on a horizon of its own times the ones after it: "到2035年，建成…。到2025年，
            # …基本建成。综合实力实现新跨越，地区生产总值年均增长7%" (济南市 2021,
            # tests/data/extract-unseen-81/jinan-city-2021-fiveyear.txt).
            paragraph_horizon = opening_year
        elif paragraph_horizon and not opening_year and not _NAMES_A_TIME.search(words):
            opening_year = paragraph_horizon
        five_year_sentence = (
            state == "five"
            or speaks_of_the_period(opening_text, year)
            or mostly_the_period(words, year)
            or opening_year is not None
        )
        sentence_due = opening_year or due_year(heading + _HORIZON_WORDS.sub("", sentence.group()), year)
        # "2024年全县地区生产总值增长6%,2025年将力争增长7%左右": from the clause that names the plan's year,
        # a sentence speaks of the plan.
        turns = re.compile(rf"(?:而|并|同时|预计)?{year}年(?!以前|之前)")
        chosen = _CHOSEN.search(sentence.group())
        chosen_from = (
            chosen.end()
            if is_past
            and plans
            and chosen
            and PROCEDURE.search(sentence.group()[: chosen.start()])
            and not speaks_of_the_past(sentence.group()[chosen.end() :], year)
            else -1
        )
        clause_horizon = 0
        for clause in CLAUSE.finditer(sentence.group()):
            five_year = five_year_sentence or speaks_of_the_period(clause.group(), year)
            # A horizon that opens a clause times the clauses after it in the sentence that name no time of their own:
            # "到2030年共启动10个左右市级科技重大专项，实施50个左右重大专项子项目" (南昌市 2026,
            # tests/data/extract-unseen-52/nanchang-city-2026-glossary.txt).
            if clause_horizon and not five_year and not _NAMES_A_TIME.search(clause.group()):
                five_year = True
            # "力争2024年江津班列到发量占全市50%" among a 2023 term's goals: a clause naming a later year is due then.
            due = (
                (horizon(clause.group(), year) or named_year(clause.group(), year) or clause_horizon or sentence_due)
                if five_year
                else 0
            )
            if re.match(r"\s*(?:到|至)\d{4}年", clause.group()) and not _NAMES_A_TIME.search(
                opening_text if clause.start() else ""
            ):
                clause_horizon = horizon(clause.group(), year) or 0
            # Outside a part that sets the five years' goals, only its words say a clause is one of them.
            doubt = "doubt.goal by its words" if due and state != "five" else ""
            # "报告指出,“十五五”期间,全区GDP力争突破1000亿元" (鄂城区 2026): a clause that only names the period sets
            # the time of the clauses after it, as one that opens the sentence does.
            # So does a clause that only names a time inside the period's goals: "…分“两步走”：第一步，到2023年，…地区
            # 生产总值超过1000亿元…；第二步，到“十四五”期末，…" (防城港市 2021,
            # tests/data/extract-unseen-33/fangchenggang-city-2021-fiveyear.txt).
            time_only = not re.search(r"\d", _HORIZON_WORDS.sub("", clause.group()))
            if (
                (not five_year_sentence or time_only)
                and len(clause.group()) <= 12
                and speaks_of_the_period(clause.group(), year)
            ):
                five_year_sentence = True
                sentence_due = horizon(clause.group(), year) or due_year(heading + clause.group(), year)
            if is_past and plans and clause.start() > 0 and turns.match(clause.group()):
                is_past = carried_past = False
            if 0 <= chosen_from <= clause.start():
                is_past = carried_past = False
            start = sentence_start + clause.start()
            item = Clause(
                start, start + len(clause.group()), FIVE_YEAR if due else section, is_past, sentence_start, due, doubt
            )
            (past if is_past else plan).append(item)
    return plan, past


def lay_out(text: str, year: int | None) -> Layout:
    """Find the year, the plan part and its sections, and cut both parts into clauses."""
    plan_year, source = find_year(text, year)
    lines = _lines(text)
    # A part is "plan" or "review" when its heading says so; text under no such heading (a passage
    # without headings, the opening of a news report) is "open": read sentence by sentence.
    state = "open"
    # A text that names the coming five-year plan and never the plan's year (no 2026年, no 今年) is about the plan's
    # goals: the 2026 national report on the draft 十五五 outline (tests/data/extract-unseen).
    # So is a text cut from a plan outline, in chapters and sections (periods.is_an_outline).
    # Only in the period's first year is its plan the coming one: a 2025 report names the 十四五 it closes
    # ("2024年是实现“十四五”规划目标任务的关键一年", 安顺市 2025, tests/data/extract-unseen-28).
    # Nor does a text that opens on the past name the coming plan as its topic: "刚刚过去的一年，…南驻阜高铁列入
    # 省“十四五”规划" (驻马店市's review of 2020, tests/data/extract-unseen-33/zhumadian-city-2021-review.txt).
    opens = plan_year == period(plan_year)[0]
    first = next((line.text for line in lines if line.text.strip()), "")
    opening = SENTENCE.match(first)
    opens_on_the_past = opening is not None and speaks_of_the_past(opening.group(), plan_year)
    outline = is_an_outline(text)
    coming = (opens and not opens_on_the_past and names_the_coming_plan(text, plan_year)) or outline
    names_the_year = re.search(rf"{plan_year}年|今年|明年|新的一年", text) is not None
    if coming and not names_the_year:
        state = "five"
    part_key, part_heading = "全文", ""
    # A text that never names the plan's year and names one later horizon again and again (到2026年, …到2026年) is
    # about that horizon, its figures without a time of their own too: the tasks of a term's goals, "…全力推动…进出口
    # 实绩企业达1000家以上。…到2026年，力争市场主体数达35万户" (宣城市 2022,
    # tests/data/extract-unseen-49/xuancheng-city-2022-fiveyear-tasks.txt).
    horizons = [int(named) for named in re.findall(r"(?:到|至)(\d{4})年", text) if int(named) > plan_year]
    if state == "open" and not names_the_year and len(horizons) >= 2 and len(set(horizons)) == 1:
        state, part_heading = "five", f"到{horizons[0]}年"
    opened_by_prose = False
    carried = False
    # A part headed with the last period's results and the coming one's goals ("二、“十四五”发展成就和“十五五”主要
    # 目标任务", 西安市 2026, tests/data/extract-unseen-10/xian-city-2026-review.txt) reviews until a sentence looks
    # forward: the heading names the goals, but a paragraph of results is no plan for naming them.
    reviewing = False
    section: tuple[str, str] | None = None
    sections: list[tuple[str, str]] = []
    used: set[str] = set()
    clauses: list[Clause] = []
    past: list[Clause] = []
    # Each run of paragraphs read as open text: (its paragraphs, the plan's clauses drawn from them).
    open_runs: list[tuple[list[tuple[str, bool]], list[Clause]]] = []
    in_open = False
    # A title stands alone; short lines one after another with no punctuation are a list's items ("2023年预期目标", …).
    titled = [not _is_part_heading(line.text) and _is_headline(line.text) for line in lines]
    # A line right under an item's own heading ("一是突出推动高质量发展", 2026 national report in
    # tests/data/extract-unseen) is what the item says, not a title.
    headed = [
        index > 0 and _LIST_ITEM.match(lines[index - 1].text) is not None and _is_headline_text(lines[index - 1].text)
        for index in range(len(lines))
    ]
    listed = {
        index
        for index, title in enumerate(titled)
        if title
        and ((index > 0 and titled[index - 1]) or (index + 1 < len(titled) and titled[index + 1]) or headed[index])
    }
    outline_state = state if outline else ""  # each unit of an outline is the plan's (unit_state)
    for index, line in enumerate(lines):
        state = (unit_state(line.text, outline_state) if outline_state else None) or state
        # A title that names the coming plan's goals opens their part, numbered or not: "锚定“十五五”时期主要目标"
        # (鄂城区 2026, a news report's subheading; tests/data/extract-unseen-2).
        if _is_part_heading(line.text) or (titled[index] and is_five_year_heading(line.text, plan_year)):
            # A heading may share its line with the first sentence under it, as the items of a list of
            # people's-livelihood projects do: "二、农村公路提档升级项目。新建、改建农村公路100公里。"
            # (https://m.bkrmw.net/detail/156628). The heading opens the part; the sentence is read.
            head, _, rest = line.text.partition("。")
            body = len(head) + 1
            marker = _PART.match(head)
            # A heading names a part and ends with no full stop; a number that opens one whole sentence is an
            # item of a list, named by its first clause: "二、完成玉泉中学改扩建项目,新增学位1800个。" (秦州区
            # 2026, tests/data/extract-unseen/qinzhou-district-2026-minsheng.txt).
            if marker and not rest and line.text.endswith("。") and re.search(r"[，,]|\d", head):
                body = marker.end()
                rest = line.text[body:]
                head = re.split(r"[，,]", head)[0]
            before = state
            state = part_state(head, plan_year, state)
            # A heading that names neither a year nor a review carries the review on; its first paragraph may say
            # otherwise (see below).
            carried = state == before == "review" and not reviews(head)
            reviewing = state == "five" and reviews(head)
            # A list after the plan may number its items 一、二、 again: a key in use is the whole heading.
            part_key = marker.group(0) if marker and marker.group(0) not in used else head
            cut = len(marker.group(0)) if marker else 0  # an unnumbered heading of the five years names them too
            part_heading = re.split(r"[；;]", head[cut:])[0] if marker or state == "five" else ""
            section = None
            if not rest:
                continue
            line = _Line(line.start + body, rest)
        if state == "five" and reviewing:
            review, line = _review_before_the_goals(line, plan_year)
            reviewing = not line.text
            past.extend(_clauses(review, FIVE_YEAR, "review", False, plan_year)[1] if review.text else ())
            if not line.text:
                continue
        # In open text (an interview, a news report) a sentence that announces the coming five years' goals opens their
        # part as a heading would: "我们对今后五年的发展提出了细化量化、可观可感的具体目标。总体来说,要实现…"
        # (江津区 2023, tests/data/extract-unseen-3/jiangjin-district-2023-fiveyear.txt). A paragraph that names the
        # plan's own year (今年, 2026年) closes it.
        announced = announces_the_period(line.text, plan_year) if state in ("open", "five") else None
        if state == "open" and not announced:
            announced = lists_the_period_goals(line.text, plan_year)
        if state == "open" and announced:
            state, part_heading, opened_by_prose = "five", announced, True
        elif state == "five" and opened_by_prose and re.search(rf"{plan_year}年|今年|明年", line.text):
            state, part_heading, opened_by_prose = "open", "", False
        elif state == "five" and opens_the_year(line.text, plan_year):
            state, part_heading = "plan", ""
        elif carried and opens_the_year(line.text, plan_year):
            # "三、乘势而上…" then "今年是“十五五”开局之年。做好今年工作…" (厦门市 2026): the year's plan.
            state = "plan"
        elif carried and opens_on_the_coming_plan(line.text, plan_year):
            # "二、探索试验、探路先行…" then "“十五五”时期是…关键时期" (厦门市 2026): the coming period's goals.
            state, part_heading = "five", head
        carried = False
        # A web page's stamp ("2025-07-07 21:36:41 8次": when it was posted, how often read) counts nothing.
        if _PAGE_STAMP.match(line.text):
            continue
        # A title restates what the text below says, and commits to nothing itself; but a news headline may give the
        # plan's target that its article, often a review, never states again: "新疆2026年地区生产总值预期目标增长
        # 5.5%—6%" (新疆 2026, tests/data/extract-unseen-2).
        if titled[index] and index not in listed and not _headline_only_states(line, text, plan_year):
            continue
        part_is_plan = state != "review"
        key_match = _SECTION.match(line.text) if state in ("plan", "open") else None
        paragraph_section = section
        if state == "five":
            # The goals of the coming five years are one section, whatever its headings divide them into.
            paragraph_section = (FIVE_YEAR, part_heading or FIVE_YEAR)
        elif key_match:
            key = f"（{key_match.group(1)}）"
            if key in used:
                # The part's heading tells it apart, as written but for emphasis marks (**…** in a Markdown copy); a
                # heading that comes twice (内蒙古 2026 numbers the tasks of its five-year and yearly parts alike)
                # is counted.
                base, again = f"{re.sub(r'[*_#]', '', part_key)}{key}", 1
                key = base
                while key in used:
                    again += 1
                    key = f"{base}{again}"
            heading = re.split(r"[。；;]", line.text[key_match.end() :], maxsplit=1)[0].strip()
            section = (key, heading)
            paragraph_section = section
            used.add(key)
            sections.append(section)
        elif state != "five" and part_is_plan and _TARGETS_PARAGRAPH.search(line.text) and "主要预期目标" not in used:
            paragraph_section = ("主要预期目标", _targets_heading(line.text))
            used.add("主要预期目标")
            sections.append(paragraph_section)
        # "今年经济社会发展主要预期目标是：..." plans the year even where it closes the part before the plan.
        states_targets = (
            not part_is_plan
            and _TARGETS_PARAGRAPH.search(line.text) is not None
            and re.search(rf"今年|{plan_year}年", line.text) is not None
            and "主要预期目标" not in used
            and not speaks_of_the_past(line.text.split("目标")[0], plan_year)
        )
        if states_targets:
            paragraph_section = ("主要预期目标", _targets_heading(line.text))
            used.add("主要预期目标")
            sections.append(paragraph_section)
        if paragraph_section is None:
            paragraph_section = (part_key, part_heading)
        plan_part, past_part = _clauses(
            line, paragraph_section[0], state, part_is_plan or states_targets, plan_year, part_heading
        )
        if opened_by_prose:
            # A sentence, not a heading, said these are the coming years' goals: the reviewer checks where they end.
            why = "doubt.goal announced"
            plan_part = [replace(clause, doubt=why) if clause.due_year else clause for clause in plan_part]
        clauses.extend(plan_part)
        past.extend(past_part)
        if state == "open":
            if not in_open:
                open_runs.append(([], []))
            open_runs[-1][0].append((line.text, bool(plan_part)))
            open_runs[-1][1].extend(plan_part)
        in_open = state == "open"
        for clause in plan_part:
            if clause.section not in used:
                heading = paragraph_section[1] if clause.section == paragraph_section[0] else FIVE_YEAR
                used.add(clause.section)
                sections.append((clause.section, heading))
    # Open text that only tells how the work went is a review, however plan-like each clause (see results.py).
    reviewed = {clause.start for paragraphs, run in open_runs if run and reports_results(paragraphs) for clause in run}
    if reviewed:
        past = sorted([*past, *(replace(c, past=True) for c in clauses if c.start in reviewed)], key=lambda c: c.start)
        clauses = [clause for clause in clauses if clause.start not in reviewed]
    return Layout(plan_year, source, tuple(sections), tuple(clauses), tuple(past))
