"""Recogniser: the figures of a clause that count no work to be done.

People reached, opinions gathered, the size of a list and its tasks, candidates, scopes, breakdowns, formats, how
often: each is a number a report writes beside its targets that no one can be held to. `targets` leaves them out.
"""

from __future__ import annotations

import re

from chengkou_tracker.extract.figures import Figure, figures

# Verbs that make a clause a deliverable to count: "新建5G基站80个", "培育规上工业企业6家".
ACTION = re.compile(
    r"^(?:新增|新建|新改建|改扩建|新开工|建成|建设|培育|新引进|引进|招引|完成|实施|创建|争创|创成|打造|推出|开展|举办|策划|生成|"
    r"发放|改造|治理|补充|注册|制定|建立|组建|申报|认定|规范提升|提升|带动|吸纳|转移|安置|接种|开通|修复|种植|植树|"
    r"营造|整治|落实|签约|开工|投用|减轻|减免|办理|服务|培训|接待|销售|出栏|回收|清理|安装|铺设|硬化|维修|加固|更新|"
    r"帮扶|救助|资助)"
)
# The same verbs anywhere in the words before a figure: "城镇新增就业30万人".
ANY_ACTION = re.compile(ACTION.pattern.removeprefix("^"))

# The verb that does the work on what 对 brought forward: "对…25条…瓶颈路进行改造提升" (太原市 2026), "对农村2万眼机井
# 实施物业化管护" (菏泽市 2021, tests/data/extract-unseen-6/heze-city-2021-minsheng-lost-figures.txt).
WORK_AFTER_DUI = re.compile(r"进行|实施|开展")


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "“‘《（("


# Numbers that count no work to be done. Those reached: "惠及1.2万人", "覆盖群众1万人" (天水 2026,
# https://m.163.com/dy/article/KJBAS2N70521RH5N.html). The opinions behind a list: "共收集…意见建议110条"
# (若羌县 2026, https://www.jingjiribao.cn/static/detail.jsp?id=634255). The parts of a list: "6个方面重点任务".
# Every count of a list after 惠及 is who is reached: "惠及219栋、8987户、2.5万人" (双龙湖街道 2025).
_REACHED = re.compile(
    r"(?:惠及|受益)(?:[^，,、；;\d]{0,6}\d[\d.]*[^，,、；;\d]{1,3}、)*[^，,、；;\d]{0,6}$|"
    r"覆盖(?:群众|人口|农户|居民|学生)[^，,、；;\d]{0,2}$"
)
_TOUCHED = re.compile(r"^[^，,；;\d]{0,2}涉及[^，,；;\d]*$")
_PLACES_AFTER = re.compile(r"[^，,；;。\d]{0,3}(?:镇街|街道|乡镇|镇|乡|村|社区|村民组)(?:[，,；;。]|$)")
_GATHERED = re.compile(r"(?:收集|征集|征求|收到|梳理)[^，,；;]*(?:意见|建议|诉求)")
# Numbers about a text, not about work: how often a word occurs in it ("“发展”出现67次", 吉林省 2026) and how many
# items or indicators it sets out ("提出…等7项指标", "细化提出20项", 2026 national report; both in
# tests/data/extract-unseen).
_ABOUT_THE_TEXT = re.compile(r"(?:出现|提及|提到)$")
# The dimensions and indicators a plan is set out in: "从创新…6个维度,设置了29项主要指标" (北京市 2026).
# The kinds of indicator too: "共五大类22个主要指标，其中，15个预期性指标、7个约束性指标" (贵阳市 2026,
# tests/data/extract-unseen-9/guiyang-city-2026-fiveyear.txt).
# The fields a plan is broken into: "分13个领域细化实化“十五五”时期任务" (新疆 2026), "今后五年重点要在6个关键领域实现
# 大的突破" (温州市 2026, both tests/data/extract-unseen-69).
_PARTS_OF_THE_TEXT = re.compile(r"^(?:方面|维度|[^，,。、；;\d]{0,5}指标|大类|[^，,。、；;\d]{0,2}领域)")
# And the goals an outline counts in 项: "明确经济发展、发展动力、民生福祉、生态文明四大类30项主要目标" (厦门市 2016,
# tests/data/extract-unseen-85/xiamen-city-2016-fiveyear.txt); not a figure's own goal (达到3.2万亿元的目标).
_GOALS_COUNTED = re.compile(r"^[^，,。、；;\d的]{0,5}目标")
# One facility counted in words is the facility, a milestone: "新建一座高低压一体箱式变电站" (保康县 2026,
# https://m.bkrmw.net/detail/156628); "创建1个国家3A级旅游景区" written in digits stays a count, as the bundled
# ledger has it.
_ONE = ("一", "壹")
_FACILITY_UNITS = ("座", "所", "个", "处", "家", "条", "套", "栋", "间")
# A count after 在/为/对 says where or for whom the work is done when another figure in the clause says how
# much: "在12个乡镇硬化通村道路18万平方米", "为17个村民小组安装230盏太阳能路灯"; not 控制在, 保持在 (a bound).
_SCOPE = re.compile(r"(?<![制持定固])[在为对向]([^，,；;]*)$")


