"""Counts and areas that measure the work itself, where the words around them would otherwise read as a size.

A figure followed by what it describes (10万平方米的…家园, 8万千瓦光伏) usually sizes one thing, and a count after a
verb of effort (推进, 加强) only the scope of the effort (docs/ledger-decisions.md). These are the exceptions a reader
of a people's-livelihood list makes at once.
"""

from __future__ import annotations

import re

from chengkou_tracker.extract.figures import Figure

# A floor put under a count makes it the count of the work, whatever describes the things counted: "全年排查不少于179
# 個存在安全隱患的路口" (鹿邑县 2024, tests/data/extract-unseen-8/luyi-county-2024-minsheng-glossed.txt).
FLOOR_BEFORE = re.compile(r"(?:不少于|不低于|至少)$")
# Land worked on is measured by its area: "提升改造33.72万亩水毁农田" (鹤壁市 2022,
# tests/data/extract-unseen-8/hebi-city-2022-minsheng.txt), 治理水土流失面积, 修复湿地.
# So is land brought under a crop: "建成10万亩猕猴桃“吨产园”、35万亩刺梨“千斤园”" (六盘水市 2021,
# tests/data/extract-unseen-45/liupanshui-city-2021-fiveyear.txt).
# Land added or whose work is completed too: "新增5000万亩高效节水灌溉面积", "完成12万亩高标准农田建设" (昆明市 2026,
# tests/data/extract-unseen-125/kunming-city-2026-urban-rural.txt); and floor space built: "建设200万平方米城市绿地"
# (石家庄市 2026, tests/data/extract-unseen-125). Every such area after a verb of building is labelled a target.
_LAND_WORK = re.compile(r"(?:改造|治理|整治|修复|复垦|改良|平整|新建|建设|建成|打造|发展|储备|新增|完成)$")
_LAND_UNITS = ("亩", "公顷", "平方公里", "平方米")
# Facilities whose construction the year carries on, counted between 推进 and 建设: "推進4所幼兒園項目建設" (杞县
# 2022, tests/data/extract-unseen-8/qi-county-2022-minsheng-glossed.txt), "推进8.5万亩高标准农田建设" (高县 2022,
# tests/data/extract-unseen-4). The count names what is built; "推进…34个合作项目" (the 2023 report) names no
# construction and stays a scope.
_CARRIED_ON = re.compile(r"(?:推进|加快)$")
_CONSTRUCTION_AFTER = re.compile(r"^[^，,、；;。\d]{1,12}建设[。；;]?$")


# A later item of a list of land so worked shares the verb of the first: "、35万亩刺梨“千斤园”" (六盘水市 2021, above).
_LAND_LISTED = re.compile(_LAND_WORK.pattern[:-1] + r"\d[^，,；;。：:]*、$")


def measures_the_work(before: str, unit: str) -> bool:
    """The figure after BEFORE (the clause's words up to it) is how much of the work is done, not a size."""
    if FLOOR_BEFORE.search(before):
        return True
    return unit.endswith(_LAND_UNITS) and (_LAND_WORK.search(before) or _LAND_LISTED.search(before)) is not None


# The money a counted set of the year's works is to cost, named before 的 and the count: "全力推进总投资36.3亿元的
# 10件40项民生实事" (李沧区 2016, tests/data/extract-unseen-10/licang-district-2016-minsheng.txt). Planned money is
# a quantity (tests/data/CONVENTIONS.md), not a size of what follows, and 推进 does not make it a mere scope; one
# facility's total investment ("建设总投资10亿元的产业园") still only sizes it.
# The year's investment in the works counted is planned money too: "推进年度投资452亿元的309个城建重点项目" (烟台市
# 2026, tests/data/extract-unseen-127/yantai-city-2026-urban.txt).
_PLANNED_MONEY = re.compile(r"(?:计划)?(?:总投资|总投入|计划投资|计划投入|年度投资|年度计划投资)(?:约|达)?$")
_COUNTED_WORKS = re.compile(r"^的[\d一二三四五六七八九十百]+(?:余|多)?[件项个批]")
# So is the money of one project named as a project, the work whose progress is counted against it (完成总投资的40%,
# the 2023 report): "加快建设总投资7.58亿元的县医院迁建项目" (甘谷县 2020,
# tests/data/extract-unseen-11/gangu-county-2020-minsheng.txt). A facility named as what is built (的产业园) is only
# sized by it.
# So is one named with when it starts: "北天石化总投资38亿元的石墨制品等项目6月份开工" (抚顺市 2022,
# tests/data/extract-unseen-58/fushun-city-2022.txt).
_THE_PROJECT = re.compile(
    r"^的[^，,、；;。\d]{1,20}(?:项目|工程)(?:\d{1,2}月份?(?:底前)?)?(?:力争)?(?:开工|竣工|投产|建成)?[。；;]?$"
)


