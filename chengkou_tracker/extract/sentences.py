"""Sentences and clauses, and the paragraphs of open text that open or close the coming period's goals: a
sentence that announces them (今后五年…目标), a list whose figures are mostly the period's (年均增长), a paragraph
that opens on the plan's own year (今年是“十五五”开局之年)."""

from __future__ import annotations

import re

from chengkou_tracker.extract.periods import COMING_FIVE_YEARS, announces_goals, period_name, speaks_of_the_period

SENTENCE = re.compile(r"[^。！？；;!?\n]+[。！？；;!?]?")
# Commas end clauses, except inside a number written 1,500; a colon does, except between the terms of a ratio
# ("比例达到2.4:1以上", 昌吉州 2021, tests/data/extract-unseen-33/changji-prefecture-2021-fiveyear.txt).
CLAUSE = re.compile(r"(?:[^，：:,|]|(?<=\d),(?=\d{3})|(?<=\d)[:：](?=\d)|[，,](?=(?:分别)?达到\d))+")


def announces_the_period(paragraph: str, year: int) -> str | None:
    """The sentence of PARAGRAPH that announces the goals of the coming five years, if one does."""
    sentences = re.split(r"[。！？；;]", paragraph)
    for sentence in sentences:
        # Or the requirements set for them: "今后五年政府工作的总体要求：坚持…" (吴忠市 2022,
        # tests/data/extract-unseen-49/wuzhong-city-2022-fiveyear.txt).
        if re.search(COMING_FIVE_YEARS, sentence) and re.search(r"目标|任务|要求|思路|突破", sentence):
            return sentence
        # Or the span named as the stage it is: "今后五年，是淮南实现转型发展的决战决胜阶段" (淮南市 2022,
        # tests/data/extract-unseen-110/huainan-city-2022-fiveyear.txt).
        if re.match(rf"\s*{COMING_FIVE_YEARS}[，,]?是[^，,]*(?:阶段|时期|五年)", sentence):
            return sentence
    # The span as the paragraph's topic, and its goals announced in a later sentence: "未來五年,同安區將建設…新城區。
    # 經濟社會發展主要目標是,地區生產總值達1220億元,年均增長6.5%…" (同安区 2026,
    # tests/data/extract-unseen-11/tongan-district-2026-fiveyear-glossed.txt).
    if re.match(rf"\s*{COMING_FIVE_YEARS}[，,]", sentences[0]) and any(announces_goals(s) for s in sentences[1:]):
        return sentences[0]
    # A lead of its own, the span as its topic and no figure, over the paragraphs of the period's tasks: "今后五年，
    # 我们要努力实现“五大新突破”。" and then "（一）着力在构建现代产业体系上实现新突破。…重点发展商品蔬菜基地200万亩"
    # (毕节市 2021, tests/data/extract-unseen-29/bijie-city-2021-fiveyear.txt).
    lead = [sentence for sentence in sentences if sentence.strip()]
    if len(lead) == 1 and re.match(rf"\s*{COMING_FIVE_YEARS}[，,]", lead[0]) and not re.search(r"\d", lead[0]):
        return lead[0]
    return None


def lists_the_period_goals(paragraph: str, year: int) -> str | None:
    """The lead of PARAGRAPH when it lists goals (主要预期目标是, 提出以下指标) most of whose figures are the period's,
    and never names the plan's year: "提出以下指标：经济方面，…地区生产总值年均增长7%，地方财政收入年均增长5%…。…林木
    覆盖率达到31%" (四平市 2021, tests/data/extract-unseen-27/siping-city-2021-fiveyear.txt). Its other figures, and
    the tasks that follow it to reach "上述目标" (酒泉市 2021,
    tests/data/extract-unseen-26/jiuquan-city-2021-fiveyear.txt), are the period's too, until a paragraph names the
    plan's year."""
    if re.search(rf"{year}年|今年|明年", paragraph):
        return None
    first = re.search(r"\d", paragraph)
    lead = paragraph[: first.start()] if first else ""
    if not re.search(r"目标|指标", lead):
        return None
    goals = next((s for s in SENTENCE.findall(paragraph) if re.search(r"\d", s)), "")
    return lead if mostly_the_period(goals, year) else None


