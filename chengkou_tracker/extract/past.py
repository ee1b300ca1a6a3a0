"""Whether a sentence speaks of the past: an earlier year, 过去一年, an estimate of the year just ended, the session
the report is given at, the part of the year gone by; what `layout` reads as review, not plan."""

from __future__ import annotations

import re

from chengkou_tracker.extract.periods import MONTHS_DASH, SPANS_GONE_BY, THE_SPAN_NAMED, about_the_last_period
from chengkou_tracker.extract.results import AGAINST_THE_PLAN, states_intent

# A sentence about the past: it names an earlier year (not 到2025年 or 比2023年), or says 过去一年/去年.
# A past year as the point of comparison (比2020年, 与2024年持平, 在2024年基础上) is no sentence about the past.
# Nor is a past year's level a goal is to reach: "…6个关键短板指标均提高10个百分点以上，努力达到全国2020年平均水平"
# (楚雄州 2021, tests/data/extract-unseen-45/chuxiong-prefecture-2021-fiveyear.txt).
# A past year right after the verb, before a count or a carried-over kind, only says when the work's objects date from:
# "完工2024年9个续建老旧小区改造项目" (璧山区 2025, tests/data/extract-unseen-5/bishan-district-2025-minsheng.txt).
_YEAR_MENTION = re.compile(
    r"(?<![到至比较于与同])(?<!完成|完工|建成|推进|实施|推动|做好|收尾)(\d{4})年(?!前|以前|底前|之前|的?基础上|相比|的?(?:平均)?水平)"
    r"|(?<=完成|完工|建成|推进|实施|推动|做好|收尾)(\d{4})年(?!度?(?:\d|续建|结转|遗留|未完))"
)
# A sentence that opens with 预计 gives the estimated outcome of the year under review (预计全年地区生产总值
# 增长7%; plans say 预期), unless it says when in the plan's year something is expected (预计6月完工).
_PAST_WORDS = re.compile(
    rf"过去一年|过去的一年|{SPANS_GONE_BY}|这几年|(?<![比较与同])去年|(?<![比较与同])上年(?!度)|[近多]年来|刚刚过去|这一年|回顾"
    rf"|今年以来|年初以来|{THE_SPAN_NAMED}"
    r"|^预计(?![^，,。]{0,8}(?:\d{1,2}月|年底|年内|上半年|下半年))"
    # What a text shows is what was done, and an estimate it shows is the year's outcome: "赣榆区2025年工作报告显示,该区
    # 预计实现地区生产总值800亿元以上" (赣榆区 2025, tests/data/extract-unseen-3/ganyu-district-2025-commentary.txt).
    r"|显示[，,][^，,。]{0,6}预计"
    # What already is: "目前,全县已建成151个社区日间照料中心" (鄢陵县 2026, tests/data/extract-unseen); not 已建成的
    # (a name for what the plan works on: 已建成的园区要提质).
    # A record reached by past effort: "经过不懈努力,广东经济总量连续37年居全国首位" (广东省 2026).
    r"|^经过[^，,。]{0,6}努力|连续\d+年(?:居|位居|位列|获评|保持全国|全国第)"
    # Marks crossed one after another: "经济总量连跨5万亿元、6万亿元两个台阶" (福建省's 十四五 review, 2026,
    # tests/data/extract-unseen-126/fujian-province-2026-review.txt).
    r"|连跨[^，,。；;]{0,20}台阶"
    r"|^目前[，,]|已经?(?:建成|完成|实现|达到|累计|覆盖|建有)\d"
    # An outcome measured against the plan: "完成投资5.04亿元,比年度计划高20.3个百分点" (万州区 2025).
    rf"|{AGAINST_THE_PLAN}"
)

