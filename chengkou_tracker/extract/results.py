"""Whether a stretch of open text (a news item, a digest, a list with no headings) reports results rather than plans.

A review reads like a plan clause by clause (完成投资5.04亿元, 新建城乡污水管网95公里, 毛入园率达103%); what gives
it away is how its paragraphs are told: outcomes measured against a plan, perfective 了, the passive 被, the result of a
test, and verbs that say how the work went (按期完工, 率先建成, 全部实现). A plan says what is meant: 今年, 将, 力争,
确保, 目标.
"""

from __future__ import annotations

import re

from chengkou_tracker.extract.periods import MONTHS_DASH, SPANS_GONE_BY

# An outcome measured against the plan: "完成投资5.04亿元,比年度计划高20.3个百分点", "与年度计划持平", "比计划投资高
# 17.1个百分点" (万州区 2025, tests/data/extract-unseen-12/wanzhou-district-2025-minsheng-review.txt). A plan never says
# by how much it beat itself.
AGAINST_THE_PLAN = r"[比与](?:年度)?计划(?:投资)?(?:高|超|多|持平)|超(?:年度|全年)?计划"
# How the work went, told afterwards: "解决了397户群众的住房难题", "79名学生被江苏江宁班、南通班录取", "14家乡镇分院
# 通过“一级胸痛中心”验收", "率先建成急诊急救“五大中心”", "全部实现热食午餐覆盖", "建设完成农村公路项目74项", "争取到3个
# 农村公路建设项目" (共和县 2025, tests/data/extract-unseen-13/gonghe-county-2025-review.txt); "累计完成投资14.4亿元"
# (万州区 2025). Not 为了, 除了 or 了解.
_RESULT = re.compile(
    AGAINST_THE_PLAN + r"|[^为除]了(?!解)"
    # A change measured against the same period a year before, or at comparable prices, is a statistic of what was:
    # "上半年,全县实现GDP总量400.61亿元,按可比价计算同比增长6.1%" (岱山县), "全区实现增加值3029.6亿元,可比增长
    # 5.8%" (嘉定区's news of its 2024 economy, tests/data/extract-unseen-21/jiading-district-2024-results-news.txt).
    # A plan sets the growth it wants (增长6%左右).
    r"|同比(?:增长|下降|增加|减少|提高|回落)|可比(?:价)?(?:增长|计算)"
    r"|被[^，,。]{0,16}(?:录取|评为|授予|命名|认定|表彰)"
    r"|通过[^，,。]{0,16}验收"
    r"|(?:全部|按期|如期|顺利|率先|成功|提前)(?:完成|实现|建成|竣工|完工|投用|开工|创建|举办|获批)"
    # (建设完成 with what was built after it; not "建设完成省下达任务", the year's work, 娄底市 2022,
    # tests/data/extract-unseen-50/loudi-city-2022-minsheng.txt.)
    r"|建设完成[^，,。；;]{0,12}\d|争取到|累计"
    # Done already: "2025年已新增学位近4000个", "新校区已投入使用" (城关区's completion report,
    # tests/data/extract-unseen-14/chengguan-district-2025-minsheng-completion.txt). Not 而已, 不得已 or 已知. (Not
    # 较2020年 either: a plan compares its figure with the year before, "预计投入资金2.5亿元,较2024年增长120%".)
    r"|(?<![而得])已(?!知)"
    # A line that names what was achieved: "项目建设成效显著", "创建工作取得重要进展" (陇县). A plan names 成效 it
    # wants (取得新成效) with a word of intent beside it.
    r"|成效显著|取得[^。；;，,]{0,6}(?:进展|成效|成绩|突破|成就|胜利)"
    # A year's task met, a record set again: "98个“四个辽阳”重点项目完成年度建设任务", "招商引资再创新高" (辽阳市's
    # review of 2020, tests/data/extract-unseen-36/liaoyang-city-2021-review.txt). A plan that means to meet its task
    # says so with a word of intent (确保完成年度任务).
    # Not a task to do with a word of manner or intent before it: "扎实完成年度“双减”任务" (娄底市 2022,
    # tests/data/extract-unseen-50/loudi-city-2022-minsheng.txt).
    r"|(?<![实保力要])完成年度[^，,。；;]{0,4}任务|再创新高"
    # Where a count went, from what it was to what it is: "高新技术企业由502家增加到737家"; a place won, an honour, a
    # record: "投资额度排全省第1", "荣获全国…特色案例", "创历史新高"; figures kept within the plan: "居民消费价格指数
    # 上涨2.5%，…均控制在计划范围内" (威海市's review of 2020 and 大理州's of 2024,
    # tests/data/extract-unseen-29/weihai-city-2021-review.txt,
    # tests/data/extract-unseen-28/dali-prefecture-2025-review.txt). A plan that means to reach a place says so with a
    # word of intent (力争进入全省第一方阵), which keeps its text a plan.
    r"|由\d[^，,。；;]{0,12}(?:增加|提高|提升|增长|扩大|下降|减少|缩小)(?:到|至)\d"
    r"|荣获|获评|入选|创历史新高|(?:位居|位列|排名?|居)(?:全国|全省|全市|全州|全区)(?:第|前)"
    r"|控制在计划范围内"
)
# The whole year to date (1-12月): see _SUMMED_UP.
_WHOLE_YEAR = re.compile(rf"(?<!\d)1{MONTHS_DASH}12月")
# A lead that sums the text up as results: "全面展示陇县“十四五”期间经济社会发展成就" (陇县's 十四五 review),
# "城关区2025年全力推进并已全部办结10件民生实事" (城关区's completion report, both tests/data/extract-unseen-14). Not a
# deadline (这5项预计10月底前全部完成, 萧县's progress report).
# A text whose subject is an account of a year's work, or the judgement of it, is the same: "对2024年度市政府11方面
# 民生实事项目实施情况进行满意度测评", "总体满意率为98.93%" (湖州市's news of the deputies' satisfaction check,
# tests/data/extract-unseen-15/huzhou-city-2024-minsheng-completion.txt). What it lists after (新增6家…, 完成…300户) is
# what the year delivered. A plan sets a 满意率 to reach (达到95%), never one that is (为98.93%).
_SUMMED_UP = re.compile(
    r"(?:展示|回顾|总结|盘点)[^。；;]{0,30}(?:成就|成效|成绩|成果)|已全部|(?<![前底])全部(?:办结|落地)|全落地"
    r"|满意度测评|测评结果|满意率为\d|\d{4}年度[^。；;，,]{0,30}(?:实施|完成|办理)情况"
    # A review's lead on what it lists: "一年来，…我们奋力推动经济社会发展取得新成效。主要做了以下工作" (武威市's review
    # of 2024, tests/data/extract-unseen-30/wuwei-city-2025-review.txt).
    r"|做了以下(?:几个方面的)?工作"
    # A total to date: "今年以来,累计完成投资2.36亿元" (淳化县's January news of its 2025 民生实事,
    # tests/data/extract-unseen-18/chunhua-county-2025-minsheng-progress.txt). A plan sums what it will do (累计完成…
    # by 2030), never what has been done since a time up to now.
    r"|(?:以来|截至[^，,。]{0,12}|目前)[，,]?累计"
    # The whole year to date: "1-12月份,完成投资77.57亿元" (沁水县's year-end report,
    # tests/data/extract-unseen-20/qinshui-county-2021-projects-yearend.txt). What it restates of the plan
    # (当年计划投资19亿元) has been done or missed; nothing of it is left to commit to.
    r"|" + _WHOLE_YEAR.pattern
)
# The span may open what a report is quoted as saying: "…作政府工作报告时说，刚刚过去的一年，是…" (保定市 2023,
# tests/data/extract-unseen-51/baoding-city-2023-review.txt).
_SPAN_GONE_BY = re.compile(rf"(?:^|[。！？；;]|说[，,：:])[\s—◆●■•·]*(?:{SPANS_GONE_BY}|过去一年|刚刚过去的一年)[，,]")
_A_TIME = re.compile(r"今年|明年|\d{4}年")
# A report on the year's progress while the year runs restates the year's plan before what is done of it: "2025年,
# 我区共安排323个区级重点项目,…年度计划投资629亿元…截至8月底已完成投资487.68亿元" (吴江区,
# tests/data/extract-unseen-21/wujiang-district-2025-projects-progress.txt). The plan it restates is still to be met
# (the progress figures are dropped one by one: progress.py); once the whole year is done (1-12月), nothing is.
_RESTATES_THE_PLAN = re.compile(r"(?<!超)(?:年度|全年|当年)计划(?:投资|实施|完成)|共安排\d")
# What a plan says it means to do, the words that put a sentence in the plan's time (layout reads sentences by them
# too). 要 as a modal verb (要加快), not inside a word (主要, 重要, 需要, 要求, 要素). Not a project's budget
# (计划投资2.1亿元) nor the plan an outcome is measured against (比年度计划高), and not what follows a work once done
# (建成后将惠及1918户群众). A list of measures announced before a colon is what is to be done, whatever verb announces
# it: "发布会现场还公布了2026年十大民生谋划举措:新建人行天桥" (丰都县 2026,
# tests/data/extract-unseen-4/fengdu-county-2026-minsheng.txt). 将达N among results is an expectation, as 预计 is:
# "新能源产业装机容量将达1.6吉瓦" (陇县's 十四五 review, tests/data/extract-unseen-14).
INTENT = re.compile(
    # Not the market's expectations a policy steadies or lifts: "着力稳就业、稳企业、稳市场、稳预期" (云南省's review of
    # 2025, tests/data/extract-unseen-71/yunnan-province-2026-review.txt), 提振预期, 引导预期.
    r"今年(?!以来)|明年|新的一年|(?<![全努])力争|确保|(?<!稳)(?<!提振)(?<!引导)(?<!改善)(?<!市场)(?<!社会)预期(?!寿命)"
    # 将 the modal; not 将达 (an expectation among results), 将军, a name listed with 、 ("将乐、清流、建宁、明溪4个县",
    # 三明市's review of 2021, tests/data/extract-unseen-49/sanming-city-2022-review.txt), nor an event set for a month
    # ("首片高效太阳能电池片将于3月下线", 资阳市's review of 2024,
    # tests/data/extract-unseen-56/ziyang-city-2025-review.txt).
    r"|(?<![后即])将(?!达|军|[^，,。；;、\d]{1,3}、|于\d{1,2}月)"
    # 计划 the plan; not a project's budget (计划投资), the plan an outcome is measured against (比年度计划高), nor:
    r"|(?<![比与度资动])计划(?!投资|总投资|范围|项目|单列|专家|人才|人选)"
    # Not 目标 in a programme's name: "实施企业冲击新目标“双百工程”" (威海市's review of 2020, above).
    # Nor a programme's people: "引进省级以上引才计划专家320人" (台州市's review of the 十三五,
    # tests/data/extract-unseen-57/taizhou-city-2021-review.txt).
    # Nor a programme's 行动计划, nor 计划单列 (a city's standing in the state plan): "全面实施五大发展行动计划", "计划
    # 单列的园区体制" (池州市's review of the 十三五 and 安庆市's of 2018, tests/data/extract-unseen-46).
    # Nor 目标 naming whom work is aimed at: "百亿级目标企业", "目标园区"; nor a programme's projects, 科技计划项目
    # (the same review of 齐齐哈尔市).
    r"|目标(?![“\"][^”\"]{1,12}(?:工程|行动|计划)[”\"]|企业|园区|客户)"
    # Nor 首要, 只要, 必要, 紧要, 简要, 概要, 纪要, 提要, 要事: "以高质量发展为首要任务" (岱山县's news of its half-year
    # results, tests/data/extract-unseen-21/daishan-county-2025-h1-results-news.txt), "办成了许多大事、要事、难事"
    # (中卫市's review of 2020, tests/data/extract-unseen-27/zhongwei-city-2020-review.txt).
    # Nor a slogan's 为要 (is key): "项目为王、落地为要" (咸宁市's review of 2024,
    # tests/data/extract-unseen-28/xianning-city-2025-review.txt).
    r"|(?<![主重需纲摘首只必紧简概纪提为])要(?![求素点事务])"
    # What an outline sets out is its plan: "《纲要》提出，通过五年的努力，…取得显著成效" (营口市 2021,
    # tests/data/extract-unseen-27/yingkou-city-2021-fiveyear.txt).
    r"|(?:纲要|规划)》?(?:提出|明确)"
)
# A list announced is what follows it, wherever the announcement stands.
_LIST_ANNOUNCED = re.compile(r"(?:举措|实事|项目|任务|措施|工程)[：:]")