# The dimensions of one project size it: "新建道路全长343米、路基宽度24米" (建湖县 2026), "全长约4.3公里" (涉县 2025).
# What one building holds, listed after its storeys: "建筑内容共6层、33套" (保康县 2026, tests/data/extract-unseen-2).
# The land and floor area of a named building and the classes a school building holds size it as its storeys do:
# "完成奉化高级中学食堂建设 | 用地面积为7165.96平方米,建筑面积4286.2平方米", "共五层,…三至五层共9个教学班" (奉化区's
# progress table, tests/data/extract-unseen-15); the work is the building (a milestone). Not "新建校舍2万平方米".
_DIMENSION = re.compile(
    r"(?:全长|总长|长度|宽度|高度|深度|直径|跨度)约?$|\d+层[、和及]$|(?:用地|占地|建筑)面积(?:为|约|达)?约?$"
)
_CLASSES_HELD = re.compile(r"(?:教学)?班(?![主级])")
# A rank in a list names the list: "置于8项重点工作之首" (东宝区 2026), "位列十件民生实事之首".
_RANKED_AMONG = re.compile(r"[^，,。；;\d]{0,8}之(?:首|一|冠)")
_SORTED_PLACES = re.compile(r"(?:的)?(?:自然村|行政村|村|小区|乡镇|建制镇|城镇|城市|县城|镇)")
_AMONG_PEERS = re.compile(r"[^，,。；;\d]{0,10}(?:中|之中|平均|当中|里)")
# The people whose lives the work improves: "有效改善9万人口的饮水安全问题", "有效提高城区4万户用热居民的供热安全"
# (涉县 2025).
_IMPROVED_FOR = re.compile(r"(?:改善|提高|提升|保障|解决|满足)[^，,、；;\d]{0,4}$")
# The count of the list itself: "此次确定的10件民生实事包括" (兰州市 2026), "共10个项目被列入…民生实事项目"
# (建湖县 2026).
# The list's size with 的 before it: "实施100件左右的民生实事" (南昌市 2020, tests/data/extract-unseen-6).
# Its size in two counts, the items and their parts: "10件40项民生实事" (李沧区 2016,
# tests/data/extract-unseen-10/licang-district-2016-minsheng.txt).
# The list named with what else it holds, or only as 实事: "重点抓好15件大事和民生实事" (甘谷县 2020),
# "为民兴办10件实事" (榆中县 2016, both tests/data/extract-unseen-11); "办好12件为民实事" (张掖市 2025,
# tests/data/extract-unseen-28/zhangye-city-2025-minsheng.txt); by its level, "办好10件市级民生实事" (张家界市 2025,
# tests/data/extract-unseen-32/zhangjiajie-city-2025-minsheng.txt), and then as the main ones:
# "接续办好15件市级重点民生实事" (重庆市 2026, tests/data/extract-unseen-66/chongqing-city-2026-minsheng.txt).
_THE_LIST = re.compile(
    r"^(?:[\d一二三四五六七八九十]+[件项个])?的?(?:\d{4}年度?)?(?:重点)?"
    r"(?:[^，,。；;\d]{1,4}[和及与])?(?:[省市县区镇]级)?(?:重点)?(?:民生|惠民|为民办?|利民|便民)?实事"
    r"|^[^，,。]{0,4}被列入[^，,。]*实事"
)
# The bookkeeping of a plan's own breakdown: the tasks it sets ("明确133项具体任务") and the bodies that take part in
# it ("涉及34个牵头单位", "共38家单位参与"), in a notice of the task breakdown (沁县 2025) as at a press
# conference (璧山区 2025, both tests/data/extract-unseen-5).
# A plan's count of its own tasks: "今年重点做好11项工作" (郑州市 2026, tests/data/extract-unseen-6); not a workplace
# (10个工作站).
# And the measures a policy bundles: "实施稳经济30项举措" (安徽省 2026, tests/data/extract-unseen-71).
_TASKS = re.compile(r"^[^，,。；;\n\d]{0,4}(?:任务|事项|举措|措施|工作(?![站室岗者队组]|人员))")
# The problems a campaign takes on and the inspections it answers are its bookkeeping too: "攻坚突破家政服务市场规范
# 等11个难点问题" (北京市 2026, tests/data/extract-unseen-69), "认真抓好14项中央环保督察和21项黄河流域监督检查
# 反馈问题整改" (太原市 2026, tests/data/extract-unseen-68).
_PROBLEMS = re.compile(r"^[^，,。；;\n\d]{0,12}(?:问题|督察)")
# Candidates are what a vote chooses from, not what the year does: "遴选了12件提请人大代表票决候选项目" (南昌市 2020,
# tests/data/extract-unseen-6/nanchang-city-2020-minsheng-vote.txt).
_CANDIDATES = re.compile(r"^[^，,。；;\n\d]{0,12}候选")
_BODIES = re.compile(r"^[^，,。；;\n\d]{0,4}(?:单位|部门)(?![^，,。；;\n\d]{0,2}(?:创建|建设))")
# The list itself named before its count: "2026年实施民生实事项目8项" (呼和浩特 2026, tests/data/extract-unseen-5).
# Its size given after its classes, and the share of it in each field: "确定民生实事项目共5大类12个", "其中，教育惠民
# 领域2个" (西宁市城中区 2026, tests/data/extract-unseen-9/chengzhong-district-2026-minsheng-glossed.txt).
_THE_LIST_BEFORE = re.compile(
    r"(?:民生实事|为民办实事)(?:项目)?(?:共|总计|合计)?(?:[\d一二三四五六七八九十]+大?类)?$|(?:领域|板块)$"
)
# How often a work is done in each period: "每学年为6万余名中小学生开展1次心理健康测评" (璧山区 2025); the count of
# who it is done for is the target.
_EACH_PERIOD = re.compile(r"每(?:学年|学期|年度?|季度?|月|周|天|日)")
# Places named only to say whose people the work is for: "确保5个易地扶贫搬迁安置点群众搬得出" (西北某县 2023,
# tests/data/extract-unseen-5/xibei-county-2023-plan.txt): the sites exist; no count of work.
_PLACES_PEOPLE = re.compile(r"^[^，,、；;\n\d的]{0,12}(?:点|村|社区|小区)(?:群众|居民|村民)")
# A breakdown in brackets is part of the figure before it: "改造12座(其中:1座四五类危桥、11座宽路窄桥)",
# "安防36.575公里(含…护栏6.7公里)" (建湖县 2026).
# A bracket after the work on a named facility sizes it: "完成大牛坊养老和康复中心等养老设施建设(新增托养房间129间、床位
# 269张)" (海淀区 2026, tests/data/extract-unseen-3).
BREAKDOWN = re.compile(r"[（(](?:其中|含|包括)|(?<=建设|项目|工程)[（(]")
# A clause that opens with 其中 breaks down the figure of the clause before it: "新增中学学位3985个,其中初中学位
# 2185个" (海淀区 2026). The count of what 全覆盖 reaches names what is covered: "实现区属27家社区卫生服务中心
# “云药房”建设全覆盖" (the same list); not "4455人全覆盖配发…", where 全覆盖 is how the work is done.
PART_OF_THE_FIGURE_BEFORE = re.compile(r"^[^\d]{0,2}其中")
# A part named by where it lies: 其中中心城区…, 其中城区…, 其中农村….
_WHERE = re.compile(r"[，,:：]?(?:中心城区|主城区|城区|市区|县城|城镇|农村|乡镇|全市|全县)")
COVERED = re.compile(r"全覆盖[。；;]?$")
# A size class of money names a tier of the projects before it that reports count apart: "全年实施投资5000万元以上项目
# 1400个,其中超亿元项目1000个以上" (长春市 2025, tests/data/extract-unseen-7/changchun-city-2025.txt); "实施投资500
# 万元以上项目720个，其中亿元以上项目200个" (丹东市 2025, tests/data/extract-unseen-28/dandong-city-2025.txt).
_MONEY_CLASS = re.compile(
    r"(?:超|\d|[一二三四五六七八九十百千]|(?<=其中))(?:万|亿|百万|千万)?元(?:以上|及以上)?(?:的)?(?:重大|重点|产业)?项目$"
)


