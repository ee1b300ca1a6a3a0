"""Recogniser: the figures of a clause, each a number with its unit as written (1.5 亿元, 3 万亩, 7 %).

A number counts only with a unit after it, which already keeps out most numbers that name
things: 5G, G69, 3A级, 〔2023〕3号, 十四五, 二十大, 297团, 二期. Multipliers stay in the unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from chengkou_tracker.extract.doubts import Doubt

# Units that count things (a deliverable): "新引进2家医药龙头企业", "新建5G基站80个".
COUNTING = (
    "个百分点",
    "人次",
    "场次",
    "户次",
    "个",
    "家",
    "户",
    "人",
    "名",
    "座",
    "所",
    "条",
    "项",
    "件",
    "处",
    "盏",
    "场",
    "次",
    "套",
    "台",
    "辆",
    "张",
    "间",
    "栋",
    "支",
    "只",
    "头",
    "羽",
    "袋",
    "株",
    "棵",
    "篇",
    "部",
    "宗",
    "类",
    "种",
    "册",
    "块",
    "架",
    "艘",
    "床",
    "位",
    "批次",
    "期",
    "届",
    "趟",
    "班",
    "组",  # cameras and the like in sets: "完成…100组治安摄像头加装" (双龙湖街道 2025)
    # Poles and pipes: "更换路灯杆2500根" (本溪市 2025, tests/data/extract-unseen-30/benxi-city-2025-minsheng.txt).
    "根",
    "眼",  # wells and springs: "对农村2万眼机井实施物业化管护" (菏泽市 2021, tests/data/extract-unseen-6)
    "村",  # villages given a project: "完成陇城上袁等31村扶贫开发整村推进项目建设" (秦安县 2015)
    # Hours of teaching, and things that come in pairs (a bus stop on each side of the road):
    # "配送文艺指导不少于1800课时" (长宁区 2024, tests/data/extract-unseen-12); "改扩建城区公交站台10对" (旌德县 2015,
    # tests/data/extract-unseen-13).
    "课时",
    # Trains run and blocks built: "中欧班列（成渝）年开行量保持在4800列以上" (重庆市 2026),
    # "新增营业收入亿元以上楼宇10幢" (兰州市 2026, tests/data/extract-unseen-66, -67).
    "列",
    "幢",
    "例",  # operations and cases: "实施免费手术2000例" (内蒙古 2026, tests/data/extract-unseen-69)
    "对",
    # Doses given, courses taught, deals done: "疫苗接种服务3万剂次以上" (西安市 2026), "老年教育课程100门" (浙江省
    # 2026), "完成并购交易30单以上" (无锡市 2026, tests/data/extract-unseen-122, -126, -125).
    "剂次",
    "门",
    "单",
    # Products and trains run: "打造50款首版次软件" (南京市 2026), "开行4000班次" (河南省 2026,
    # tests/data/extract-unseen-132, -133).
    "款",
    "班次",
    "件套",  # "更新城乡公共场所健身器材1000件套" (上海市 2026, tests/data/extract-unseen-136)
)
# Units that measure size: followed by a noun they size a project ("8万千瓦光伏") and are no target.
MEASURING = (
    "微克/立方米",
    # Grams per kilogram, of the soil's organic matter: "全省土壤有机质平均含量28克/千克" (吉林省 2026,
    # tests/data/extract-unseen-67/jilin-province-2026-fiveyear.txt).
    "克/千克",
    "元/人",  # money per person: 全员劳动生产率达58万元/人左右 (北京市 2026)
    # A standard paid per month or year: "城市低保标准提高到700元/月" (湖南省 2024,
    # tests/data/extract-unseen-103/hunan-province-2024-minsheng.txt).
    "元/月",
    "元/年",
    "皮长公里",
    # A capacity per day: "新增污泥处置能力1000吨/日" (深圳市 2026, tests/data/extract-unseen-126), "新增污水处理能力
    # 15万吨/日"; electricity in 度 counted by the myriad or more (新能源发电量超3000亿度, 内蒙古 2026); a crop in 担
    # (产量140万担以上, 昆明市 2026); land worked times over (农机作业服务面积60万亩次以上, 贵州省 2026);
    # computing power (算力规模突破190Eflops, 贵阳市 2026, tests/data/extract-unseen-125, -127).
    "吨/日",
    "亿度",
    "万度",
    "担",
    "亩次",
    "EFLOPS",
    "Eflops",
    # Computing power in petaflops, written P after 算力: "推动可调度算力规模突破1.5万P" (东莞市 2026,
    # tests/data/extract-unseen-135); P elsewhere is no unit (see `figures`).
    "P",
    # Deaths in work accidents per unit of output: "单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下"
    # (北京市 2026, tests/data/extract-unseen-69/beijing-city-2026-fiveyear.txt).
    "人/百亿元",
    "例/日",  # tests a day: "核酸检测能力提升至3.8万例/日" (汕尾市 2021, tests/data/extract-unseen-47)
    "人/亿元",
    "平方公里",
    "平方米",
    "m²",  # an area written with the symbol: "修缮约500m²" (美兰区 2025, tests/data/extract-unseen-24)
    "㎡",
    "立方米",
    # Cubic metres as people say them: "新增蓄水能力300万方" (永州市 2025,
    # tests/data/extract-unseen-30/yongzhou-city-2025-minsheng.txt); digits only (一方, 双方 are sides).
    "方",
    "千瓦时",
    "公里",
    "千米",
    "公顷",
    "千瓦",
    "兆瓦",
    # Power and energy in Latin letters: "动力电池产业建成和在建产能达到240GWh" (宜宾市 2025,
    # tests/data/extract-unseen-48/yibin-city-2025-industry.txt).
    "GWh",
    "MWh",
    "kWh",
    "GW",
    "MW",
    "kW",
    "吨标准煤",
    "吨标煤",  # "形成节能量42万吨标煤以上" (浙江省 2026, tests/data/extract-unseen-131)
    "标箱",
    "千克",
    "公斤",
    "小时",
    "美元",  # money in other currencies: 实际利用外资1.8亿美元
    "欧元",
    "港元",
    "元",
    "亩",
    "米",
    "吨",
    "斤",
    "天",
    # A full year of age: "人均预期寿命达到78周岁" (黔西南州 2021,
    # tests/data/extract-unseen-33/qianxinan-prefecture-2021-fiveyear.txt).
    "周岁",
    "岁",
    "倍",
    "年",
)
# "6万余名中小学生" (璧山区 2025, tests/data/extract-unseen-5): 余 or 多 may stand between the multiplier and the
# measure.
_PREFIX = "(?:(?:万亿|亿|万|千)(?P<inner>多|余)?|百)?"
# A unit per something may be written with a full-width slash, as a copy from a word processor does: "PM2.5浓度低于
# 20微克／立方米" (呼和浩特市 2026, tests/data/extract-unseen-20/hohhot-city-2026-fiveyear.txt).
_FULL_WIDTH_SLASHED = tuple(unit.replace("/", "／") for unit in MEASURING if "/" in unit)
_BASES = sorted(COUNTING + MEASURING + _FULL_WIDTH_SLASHED, key=len, reverse=True)
# A rate per 100,000 people: "孕产妇死亡率分别下降到3.5‰、12/10万以下" (五年规划/2026-十五五规划纲要.md in lawtext/gov,
# tests/data/extract-unseen-93/china-national-2026-fiveyear-fertility.txt).
_PER_100K = "[/／]10万"
# Units that must not follow these numbers: they are names or dates, not amounts. 期 and 届 count only when
# nothing is named after them: "培训不少于5期" counts sessions, "二期工程" and "5期项目" name a phase.
_NOT_AMOUNT = {"年", "期", "届"}
_COUNTED_PHASES = {"期", "届"}
# Counted only in digits: a Chinese numeral before them names a scheme (一村一品, 三村联建) or a group (一组,
# 第三组), or is no count at all (一眼望去).
# 对 in a numeral is a scheme (一对一帮扶) and, before a number, a preposition ("1对1").
_DIGITS_ONLY = {"村", "组", "眼", "对", "方", "列", "幢", "门", "单", "担", "款"}
CN_NUMERAL = "零〇一二两三四五六七八九十百千万"
_NUMBER = rf"(?P<arabic>\d+(?:\.\d+)?)|(?P<chinese>[{CN_NUMERAL}]*[一二两三四五六七八九十][{CN_NUMERAL}]*)"
# "增长7%", "百分之五", "1.5亿元", "两座"; a fraction in words is a percentage: "资金占全省十分之一以上" (岳阳市 2025,
# tests/data/extract-unseen-16/yueyang-city-2025.txt) is 10%. The look-arounds keep out 5G, G69, 3A级, ISO9001,
# 〔2023〕3号, 第三, and the tail of a numeral whose head is an ordinal's ("按照省第十五次…", 新余市 2022,
# tests/data/extract-unseen-59/xinyu-city-2022.txt). A device named by an abbreviation of capitals is counted after
# it: "配置AED1100台" (十堰市 2026); one capital names a road.
_FIGURE = re.compile(
    rf"(?<![a-z\d.〔\[第{CN_NUMERAL}])(?<!(?<![A-Z])[A-Z])(?:百分之(?P<percent>\d+(?:\.\d+)?|[{CN_NUMERAL}]+)|(?P<fraction>[二三四五六七八九十]{{1,2}}分之[一二三四五六七八九])|(?:{_NUMBER})(?P<approximate>多|余)?(?P<unit>%|‰|{_PER_100K}|{_PREFIX}(?:{'|'.join(_BASES)})))"
    r"(?![A-Za-z〕\]])"
)
# Water quality is graded in classes written in Roman numerals, Ⅰ (best) to Ⅴ: "水质保持Ⅱ类标准以上". Not 劣Ⅴ类,
# which names water below every class.
_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_GRADE = re.compile(r"(?<![劣A-Za-z])(?P<roman>[ⅠⅡⅢⅣⅤ]|IV|V|I{1,3})类(?:标准)?")
# The lower end of a count range written with one unit: "8~10个", "3-5家"; "6%—7%" has a unit at each end.
_RANGE_START = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[~～\-－–—至到]{1,2}$")
# A ratio of two sums is a bare number, with no unit: "城乡居民收入比收窄至1.5以内" (佛山市 2026,
# tests/data/extract-unseen-9/foshan-city-2026-fiveyear.txt), "收入比缩小到2.1:1".
_BARE_RATIO = re.compile(
    # A gap written as a multiple: "城乡收入倍差缩小至1.76" (温州市 2026, tests/data/extract-unseen-69).
    r"(?:比|倍差)(?:收窄|缩小|缩减|降低|下降|降|控制|保持)?(?:至|到|为|在)(?P<number>\d+(?:\.\d+)?)(?:[:：∶]1)?"
    r"(?=以内|之内|以下|左右|[，,；;。、]|$)"
    # A ratio written N:1 that a share reaches: "农产品加工值与农业生产总值比例达到2.4:1以上" (昌吉州 2021,
    # tests/data/extract-unseen-33/changji-prefecture-2021-fiveyear.txt).
    r"|比例?达到?(?P<reached>\d+(?:\.\d+)?)[:：∶]1(?=以上|以内|左右|[，,；;。、]|$)"
    # A coefficient is a bare number too: "农田灌溉水有效利用系数达到0.6以上" (乌海市 2025,
    # tests/data/extract-unseen-37/wuhai-city-2025-resources.txt).
    r"|系数(?:达到|达|提高到|提升到|为|在)?(?P<coefficient>\d+(?:\.\d+)?)(?=以上|以内|左右|[，,；;。、]|$)"
    # A price index written as a bare number, the year before at 100: "居民消费价格指数103左右" (长沙市 2021),
    # "居民消费价格指数控制在103.5左右" (四川省 2021, both tests/data/extract-unseen-77, -78).
    r"|价格指数(?:控制在|保持在|稳定在|涨幅控制在|在|为)?(?P<index>1[01]\d(?:\.\d+)?)(?=以内|以下|左右|[，,；;。、]|$)"
)
_LENGTH_OF_TIME = re.compile(r"年限[^，,；;。\d]{0,4}$")
# A figure is a bound: 以上 / 左右 / 以内 written after it.
_TAIL = re.compile(r"^(?:及以上|以上|之上|左右|上下|以内|之内|以下|内)")
# A second unit in brackets counts the same things another way and is part of the figure and its unit:
# "筹集运营保障性租赁住房4万套（间）以上" (武汉市 2026), "筹措3000套(间)保障性租赁住房" (静安区 2025,
# tests/data/extract-unseen-3). Livestock counted by head or by bird: "牲畜饲养量稳定在2300万头（只）左右" (巴彦淖尔市
# 2022, tests/data/extract-unseen-59).
# Events counted as sessions, rivers as stretches: "就业创业服务活动600场（次）" (西安市 2025), "建设幸福河湖10条（段）"
# (吉林省 2026, tests/data/extract-unseen-74, -73).
_SECOND_UNIT = re.compile(r"[（(][间户套个只头次段][)）]")
# People counted once for each time: "開展職業技能培訓800人(次)" (榆中县 2016,
# tests/data/extract-unseen-11/yuzhong-county-2016-minsheng-hant.txt) is one figure in 人次.
_TIMES = re.compile(r"[（(]次[)）]")


# A round amount of the year's output written as its magnitude alone, the way a slogan words the goal: "全力冲刺“千亿
# GDP”" (拉萨市 2025, tests/data/extract-unseen-15/lasa-city-2025.txt) is a GDP of 1000亿元 to reach, quotes or not.
# After a verb of reaching only: "全面实施千亿产值攻坚行动" and "千亿级产业集群" name a programme and a class.
_MAGNITUDE = re.compile(
    r"(?<=冲刺|突破|迈上|跨越|迈入|跨上|站上|实现)[“\"]?(?P<mag>[百千万])亿元?"
    r"(?P<of>GDP|地区生产总值|生产总值|经济总量)(?![^，,；;。]{0,2}级)[”\"]?"
)
MAGNITUDES = {"百": 100.0, "千": 1000.0, "万": 10000.0}
# The verbs of a mark passed: "迈上5万亿元台阶", "跃上万亿台阶", "迈入万亿城市行列" (see also sizes.py).
MARKS_PASSED = "迈上|跨上|跃上|站上|登上|迈过|跨过|突破|迈入|跻身"
# The same after a yearly total and its verb: "新兴产业产值突破千亿元", "传统煤电产业产值稳定在千亿元" (朔州市 2021,
# tests/data/extract-unseen-29/shuozhou-city-2021-fiveyear.txt). Not a class or a description (千亿级, 超万亿的基地).
_MAGNITUDE_AFTER = re.compile(
    # A gloss may stand between the total and its verb: "产值（含营收）过千亿" (晋中市 2021,
    # tests/data/extract-unseen-36/jinzhong-city-2021-fiveyear.txt).
    # An industry's scale is its turnover: "全产业链规模突破千亿" (兰州市 2026, tests/data/extract-unseen-67).
    r"(?:产值|营收|收入|总额|总量|产业链规模|产业规模|增加值)(?:[（(][^）)]{1,6}[）)])?(?:全部)?"
    r"(?:稳定在|突破|超过|达到|迈上|跃上|跨越|迈入|站上|超|达|过|破)[“\"]?"
    r"(?P<mag>[百千万])亿元?"
    r"(?![\d级的]|元级)"
    # A mark passed, named in words with 元 and a digit in words: "地区生产总值年均增长5%以上，加速迈上两万亿元" (青岛市
    # 2026, tests/data/extract-unseen-70/qingdao-city-2026-fiveyear.txt) is 20000亿元, as 突破万亿元 is 10000亿元.
    rf"|(?:{MARKS_PASSED})[“\"]?(?P<times>[两二三四五六七八九])?(?P<passed>[千万])亿元(?![\d级的])"
)

# A count or a measure in a round magnitude, its numeral a word: "规上文化企业超千家", "促消费活动千场以上" (合肥市
# 2026), "粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上" (西藏 2026, tests/data/extract-unseen-124, -123). Only after a
# verb of reaching or before a bound: "千家万户" and "百姓" are words, "千亿级" a class.
_ROUND = re.compile(
    r"(?P<mag>[百千万])(?P<times>[万亿])?(?P<unit>家|场|个|项|所|座|条|户|人次|人|名|吨|斤|亩|公里)(?P<tail>以上|左右)?"
    r"(?=[，,；;。、]|$)"
)
_REACHING = re.compile(r"(?:超过|突破|达到|稳定在|保持在|[超达过])$")

# People counted in myriads with no measure word, which is how reports count them in large numbers:
# "确保65万以上贫困人口脱贫", "为29万65岁及以上老年人免费体检" (before the people), "常住人口达到800万左右",
# "引进各类人才80万" (at the end of a clause that counts people). Batches 75–121 (tests/data/extract-unseen-75 …
# -121) found a dozen such goals undrafted.
_PEOPLE = "贫困人口|人口(?!规模|城市|大)|居民|群众|农民|妇女|老年人|人才|群体|学生|儿童|职工|劳动力|毕业生"
_MYRIADS_OF_PEOPLE = re.compile(
    r"(?<![\d.])(?P<number>\d+(?:\.\d+)?)(?P<mag>万|亿)(?P<approximate>多|余)?"
    rf"(?=(?P<before>(?:以上|左右)?[^，,；;。、元亩户]{{0,8}}?(?:{_PEOPLE}))|(?:以上|以内|以下|左右)?(?:[，,；;。、]|$))"
)
_COUNTS_PEOPLE = re.compile(r"人口|人才|人次|游客")


@dataclass(frozen=True, slots=True)
class Figure:
    written: str  # the number as written: 1.5, 两, 三十五
    start: int  # offsets in the text
    end: int  # after the unit and any 以上/左右/以内
    number_end: int  # after the unit, before the bound
    value: float
    unit: str
    tail: str  # 以上, 左右, 以内 ... or ""
    chinese: bool  # read from Chinese numerals: the reviewer checks it
    approximate: bool = False  # "3000多人", "100余家": at least the number, roughly
    range_to: float | None = None  # "8~10个": drafted at its lower end, 8, with the upper one kept for the reviewer
    grade: bool = False  # a class of water quality (Ⅱ类): the lower, the better
    gloss: str = ""  # a second unit in brackets, written after the unit in the draft: 套（间）

    def read(self) -> Figure | None:
        """The figure with its Chinese numerals read (两 -> 2); None when they are no number."""
        if not self.chinese:
            return self
        if "分之" in self.written:
            whole, part = (chinese_number(n) for n in self.written.split("分之"))
            return None if not whole or part is None else replace(self, value=round(100 * part / whole, 2))
        value = chinese_number(self.written)
        return None if value is None else replace(self, value=value)

    def doubts(self) -> list[Doubt]:
        """Why the figure as read may not be the one meant, for the reviewer."""
        doubts = [Doubt("doubt.chinese numerals")] if self.chinese else []
        if self.approximate:
            doubts.append(Doubt("doubt.approximate"))
        if self.range_to is not None:
            doubts.append(Doubt("doubt.range", end=f"{self.range_to:g}{self.unit}"))
        if self.unit == "个百分点":
            doubts.append(Doubt("doubt.points"))
        return doubts

    @property
    def counting(self) -> bool:
        # People in myriads (65万贫困人口) are counted, with no measure word.
        return self.unit in ("%", "万", "亿") or self.unit.lstrip("万亿千百") in COUNTING


@cache
def _cn2an() -> object:
    # cn2an costs ~0.2 s to import, so only reports that write amounts in Chinese numerals pay for it.
    import cn2an  # type: ignore[import-untyped]

    return cn2an.cn2an


def chinese_number(numeral: str) -> float | None:
    """两 -> 2, 三十五 -> 35, 一万五千 -> 15000, read with cn2an; None when it is no number."""
    convert = _cn2an()
    try:
        value = convert(numeral, "smart")  # type: ignore[operator]
    except (ValueError, KeyError, IndexError):
        return None
    return float(value)


def figures(text: str, start: int, end: int) -> list[Figure]:
    """Every figure in text[start:end]."""
    found: list[Figure] = []
    clause = text[start:end]
    for match in _FIGURE.finditer(clause):
        if match.group("fraction") is not None:
            written, unit, chinese = match.group("fraction"), "%", True
        elif match.group("percent") is not None:
            written, unit, chinese = match.group("percent"), "%", not match.group("percent")[0].isdigit()
        else:
            unit = match.group("unit")
            if match.group("inner"):
                unit = unit.replace(match.group("inner"), "", 1)
            written = match.group("arabic") or match.group("chinese")
            chinese = match.group("arabic") is None
        after = clause[match.end() : match.end() + 1]
        if chinese and unit in _DIGITS_ONLY:
            continue
        if unit == "对" and (after.isdigit() or after == "一"):
            continue  # "1对1帮扶": one to one, no pairs
        if not chinese and re.match(r"0\d", written):
            continue  # "2026-00036组配分类": a number with a leading zero is a code, never an amount
        if unit.endswith("人") and after in ("民", "口"):
            # "16人民日报…": the word 人民, not people counted; "50万人口" is read as people in myriads (see
            # _MYRIADS_OF_PEOPLE), so that "建成50万人口城市" (六盘水市 2021) stays the size of a city.
            continue
        if unit.lstrip("万亿") == "P" and "算力" not in clause[: match.start()]:
            continue
        if unit == "单" and after in ("位", "元", "体", "品"):
            continue  # 单位, 单元, 单体, 单品: a word, not deals counted
        if unit == "门" and after in ("诊", "户", "类", "槛", "票", "店"):
            continue  # 门诊, 门户, 门类, 门槛: a word, not courses
        if unit == "个" and after == "月":
            continue  # "托育服务年龄向下延伸至6-18个月" (东北塘街道 2025, tests/data/extract-unseen-21): months
        if unit == "次" and clause[: match.start()].endswith("届"):
            continue  # "市委五届九次(全会)", "十一届十一次": a session named by its numbers (忻州市 2026)
        if unit == "次" and clause.startswith("产业", match.end()):
            continue  # "实施三次产业高质量协同发展行动计划" (宣城市 2022, tests/data/extract-unseen-49): three sectors
        counted = (
            unit in _COUNTED_PHASES
            and not chinese
            and not ("\u4e00" <= after <= "\u9fff" and not _TAIL.match(clause[match.end() :]))
        )
        # "受教育年限提高到11.7年": a number with a decimal point is a length of time, never a calendar year.
        counted = counted or (unit == "年" and "." in written)
        # "平均受教育年限达11年" (贵州省 2026, tests/data/extract-unseen-9): years after 年限 are a length of time.
        counted = counted or (unit == "年" and _LENGTH_OF_TIME.search(clause, 0, match.start()) is not None)
        if (unit in _NOT_AMOUNT and not counted) or (chinese and unit.lstrip("万亿千百") in MEASURING and unit != "%"):
            continue  # 2025年, 二期, 三届; Chinese numerals before measures are names (三峡 aside) too rare to trust
        # Chinese numerals are read only once a recogniser keeps the figure (see `read`): most name things.
        value = float("nan") if chinese else float(written)
        if unit == "个" and re.match(r"[和、][\d.]+个百分点", clause[match.end() :]):
            unit = "个百分点"  # "分别提高1.6个和1.4个百分点" (河南省 2016, tests/data/extract-unseen-86): points both
        second_unit = _SECOND_UNIT.match(clause, match.end())
        if unit.endswith("人") and (times := _TIMES.match(clause, match.end())):
            second_unit, unit = times, unit + "次"
        unit_end = second_unit.end() if second_unit else match.end()
        tail = _TAIL.match(clause[unit_end:])
        tail_text = tail.group(0) if tail else ""
        begin, range_to = match.start(), None
        lower = _RANGE_START.search(clause[: match.start()]) if not chinese else None
        if lower:
            begin, range_to, value, written = lower.start(), value, float(lower.group(1)), lower.group(1)
        found.append(
            Figure(
                written,
                start + begin,
                start + unit_end + len(tail_text),
                start + unit_end,
                value,
                unit,
                tail_text,
                chinese,
                match.group("approximate") is not None or match.group("inner") is not None,
                range_to=range_to,
                gloss=second_unit.group(0) if second_unit and not unit.endswith("人次") else "",
            )
        )
    taken = {figure.start for figure in found}
    for match in _MYRIADS_OF_PEOPLE.finditer(clause):
        if start + match.start() in taken:
            continue
        if match.group("before") is None and not _COUNTS_PEOPLE.search(clause, 0, match.start()):
            continue  # "产值达到500万": a clause that counts no people
        tail = _TAIL.match(clause[match.end() :])
        tail_text = tail.group(0) if tail else ""
        found.append(
            Figure(
                match.group("number"),
                start + match.start(),
                start + match.end() + len(tail_text),
                start + match.end(),
                float(match.group("number")),
                match.group("mag"),
                tail_text,
                False,
                match.group("approximate") is not None,
            )
        )
    for match in _BARE_RATIO.finditer(clause):
        tail = _TAIL.match(clause[match.end() :])
        tail_text = tail.group(0) if tail else ""
        named = next(name for name in ("number", "reached", "coefficient", "index") if match.group(name))
        number = match.group(named)
        found.append(
            Figure(
                number,
                start + match.start(named),
                start + match.end() + len(tail_text),
                start + match.end(),
                float(number),
                "",
                tail_text,
                False,
            )
        )
    for match in _MAGNITUDE.finditer(clause):
        magnitude = match.group("mag")
        written = clause[match.start("mag") : match.start("of")]
        at, until = start + match.start("mag"), start + match.end()
        found.append(Figure(written, at, until, until, MAGNITUDES[magnitude], "亿元", "", False))
    for match in _MAGNITUDE_AFTER.finditer(clause):
        named = "mag" if match.group("mag") else "times" if match.group("times") else "passed"
        at, until = start + match.start(named), start + match.end()
        numeral = match.group("times")  # 两万亿元: read as any numeral is (cn2an loads only here)
        multiple = (chinese_number(numeral) or 1) if numeral else 1
        value = multiple * MAGNITUDES[match.group("mag") or match.group("passed")]
        found.append(
            Figure(match.group()[match.start(named) - match.start() :], at, until, until, value, "亿元", "", False)
        )
    taken = {figure.start for figure in found}
    for match in _ROUND.finditer(clause):
        reached = _REACHING.search(clause, 0, match.start()) is not None
        bounded = match.group("tail") == "以上" and match.group("mag") != "万"
        if (reached or bounded) and start + match.start() not in taken:
            power, bound = match.group("times") or "", match.group("tail") or ""
            at, until = start + match.start(), start + match.end()
            value, unit = MAGNITUDES[match.group("mag")], power + match.group("unit")
            found.append(Figure(match.group("mag") + power, at, until, until - len(bound), value, unit, bound, False))
    for match in _GRADE.finditer(clause):
        tail = _TAIL.match(clause[match.end() :])
        tail_text = tail.group(0) if tail else ""
        roman = match.group("roman")
        found.append(
            Figure(
                roman,
                start + match.start(),
                start + match.end() + len(tail_text),
                start + match.end(),
                float(_ROMAN[roman]),
                "类",
                tail_text,
                False,
                grade=True,
            )
        )
    return sorted(found, key=lambda figure: figure.start)