# A note mark of a digest ("[6][7]") and a year (2026年十大民生谋划举措:) are no figure.
_NO_FIGURE = re.compile(r"\[\d+\]|\d{4}\s?年")
# A number with something after it other than a closing quote or bracket: a figure, not a name ("3815"战略).
_A_FIGURE = re.compile(r'\d[\d.]*(?![\d.]|\s*[”"’》）)\]])')
# A goal that is not the text's plan: another body's, measured against ("对标省委…战略发展目标"), or one already met
# ("圆满完成年度目标任务", 沁水县's year-end report on its 2021 key projects,
# tests/data/extract-unseen-20/qinshui-county-2021-projects-yearend.txt). A plan that means to meet its goal says so
# with a word of its own (确保完成年度目标任务).
# A goal said to be met after it: "整体经济发展目标顺利实现" (嘉定区's news of its 2024 economy, above).
_MET = re.compile(r"(?:任务)?(?:已经?)?(?:顺利|圆满|全面|如期|超额|基本)?(?:实现|完成|达成)(?:了)?[。；;，,]")
# A goal completed or reached, however told: "50项改革“破零”事项完成年度目标" (滨州市's review of 2024,
# tests/data/extract-unseen-56/binzhou-city-2025-review.txt), "完成省定目标的102%" (晋城市's review of 2020,
# tests/data/extract-unseen-57/jincheng-city-2021-review.txt), "实现了确诊患者零死亡、医护人员零感染…“四零”目标"
# (邯郸市's review of 2020, tests/data/extract-unseen-54/handan-city-2021-review.txt).
# A goal kept in sight: "紧盯“五个走在前列”“两个新样板”目标要求" (保定市's review of 2022,
# tests/data/extract-unseen-51/baoding-city-2023-review.txt).
# A goal focused on, the last period's: "聚焦“十三五”规划目标任务，全力以赴抓重点" (楚雄州's review of 2020,
# tests/data/extract-unseen-45/chuxiong-prefecture-2021-review.txt).
# A goal stuck to: "一年来，我们咬定发展目标不放松" (锦州市's review of 2022, tests/data/extract-unseen-44).
# A goal a year's work went round, and one largely met: "围绕“招大引强…”目标,…基本达成“招商机构公司化…”目标" (高邮
# 高新区's results of 2025, tests/data/extract-unseen-22/gaoyou-hitech-zone-2025-results.txt).
_MEASURED_AGAINST = re.compile(
    r"(?:对标|对照|围绕|紧扣|紧盯|聚焦|锚定|落实|下达|咬定|(?:圆满|超额|全面|如期|顺利|基本|提前(?:[一二两三四五\d]年)?|较好|很好|良好)?(?:完成|实现|达成)了?)"
    r"(?:“[^”]*”|[^，,。；;])*目标$"
)