def a_part_of_its_own(text: str, start: int, stated: list[Figure]) -> bool:
    """Whether a 其中 clause states a target of its own rather than breaking down the figure before it: it has a verb
    of its own ("创建78条美丽幸福河湖,其中高标准建成39条示范河湖", 惠山区 2024), it measures the work in another unit
    ("完成120个供电线路改造项目,其中中压线路130公里、低压线路480公里", 增城区 2025), it counts a tier of projects
    by their size (see _MONEY_CLASS), or it states a rate."""
    if not stated:
        return False
    first = stated[0]
    opened = sentence_start(text, start)
    action = ANY_ACTION.search(text, start, first.start)
    if action and _done_again_where(text, text.find("其中", start, first.start), action.group()):
        return not any(figure.unit == first.unit for figure in figures(text, opened, start))
    if action:
        return True
    if _MONEY_CLASS.search(text[start : first.start]):
        return True
    # The rates of the parts do not add up to the whole's, so each is a goal of its own: "地区生产总值增长5%左右，其中
    # 一二三产增加值分别增长3.5%左右、6%左右、5%左右" (贵州省 2026, tests/data/extract-unseen-9).
    if first.unit == "%":
        return True
    before = figures(text, opened, start)
    # People in myriads count the same people as 万人: "为80万重点群体提供就业帮扶，其中离校未就业高校毕业生6万人"
    # (浙江省 2025, tests/data/extract-unseen-75/zhejiang-province-2025-minsheng.txt).
    counted = {figure.unit.removesuffix("人") for figure in before}
    return bool(before) and first.unit.removesuffix("人") not in counted


