"""Recogniser: concrete deliverables with no figure to count, "建成电商公共服务中心", "开工丁家坪水库"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chengkou_tracker.extract.doubts import Doubt

# A deliverable verb opening the clause (after 力争/确保/年底前...):
# "建成投用再生资源回收利用项目", "启动巴山大道、高铁站前广场", "申报CMA资质认定".
_VERBS = (
    r"建成投用|建成投运|建成投产|建成运营|建成通车|建成开放|竣工投用|建成|竣工|完工|完成|开工建设|开工|启动|投用|投运|投入使用|"
    r"争创|创成|创建|申报|获批|举办|召开|新建|改扩建|迁建|实现|开展|通过|取得|打造"
)
# The place before the verb is no part of the deliverable: "在马桥镇新建设计供水规模为6000立方米水厂一座" (保康县
# 2026, https://m.bkrmw.net/detail/156628).
_LEADING = re.compile(
    r"^(?:[●•·■◆▲►★☆◇□○◎▪]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]+是|力争|确保|争取|全面|加快|年底前|年内|上半年|今年|同时|并|\d{4}年底前|\d{1,2}月底前"
    rf"|在[\u4e00-\u9fff]{{1,10}}?(?={_VERBS}))*"
    rf"(?P<verb>{_VERBS})"
)
# A second deliverable with a verb of its own in the same clause: "建成县第二幼儿园并开工建设城南中学".
_SECOND = re.compile(rf"(?:并|同时|、)(?=(?:{_VERBS}))")
# One facility counted in words: "新建一座…变电站", "…水厂一座": the count is no part of its name.
_ONE = re.compile(r"^[一1](?:座|所|个|处|家|条|套|栋)|[一1](?:座|所|个|处|家|条|套|栋)$")
# A deliverable verb closing the clause: "亢谷景区全面开放运营", "天然气长输管道建成供气".
_TRAILING = re.compile(
    r"(?P<verb>建成投用|建成投运|建成启用|建成供气|建成通车|建成运营|建成|竣工验收|竣工|完工|开工建设|开工|投入使用|投入运营|"
    r"全面开放运营|开放运营|正式运营|投产|通车|运营|落地|挂牌)$"
)
# Objects that are aims, not deliverables one can see done (see docs/ledger-decisions.md).
_VAGUE = re.compile(
    r"(?:机制|体系|制度|政策|措施|格局|氛围|能力|水平|环境|任务|目标|行动|改革|计划|意识|作用|理念|步伐|成效|"
    r"质量|效益|合力|短板|需求|保障|服务|发展|建设|工作|治理|管理|活力|动能|优势|品质)$"
)
_PLURAL = re.compile(r"一批|若干|多个|一系列|各类|各项|系列|更多")
# Roles, rankings and aims are no deliverable one can see done, however 建成 or 打造 opens them: "在全省加快建成
# 中部地区崛起的重要战略支点中当好龙头、走在前列" (武汉市 2026), "建成竞争力强、影响力大、辐射力广的“八大强市”" (银川市
# 2026, tests/data/extract-unseen-8), "建成具有全球影响力的创新创业创意之都" (深圳市 2026), "取得新的重大进展".
_AIM = re.compile(
    r"当好|争当|勇当|走在|龙头|前列|排头兵|(?:影响|竞争|引领|辐射|震撼|吸引|承载|创造)力|^(?:具有|更具|更加|更高)|"
    r"全国最|现代化的|(?:高地|之都|支点|篇章|强市|强县|强区|强省|进展|奋斗|努力)$"
)
# A measure closing the object is a size, not a deliverable: "新建道路全长343米、路基宽度24米" (建湖县 2026).
_MEASURE = re.compile(r"\d[^\d]{0,3}$")
# When, before or after a deliverable, is no part of it: "预计6月上旬全部开工", "拱北小学…改扩建项目将于今年建成启用".
_WHEN = (
    r"(?:预计|计划|将于|将|于|今年|年内|年底前|上半年|下半年|\d{1,2}月(?:[上中下]旬|底|末|份)?(?:前|底前)?"
    r"|全部|全面|正式|基本|初步|建成|实现)+"
)
# 开展 and 实现 name a deliverable only with an event or an end state: 开展消夏康养节, 实现...全覆盖.
_EVENT = re.compile(r"(?:节|会|赛|活动|展|论坛|仪式|周)$")
_STATE = re.compile(r"(?:全覆盖|通车|投产|通航|清零|达标|摘帽|销号)$")
# 通过 names a deliverable only with the check passed (通过国家级验收); otherwise it says by what means: "通过抢抓科技
# 革命和产业变革新机遇" (四川省 2026, in the 十五五 goals of the lawtext/gov collection's copy).
_PASSED = re.compile(r"(?:验收|评审|认证|审查|审核|审批|考核|评估|复核|复审|鉴定|评定|监测|核查)$")
# Named facilities; "A和B" is split into two deliverables only when B is one (...光伏和三期...风电项目).
_FACILITY = re.compile(
    r"(?:项目|工程|中心|基地|园区|园|场|馆|院|站|路|桥|线|库|厂|楼|校|学|"
    r"幼儿园|公园|广场|街区|管网|系统)$"
)
_WEAK_VERBS = ("实现", "开展", "争创", "创建", "申报", "通过", "取得", "打造")
# Verbs that start a project: what follows is the project's name, "建设" only says it is built.
_STARTING = ("启动", "开工", "开工建设", "开展")
# Clauses that set the scene rather than promise: "随着城开高速开通、渝西高铁开工".
_CONTEXT = re.compile(r"^(?:随着|由于|因为|通过|经过|依托|借助|围绕|对照)")


@dataclass(slots=True)
class Milestone:
    verb: str
    item: str
    quote_start: int
    quote_end: int
    reasons: list[Doubt] = field(default_factory=list)


def _items(obj: str) -> list[tuple[int, int]]:
    """(start, end) of each deliverable in an object "A、B和C" (offsets in obj)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for part in obj.split("、"):
        pieces = re.split(r"(和|及)", part)
        inner = offset
        if len(pieces) == 3 and all(len(p) >= 4 for p in pieces[::2]) and _FACILITY.search(pieces[2]):
            spans.append((inner, inner + len(pieces[0])))
            spans.append((inner + len(pieces[0]) + 1, inner + len(part)))
        else:
            spans.append((inner, inner + len(part)))
        offset += len(part) + 1
    return [span for span in spans if span[1] - span[0] >= 2]