def _masked(text: str) -> str:
    """TEXT with what is no figure (see _NO_FIGURE) blanked out, offset for offset."""
    return _NO_FIGURE.sub(lambda m: "_" * len(m.group()), text)


def _before_the_outlook(text: str) -> str:
    """TEXT up to its last figure. What a report of results says after its last figure is an outlook
    ("将继续聚焦人民群众急难愁盼问题 谋划和实施新的民生项目", 城关区's completion report, tests/data/extract-unseen-14):
    it commits to no figure, and the figures before it stay results."""
    figures = [m.end() for m in re.finditer(r"\d", _masked(text))]
    return text[: figures[-1]] if figures else text


# Words that name a plan or a goal without meaning one; states_intent reads past them. A goal a result is measured
# against: "…高于预期目标4.3个百分点" (红寺堡区's first-quarter report,
# tests/data/extract-unseen-21/hongsibu-district-2025-q1-progress.txt); expectations beaten: "主要经济指标好于预期"
# (咸宁市's review of 2024, tests/data/extract-unseen-28/xianning-city-2025-review.txt); a goal beaten by a multiple:
# "新增上云企业1.2万家，超全年目标4倍" (景德镇市's review of 2022, tests/data/extract-unseen-43).
# A programme named with 计划 at its end is no plan of the text's: "实施“百万千”产业倍增计划" (齐齐哈尔市's review of
# the 十三五, tests/data/extract-unseen-26/qiqihaer-city-2020-fiveyear-review.txt).
# So is an aim named as the purpose of the work, in a review as in a plan: "以办好人民满意的教育为目标,实施…教育类
# 项目178个" (清水县's 十四五 review, tests/data/extract-unseen-34/qingshui-county-2026-fiveyear-review-hant.txt).
# And a goal moved towards, told as the way things went: "逐步向千亿元产业目标迈进" (河池市's review of 2020,
# tests/data/extract-unseen-38/hechi-city-2021-review.txt); and the goals a year is said to serve: "过去一年，是实现
# “十四五”规划目标任务的关键一年" (攀枝花市's review of 2024,
# tests/data/extract-unseen-39/panzhihua-city-2025-review.txt).
_NOT_MEANT = re.compile(
    r"(?:高于|低于|超过|超出|超|快于|慢于|好于|优于)(?:(?:预期|计划|规划|年度|全年|省定|市定)?目标|预期)"
    # A plan's target beaten, told as by how much: "森林面积2225.48万亩，超过规划目标77.93万亩…耕地保有量305.5万亩，
    # 比目标多10.5万亩" (丽江市's review of the 十三五,
    # tests/data/extract-unseen-53/lijiang-city-2021-fiveyear-review.txt).
    r"|比(?:规划|计划|年度)?目标(?:多|少|高|低|超)"
    r"|”[^，,。；;“”\d]{0,6}计划|(?:出台|制定|印发|实施|启动|编制|发布)[^，,。；;“”\d]{1,16}计划|以[^，,。；;\d]{1,20}为目标|向[^，,。；;]{0,20}目标(?:迈进|前进|奋进|进军)"
    r"|是[^，,。；;]{0,16}目标(?:任务)?的[^，,。；;]{0,4}(?:一年|之年)"
)