# A sentence about the meeting the report is given at, not about the year: "在1月10日经若羌县第十八届人民代表大会
# 第七次会议票决产生10件" (https://www.jingjiribao.cn/static/detail.jsp?id=634255).
# Its attendance: "本次大会应到人大代表302人,实到293人,符合法定开会人数" (长沙县 2026, tests/data/extract-unseen).
# How the list was chosen: "从13项候选项目中选出10项" (京口区 2026, tests/data/extract-unseen-2).
# Any body's congress and its vote: "双龙湖街道第一届议事代表大会第三次会议召开。来自…的46名议事代表齐聚一堂,
# …投票选出2025年六大重点民生实事项目" (双龙湖街道 2025,
# tests/data/extract-unseen-4/shuanglonghu-street-2025-minsheng.txt).
# Who speaks at a press event: "来自县发展改革委…的7位发言人" (丰都县 2026, tests/data/extract-unseen-4).
# Or worded 应出席…实际出席…符合法定人数 (镇康县's news of its 2026 session,
# tests/data/extract-unseen-63/zhenkang-county-2026-review-news.txt).
PROCEDURE = re.compile(
    r"代表大会|票决|投票选出|候选|发言人|应到[^，,。\d]{0,6}\d|实到\d|法定开会人数"
    r"|应出席[^，,。\d]{0,6}\d|实际出席[^，,。\d]{0,6}\d|法定人数"
)

# What a commentary says of the report as a text: "报告将“以人民为中心”的发展思想贯穿始终,无论是84%的高比例民生支出安排,
# 还是…" (茂名市 2026, tests/data/extract-unseen-2); not what the report says (报告指出,“十五五”期间,…).
_ABOUT_THE_REPORT = re.compile(r"^(?:报告|通篇)[^，,。]{0,30}?(?:贯穿|呈现|体现|彰显|延续|篇幅)")

_THIS_YEAR = re.compile(r"今年(?!以来)|明年|新的一年|力争")
# A count told done, a verb of work and perfective 了 before it: "我们规划储备了1500余个重大项目，总投资超过2万亿元"
# (遂宁市 2021, among its 十四五 goals, tests/data/extract-unseen-36/suining-city-2021-fiveyear.txt). Not what a plan
# sets out (设置了29项主要指标, 北京市 2026).
_DONE_WITH_LE = re.compile(
    r"(?:储备|建成|完成|实施|新增|引进|培育|改造|新建|落地|开工|竣工|投产|签约|争取|解决|创建|获批)了"
    r"[^，,。；;\d]{0,10}(?!\d{4}年)\d"
)

# A sentence whose topic is the part of the year gone by tells what was: "一季度,全区完成固定资产投资25.36亿元,同比增长
# 16.3%,…高于预期目标4.3个百分点,…实现了首季“开门红”" (红寺堡区's first-quarter report,
# tests/data/extract-unseen-21/hongsibu-district-2025-q1-progress.txt); unless it states an intent (力争一季度…增长6%;
# results.states_intent, for which a goal measured against, 高于预期目标, is none). 同比 alone is no sign: a plan sets
# "营业收入同比增长10%" (济南市 2026).
_TO_DATE = re.compile(rf"^(?:今年)?(?:一季度|上半年|前三季度|\d{{1,2}}{MONTHS_DASH}\d{{1,2}}月份?)[，,]")


def speaks_of_the_past(sentence: str, year: int) -> bool:
    """Whether SENTENCE, in a report planning YEAR, speaks of the past (see the tables above)."""
    if _TO_DATE.search(sentence) and not states_intent(sentence):
        return True
    mention = _YEAR_MENTION.search(sentence)
    if mention and int(mention.group(1) or mention.group(2)) < year:
        return True
    # "巩固“十四五”成果，今年新建农村公路100公里" names the last plan but speaks of this year.
    if about_the_last_period(sentence, year) and not _THIS_YEAR.search(sentence):
        return True
    if PROCEDURE.search(sentence) or _ABOUT_THE_REPORT.match(sentence):
        return True
    if _DONE_WITH_LE.search(sentence) and not states_intent(sentence):
        return True
    return bool(_PAST_WORDS.search(sentence.lstrip("—◆●■•·")))
