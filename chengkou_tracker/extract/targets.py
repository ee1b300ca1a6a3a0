"""Recogniser: quantified targets in a clause, with their kind, direction, subject and shortest quote."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chengkou_tracker.extract.doubts import Doubt, guessed_kind
from chengkou_tracker.extract.figures import MAGNITUDES, Figure, figures
from chengkou_tracker.extract.lists import (
    BOUND,
    each_grows,
    share_the_measure,
    share_the_verb,
    spread_bounds,
    town_and_country,
    whole_quote_for_respectively,
)
from chengkou_tracker.extract.sizes import HEADED_FOR, SEPARATORS, size_only, work_named_after
from chengkou_tracker.extract.totals import added_up, count_reached, raised_by, stock_reached, yearly_total
from chengkou_tracker.extract.uncounted import (
    ACTION,
    ANY_ACTION,
    BREAKDOWN,
    COVERED,
    PART_OF_THE_FIGURE_BEFORE,
    a_part_of_its_own,
    is_cjk,
    no_commitment,
    own_work_in_part,
    scopes,
)
from chengkou_tracker.extract.worked import (
    only_sizes_the_effort,
    per_unit_standard,
    planned_money,
    pushed_on,
    the_project,
)

# Words that open a clause but state nothing: "力争减轻企业各类负担1.5亿元" quotes from 减轻.
# "2025年将力争增长7%左右": the year and 将 say when, not what; so do "明确提出了到2030年" (成都市 2026); "较2024年
# 增长120%": what it is compared with is no name.
_FILLER = re.compile(
    r"^(?:[●•·■◆▲►★☆◇□○◎▪]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]+是|力争|确保|争取|努力|全年|年内|今年|预计|其中|并且|并|同时|进一步|计划|预期|实现|全力|着力|(?:明确)?提出了?(?:到(?=\d{4}年))?|\d{4}年|还将|将|[较比](?:\d{4}年|上年|去年)(?:同期)?)+"
)
_SHARE_VERB = re.compile(r"(?:提供|覆盖|落实|纳入|配备|完成|实现)")
# The verb right before a figure: "增长7%", "控制在5.5%以内", "稳定在100%", "分别增长10%、5%、8%".
_PREDICATE = re.compile(
    r"(?:将|还将|要)?(?:分别|(?<!年)均|都|全部|各|力争|保持)?(?:实现)?"
    r"(?:同比)?(?:增长|增速为?|增幅为?|达到|达|迈上|跨上|站上|提高到|提升到|提高至|提升至|提高|提升|增加至|增加到|增至|升至|扩大到|扩大至|扩展到|扩展至|超过|超|突破|控制在|控制|"
    r"保持在|稳定在|巩固在|维持在|保持|稳定|巩固|不低于|不少于|不超过|不高于|低于|(?:下降|降低|减少|降)(?:到|至|为)|"
    r"下降|降低|压减|减少|削减|压缩|再降|降|"
    r"涨幅为?|上涨|上升|收窄至|收窄到|缩小至|缩小到|缩小为|为|在|各|向)$"
)
# Rates where less is better: "城镇调查失业率5.5%左右", "资产负债率控制在65%左右".
_BAD_RATE = re.compile(r"失业率|负债率|发生率|死亡率|事故|能耗|排放|赤字|涨幅|价格|不良贷款率|空置率|返贫")
# Subjects that name a rate or a share: their % figure is a level to reach.
# A share of the province's whole is a rate too: "中央预算内投资资金占全省份额5%以上" (衢州市 2025), "资金占全省十分之一
# 以上" (岳阳市 2025, both tests/data/extract-unseen-16).
_RATE = re.compile(r"(?:率|比例|占比|比重|强度|覆盖率|普及率|度|指数|份额|占全[国省市])$")
# A stock that exists before the year (清洁能源总装机容量达到60万千瓦) is a level, not a yearly quantity.
# A capacity too: "粮食综合生产能力达到1.45万亿斤左右" (2026 national report). Money spent or earned in the year is a
# yearly total even as a 规模: "一般公共预算支出规模将首次达到30万亿元" (the same report).
_STOCK = re.compile(r"总|累计|容量|规模|保有|存量|总量|能力")
# A ratio to the population or a mean is where something stands, a level however it is worded: "每万人口高价值
# 发明专利拥有量14件左右", "劳动年龄人口平均受教育年限11.3年" (安徽省 2026,
# tests/data/extract-unseen-6/anhui-province-2026-plan-hant.txt).
_RATIO_OR_MEAN = re.compile(
    r"^每(?:十万|万|千|百)?(?:常住)?(?:人口|人|户)|拥有量|保有量|平均[^，,、]{0,6}(?:年限|寿命)"
)
# A capacity is a stock, where it stands: "粮食综合生产能力达到1.45万亿斤左右" (2026 national report) is a level; held
# (稳定在), it is a floor as every level held is: "粮食综合产能稳定在250亿斤" (佳木斯市 2021,
# tests/data/extract-unseen-29/jiamusi-city-2021-fiveyear.txt; CONVENTIONS.md, settled when batch I's 贵州省 had
# labelled its held capacity a level).
# 产能 is the same word shortened: "煤炭产能达345万吨" (张掖市 2025,
# tests/data/extract-unseen-28/zhangye-city-2025.txt).
_CAPACITY = re.compile(r"(?:(?:生产|供给|供应|保障)能力|产能)(?:每年|年均|常年)?$")
_FLOW = re.compile(r"支出|收入|投资|销售|营业|产值|增加值")
# What joins the two ends of a range: "6%—7%", "6%-7%", "6%至7%", and other fonts' dashes: "4.5%－5%", "4.5%–5%".
_RANGE = re.compile(r"[—\-－–―～~至到]{1,2}")
_COMPARISON = re.compile(r"[比较]上年|[比较]去年|同比")


@dataclass(slots=True)
class Target:
    figure: Figure
    kind: str
    direction: str
    subject: str  # what is counted or measured, as written: 地区生产总值, 新增市场主体
    quote_start: int
    quote_end: int
    list_index: int = 0  # place in a list sharing one predicate (分别增长10%、5%、8%)
    reasons: list[Doubt] = field(default_factory=list)  # why a reviewer should look at it
    named_at: int = 1 << 62  # where an earlier clause of the sentence names it, when its own clause does not


# Money spent with no object after its verb, and the project a clause right before names.
_SPENT = {"投入", "投资", "安排"}
_PROJECT_BEFORE = re.compile(r"([^，,。；;：:\n\d]{2,20}(?:项目|工程))[，,]$")


# A clause that opens with where its work is done: "在30所以上小学开设…" (海淀区 2026), "在张家川镇西街等8村实施…"
# (张家川县 2015, tests/data/extract-unseen-9).
_WHERE = re.compile(r"^[^\d，,]{0,2}在(?:[^\d，,；;]{1,12}等)?$")


def _project_title(text: str, start: int, position: int) -> int | None:
    """Where the project's title in quotes that POSITION is inside begins, if it is one: a title opens with its verb,
    "“新建3所公办幼儿园”" (始兴县 2021, tests/data/extract-unseen-4/shixing-county-2021-minsheng.txt); a name does not:
    “五个集成”."""
    before = text[start:position]
    opened = before.rfind("“")
    if opened < before.rfind("”"):
        opened = -1
    if opened < 0 and before.count('"') % 2:
        opened = before.rfind('"')
    if opened >= 0 and ACTION.match(before[opened + 1 :]):
        return start + opened + 1
    return None


def _names_a_list(text: str, figure: Figure, start: int, end: int) -> bool:
    """A figure inside a name: “五个集成”, “十项行动”; or Chinese numerals before a noun (六个方面工作, 一名牌)
    unless a verb right before counts them (建成两座桥)."""
    before = text[start : figure.start]
    if _project_title(text, start, figure.start) is not None or figure.written[:1] in MAGNITUDES:
        return False  # the quotes round a figure, not a name: 冲刺“千亿GDP” (see figures._MAGNITUDE)
    if before.count("“") > before.count("”") or before.count('"') % 2 or before.endswith(("“", "《")):
        return True
    if not figure.chinese:
        return False
    after = text[figure.end : end]
    if not after or after[0] in SEPARATORS or not is_cjk(after[0]):
        return False
    return not re.search(r"(?:新增|新建|建成|建设|培育|打造|创建|实施|改造|引进|完成|开展|举办)$", before)


_VERBS_ONLY = re.compile(rf"(?:推进|加快|{ANY_ACTION.pattern})+")


# 各 before the verb gives each name before it the count after it: "为苏尼特左旗第三幼儿园、苏尼特左旗第一中学各购置安装
# 1台…变压器" (苏尼特左旗 2026, tests/data/extract-unseen-18), as 各1家 does. Not 各类, 各种,
# 各项, 各级: all kinds of ("供热、供水、排水等各类管网800公里", 长春市 2026).
_EACH_THEN_VERB = re.compile(r"、[^、，,]*各(?![类种项级])[^、，,各]{1,4}$")


def _strip_filler(text: str, start: int, end: int) -> int:
    while start < end and text[start] in SEPARATORS:
        start += 1
    # "2025年预期目标是地区生产总值增长5%左右": the words announcing the target are not part of it.
    announced = re.match(r"[^，,、]{0,20}?目标(?:是|为)", text[start:end])
    if announced:
        start += announced.end()
    match = _FILLER.match(text[start:end])
    return start + (match.end() if match else 0)


def kind_of(predicate: str, subject: str, figure: Figure, share: bool) -> tuple[str, bool]:
    """The kind of a target and whether it was only a guess."""
    percent = figure.unit == "%"
    if subject.endswith("前") and figure.unit in ("位", "名"):
        return "ceiling", False  # 进入全省前10位: a rank, the lower the better
    if figure.grade:
        return "ceiling", False  # 保持Ⅱ类: class Ⅱ or better, so a bound from above
    if re.search(r"控制|不超过|不高于|(?<!不)低于", predicate) or figure.tail in ("以内", "之内", "以下", "内"):
        return "ceiling", False
    if re.search(r"收窄|缩小", predicate):
        return "ceiling", False  # a gap narrowed to a figure is kept under it: "城乡居民收入比收窄至1.5" (佛山市 2026)
    if re.search(r"(?:下降|降低|压降|压减|降)(?:到|至|为)$", subject + predicate):
        # Brought down to a figure is kept under it: "参保单位缴费费率由7%降至6%" (西安市 2025,
        # tests/data/extract-unseen-74), "社会物流总费用与GDP比率降低至13.6%左右" (吉林省 2026, -73).
        return "ceiling", False
    if re.search(r"压减|下降|降低|减少|削减|压缩|降$", predicate):
        # "让企业物流成本再降1个百分点" (固原市 2025, tests/data/extract-unseen-35/guyuan-city-2025-industry.txt)
        return "reduction", False
    if not figure.unit and re.search(r"(?:下降|降低|缩小|收窄)(?:到|至)?$", subject + predicate):
        # A ratio brought down to a figure is kept under it: "城乡居民人均可支配收入之比下降到3.02" (铜仁市 2021,
        # tests/data/extract-unseen-36/tongren-city-2021.txt).
        return "ceiling", False
    if not figure.unit and re.search(r"(?:比例|之比|比值|比|系数)$", subject):
        # A ratio reached, N:1: "比例达到2.4:1以上" (昌吉州 2021), "与农业总产值比达到3：1" (孝感市 2021,
        # tests/data/extract-unseen-36/xiaogan-city-2021-fiveyear.txt); a coefficient (利用系数达到0.6以上).
        return "level", False
    if (
        re.search(r"(?:人口|参保|参保人数|持证人数)$", subject)
        and not ANY_ACTION.search(subject)
        and re.fullmatch(r"(?:力争)?(?:达到|达|突破|超过|超)", predicate)
    ):
        # A population a city reaches is where it stands: "中心城区人口突破100万人" (遂宁市 2021,
        # tests/data/extract-unseen-36/suining-city-2021-fiveyear.txt); so are the people insured or certified:
        # "基本养老保险参保人数达600万人" (温州市 2026, tests/data/extract-unseen-69), "养老机构护理员持证人数达到
        # 4500人以上" (广东省 2026, tests/data/extract-unseen-68).
        return "level", False
    if (
        figure.unit.split("/")[0].endswith("元")
        and re.search(r"标准|补助|生活费|拨款水平", subject)
        and re.search(r"(?:提高|提升|调整|增加)(?:到|至|为)|达到$|不低于$|达$", subject + predicate)
    ):
        # A standard per head raised to a sum stands there: "苏北地区农村低保标准提高到每人每月210元以上" (江苏省 2011),
        # "孤儿每月基本生活费分别不低于1000元和600元" (山东省 2011, both tests/data/extract-unseen-90).
        return "level", False
    if figure.unit == "倍" and re.search(r"标准", subject):
        # A standard set as a multiple of another is where it stands: "特困人员基本生活保障标准不低于当地最低生活
        # 保障标准的1.6倍" (广东省 2026, tests/data/extract-unseen-68/guangdong-province-2026-minsheng.txt).
        return "level", False
    if figure.unit.lstrip("万亿") in ("千瓦时", "度", "kWh", "MWh", "GWh") and not _CAPACITY.search(subject):
        # Energy is produced or brought in over the year, its sum: "外调绿电规模达450亿千瓦时" (北京市 2026,
        # tests/data/extract-unseen-69/beijing-city-2026-tasks.txt); a capacity (千瓦, 产能…GWh) is where it stands.
        return "quantity", False
    if re.search(r"涨幅|上涨|价格", predicate + subject):
        # Prices rise under a bound, however worded: "居民消费价格指数稳定在3%左右" (焦作市 2021,
        # tests/data/extract-unseen-38), "居民消费价格指数累计增长3%" (湛江市 2021,
        # tests/data/extract-unseen-53/zhanjiang-city-2021.txt), as 涨幅3%左右 is.
        return "ceiling", False
    if re.search(r"增长|增速|增幅", predicate):
        return ("growth", False) if percent else ("quantity", True)
    if percent and re.search(r"年均增加$", subject + predicate) and not _RATE.search(subject):
        # A yearly rise in per cent is a growth rate: "产业增加值年均增加10%以上" (那曲市 2021,
        # tests/data/extract-unseen-31/naqu-city-2021-fiveyear.txt).
        return "growth", False
    # A growth rate with a floor, held or passed is still a growth: "全市地区生产总值年均增长不低于6%" (克拉玛依市 2021,
    # tests/data/extract-unseen-26/kelamayi-city-2021-fiveyear.txt), "地区生产总值增速保持在10%左右" (怒江州 2021,
    # tests/data/extract-unseen-38/nujiang-prefecture-2021-mixed.txt), "…人均可支配收入增速超过9.0%" (儋州市 2022,
    # tests/data/extract-unseen-50).
    held = re.fullmatch(r"不低于|不少于|达到|达|保持在?|稳定在|超过|超", predicate) is not None
    if percent and held and re.search(r"(?:增长|增速|增幅)$", subject):
        return "growth", False
    if figure.unit == "个百分点" and re.search(r"提高|提升|增加|上升", predicate):
        # "常住人口城镇化率提高0.9个百分点" (湖南省 2025, tests/data/extract-unseen-7/hunan-province-2025-plan.txt): a
        # rate's rise in the year.
        return "growth", False
    if raised_by(subject, predicate) and not percent:
        return "growth", False  # see extract/totals.py
    if percent and re.fullmatch(r"(?:将|要)?(?:力争)?(?:提高|提升)", predicate) and not _RATE.search(subject):
        return "growth", False  # "农村低保标准提高6%" raises it by 6%; 提高到 names the level to reach
    counted = ANY_ACTION.search(subject) or figure.counting or _FLOW.search(subject)
    if re.search(r"不低于|不少于", predicate) and not percent and counted:
        # 城镇新增就业不少于5000人, 走访慰问全市不低于120名困境儿童, 推介重大项目总投资不低于2000亿元: this year's
        # work (a count, a yearly total), with a floor under it
        return "quantity", False
    if re.search(r"浓度$", subject) or figure.unit.replace("／", "/").startswith(("微克/", "毫克/")):
        # A pollutant's concentration is kept under its figure: "空气中细颗粒物浓度25微克/立方米" (大连市 2026,
        # tests/data/extract-unseen-8/dalian-city-2026-fiveyear.txt).
        return "ceiling", False
    # A stock kept at a size while it is drawn on and refilled is where it stands: "动态储备5000亩左右工业熟地" (衢州市
    # 2025, tests/data/extract-unseen-16/quzhou-city-2025.txt), "储备库项目总投资动态保持6000亿元以上" (泸州市 2025).
    if re.search(r"动态(?:储备|保持|保有)", subject + predicate):
        return "level", False
    # A floor is a level held (保持, 稳定在); a rate to reach with a bound under it is a level like any rate reached:
    # "新签约项目当年开工率不低于50%" (宿迁市 2025, tests/data/extract-unseen-14/suqian-city-2025.txt).
    if re.search(r"保持|稳定|巩固|维持", predicate) or re.search(r"守住|严守|坚守|守牢", subject + predicate):
        return "floor", False
    if re.match(r"(?:稳定|稳住|保持)(?![和及与])[^，,、；;\d]{2,}", subject) and not percent:
        # Held at a figure, the verb before what it holds: "稳定粮食播种面积130.6万亩" (泉州市 2026,
        # tests/data/extract-unseen-70/quanzhou-city-2026-tasks.txt).
        return "floor", False
    if _CAPACITY.search(subject) and not percent:
        return "level", False
    # Every one of them at least the figure is a floor under each: "村集体经济组织年经营性收入全部达5万元以上" (江津区
    # 2023, tests/data/extract-unseen-3/jiangjin-district-2023-fiveyear.txt).
    # Not names listed before 均, each its own count: "签约项目、开工项目、投产项目均达到100个以上" (安阳市 2023,
    # tests/data/extract-unseen-51/anyang-city-2023.txt).
    if re.search(r"(?:全部|均|都)达", predicate) and figure.tail in ("以上", "及以上") and "、" not in subject:
        return "floor", False
    if share:
        return "floor", False
    if percent:
        if _BAD_RATE.search(subject):
            return "ceiling", False
        if re.search(r"达|提高|提升|增至|升至", predicate) or _RATE.search(subject):
            return "level", False
        return "level", True
    if count_reached(subject, predicate, figure.unit) and not ANY_ACTION.search(subject) and not _FLOW.search(subject):
        return "level", False  # see extract/totals.py
    if yearly_total(subject, figure.unit) or added_up(subject):
        return "quantity", False  # a flow: the year's sum, also when set for 2030 (see extract/totals.py)
    if stock_reached(subject, predicate):
        return "level", False
    if not percent and re.search(r"累计(?:建成|支持|服务|培育)", subject):
        # A count summed from the start, by the year's end, is where it stands: "累计建成新就业群体友好阵地7000个以上"
        # (重庆市 2026), "累计支持科技型企业超2.2万家" (苏州市 2026, both tests/data/extract-unseen-66); additions
        # summed (累计新增, 新建…累计) are work, see extract/totals.py.
        return "level", False
    stock = _STOCK.search(subject) and not (_FLOW.search(subject) and "规模" in subject)
    if re.search(r"达|提高|提升", predicate) and (stock or subject.startswith("每")):
        return "level", False  # a stock, or a ratio to the population (每千人口床位数达到6.5张)
    if re.search(r"里程$", subject) and not ANY_ACTION.search(subject):
        # A length in service is where a network stands: "铁路里程200公里" (昌吉州 2021,
        # tests/data/extract-unseen-33/changji-prefecture-2021-fiveyear.txt); one to build (新建…公里) is work.
        return "level", False
    passed = re.fullmatch(r"突破|超过|超", predicate) is not None
    worked = ANY_ACTION.search(subject.replace("建成区", "")) is not None  # 建成区 is a city's built-up area
    if re.search(r"面积$", subject) and not worked and (passed or subject.endswith("建成区面积")):
        # An area passed is where it stands: "光伏治沙面积突破100万亩" (鄂尔多斯市 2025,
        # tests/data/extract-unseen-30/eerduosi-city-2025-ecology.txt), and so is a city's size: "中心城区建成区面积
        # 170平方公里" (毕节市 2021, tests/data/extract-unseen-29/bijie-city-2021-fiveyear.txt). An area worked in the
        # year (播种面积, 覆盖面积, 改善灌溉面积) is the year's quantity.
        return "level", False
    if re.search(r"余额$", subject) and not re.search(r"增加|新增", predicate):
        # A balance is a stock, where it stands however it is reached: "绿色贷款余额突破800亿元" (吉安市 2025,
        # tests/data/extract-unseen-28/jian-city-2025-ecology.txt).
        return "level", False
    if stock and re.search(r"规模(?:超过?|突破)$", subject + predicate):
        return "level", False  # the size a fund is built to: "打造规模超100亿元的科创风投基金群" (厦门市 2026)
    if re.search(r"(?:提高|提升|增加|扩大|扩展)(?:到|至)$", predicate):
        # "受教育年限提高到11.7年": raised to a level it has before the year; "门诊慢特病报销范围分别扩大到40种和30种"
        # (菏泽市 2021, tests/data/extract-unseen-6): the kinds a cover reaches.
        return "level", False
    if _RATIO_OR_MEAN.search(subject) and not ANY_ACTION.search(subject) and not re.search(r"增加$|新增", predicate):
        return "level", False
    if re.search(r"达|到|至", predicate) and ("人均" in subject or "/人" in figure.unit):
        return "level", False  # 人均收入达到3.5万元, 劳动生产率达58万元/人; not 提高30元 (a rise)
    # A figure per head with no verb is where the ratio stands: "全员劳动生产率24.3万元/人左右" (马鞍山市 2025,
    # tests/data/extract-unseen-13/maanshan-city-2025.txt).
    if "/人" in figure.unit and not predicate.strip():
        return "level", False
    return "quantity", False


def _direction(kind: str, figure: Figure) -> str:
    tail = figure.tail
    if figure.grade:
        return "at_most"  # Ⅱ类以上 is class Ⅱ or a better (lower) one
    if tail in BOUND:
        return BOUND[tail]
    return "at_most" if kind == "ceiling" else "at_least"


# What joins names, and not the 与 inside one term: 研究与试验发展 and 研究与开发 are R&D ("研究与试验发展经费投入强度
# 0.8%以上", 亳州市 2021, tests/data/extract-unseen-29/bozhou-city-2021.txt); nor 及以上, "and above" (县级及以上城市).
_JOINS_NAMES = re.compile(r"(、|和|及(?!以上|以下)|(?<!研究)与|与(?!试验发展|开发))")


def _names(subject: str) -> list[tuple[int, str]]:
    """The items of "A、B和C": (offset in subject, item). The two terms of a ratio joined by 与 or 和 are one name
    ("农产品加工值与农业生产总值比例"); names before it (海上风电、核电…参股比例) are each their own."""
    if re.search(r"(?:比例|之比|比值)$", subject) and re.search(r"[与和]", subject) and "、" not in subject:
        return [(0, subject)]
    items, offset = [], 0
    for part in _JOINS_NAMES.split(subject):
        if part and part not in "、和及与":
            items.append((offset, part))
        offset += len(part)
    # The names then their count and what they are: "…中等收入群体比重、人才贡献率6个关键短板指标均提高10个百分点
    # 以上" (楚雄州 2021, tests/data/extract-unseen-45/chuxiong-prefecture-2021-fiveyear.txt): the last name ends at its
    # count.
    if len(items) > 1:
        last_offset, last = items[-1]
        counted = re.match(r"(.+?)\d+[个项类大]", last)
        if counted:
            items[-1] = (last_offset, counted.group(1))
    return items


def targets(text: str, start: int, end: int) -> list[Target]:
    """The quantified targets stated in the clause text[start:end]."""
    found: list[Target] = []
    stated = [
        read
        for figure in figures(text, start, end)
        if not size_only(text, figure, end) and not _names_a_list(text, figure, start, end)
        if not no_commitment(text, figure, start)
        if (read := figure.read()) is not None
    ]
    # A figure with 以上 right after a count is the class of the things counted: "完成超230个50户以上木质房屋连片村寨
    # …建设" (黔东南州 2025, tests/data/extract-unseen-7/qiandongnan-prefecture-2025-minsheng.txt).
    ends = {figure.end for figure in stated}
    stated = [
        f for f in stated if not (f.start in ends and f.tail in ("以上", "及以上") and is_cjk(text[f.end : f.end + 1]))
    ]
    if COVERED.search(text[start:end]) and "实现" in text[start:end]:
        return []
    if PART_OF_THE_FIGURE_BEFORE.match(text[start:end]) and not a_part_of_its_own(text, start, stated):
        stated = own_work_in_part(text, stated)
    scoping = [scopes(text, figure, start, end) for figure in stated]
    only_where = [
        not all(scoping[index:]) or _WHERE.match(text[start : figure.start]) is not None
        for index, figure in enumerate(stated)
    ]
    kept = [figure for index, figure in enumerate(stated) if not (scoping[index] and only_where[index])]
    previous_end = start
    if len(kept) < len(stated) and kept:
        # What is done starts at its verb, after the place it is done in: "在12个乡镇|硬化通村道路18万平方米".
        # The places may also come after the first count kept ("新建N个…，在M个村…"): then nothing scopes it.
        scoped_end = max((figure.end for figure in stated if figure.end <= kept[0].start), default=start)
        verb = ANY_ACTION.search(text, scoped_end, kept[0].start)
        previous_end = verb.start() if verb else scoped_end
    group: list[Target] = []  # targets sharing one subject and predicate
    names: list[tuple[int, str]] = []
    respectively = False
    counted_verb = ""  # the verb before the last count, which a count listed after it shares
    for position, figure in enumerate(kept):
        if found and found[-1].quote_end == end and figure.start >= found[-1].quote_start:
            break  # "20%的村集体年收入超30万元": what follows a share describes it
        if found and _RANGE.fullmatch(text[previous_end : figure.start]):
            # "增长6%—7%": one target, its lower bound; the reviewer decides what the range means.
            found[-1].quote_end = figure.end
            found[-1].reasons.append(Doubt("doubt.range", end=f"{figure.value:g}{figure.unit}"))
            previous_end = figure.end
            continue
        item_start = _strip_filler(text, previous_end, figure.start)
        title_start = _project_title(text, item_start, figure.start)
        item_start = title_start if title_start is not None else item_start
        segment = text[item_start : figure.start]
        after = text[figure.end : end]
        next_start = kept[position + 1].start if position + 1 < len(kept) else end
        # "加快建设3个国家中西医协同“旗舰”医院、20个“旗舰”科室" (武汉市 2026): a count with the thing it counts after it
        # is a target of its own, done with the first one's verb; "改造老旧小区25个、1697户" shares the first's name.
        own_noun = (
            bool(group)
            and group[0].figure.counting
            and group[0].quote_end > group[0].figure.end
            and figure.counting
            and bool(after)
            and is_cjk(after[0])
        )
        own_verb = counted_verb if own_noun and len(counted_verb) <= 6 and ANY_ACTION.search(counted_verb) else ""
        if not segment.strip(SEPARATORS) and group and not own_noun:
            # "增长5.5%和8%", "分别增长10%、5%、8%": the figure shares the subject before it.
            first = group[0]
            index = len(group)
            subject = names[index][1] if respectively and index < len(names) else first.subject
            target = Target(
                figure,
                first.kind,
                _direction(first.kind, figure),
                subject,
                first.quote_start,
                figure.end,
                index,
                list(first.reasons),
            )
            if respectively and 1 < len(names) <= index:
                target.reasons.append(Doubt("doubt.respectively"))
            group.append(target)
            found.append(target)
            previous_end = figure.end
            continue
        predicate_match = _PREDICATE.search(segment)
        predicate = predicate_match.group(0) if predicate_match else ""
        if predicate in ("提升", "提高") and figure.counting and after and is_cjk(after[0]):
            # "改造提升100处小微空间" (武汉市 2026): 提升 is part of the work, and what is worked on follows the count.
            predicate = "" if ANY_ACTION.search(segment[: -len(predicate)][-2:]) else predicate
        # A count at its clause's end measures the work named before it: "优化公交线路30条" (福州市 2026).
        sizes_work = figure.unit != "%" and after[:1] not in ("", "。", "！", "？", *SEPARATORS)
        # Projects named by example, then counted, are the ones the year pushes on: "加快推进…全意传动模组等405个重点
        # 项目" (衢州市 2025, tests/data/extract-unseen-16), as 开工建设…等488个 and 建成投用…等186个 beside it. A floor
        # under the count makes it the work's as 不少于 does: "推动2个以上片区更新项目" (琼海市 2026).
        pushed = not predicate and sizes_work and pushed_on(segment, after, figure)  # see extract/worked.py
        if (
            not predicate
            and sizes_work
            and not pushed
            and only_sizes_the_effort(segment, after, text[figure.end : end])
            and not planned_money(segment, figure.unit, after)
            and not (segment.endswith("等") and "项目" in after[:6])
            and not (figure.counting and figure.tail.endswith("以上"))
        ):
            previous_end = figure.end
            continue
        if per_unit_standard(segment):
            previous_end = figure.end
            continue
        subject = segment[: len(segment) - len(predicate)] if predicate else segment
        subject = own_verb + subject.strip(SEPARATORS) if own_noun else subject
        named_after = text[figure.start + len(figure.written) : figure.number_end].strip('”"')
        if figure.written[:1] in MAGNITUDES and named_after:  # 冲刺“千亿GDP”: the indicator follows its magnitude
            subject = named_after
        # "60%的政府投资项目推行以工代赈", "财政资金70%以上投入民生": a share the year's work must meet.
        # "为持有居住证的农民工随迁子女100%提供公办学位" (温州市 2025, tests/data/extract-unseen-5): a share right
        # before the verb of the work is how much of it must be done.
        share = (after.startswith("的") and figure.unit == "%") or (
            figure.unit == "%"
            and (figure.tail in ("以上", "及以上") or _SHARE_VERB.match(after) is not None)
            and bool(after)
            and is_cjk(after[0])
        )
        reasons: list[Doubt] = []
        aside = BREAKDOWN.match(after) is not None  # "改造12座(其中:…)": the bracket names nothing counted
        if share and after.startswith("的"):
            subject = text[figure.end + 1 : end]
        elif share:
            subject = subject + after
        elif figure.counting and after and is_cjk(after[0]) and not predicate and not aside:
            # "新引进2家医药龙头企业入驻园区": the noun after the count is what is counted.
            noun_end = end
            if position + 1 < len(kept):
                noun_end = max(figure.end, _item_boundary(text, figure.end, next_start))
            subject = subject + text[figure.end : noun_end]
        work = "" if figure.counting or predicate or not after or not is_cjk(after[0]) else work_named_after(after)
        verb_alone = _VERBS_ONLY.fullmatch(subject) is not None
        if not work and not figure.counting and not predicate and after and is_cjk(after[0]) and verb_alone:
            # "新建23公里碧道" (始兴县 2021), "推进8.5万亩高标准农田建设" (高县 2022): a verb alone before the measure,
            # what it measures after it.
            noun_end = _item_boundary(text, figure.end, next_start) if position + 1 < len(kept) else end
            work = re.split(r"[”\"]", text[figure.end : max(figure.end, noun_end)])[0].rstrip("。；;！!，,、")
        subject += work
        kind, guessed = kind_of(predicate, subject, figure, share)
        reached = re.search(r"(?:实现|达到)$", text[start : figure.start]) and not re.search(r"\d", after)
        if kind == "floor" and share and reached:
            # "实现90%以上的建制村通公交" (菏泽市 2021, tests/data/extract-unseen-6): a share reached is a rate, a
            # level; not a share of units over a bar of their own, a floor: "实现20%的村集体年收入超30万元" (海南某县
            # 2024).
            kind = "level"
        if guessed:
            reasons.append(guessed_kind(kind))
        if pushed:
            reasons.append(Doubt("doubt.pushed on"))
        reasons.extend(figure.doubts())
        if not subject.strip(SEPARATORS):
            reasons.append(Doubt("doubt.no subject"))
        if not predicate and not pushed and not ANY_ACTION.search(segment) and not share and kind == "quantity":
            reasons.append(Doubt("doubt.no verb"))
        if _COMPARISON.search(text[start:end]):
            reasons.append(Doubt("doubt.compared"))
        quote_end = figure.end
        names_more = share or (figure.counting and bool(after) and is_cjk(after[0]) and not predicate and not aside)
        if (share and after.startswith("的")) or (names_more and position + 1 >= len(kept)):
            quote_end = end
        elif names_more:
            quote_end = max(figure.end, _item_boundary(text, figure.end, next_start))
        if work:
            quote_end = figure.end + len(work)
        if planned_money(segment, figure.unit, after) and the_project(after):
            quote_end = end  # the project's whole cost, named with it; the year may spend only part of it
            reasons.append(Doubt("doubt.whole money"))
        if title_start is not None:  # the title ends at its closing quote
            closing = [at for at in (text.find(mark, figure.end, end) for mark in '”"') if at >= 0]
            quote_end = min(closing, default=quote_end)
        quote_start = figure.start if share and after.startswith("的") else item_start
        respectively = "分别" in predicate
        each = re.search(r"均|都|全部|各", predicate) is not None or _EACH_THEN_VERB.search(subject) is not None
        names = share_the_measure(_names(subject)) if (respectively or each) else []
        # One figure after several names that 分别 gives a figure each is each name's: "规模以上工业增加值、
        # 固定资产投资、社会消费品零售总额、商品进出口总值分别增长5%" (广州市 2026,
        # tests/data/extract-unseen-7/guangzhou-city-2026-spam.txt).
        listed_on = position + 1 < len(kept) and not text[figure.end : kept[position + 1].start].strip(SEPARATORS)
        each = each or (respectively and not listed_on)
        if not names and not respectively and figure.unit == "%" and _RATE.search(subject):
            # "政务服务评价率和好评率达到100%", "城乡养老、医保参保率巩固在95%以上": rates sharing one figure. Not
            # examples 等 closes into the place one rate is taken in: "医疗卫生机构、大型商业综合体等人员密集场所…
            # 接入率达到100%" (万盛 2026); "中央预算内投资等份额" (金华市 2025) is still each one's share.
            listed = [] if re.search(r"等[^、]*(?:场所|机构|单位|区域)", subject) else _names(subject)
            # 与 joins what one rate relates: "村卫生室与乡镇卫生院一体化管理率达90%" (北京市 2026,
            # tests/data/extract-unseen-69/beijing-city-2026-tasks.txt) is one rate.
            rates = all(_RATE.search(name) for _, name in listed) or not re.search(r"[和与]", subject)
            if len(listed) > 1 and rates and all(len(name) >= 2 for _, name in listed):
                names, each = listed, True
        if not names and not respectively and kind == "growth":
            listed = _names(subject)  # see lists.each_grows
            if each_grows(subject, listed, text[figure.number_end : figure.number_end + 6]):
                names, each = listed, True
        if each and len(names) > 1:
            group = []
            for offset, name in names:
                target = Target(
                    figure, kind, _direction(kind, figure), name, item_start + offset, quote_end, 0, list(reasons)
                )
                found.append(target)
            previous_end = figure.end
            continue
        if subject in _SPENT and not found:
            # "绿色安全双管齐下项目,计划投入30万元" (双龙湖街道 2025): money with no object is the project's named
            # just before.
            named = _PROJECT_BEFORE.search(text, max(0, start - 30), start)
            if named:
                quote_start, subject = named.start(1), named.group(1) + subject
        first_subject = names[0][1] if respectively and names else subject
        target = Target(figure, kind, _direction(kind, figure), first_subject, quote_start, quote_end, 0, reasons)
        group = [target]
        counted_verb = own_verb or text[quote_start : figure.start]
        found.append(target)
        previous_end = max(figure.end, quote_end) if quote_end < next_start else figure.end
    spread_bounds(found)
    share_the_verb(text, found)
    _approached(text, found)
    whole_quote_for_respectively(found)
    town_and_country(found)
    return found


def _approached(text: str, found: list[Target]) -> None:
    """A figure a goal comes close to is a figure about which it lands: "人均地区生产总值接近13.5万元" (银川市 2026,
    tests/data/extract-unseen-8/yinchuan-city-2026-fiveyear.txt); so is one said to be about (约):
    "计划增设汽车充电桩约50个" (宁海县 2023, tests/data/extract-unseen-11)."""
    for target in found:
        close = not target.figure.tail and text.endswith(("接近", "逼近", "约"), 0, target.figure.start)
        if close or (text.endswith("向", 0, target.figure.start) and HEADED_FOR.match(text, target.figure.end)):
            target.direction = "about"


def _item_boundary(text: str, after: int, next_start: int) -> int:
    """Where the noun after a count ends: the last separator before the next figure's item."""
    stretch = text[after:next_start]
    cut = max(stretch.rfind(mark) for mark in "、，,；")
    if cut <= 0:  # "268个公共服务项目和500个城市更新项目" (厦门市 2026, tests/data/extract-unseen-9)
        joined = [match.start() for match in re.finditer(r"以及|和|及|与", stretch)]
        cut = joined[-1] if joined else cut
    return after + cut if cut > 0 else after