# 将 as 把, a thing then what it is made into: "将黄金地段建成泰城最大生态绿地健身公园" (泰安市's review of the 十三五,
# tests/data/extract-unseen-33/taian-city-2021-fiveyear-review.txt); not the modal before its verb (将建成, 将新增).
_BA = re.compile(
    r"[^，,。；;\d建打改新实推开完加全进继力持于在会要按以争确]{2,8}?"
    r"(?:建成|打造成|改造成|改造为|改为|作为|纳入|列入|列为|变成)"
)


def _quoted(text: str, at: int) -> bool:
    """Whether AT falls inside a short quotation: a slogan is someone's words, not the text's own intent: "“疫情要防住、
    经济要稳住、发展要安全”的重大要求" (六盘水市's review of 2022,
    tests/data/extract-unseen-45/liupanshui-city-2023-review.txt)."""
    opened = text.rfind("“", max(0, at - 80), at)
    if opened < 0 or "”" in text[opened:at]:
        return False
    closed = text.find("”", at, at + 80)
    return closed >= 0 and not re.search(r"[。；;“]", text[at:closed])


# The words of intent that have other senses (要务, 目标企业, 计划单列, 预期寿命, 将乐) and count only before a figure.
_WEAK = {"要", "目标", "计划", "预期", "将"}