def own_work_in_part(text: str, stated: list[Figure]) -> list[Figure]:
    """The figures of a 其中 part that breaks down the count before it from the first one with a verb of its own: in
    "其中87个省“千项万亿”重大项目完成投资350亿元以上" (衢州市 2025, tests/data/extract-unseen-16/quzhou-city-2025.txt)
    87个 only says which of the 1079 projects, and the money they are to put in is a target of its own."""
    if not stated:
        return []
    part = text.rfind("其中", sentence_start(text, stated[0].start), stated[0].start)
    for index in range(1, len(stated)):
        action = ANY_ACTION.search(text, stated[index - 1].end, stated[index].start)
        if action and not _done_again_where(text, part, action.group()):
            return stated[index:]
    return []


def _done_again_where(text: str, part: int, verb: str) -> bool:
    """Whether the 其中 at PART names where (see _WHERE) the work its sentence counted before it is done, with the same
    VERB: "全市新建中小学幼儿园34所、改扩建176所，其中中心城区新建中小学幼儿园24所、改扩建15所" (汉中市 2021,
    tests/data/extract-unseen-40/hanzhong-city-2021-minsheng.txt) breaks the counts down. A tier of the projects is
    no place: "其中87个省“千项万亿”重大项目完成投资350亿元以上" (衢州市 2025) is money of its own."""
    return part >= 0 and _WHERE.match(text, part + 2) is not None and verb in text[sentence_start(text, part) : part]


# The people a work solves a problem for are how much of it is done when nothing else in the sentence measures the
# work (its budget aside): "投资762万元,实施…农村饮水管网延伸工程,解决6700人的饮水不安全问题", "解决150名孤儿的集中
# 供养问题" (张家川县 2015, tests/data/extract-unseen-9). Beside a work's own count they are who it reaches: "维修更换
# 农村37处的机泵、阀门,有效改善9万人口的饮水安全问题" (涉县 2025).
_SOLVED = re.compile(r"(?<!有效)解决$")
_SOLVED_PROBLEM = re.compile(r"[^，,、；;\d]{0,6}的[^，,、；;。\d]{0,12}问题")