def planned_money(before: str, unit: str, after: str) -> bool:
    """The figure between BEFORE and AFTER is money a plan puts into the works it counts (see _PLANNED_MONEY)."""
    works = _COUNTED_WORKS.match(after) or _THE_PROJECT.match(after)
    return unit.endswith("元") and _PLANNED_MONEY.search(before) is not None and works is not None


def the_project(after: str) -> bool:
    """AFTER, the clause after a project's planned money, names the project (see _THE_PROJECT)."""
    return _THE_PROJECT.match(after) is not None


def construction_carried_on(before: str, after: str) -> bool:
    """A count between 推进 (ending BEFORE) and the construction it counts (AFTER, to the clause's end)."""
    return _CARRIED_ON.search(before) is not None and _CONSTRUCTION_AFTER.match(after) is not None


# A standard set for each unit, with no total: "年底前实现每个街道有1处综合养老服务设施", "每个社区有1处养老服务场所"
# (鹤壁市 2022, tests/data/extract-unseen-8/hebi-city-2022-minsheng.txt). It says how the work is spread, not how much
# of it there is; a ratio to the population (每千人口拥有…) names no unit counted by a classifier and stays a level.
# A floor for each: "每个产业跟踪目标企业不少于30家" (咸宁市 2025,
# tests/data/extract-unseen-28/xianning-city-2025-investment.txt).
_EACH_UNIT = re.compile(
    # Work set for each, whatever the verb: "每个产业链重点培育3-5家头部企业" (萍乡市 2021), "每个乡镇抓好2-3个特色产业"
    # (七台河市 2021, both tests/data/extract-unseen-47), "每条链确定1至3户链主企业" (安康市 2023,
    # tests/data/extract-unseen-60).
    r"每(?:一)?[个条所座家项处村镇][^，,；;。\d]{1,16}$"
    # At least so many in each: "各县（市、区）至少打造1个全国绿色食品原料标准化生产基地" (南平市 2021,
    # tests/data/extract-unseen-53/nanping-city-2021-tasks.txt).
    r"|各[^，,；;。\d]{1,12}?(?:至少|分别)[^，,；;。\d]{0,6}$"
)


def per_unit_standard(segment: str) -> bool:
    """SEGMENT, the words before a count, sets it for each unit of a kind (see _EACH_UNIT)."""
    return _EACH_UNIT.search(segment) is not None


# Verbs of effort with no end state: a count after them only sizes the work ("加强26个集中式饮用水源地保护",
# "深化落实防返贫23条“硬措施”"), see docs/ledger-decisions.md.
_VAGUE_VERB = re.compile(
    r"^(?:深化|加强|推进|推动|落实|对接|严格|持续|加快|强化|完善|优化|"
    r"坚持|围绕|聚焦|依托|用好|统筹|"
    # The means the work uses and what it supports exist already: "利用18个优质科创空间载体开展策划式招商" (广州市
    # 2026), "支持吉光、三江、长白山3个创新型省实验室投入运行发挥作用" (长春市 2025, both tests/data/extract-unseen-7).
    r"利用|借助|依靠|支持|鼓励|引导|"
    # What exists already made stronger: "做优做强5个国家先进制造业集群" (四川省 2026, tests/data/extract-unseen-71).
    r"做优|做强|做大)"
)

# A state the things counted are to reach, at the clause's end, makes the count after a verb of effort the deliverable:
# "推动潞讯精密电子30条生产线投产" (沁县 2025, tests/data/extract-unseen-5/qin-county-2025-tasks.txt).
# "推动100个亿元以上项目开工建设" (广州市 2026, tests/data/extract-unseen-7/guangzhou-city-2026-spam.txt): 开工建设 is
# the start reached, 建设 only what follows it, and a copy's marks after it (◈ღ✿◈) no words.
# So is opening what is counted to the public: "推动20个机关、企事业单位附属空间对社会开放共享" (上海市 2026,
# tests/data/extract-unseen-66/shanghai-city-2026-tasks.txt), and upgrading it: "推动20个主题景点提档升级" (太原市
# 2026, tests/data/extract-unseen-68/taiyuan-city-2026-rural.txt).
# Equipment put in at the places counted is as concrete: "完善10个基层综合文化站(中心)设施设备" (黔东南州 2025,
# tests/data/extract-unseen-7/qiandongnan-prefecture-2025-minsheng.txt).
_EQUIPPED = re.compile(r"(?:设施|设备|器材)[^\u4e00-\u9fff\dA-Za-z“”\"]{0,6}$")
_REACHED_STATE = re.compile(
    r"(?:投产|投用|建成|竣工|完工|开工|落地|上线|达产|达标|通车|开业|开放(?:共享)?|提质升级|提档升级)(?:建设)?[^\u4e00-\u9fff\dA-Za-z“”\"]{0,6}$"
)