def states_intent(text: str) -> bool:
    """Whether TEXT says what is meant (see INTENT). A word of intent with other senses (_WEAK) counts only where a
    figure follows it in its sentence or the sentences after it in its paragraph: a plan's intent is for figures, and
    a review's stray word stands in a paragraph of none ("全市上下紧盯目标、奋力拼搏"). So 将 the modal 'will'
    counts; as a preposition (将 = 把) it plans nothing, as in a reporter's scene ("村民孟模银将院子和路面扫得干净",
    淳化县's news of its 2025 民生实事, tests/data/extract-unseen-18/chunhua-county-2025-minsheng-progress.txt). Nor
    is the goal of another body a text measures itself against its own plan: "紧紧对标省委“3815”战略发展目标,…交出
    了一份高质量的经济答卷" (昭阳区's news of its 2025 results,
    tests/data/extract-unseen-18/zhaoyang-district-2025-review-news.txt)."""
    text = _NOT_MEANT.sub(lambda m: "_" * len(m.group()), text)
    for intent in INTENT.finditer(text):
        sentence_start = max(text.rfind(mark, 0, intent.start()) for mark in "。！？；;!?\n") + 1
        # 预期 of a 预期目标 is measured as the goal it names: "提前实现“十四五”规划预期目标" (聊城市's review of 2024,
        # tests/data/extract-unseen-48/liaocheng-city-2025-review.txt).
        goal_end = intent.end() + 2 if text.startswith("目标", intent.end()) else intent.end()
        if _MEASURED_AGAINST.search(text, sentence_start, goal_end) or _MET.match(text, goal_end):
            continue
        if _quoted(text, intent.start()):
            continue
        if intent.group() == "将" and _BA.match(text, intent.end()):
            continue
        if intent.group() not in _WEAK:
            return True  # 今年, 力争, 确保, 《纲要》提出, whatever follows: a milestone too (力争通过…验收)
        paragraph_end = text.find("\n", intent.end())
        if _A_FIGURE.search(_masked(text[sentence_start : paragraph_end if paragraph_end >= 0 else len(text)])):
            return True
    return False


