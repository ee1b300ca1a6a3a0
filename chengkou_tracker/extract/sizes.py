"""Whether a figure only sizes what follows it (10万平方米的中小企业生态家园, 8万千瓦光伏, 年产100万吨的), and so is no
target of its own; and the words around a figure that make it one after all (a threshold passed, a bound put on it,
the work named at the clause's end)."""

from __future__ import annotations

import re

from chengkou_tracker.extract.figures import MARKS_PASSED, Figure
from chengkou_tracker.extract.uncounted import ACTION, WORK_AFTER_DUI, is_cjk, solves_for
from chengkou_tracker.extract.worked import FLOOR_BEFORE, construction_carried_on, measures_the_work, planned_money

# What separates the items of a list and the clauses of a sentence.
SEPARATORS = "、和及与或以及，,；;"


def work_named_after(after: str) -> str:
    """The work a measure before it is the size of, named at the clause's end ("“四好农村路”提档升级"), else "".

    A bracket at the end says what the work includes: "实施80万平方米各类旧住房修缮改造(包括屋面翻修…)" (静安区 2025,
    tests/data/extract-unseen-3/jingan-district-2025-minsheng.txt)."""
    work = re.sub(r"[（(][^（()）]*[)）][。；;]?$", "", after)
    # Planting too: "实现大棚蔬菜700亩、时令蔬菜700亩种植" (旌德县 2015, tests/data/extract-unseen-13); and a red line
    # held: "严守18亿亩耕地红线" (the 2021 national outline, tests/data/extract-unseen-94).
    named = re.search(
        r"(?:提档升级|提质升级|改造|改扩建|硬化|维修|整治|修复|治理|种植|栽植|造林|复垦|红线)[。；;]?$", work
    )
    return work.rstrip("。；;") if named else ""


# A threshold a total passes, named after the figure: "规上工业总产值迈上5万亿元台阶" (苏州市 2026,
# tests/data/extract-unseen-6/suzhou-city-2026-news.txt), "突破千亿大关".
# Leapt onto or joined as a rank of cities: "经济总量跃上万亿台阶" (昆明市 2021), "力争经济总量迈入万亿城市行列" (大连市
# 2021, tests/data/extract-unseen-82, -81).
_THRESHOLD = re.compile(rf"(?:{MARKS_PASSED})$")
_THRESHOLD_AFTER = re.compile(r"(?:新)?(?:台阶|大关|关口)|城市行列|城市俱乐部")
# A figure a goal heads for is where it is to land, about: "经济总量向1000亿元迈进" (贵阳市 2026,
# tests/data/extract-unseen-9/guiyang-city-2026-fiveyear.txt).
HEADED_FOR = re.compile(r"(?:迈进|冲刺|进军|挺进|奋进|攀升)")


# Built, renewed or added however far from its figure the verb stands: "建成主城区沿江两岸30公里慢行游道", "更新100公里
# 老旧供水管网" (batches 92–127 labelled every such length a target).
_ROAD_WORK = re.compile(
    r"(?:新建|新修|修建|建设|建成|铺设|改造|改建|改扩建|硬化|维修|修缮|更新|新增)"
    r"(?:[^，,；;。\d]{0,12}\d[^，,；;。]{0,16}(?:、|和|及)|[^，,；;。\d]{0,8})$"
)