# Projects counted after the verb that pushes them on are the year's work, not a scope: "推进实施2090个亿元以上项目"
# (武汉市 2026), "推进4个国铁、7个城际、8个地铁等续建项目建设", "推进50个重大疑难（罕见）疾病诊疗中心建设" (广州市
# 2026, both tests/data/extract-unseen-67). Pilots and works deepened or supported into being are counted so too:
# "推进4个中小企业数字化转型城市试点", "支持15个服务业高质量发展集聚区（培育区）建设" (四川省 2026,
# tests/data/extract-unseen-71), "深化15个紧密型医联体建设" (青岛市 2026); what 依托 or 支持 uses without building it
# stays a scope.
_PROJECTS_PUSHED = re.compile(r"(?:推进|推动|深化|支持)(?:实施|建设)?$")
# Not when the clause goes on to the projects' money, the target it counts them for: "推动851个市重点项目年度实现投资
# 3800亿元以上" (广州市 2026, tests/data/extract-unseen-7), "推动206个年度计划投资340.7亿元的重大项目完成投资"
# (巴彦淖尔市 2022, tests/data/extract-unseen-59).
# A sum listed after them with 、 is a target of its own: "推进2000个省级重点项目、完成投资9800亿元以上" (山东省 2026,
# tests/data/extract-unseen-73/shandong-province-2026-demand.txt).
_PROJECTS_COUNTED = re.compile(
    r"^(?![^，,；;。、]*\d元|[^，,；;。、]*\d[万亿]元)[^，,；;。]{0,24}?(?:项目|工程|建设|试点)"
)

# The work named right before its figure is measured by it, whichever verb opens the clause: "落实公共建筑节能改造
# 600万平方米" (上海市 2026, tests/data/extract-unseen-66/shanghai-city-2026-tasks.txt).
# Built, whatever the clause opens with: "利用闲置资源改造建设100个乡镇综合养老服务中心" (甘肃省 2026,
# tests/data/extract-unseen-126/gansu-province-2026-minsheng.txt).
_WORK_JUST_BEFORE = re.compile(r"(?:改造|治理|整治|修复|新建|改建|硬化|绿化|造林|种植|改扩建)(?:建设)?$")

# 加快 before a verb of building only says how: "加快建设3个国家中西医协同“旗舰”医院" (武汉市 2026) counts what is
# built.
_HASTENED_BUILDING = re.compile(r"^(?:加快|加速)(?:建设|新建|建成)$")


# Things counted after the verbs that push work on are the year's work whatever they are, as every labeller of batches
# 2–127 read 106 of 123 such counts: "推进54条市政道路“白改黑”" (福州市 2026), "支持20所普通高中改善办学条件" (甘肃省
# 2026), "加快实施516个省市重大项目" (南京市 2026, tests/data/extract-unseen-126, -127). Not what stands already and is
# only made to grow (产业, 集群, 行业, 枢纽, cities), nor a count the clause goes on to give money for (see
# _PROJECTS_COUNTED); the draft says the reading can misfire (the doubt "doubt.pushed on").
_PUSHED_ON = re.compile(r"^(?:统筹|持续|全力|大力|积极|扎实)?(?:加快推进|加快实施|推进实施|推进|推动|加快|支持)")
_GROWN_NOT_BUILT = re.compile(r"^[^，,；;。]{0,12}?(?:产业|集群|行业|枢纽|城市|节点)")


def pushed_on(segment: str, after: str, figure: Figure) -> bool:
    """A count of things one by one (FIGURE) after a verb that pushes work on (SEGMENT), of the work (AFTER); not
    15万头 sizing a farm."""
    return (
        figure.counting
        and re.fullmatch(r"[万亿].*[头只羽株棵]", figure.unit) is None
        and _PUSHED_ON.match(segment) is not None
        and not re.search(r"现有|从$|^支持.*、", segment)  # "推进现有23个", "从15个", "支持吉光、三江…3个": what stands
        and _GROWN_NOT_BUILT.match(after) is None
        and not re.search(r"覆盖[。；;]?$", after)  # "推进全市644所中小学…测评全覆盖": the scope covered
        and re.match(r"[^，,；;。、]*\d[万亿]?元", after) is None
    )


def only_sizes_the_effort(segment: str, after: str, rest: str) -> bool:
    """A count after a verb of effort (SEGMENT, the clause's words before it) that only sizes the effort: no state
    reached at the clause's end (REST, from the figure on), no construction carried on, no projects pushed on and no
    work named right before it (AFTER, the clause after the figure)."""
    return (
        _VAGUE_VERB.match(segment) is not None
        and not _HASTENED_BUILDING.match(segment)
        and not (_REACHED_STATE.search(rest) or _EQUIPPED.search(rest))
        and not construction_carried_on(segment, after)
        and not (_PROJECTS_PUSHED.search(segment) and _PROJECTS_COUNTED.match(after))
        and not _WORK_JUST_BEFORE.search(segment)
    )