def _announces_a_list(text: str) -> bool:
    """A list announced with items after it: "公布了2026年十大民生谋划举措:新建人行天桥" (丰都县 2026); not a digest's
    field name with no item of its own after it ("项目推进措施:通过狠抓责任落实…", 城关区 2025)."""
    return any(not text[m.end() :].startswith("通过") for m in _LIST_ANNOUNCED.finditer(text))


def reports_results(paragraphs: list[tuple[str, bool]]) -> bool:
    """Whether PARAGRAPHS, a run of open text as (paragraph, whether it would draft anything), only report results: no
    word of a plan anywhere, and at least half the paragraphs that would draft tell their work as a result (a review
    worded like a plan: 万州区's 2024 livelihood projects, 共和县's 2025 achievements). A paragraph already read as past
    (the vote that chose a list: "选出了…十大民生实事项目", 始兴县 2021) does not count. A lead that sums the text up as
    results (已全部办结, 展示…成就) makes it a review on its own; a word of intent after the last figure (an outlook:
    将继续…) commits to nothing."""
    # A paragraph with no figure and no result told counts for nothing: an image placeholder ("![]()", 昭阳区's news,
    # tests/data/extract-unseen-18/zhaoyang-district-2025-review-news.txt) or an outlook without figures.
    drafting = [
        paragraph
        for paragraph, drafts in paragraphs
        if drafts and (_A_FIGURE.search(_masked(paragraph)) or _RESULT.search(_counted(paragraph)))
    ]
    whole = "\n".join(paragraph for paragraph, _ in paragraphs)
    if not drafting or states_intent(_before_the_outlook(whole)) or _announces_a_list(whole):
        return False
    if _RESTATES_THE_PLAN.search(whole) and not _WHOLE_YEAR.search(whole):
        return False  # a progress report while the year runs: see _RESTATES_THE_PLAN
    if any(_SUMMED_UP.search(paragraph) for paragraph, _ in paragraphs):
        return True
    # A lead that tells the span gone by: "“十四五”時期,清水縣…取得歷史性成就和突破性進展。五年來,清水縣始終堅持…"
    # (清水县's 十四五 review, tests/data/extract-unseen-34/qingshui-county-2026-fiveyear-review-hant.txt).
    if _SPAN_GONE_BY.search(paragraphs[0][0]):
        return True
    told = sum(1 for paragraph in drafting if _RESULT.search(_counted(paragraph)))
    # A text that names no time at all (no 今年, no year) and no intent is not a plan of any year; one paragraph that
    # tells a result is enough to read it as a review. Lists of works name no time either, but tell nothing as done.
    if told and 3 * told >= len(drafting) and not _A_TIME.search(whole):
        return True
    return 2 * told >= len(drafting)


def _counted(paragraph: str) -> str:
    """The words of PARAGRAPH that tell how its figures went. In a table's row each cell tells its own: a progress
    cell with no figure ("已完成施工招标,做好开工准备", 奉化区's progress table, tests/data/extract-unseen-15) says
    nothing of the 具体内容 cell's figures ("为教室安装空调300台"), which are the year's work."""
    cells = paragraph.split("|")
    if len(cells) < 3:
        return paragraph
    return "|".join(cell for cell in cells if re.search(r"\d", _NO_FIGURE.sub("", cell)))
