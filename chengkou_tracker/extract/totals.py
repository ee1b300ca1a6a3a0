"""Flows and stocks: whether a figure a total reaches is a year's sum (a quantity) or where something stands (a level).

A flow is summed over a year and starts again from nothing the next: what is produced (地区生产总值, 经济总量, 工业
总产值, 增加值), sold (营收, 社会消费品零售总额), traded (进出口总额) or drawn in (实际利用外资, 旅客吞吐量). Its
figure for 2030 is still that year's sum, a `quantity`, however the goal is worded (达到, 突破, 迈上…台阶). A stock
carries over from year to year (人才总量, 每万人口…拥有量, 装机容量), and a rate, a mean or a standard (补助提高至
6000元) stands where it is set: a `level`.
"""

from __future__ import annotations

import re

# "地区生产总值达到2.6万亿元" (宁波市 2026), "社会消费品零售总额6700亿元", "进出口总额6000亿元" (合肥市 2026), "规上
# 人工智能核心产业营收超6000亿元" (杭州市 2026), "实际利用外资达到5亿美元" (大连市 2026), all in
# tests/data/extract-unseen-8.
_YEARLY_TOTAL = re.compile(
    r"生产总值|GDP|经济总量|产值|增加值|营收|营业收入|销售收入|主营业务收入|零售总额|进出口|外贸|利用外资|使用外资|吞吐量|"
    r"交易额|成交额|销售额|营业额|物流总额|"
    # Investment in fixed assets is the year's spending; 社消零 abbreviates 社会消费品零售总额: "固定资产投资总额
    # 突破4000亿元，社消零总额突破5000亿元" (东莞市 2026, tests/data/extract-unseen-9/dongguan-city-2026-fiveyear.txt).
    r"固定资产投资|社消零|"
    # What is produced in a year is a flow however it is reached: "非常规天然气产量2030年达到300亿立方米" (山西省 2026,
    # tests/data/extract-unseen-11/shanxi-province-2026-fiveyear.txt); a harvest held (产量稳定在…以上) stays a floor.
    r"产量|"
    # What is spent or collected in a year: "2030年全社会研发投入突破70亿元" (呼和浩特市 2026,
    # tests/data/extract-unseen-20/hohhot-city-2026-fiveyear.txt), 一般公共预算收入 (its 强度, a share of GDP, is a
    # ratio).
    r"研发(?:经费)?投入|研发经费|预算收入|财政(?:总)?收入|税收(?:收入)?|"
    # An industry's scale is what it turns over in a year: "新能源汽车…产业规模突破1000亿元" (池州市 2025,
    # tests/data/extract-unseen-46/chizhou-city-2025.txt); a fund's 规模 is what it holds.
    r"产业(?:链|集群)?规模|"
    # What visitors spend in a year: "旅游综合收入达400亿元" (孝感市 2021, tests/data/extract-unseen-36).
    r"旅游(?:综合|总)?(?:收入|花费)|"
    # Freight carried and trains run in a year: "重庆经西部陆海新通道货运量达到50万标箱", "中欧班列（成渝）
    # 年开行量保持在4800列以上" (重庆市 2026, tests/data/extract-unseen-66/chongqing-city-2026-fiveyear.txt).
    r"[货客联]?运量|开行量|发送量"
)
# Per head, per unit or a share of the whole is a ratio, where it stands: 人均地区生产总值, 增加值占…比重.
_RATIO = re.compile(r"人均|每|占|比重|率|强度|/人")
# A stock named by what it holds: "人才总量突破350万人" (合肥市 2026), 汽车保有量, 每万人口…拥有量; a figure per
# head is a ratio to the population: "人均地区生产总值突破3万美元" (杭州市 2026).
_STOCK = re.compile(r"(?:总量|拥有量|保有量|存量|储量)$")
# A standard raised to a sum: "提高村衛生室基本運行經費補助至6000元" (鹿邑县 2024,
# tests/data/extract-unseen-8/luyi-county-2024-minsheng-glossed.txt).
_RAISED_TO = re.compile(r"^(?:提高|提升|上调|增加|调增)[^，,；;、]*(?:至|到)$")
# What reaching a stock is worded as; anything else (新增, 增长) is a change, not where it stands.
_REACHED = re.compile(r"^(?:力争)?(?:达到|达|突破|超过|超|迈上|接近)?$")