def solves_for(text: str, figure: Figure) -> bool:
    """Whether FIGURE counts the people a work solves a problem for, the work's only measure (see _SOLVED)."""
    if figure.unit.lstrip("万亿千百") not in ("人", "户", "名"):
        return False
    if not _SOLVED.search(text, max(0, figure.start - 8), figure.start):
        return False
    if not _SOLVED_PROBLEM.match(text, figure.end):
        return False
    return all(other.unit.endswith("元") for other in figures(text, sentence_start(text, figure.start), figure.start))


def sentence_start(text: str, position: int) -> int:
    """Where the sentence of TEXT at POSITION starts: after its 。, ；, ！ or ？, or at the start of its line."""
    return max(text.rfind(mark, 0, position) for mark in "。；;！？\n") + 1


def sentence_end(text: str, position: int) -> int:
    """Where the sentence or clause of TEXT at POSITION ends: at its 。 or ；, or the end of its line."""
    return min((at for at in (text.find(mark, position) for mark in "。；;\n") if at >= 0), default=len(text))


def in_breakdown(text: str, position: int) -> bool:
    """Whether POSITION is inside a bracket that breaks down the figure before it (see BREAKDOWN, _adds_up), or in a
    其中 that does: "共确定45个2026年为民办实事项目,其中,市、区级项目27个,街道项目18个" (古美路街道 2026,
    tests/data/extract-unseen-22/gumeilu-subdistrict-2026-minsheng.txt)."""
    line_start = text.rfind("\n", max(0, position - 120), position) + 1
    among = text.rfind("其中", line_start, position)
    within = among >= 0 and not re.search(r"[。；;]", text[among:position])
    if within and _adds_up(text, line_start, among, sentence_end(text, position), 40):
        return True
    opened = max(text.rfind("(", line_start, position), text.rfind("（", line_start, position))
    if opened < 0 or max(text.rfind(")", opened, position), text.rfind("）", opened, position)) >= 0:
        return False
    closed = min((at for at in (text.find(")", opened), text.find("）", opened)) if at >= 0), default=-1)
    return BREAKDOWN.match(text, opened) is not None or (closed >= 0 and _adds_up(text, line_start, opened, closed, 12))


def _adds_up(text: str, line_start: int, opened: int, closed: int, reach: int) -> bool:
    """Whether the counts from OPENED to CLOSED add up to the count that stands last in the REACH characters before
    OPENED: its parts, however they are named: "县新续建重点项目57个(新建15个,续建42个)" (松阳县 2025,
    tests/data/extract-unseen-19/songyang-county-2025-projects-progress.txt)."""
    whole = figures(text, max(line_start, opened - reach), opened)
    if not whole or (reach <= 12 and whole[-1].end != opened):
        return False
    parts = figures(text, opened, closed)
    return (
        len(parts) > 1
        and all(p.unit == whole[-1].unit for p in parts)
        and sum(p.value for p in parts) == whole[-1].value
    )


# What may stand before a count that opens its clause: a list marker ("(3)"), or the count before it in a list that
# opens the clause ("10个重点预备和").
_OPENS_THE_CLAUSE = re.compile(r"^\W{0,3}(?:\d{1,2}\W{1,2})?(?:\d+[个项所家条座处][^，,\d]{0,8}[和、])?$")


def refers_back(text: str, figure: Figure, start: int) -> bool:
    """Whether FIGURE, a count that opens what its clause is about (its noun after it), refers back to the same count
    stated before beside a word of that noun: "2025年共安排县新续建重点项目57个…。57个新续建重点项目
    全年计划完成投资98.5亿元", "另有重点预备项目10个…(3)10个重点预备和17个重大前期项目推进总体进展顺利" (松阳县 2025,
    tests/data/extract-unseen-19/songyang-county-2025-projects-progress.txt). It names what the sentence is about; the
    commitment was stated where the count first stood."""
    if figure.unit == "%" or not figure.counting or not _OPENS_THE_CLAUSE.match(text[start : figure.start]):
        return False
    noun = text[figure.end : figure.end + 6]
    words = {
        noun[at : at + 2] for at in range(len(noun) - 1) if all("\u4e00" <= c <= "\u9fff" for c in noun[at : at + 2])
    }
    written = text[figure.start : figure.number_end]
    earlier = text.rfind(written, 0, figure.start)
    while earlier >= 0:
        if not text[earlier - 1 : earlier].isdigit() and any(
            word in text[max(0, earlier - 8) : earlier] for word in words
        ):
            return True
        earlier = text.rfind(written, 0, earlier)
    return False