def _named_part(verb: str, obj: str) -> str:
    """The named deliverables of an object, without the generic words after them.

    "启动巴山大道、高铁站前广场等重点项目建设" names 巴山大道 and 高铁站前广场; "开展消夏康养节、彩叶文化旅游节
    等系列活动" names two festivals; "启动红军广场建设" names 红军广场.
    """
    named = re.sub(r"等[^、]*$", "", obj)
    if verb in _STARTING:
        named = re.sub(r"(?:项目建设|工程建设|开发建设|建设)$", "", named) or named
    return named


def _acceptable(verb: str, obj: str) -> bool:
    if len(obj) < 2 or _PLURAL.search(obj) or _AIM.search(obj) or _MEASURE.search(obj):
        return False
    if _VAGUE.search(obj) and not re.search(r"前期工作$|主体工程$", obj):
        return False
    if verb == "打造":
        return bool(_FACILITY.search(obj)) and not obj.endswith("基地")
    if verb == "开展":
        return bool(_EVENT.search(obj))
    if verb == "实现":
        return bool(_STATE.search(obj))
    if verb == "通过":
        return bool(_PASSED.search(obj))
    return True


def milestones(text: str, start: int, end: int) -> list[Milestone]:
    """The deliverables named in the clause text[start:end] (a clause that states a figure has none)."""
    second = _SECOND.search(text, start, end)
    if second and _LEADING.match(text[start:end]):
        return milestones(text, start, second.start()) + milestones(text, second.end(), end)
    if text[end : end + 1] in ("：", ":"):
        return []  # a field's name before its value: "完成时限:力争2026年8月底前" (海淀区 2026)
    clause = text[start:end].rstrip("。；;！!")
    # A bracket closing the clause says what the deliverable holds, no second one: "完成…养老设施建设(新增托养
    # 房间129间、床位269张)" (海淀区 2026, tests/data/extract-unseen-3).
    clause = re.sub(r"[（(][^（()）]*[)）]$", "", clause)
    leading = _LEADING.match(clause)
    found: list[Milestone] = []
    if leading:
        verb = leading.group("verb")
        obj_start = leading.end()
        obj = _named_part(verb, clause[obj_start:])
        if not _acceptable(verb, obj):
            return []
        if "在" in clause[: leading.start("verb")] and re.search(r"中[\u4e00-\u9fff]", obj):
            return []  # "在全省加快建成…支点中当好龙头": what is built frames a role, it is not promised
        spans = _items(obj) if verb not in ("实现",) else [(0, len(obj))]
        for item_start, item_end in spans:
            quote_start = start + leading.start("verb")
            reasons = []
            if verb in _WEAK_VERBS:
                reasons.append(Doubt("doubt.aim", verb=verb))
            if len(spans) > 1 and ("和" in obj or "及" in obj):
                reasons.append(Doubt("doubt.split"))
            item = _ONE.sub("", obj[item_start:item_end]) or obj[item_start:item_end]
            found.append(Milestone(verb, item, quote_start, start + obj_start + item_end, reasons))
        return found
    trailing = _TRAILING.search(clause)
    if trailing and not _CONTEXT.match(clause):
        match = re.match(rf"(?:力争|确保|争取|年底前|年内|上半年|全面|{_WHEN})*", clause)
        subject_start = match.end() if match else 0
        obj = clause[subject_start : trailing.start()]
        # "G65高速复线年底前通车": when it is due is no part of its name (deadlines.py reads it).
        obj = re.sub(rf"{_WHEN}$", "", obj)
        if _acceptable(trailing.group("verb"), obj) and not re.search(r"[加推促]快|推进|加强", obj):
            found.append(
                Milestone(
                    trailing.group("verb"),
                    obj,
                    start + subject_start,
                    start + len(clause),
                    [Doubt("doubt.named before")],
                )
            )
    return found