def yearly_total(subject: str, unit: str) -> bool:
    """SUBJECT names a total summed over a year (see _YEARLY_TOTAL), not a ratio of one."""
    return _YEARLY_TOTAL.search(subject) is not None and _RATIO.search(subject + unit) is None


# Additions summed over the years are a quantity too: "城镇新增就业人数五年累计达到66万人" (大连市 2026,
# tests/data/extract-unseen-8/dalian-city-2026-fiveyear.txt); not a stock that 累计 names alone (累计装机容量).
_ADDED_UP = re.compile(r"(?:新增|新建|新开工|引进|培育)[^，,；;]*累计|累计(?:新增|新建|新开工|引进|培育|完成)")


def added_up(subject: str) -> bool:
    """SUBJECT sums what is added over the years (see _ADDED_UP)."""
    return _ADDED_UP.search(subject) is not None


# A mean stands where it is, whichever people it is the mean of: "新增劳动力平均受教育年限达到14.2年" (青海省 2026,
# tests/data/extract-unseen-11/qinghai-province-2026-fiveyear.txt) is where new workers' schooling stands, not work.
_MEAN = re.compile(r"平均[^，,、]{0,6}(?:年限|寿命)|预期寿命")
# Bodies that exist from year to year, counted where their number is to stand: "省实验室达到20家" (山西省 2026, beside
# "国家级实验室再增加2—4家", the ones to add). A count of work names its verb (新建, 培育): see ANY_ACTION.
# Kinds and chains too: "千亿级产业链达到12条" (陕西省 2026,
# tests/data/extract-unseen-71/shaanxi-province-2026-industry.txt); not 项, results a year turns out
# (科技成果本地转化数量超过4500项, 长春市 2026).
_BODY_UNITS = ("家", "个", "所", "座", "处", "户", "种", "条")


def stock_reached(subject: str, predicate: str) -> bool:
    """A stock or a figure per head that reaches the figure (人才总量突破350万人), or a standard raised to it
    (补助提高至6000元)."""
    if _RAISED_TO.search(subject) or (_MEAN.search(subject) and _REACHED.match(predicate) and predicate):
        return True
    name = re.sub(r"(?:超|接近)$", "", subject)
    return (
        (_STOCK.search(name) is not None or "人均" in name)
        and not yearly_total(name, "")
        and _REACHED.match(predicate) is not None
        and not re.search(r"新增|累计", name)
    )


def count_reached(subject: str, predicate: str, unit: str) -> bool:
    """SUBJECT, bodies counted with no verb of work, reaches a number (达到20家) or passes it: where their count stands.
    "高新技术企业数突破800家" (滁州市 2021, tests/data/extract-unseen-26), "力争高新技术企业总数突破950家" (漳州市 2025,
    tests/data/extract-unseen-17): the firms there are, not the ones the year adds (新增, 培育: a verb of work)."""
    reached = re.fullmatch(r"(?:力争)?(?:分别)?(?:达到|达|突破|超过|超|增至|增加到)", predicate) is not None
    # Not what the year adds or supports, passing a number: "增加学位超20万个", "支持超10所县域公办普通高中补短板",
    # "为超1000个孤独症儿童家庭…" (广东省 2026, tests/data/extract-unseen-68/guangdong-province-2026-minsheng.txt).
    reached = reached and not re.match(r"(?:为|向|增加|支持|扶持|资助|帮助)", subject)
    # Counted in ten thousands too: "高新技术企业达到1.95万家" (苏州市 2026,
    # tests/data/extract-unseen-66/suzhou-city-2026.txt).
    return bool(predicate) and reached and unit.lstrip("万千百") in _BODY_UNITS


def raised_by(subject: str, predicate: str) -> bool:
    """A mean raised BY a figure (人均预期寿命再提高1.5岁, 青海省 2026) is its rise, a growth, as 提高0.9个百分点 is a
    rate's; raised TO one (提高到11.7年) is the level."""
    return _MEAN.search(subject) is not None and re.fullmatch(r"(?:提高|提升|增加|延长)", predicate) is not None