_SESSION = re.compile(r"届(?:[一二三四五六七八九十\d]+次[、和])*$")
_EACH_PLACE_HAS = re.compile(
    r"[^，,；;。\d]{0,4}(?:街道|社区|乡镇|镇|村|县区|县|区)(?:均|都)(?:有|建有|设有|配备|配有)"
)
# Above or ahead of a wider whole's rate: 高于全省增速, 快于全国平均水平, 高于省平.
_OVER_A_BENCHMARK = re.compile(r"(?:高于|快于|超过|超出|领先)(?:全国|全省|全市|全州|全区|省平|省|市)[^，,；;\d]{0,8}$")


# Where a figure is raised or cut from is its baseline, the figure it goes to the target: "农村低保标准占城镇低保标准的
# 最低比例从77%提高到80%以上", "补贴标准分别从每人每月209元、280元提高到217元、290元" (广东省 2026,
# tests/data/extract-unseen-68/guangdong-province-2026-minsheng.txt).
# 由 says the same: "将参保单位缴费费率由7%降至6%", "养育标准由每人每月1800元和1500元统一提高到2200元" (西安市 2025,
# tests/data/extract-unseen-74/xian-city-2025-minsheng.txt).
_FROM = re.compile(r"[从由](?:每[^，,；;。\d]{0,5})?(?:\d[\d.]*[^，,；;。\d]{0,3}[、和])*$")
_TO = re.compile(
    r"(?:[、和][\d.]+[^，,；;。\d]{0,3})*(?:统一)?(?:提高|提升|增加|增长|扩大|降低|下降|缩小|减少|调整|上调|下调|降|升)"
    r"(?:到|至)"
)


_TARGET_AS_TOPIC = re.compile(r"的(?:预期)?(?:增长|发展|经济增长)?(?:预期)?目标(?:与|是|既|，|,)")