def size_only(text: str, figure: Figure, end: int) -> bool:
    """A figure that only sizes what follows: 10万平方米的中小企业生态家园, 8万千瓦光伏, 年产100万吨的."""
    after = text[figure.end : end]
    if figure.grade:
        # "Ⅲ类及以上水质比例达到90%": the class only says which water the rate counts. A class the water reaches ends
        # its clause, whatever names it there: "达到或好于Ⅲ类水平", "稳定在Ⅲ类水体及以上", "保持Ⅱ类进出".
        return re.match(r"(?:水质|水体|水)?(?:标准|水平)?(?:及以上|以上|进出)?(?:[。；;！!]|$)", after) is None
    near = text[max(0, figure.start - 8) : figure.start]
    # The results held of the people a work once reached: "巩固5.4万脱贫人口脱贫成果" (鹤壁市 2022,
    # tests/data/extract-unseen-8/hebi-city-2022-minsheng.txt) holds results, and the count only says whose.
    if re.search(r"巩固(?:拓展|提升)?$", near) and re.match(r"[^，,；;。\d]{0,12}成果", after):
        return True
    # A specification inside a project's name: units times a size, a capacity per year, "加快建设六盘山2×100万千瓦和
    # 彭阳2×66万千瓦电厂项目" (固原市 2025, tests/data/extract-unseen-35/guyuan-city-2025-industry.txt), "推动北方沥青
    # 燃料300万吨/年轻烃回收气体处理工程等366个项目如期开工" (盘锦市 2025, tests/data/extract-unseen-35).
    if re.search(r"\d[×xX*]$", near) or re.match(r"[/／]年[\u4e00-\u9fff]", after):
        return True
    if after.startswith("的") and re.search(r"规模(?:超过?|达到?|突破)$", near):
        return False  # the scale of what is built is its goal: "打造规模超100亿元的科创风投基金群" (厦门市 2026)
    if solves_for(text, figure):
        return False  # "解决150名孤儿的集中供养问题": see extract/uncounted.py
    # A length after a count of roads is the second measure of the same work: "建设23条65公里农村通畅工程" (张家川县
    # 2015, tests/data/extract-unseen-9/zhangjiachuan-county-2015-minsheng-glossed.txt).
    if figure.unit in ("公里", "千米", "米") and re.search(r"\d(?:条|段|处)$", near):
        return False
    # A floor put under a figure makes it the measure of the work, 的 or not: "完成不少于60万平方米的既有建筑节能绿色化
    # 改造" (浙江省 2026, tests/data/extract-unseen-131); so does the level it is held at: "总产量稳定在306.5万吨水平".
    # Not a length of time each is given, a standard ("提供不低于30天的托养照护", 扬中市 2026).
    floored = FLOOR_BEFORE.search(near) and figure.unit not in ("天", "小时", "年", "岁", "周岁")
    if floored or re.match(r"水平[。；;]?$", after):
        return False
    if re.match(r"的(?:目标|水平)", after):
        return False  # "提出了到2030年地区生产总值达到3.2万亿元的目标" (成都市 2026, tests/data/extract-unseen-9)
    if after.startswith("的"):
        # "60%的政府投资项目" is a share that must be met; "维修更换农村37处的机泵" counts sites (涉县 2025).
        return not figure.counting and not planned_money(near, figure.unit, after)
    if _THRESHOLD_AFTER.match(after) and _THRESHOLD.search(text[: figure.start]):
        return False
    if HEADED_FOR.match(after) and text.endswith("向", 0, figure.start):
        return False
    # A figure under a bound is a condition to meet, not a size: "建成北方首个PM2.5浓度低于20微克／立方米省会城市"
    # (呼和浩特市 2026, tests/data/extract-unseen-20/hohhot-city-2026-fiveyear.txt).
    if re.search(r"(?:低于|不高于|不超过|降至|降到|控制在)$", near):
        return False
    # "硬化道路10万平方米并安装太阳能路灯1000盏": 并 opens a second deliverable; a bracket opens an aside.
    if not after or after[0] in SEPARATORS or not is_cjk(after[0]) or after.startswith(("并", "同时", "(", "（")):
        return False
    # Money put in, then the work it builds, is the money to spend: "投资3000万元建设南美白对虾工厂化循环水养殖基地"
    # (沁县 2025, tests/data/extract-unseen-5/qin-county-2025-tasks.txt).
    if figure.unit.endswith("元") and re.search(r"(?:投资|投入)$", text[: figure.start]) and ACTION.match(after):
        return False
    # Money raised to carry out works: "筹措890.59亿元实施十大为民办实事工程项目" (甘肃省 2026,
    # tests/data/extract-unseen-128).
    if figure.unit.endswith("元") and re.match(
        r"(?:支持|用于|用以|投向|投入|实施)|[^，,。；;]{0,12}?(?:资金|国债|债券|补助|补贴|基金)", after
    ):
        return False  # "国债2500亿元支持…", "8000亿元超长期特别国债资金": the money itself (2026 national report)
    # "新建23公里碧道" (始兴县 2021): the length of a new road, greenway or pipe is how much of it is built; so is the
    # length or area of one upgraded, and of the next item of the list the verb heads: "提升改造210公里农村公路和
    # 120万平方米村内道路" (天津市 2026, tests/data/extract-unseen-66/tianjin-city-2026-tasks.txt).
    # Not a dimension of what is built: "建设南京以下12.5米深水航道" (the 十三五 outline, tests/data/extract-unseen-98).
    if (
        _ROAD_WORK.search(text[max(0, figure.start - 40) : figure.start])
        and not re.match("[深宽高]", after)
        and re.match(r"[^，,、；;。的\d]{0,6}(?:道|路|线|管网|管道|管廊|渠)(?:[”\"、，,；;。和及与]|$)", after)
    ):
        return False
    if work_named_after(after):
        return False  # "实施51.5公里“四好农村路”提档升级": the length of the work named at the clause's end
    # "对南屯北街、新村路等25条市民反映强烈的瓶颈路进行改造提升" (太原市 2026, tests/data/extract-unseen-5): 对 brings
    # forward what the work after 进行 is done on, so the count is how many of them.
    before = text[max(0, figure.start - 40) : figure.start]  # far enough back for a list's verb (建成…、35万亩)
    if WORK_AFTER_DUI.search(after) and re.search(r"对[^，,；;。]*$", before):
        return False
    if measures_the_work(before, figure.unit) or construction_carried_on(before, after):
        return False  # see extract/worked.py
    if re.match(r"[^，,、；;的\d]{1,6}的", after) and not figure.unit.endswith(("名", "人")):
        # "40个停车位的环卫车辆停车场" (扬中市 2026): a count of the parts of what follows sizes it; people are no
        # parts: "帮扶3000余名符合条件的残疾人就业创业" (山西省 2026, tests/data/extract-unseen-126).
        return True
    return not figure.counting