# Words of a review part's heading: "一、2025年工作回顾", "过去五年的主要成绩", "（一）产业转型取得新成效".
REVIEW = re.compile(
    r"回顾|执行情况|完成情况|主要成绩|工作总结|过去一年|过去的?五年|成绩|成效|取得的|成就|回望|盘点|答卷"
)
# Results wished for are a task of the plan: "六、…推动“百千万工程”取得新的更大成效" (东莞市 2026),
# "（五）加快释放改革开放成效" (天津市 2026).
_WISHED = re.compile(r"(?:(?:更大|更好|更多)的?|(?:释放|放大|提升|增强)[^，。；\d]{0,6}?)(?:成绩|成效|成就)")


def reviews(heading: str) -> bool:
    """Whether HEADING names a review (REVIEW), not results the plan wishes for."""
    return REVIEW.search(_WISHED.sub("", heading)) is not None


def opens_the_year(paragraph: str, year: int) -> bool:
    """A paragraph that opens on the plan's own year, after the coming five years' goals: "各位代表，今年是“十五五”
    开局之年" (大连市 2026, tests/data/extract-unseen-8/dalian-city-2026-fiveyear.txt, under 二、“十五五”时期主要目标和
    2026年工作安排), "2026年是“十五五”开局之年,泉州经济社会发展主要预期目标为" (泉州市 2026). What follows is the
    year's plan, not the period's."""
    opening = re.match(r"\s*(?:各位代表[，,！!：:]?)?([^。！？；;!?]*)", paragraph)
    first = opening.group(1) if opening else ""
    if re.match(rf"(?:{year}年|今年)(?!以来)", first) is not None and not speaks_of_the_period(first, year):
        return True
    # Or one that gives the year's targets or its work's requirements: "根据市委…部署，今年主要预期目标是：" after
    # "看五年，想三年，干一年" (太原市 2026, under 二、“十五五”时期目标任务和2026年工作安排).
    the_years = re.search(rf"(?:{year}年|今年|全年)[^。，；]{{0,12}}?(?:主要预期目标|工作的?总体要求)", paragraph)
    return the_years is not None


def mostly_the_period(sentence: str, year: int) -> bool:
    """A list of goals most of whose figures are the period's is the period's list: "主要预期目标是:地区生产总值年均增长
    7%以上,固定资产投资年均增长8%以上,…城镇调查失业率控制在5.5%以内" (酒泉市 2021, tests/data/extract-unseen-26/
    jiuquan-city-2021-fiveyear.txt): its 5.5% is the five years' bound too."""
    figured = [clause for clause in CLAUSE.findall(sentence) if re.search(r"\d", clause)]
    spanned = sum(1 for clause in figured if speaks_of_the_period(clause, year))
    return spanned >= 2 and 2 * spanned > len(figured)


def opens_on_the_last_period(sentence: str, year: int) -> bool:
    """A sentence whose topic is the period just ended: "“十四五”时期，全县地区生产总值由120亿元增加到182.5亿元"
    (云溪县 2026, tests/data/extract/yunxi-county-2026.txt); what follows in its paragraph is more of the same."""
    last = period_name(year - 5)
    if not last:
        return False
    # Or a numbered item that heads it: "(1)“十四五”时期江海取得的发展成就。" (江海区's 十五五 proposal,
    # tests/data/extract-unseen-34/jianghai-district-2026-fiveyear-review.txt).
    numbered = r"(?:[（(][\d一二三四五六七八九十]+[)）])?"
    topic = re.match(rf"[*—◆●■•·]*{numbered}[“\"]?{last}[”\"]?(?:时期|期间|以来)?", sentence)
    rest = sentence[topic.end() :] if topic else ""
    return topic is not None and (rest[:1] in "，," or re.search(r"成就|成绩|成效|回顾", rest) is not None)


def named_year(clause: str, year: int) -> int | None:
    """A year after YEAR that CLAUSE names as its own time (力争2024年), not as a point of comparison."""
    named = [int(found) for found in re.findall(r"(?<![比较于与同\d])(\d{4})年(?!前|以前|之前|的?基础上|相比)", clause)]
    return next((found for found in named if found > year), None)