def no_commitment(text: str, figure: Figure, start: int) -> bool:
    """A figure that counts nothing to be done (see _REACHED, _GATHERED, _ONE, _DIMENSION, _IMPROVED_FOR, _THE_LIST,
    BREAKDOWN, _FROM)."""
    before = text[start : figure.start]
    if _FROM.search(before) and _TO.match(text, figure.end):
        return True
    # A rise followed by the level it brings is told by that level: "补助标准分别提高100元，达到800元和600元" (山东省
    # 2011, tests/data/extract-unseen-90/shandong-province-2011-livelihood.txt).
    if re.search(r"提高$", before) and re.match(r"[，,](?:分别)?达到\d", text[figure.end : figure.end + 6]):
        return True
    # A size of project counted right after it is a class (tests/data/CONVENTIONS.md): "招引落地1亿元以上制造业固投类
    # 项目300个、其中10亿元以上55个" (杭州市 2025, tests/data/extract-unseen-74/hangzhou-city-2025-investment.txt).
    if (
        figure.unit.endswith("元")
        and figure.tail in ("以上", "及以上")
        and re.match(r"\d+[个项家]", text[figure.end :])
    ):
        return True
    # A target named as the topic of a sentence that explains it, not set there: "5.5%左右的预期增长目标与“十五五”发展
    # 目标总体衔接" (湖北省 2026, tests/data/extract-unseen-69/hubei-province-2026.txt).
    if not before.strip(" *") and _TARGET_AS_TOPIC.match(text, figure.end):
        return True
    if figure.unit != "%" and (_REACHED.search(before) or _DIMENSION.search(before)):
        return True
    if figure.unit == "个" and _CLASSES_HELD.match(text, figure.number_end) and not ANY_ACTION.search(before):
        return True
    after = text[figure.end : figure.end + 30]
    people = figure.unit.lstrip("万亿千百") in ("人", "户")
    # The people a work touches are where it is done: "新建牧区道路114公里,涉及乌拉斯特镇、…约1200户农牧民" (吉木乃县
    # 2025, tests/data/extract-unseen-18/jimunai-county-2025-minsheng-news.txt), as those it reaches (惠及); so are the
    # places it touches, counted at the clause's end: "涉及棠香街道、龙岗街道、龙水镇等19个镇街" (大足区 2025,
    # tests/data/extract-unseen-22); not what the work is done on ("涉及…等4条道路,建设内容主要为路面修复", 枫泾镇 2026,
    # there) nor a count the work is said of after it ("涉及70所中小学变压器增容", 宁海县 2023).
    places = figure.unit == "个" and _PLACES_AFTER.match(after) is not None
    if (people or places) and _TOUCHED.search(before):
        return True
    if people and _IMPROVED_FOR.search(before) and re.match(r"[^，,、；;\d]{0,6}的", after):
        return not solves_for(text, figure)
    # Villages after townships say where: "实施6乡镇7村596户3523人的易地扶贫搬迁工程" (张家川县 2015,
    # tests/data/extract-unseen-9/zhangjiachuan-county-2015-minsheng-glossed.txt).
    if figure.unit == "村" and re.search(r"\d+个?乡镇$", before):
        return True
    if _THE_LIST.search(after) or _RANKED_AMONG.match(after) or in_breakdown(text, figure.start):
        return True
    # Villages sorted by their households: "推进20户以上自然村光纤全覆盖" (桂林市 2022, tests/data/extract-unseen-59), a
    # class (tests/data/CONVENTIONS.md), not a count of work; towns by their people the same way: "基本实现3万人以上乡镇
    # 15分钟上高速" (温州市 2026, tests/data/extract-unseen-69/wenzhou-city-2026-fiveyear-city.txt).
    sorted_by = figure.unit == "户" or figure.unit.endswith("人")
    if sorted_by and figure.tail in ("以上", "及以上") and _SORTED_PLACES.match(after):
        return True
    # The peers a place measures itself among: "高于全国30个民族自治州平均水平", "在全国30个民族自治州中实现争先进位"
    # (楚雄州 2021, tests/data/extract-unseen-45/chuxiong-prefecture-2021-fiveyear.txt).
    if figure.unit == "个" and re.search(r"全(?:国|省|市|区|州)$", before) and _AMONG_PEERS.match(after):
        return True
    if refers_back(text, figure, start):
        return True
    counted_goals = figure.unit == "项" and _GOALS_COUNTED.match(text[figure.end : figure.end + 8])
    if _GATHERED.search(before) or _PARTS_OF_THE_TEXT.match(text[figure.end : figure.end + 8]) or counted_goals:
        return True
    # A pace to work at restates the target before it: "地区生产总值增长5%-5.5%，实际工作中按5.5%推进" (厦门市 2026,
    # tests/data/extract-unseen-9/xiamen-city-2026.txt); a budget set at a rate is a target: "赤字率拟按4%左右安排"
    # (2026 national report).
    if before.endswith("按") and re.match(r"(?:左右)?(?:推进|把握)", text[figure.end : figure.end + 6]):
        return True
    if _ABOUT_THE_TEXT.search(before) and figure.unit == "次":
        return True
    if figure.unit in ("次", "回") and _EACH_PERIOD.search(before):
        return True
    if figure.unit in ("项", "条", "件", "个") and (
        _TASKS.match(after) or _CANDIDATES.match(after) or _PROBLEMS.match(after)
    ):
        return True
    # Places each given something say how the work is spread, not how much: "主城区26个街道均有老年人助餐服务示范点"
    # (本溪市 2025, tests/data/extract-unseen-30/benxi-city-2025-minsheng.txt), as 每个社区有1处 (worked.py).
    if figure.counting and _EACH_PLACE_HAS.match(after):
        return True
    # A margin over a benchmark the text does not give sets no figure of its own: "地区生产总值高于全省增速0.5个百分点"
    # (亳州市 2021, tests/data/extract-unseen-29/bozhou-city-2021.txt), "增速高于省平1个百分点" (德阳市 2025,
    # tests/data/extract-unseen-28/deyang-city-2025.txt); the labels of 营口市 and 洛阳市 (batch AA) read it so.
    if figure.unit == "个百分点" and _OVER_A_BENCHMARK.search(before):
        return True
    # An age says who a work is for ("对50-74周岁户籍居民开展结直肠癌筛查", 余杭区 2021,
    # tests/data/extract-unseen-12/yuhang-district-2021-minsheng.txt); only a life expectancy is a figure to reach
    # (人均预期寿命达到78周岁, 黔西南州 2021, tests/data/extract-unseen-33).
    if figure.unit in ("岁", "周岁") and "寿命" not in before:
        return True
    # A session named by its number: "贯彻落实自治区党委十届十一次、十二次、十三次全会" (博尔塔拉州 2025,
    # tests/data/extract-unseen-32/boertala-prefecture-2025.txt) counts no meetings to hold.
    if figure.unit == "次" and _SESSION.search(before):
        return True
    # A format named by its number of players or years: "3人制篮球场" (黔东南州 2025, tests/data/extract-unseen-7).
    if after.startswith("制"):
        return True
    # Once, in words, is how often a service is given, not a count of work: "对全州65岁及以上老年人免费体检一次"
    # (黔东南州 2025).
    if figure.chinese and figure.written in _ONE and figure.unit in ("次", "回"):
        return True
    if figure.unit != "%" and figure.counting and _BODIES.match(after) and not ANY_ACTION.search(before):
        return True
    if figure.unit != "%" and figure.counting and (_THE_LIST_BEFORE.search(before) or _PLACES_PEOPLE.match(after)):
        return True
    if figure.unit == "类" and not figure.grade and re.match(r"[^，,、；;\n\d]{1,8}\d", after):
        return True  # kinds before the count: "儿童友好9类试点单元50个" is 50 units of 9 kinds (温州市 2025)
    if before.endswith("提出") and figure.unit == "项" and not is_cjk(text[figure.end : figure.end + 1] or "。"):
        return True  # "细化提出20项": the number of items a plan sets out
    # A bare count of items in brackets after a heading numbers what the heading holds, bookkeeping as N项任务 is:
    # "光明区2025年民生实事:教育优质行动(4项)"
    # (tests/data/extract-unseen-19/guangming-district-2025-minsheng-progress.txt).
    if (
        figure.unit in ("项", "件")
        and text[figure.start - 1 : figure.start] in ("(", "（")
        and after[:1] in (")", "）")
    ):
        return True
    # 上一/下一 before a measure word is previous/next, no count: a page's "上一篇    下一篇" (琼海市 2026's newspaper
    # page, tests/data/extract-unseen-19/qionghai-city-2026-minsheng.txt), 上一期, 下一页.
    if figure.chinese and figure.written in _ONE and text[figure.start - 1 : figure.start] in ("上", "下"):
        return True
    # 座 measures only a built structure, so "规划建成1座连通宁陕小学与体育场过街天桥" (宁陕县 2026) is one facility
    # in digits too.
    return (figure.chinese and figure.written in _ONE and figure.unit in _FACILITY_UNITS) or (
        figure.written == "1" and figure.unit == "座" and not figure.tail
    )


def scopes(text: str, figure: Figure, start: int, end: int) -> bool:
    """A count that only says where the work is done (see _SCOPE)."""
    if figure.unit == "%" or not figure.counting:
        return False
    # "在30所以上小学开设暑期托管班" (海淀区 2026): 在 + a count + the places where, the work named after them
    # with no count of its own, its figure in the next clause.
    if re.match(r"^[^\d，,]{0,2}在$", text[start : figure.start]) and re.match(
        r"(?:以上|多)?[^\d，,；;]{1,8}?(?:开设|开展)", text[figure.end : end]
    ):
        return True
    # The places named by example, then counted: "在张家川镇西街等8村实施北山生态综合治理工程" (张家川县 2015,
    # tests/data/extract-unseen-9/zhangjiachuan-county-2015-minsheng-glossed.txt).
    if re.match(r"^[^\d，,]{0,2}在[^\d，,；;]{1,12}等$", text[start : figure.start]) and re.match(
        r"(?:以上|多)?[^\d，,；;]{0,8}?(?:开设|开展|实施)", text[figure.end : end]
    ):
        return True
    # The things a rate is measured over, the rate right after them: "确保14个国、省考核断面水质优良率保持100%" (德阳市
    # 2025, tests/data/extract-unseen-28/deyang-city-2025-ecology.txt). The rate is the target.
    # A count with a bound of its own (68萬人左右、城鎮調查失業率5.5%左右) is a target before the next one.
    rate_after = re.match(r"[^，,；;。\d、][^，,；;。\d]{0,15}(?:率|比例)[^，,；;。\d]{0,6}\d", text[figure.end : end])
    if rate_after and not figure.tail:
        return True
    scope = _SCOPE.search(text[start : figure.start])
    if scope is not None and scope.group(0).startswith("对") and WORK_AFTER_DUI.search(text[figure.end : end]):
        return False  # "对…27座…处理站以及13个集水井进行提升改造": 对 brings forward what the work is done on
    return scope is not None and not ANY_ACTION.search(scope.group(1))
