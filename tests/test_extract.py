"""`extract`: each recogniser on its table of real sentences, then the command end to end."""

from __future__ import annotations

import datetime as dt
import shlex
import shutil
import tomllib
from pathlib import Path

import pytest

from chengkou_tracker.extract import extract
from chengkou_tracker.extract.baselines import baseline
from chengkou_tracker.extract.clean import clean
from chengkou_tracker.extract.deadlines import deadline
from chengkou_tracker.extract.decode import decode
from chengkou_tracker.extract.figures import figures
from chengkou_tracker.extract.layout import find_year, lay_out, part_state
from chengkou_tracker.extract.milestones import milestones
from chengkou_tracker.extract.script import simplified
from chengkou_tracker.extract.targets import targets
from tests import extract_score
from tests.conftest import REPORT, ROOT, Run

PASSAGES = Path(__file__).parent / "data" / "extract"

# ---------------------------------------------------------------- figures: a number and its unit, or nothing

FIGURES = [
    ("地区生产总值增长7%左右", [(7, "%", "左右")]),
    ("减轻企业各类负担1.5亿元", [(1.5, "亿元", "")]),
    ("新增中药材种植面积3万亩", [(3, "万亩", "")]),
    ("游客接待达到570万人次", [(570, "万人次", "")]),
    ("城镇调查失业率控制在5.5%以内", [(5.5, "%", "以内")]),
    ("新建两座城市公厕", [(2, "座", "")]),
    ("建成三个中心", [(3, "个", "")]),
    ("能耗降低百分之五", [(5, "%", "")]),
    ("新建5G基站80个", [(80, "个", "")]),
    ("开工G651县城至亢谷段升级改造", []),
    ("创建1个国家3A级旅游景区", [(1, "个", "")]),
    ("中办、国办〔2022〕37号文件清晰指出", []),
    ("实施“十四五”规划", []),
    ("全面贯彻党的二十大精神", []),
    ("开工中广核四期10万千瓦风电项目", [(10, "万千瓦", "")]),  # a figure; targets() decides it only sizes
    ("红三十三军297团政治处修缮", []),
    ("农民增收“四大专项行动”[13]", []),
    ("2023年2月8日在城口县第十八届人民代表大会第三次会议上", []),
    ("新增城镇就业3000多人", [(3000, "人", "")]),
    ("PM2.5平均浓度控制在30微克/立方米以内", [(30, "微克/立方米", "以内")]),
    ("打造科创走廊2.0版", []),
    ("汉江出紫断面水质保持国家Ⅱ类标准", [(2, "类", "")]),  # a class of water, in Roman numerals
    ("出境断面水质稳定在III类以上", [(3, "类", "以上")]),
    ("消除劣Ⅴ类水体", []),  # below every class: a name, not a class
    ("实际利用外资1.8亿美元以上", [(1.8, "亿美元", "以上")]),  # money in another currency
    ("全员劳动生产率达58万元/人左右", [(58, "万元/人", "左右")]),  # money per person (北京市 2026)
    # A device named by its abbreviation, counted: "在主城区配置AED1100台" (十堰市 2026,
    # tests/data/extract-unseen-3/shiyan-city-2026-minsheng.txt); one capital is a road's or a network's name (G651, 5G).
    ("在主城区配置AED1100台", [(1100, "台", "")]),
    ("改造G651县城至亢谷段12公里", [(12, "公里", "")]),
    # The measure words of people's-livelihood lists. Sources: https://zgsrcn.com/e/action/ShowInfo.php?classid=176&id=14059
    # (广汉市, 1800盏太阳能路灯) and https://m.bkrmw.net/detail/156628 (保康县 2026, 培训不少于5期).
    ("集中投用1800盏太阳能路灯", [(1800, "盏", "")]),
    ("实施“项目化”培训不少于5期", [(5, "期", "")]),
    ("二期工程", []),  # a phase is a name
    # A count range takes its lower end, as a range of percentages does (增长6%—7%).
    ("建设村级互助养老点8~10个", [(8, "个", "")]),
    ("地区生产总值增长6—7%", [(6, "%", "")]),  # one unit for both ends, as 8~10个
    ("16人民日报客户端责任编辑", []),  # 人民 is a word, not 人 counting (a page's footer, 2026 national headlines)
    # A number with a decimal point before 年 is a length of time, never a calendar year (2026 national report,
    # tests/data/extract-unseen/china-national-2026-fiveyear.txt).
    ("劳动年龄人口平均受教育年限提高到11.7年", [(11.7, "年", "")]),
    ("3年增长58.6%", [(58.6, "%", "")]),
]


@pytest.mark.parametrize(("clause", "expected"), FIGURES)
def test_figures(clause: str, expected: list[tuple[float, str, str]]) -> None:
    read = [figure.read() for figure in figures(clause, 0, len(clause))]
    found = [(f.value, f.unit, f.tail) for f in read if f is not None]
    assert found == expected


# ---------------------------------------------------------------- targets: kind, direction, quote

TARGETS = [
    ("地区生产总值增长7%左右", [("growth", "about", 7, "%", "地区生产总值增长7%左右")]),
    ("城镇调查失业率控制在5.5%以内", [("ceiling", "at_most", 5.5, "%", "城镇调查失业率控制在5.5%以内")]),
    ("城镇调查失业率5.5%左右", [("ceiling", "about", 5.5, "%", "城镇调查失业率5.5%左右")]),
    ("群众认可度稳定在95%以上", [("floor", "at_least", 95, "%", "群众认可度稳定在95%以上")]),
    ("规上工业企业上云覆盖率达到30%", [("level", "at_least", 30, "%", "规上工业企业上云覆盖率达到30%")]),
    ("非刚性、非重点、非急需支出压减20%", [("reduction", "at_least", 20, "%", "非刚性、非重点、非急需支出压减20%")]),
    ("力争减轻企业各类负担1.5亿元", [("quantity", "at_least", 1.5, "亿元", "减轻企业各类负担1.5亿元")]),
    ("新引进2家医药龙头企业入驻园区", [("quantity", "at_least", 2, "家", "新引进2家医药龙头企业入驻园区")]),
    (
        "城乡居民人均可支配收入增长5.5%和8%",
        [
            ("growth", "at_least", 5.5, "%", "城乡居民人均可支配收入增长5.5%和8%"),
            ("growth", "at_least", 8, "%", "城乡居民人均可支配收入增长5.5%和8%"),
        ],
    ),
    (
        "城乡居民人均可支配收入分别增长7%、8%左右",  # a trailing 左右 bounds every figure before it
        [
            ("growth", "about", 7, "%", "城乡居民人均可支配收入分别增长7%、8%左右"),
            ("growth", "about", 8, "%", "城乡居民人均可支配收入分别增长7%、8%左右"),
        ],
    ),
    (
        "培育规上工业企业6家、规上服务业企业4家",
        [
            ("quantity", "at_least", 6, "家", "培育规上工业企业6家"),
            ("quantity", "at_least", 4, "家", "规上服务业企业4家"),
        ],
    ),
    (
        "政务服务评价率和好评率达到100%",
        [
            ("level", "at_least", 100, "%", "政务服务评价率和好评率达到100%"),
            ("level", "at_least", 100, "%", "好评率达到100%"),
        ],
    ),
    (
        "60%的政府投资基础设施项目推行以工代赈",
        [("floor", "at_least", 60, "%", "60%的政府投资基础设施项目推行以工代赈")],
    ),
    ("到2025年A级景区村庄覆盖率达到50%", [("level", "at_least", 50, "%", "到2025年A级景区村庄覆盖率达到50%")]),
    ("城镇居民人均可支配收入达到3.5万元", [("level", "at_least", 3.5, "万元", "城镇居民人均可支配收入达到3.5万元")]),
    ("居民消费价格涨幅3%左右", [("ceiling", "about", 3, "%", "居民消费价格涨幅3%左右")]),
    (
        "完成绿叶菜生产核心基地、绿色防控基地各9000亩",
        [
            ("quantity", "at_least", 9000, "亩", "完成绿叶菜生产核心基地、绿色防控基地各9000亩"),
            ("quantity", "at_least", 9000, "亩", "绿色防控基地各9000亩"),
        ],
    ),
    ("地区生产总值增长6%—7%", [("growth", "at_least", 6, "%", "地区生产总值增长6%—7%")]),
    ("经济增长4.5%－5%", [("growth", "at_least", 4.5, "%", "经济增长4.5%－5%")]),  # a full-width dash
    ("经济增长4.5%–5%", [("growth", "at_least", 4.5, "%", "经济增长4.5%–5%")]),  # an en dash
    ("开工建设10万平方米的中小企业生态家园", []),  # the figure only sizes a project: a milestone
    ("投用中广核二期8万千瓦光伏", []),
    ("加强26个集中式饮用水源地保护", []),  # a vague verb: the count sizes the work
    ("严格落实“五个一批”项目推进机制", []),
    ('建设第三轮"美丽街区"3个', [("quantity", "at_least", 3, "个", '建设第三轮"美丽街区"3个')]),
    ('推动"五个一批"落实', []),
    ("重点推动六个方面工作迈出坚实步伐", []),
    ("实际利用外资1.8亿美元以上", [("quantity", "at_least", 1.8, "亿美元", "实际利用外资1.8亿美元以上")]),
    ("●居民消费价格涨幅3%左右", [("ceiling", "about", 3, "%", "居民消费价格涨幅3%左右")]),
    ("全县地区生产总值将增长7%左右", [("growth", "about", 7, "%", "全县地区生产总值将增长7%左右")]),
    ("综合排名进入全省前10位", [("ceiling", "at_most", 10, "位", "综合排名进入全省前10位")]),  # a rank
    # not 低于; a rate to reach with a bound under it is a level (CONVENTIONS.md, settled with batch N)
    ("空气质量优良天数比例不低于90%", [("level", "at_least", 90, "%", "空气质量优良天数比例不低于90%")]),
    ("城镇新增就业不少于5000人", [("quantity", "at_least", 5000, "人", "城镇新增就业不少于5000人")]),
    ("每千人口医疗卫生机构床位数达到6.5张", [("level", "at_least", 6.5, "张", "每千人口医疗卫生机构床位数达到6.5张")]),
    # A water class is a bound from above: Ⅱ类以上 is class Ⅱ or a better (lower) one.
    ("国考断面水质保持Ⅱ类标准以上", [("ceiling", "at_most", 2, "类", "国考断面水质保持Ⅱ类标准以上")]),
    ("汉江出紫断面水质保持国家Ⅱ类标准", [("ceiling", "at_most", 2, "类", "汉江出紫断面水质保持国家Ⅱ类标准")]),
    (
        "地表水达到或好于Ⅲ类水体比例达到80%",  # the class only says which water the rate counts
        [("level", "at_least", 80, "%", "地表水达到或好于Ⅲ类水体比例达到80%")],
    ),
    # Goals for five years: the 2026 national report (https://www.jiemian.com/article/14071737.html).
    ("全社会研发经费投入年均增长7%以上", [("growth", "at_least", 7, "%", "全社会研发经费投入年均增长7%以上")]),
    ("到2030年森林覆盖率达到65%", [("level", "at_least", 65, "%", "到2030年森林覆盖率达到65%")]),
    # People's-livelihood lists: a scope count says where the work is done, not how much (广汉市, above; 慈利县
    # https://xny365.com/dianbao/article-10795.html).
    (
        "广汉市今年将在12个镇(街道)54个村(社区)集中投用1800盏太阳能路灯",
        [("quantity", "at_least", 1800, "盏", "投用1800盏太阳能路灯")],
    ),
    ("为17个村民小组安装230盏太阳能路灯", [("quantity", "at_least", 230, "盏", "安装230盏太阳能路灯")]),
    ("在12个乡镇硬化通村道路18万平方米", [("quantity", "at_least", 18, "万平方米", "硬化通村道路18万平方米")]),
    ("为800名适龄在校女学生免费接种HPV疫苗", [("quantity", "at_least", 800, "名", "为800名")]),  # the only figure
    # Numbers that are no commitment: beneficiaries (天水 2026, https://m.163.com/dy/article/KJBAS2N70521RH5N.html),
    # opinions collected (若羌县 2026, https://www.jingjiribao.cn/static/detail.jsp?id=634255), a list's parts.
    ("惠及1.2万人", []),
    ("覆盖群众1万人", []),
    ("共收集社会各界和各族群众提出的意见建议110条", []),
    ("落实6个方面重点任务", []),
    # The dimensions of one named project size it (建湖县 2026, 涉县 2025: tests/data/extract-unseen), as do the
    # people whose lives the work improves (…的饮水安全, 涉县 2025).
    ("新建道路全长343米、路基宽度24米", []),
    ("全长约4.3公里", []),
    ("有效改善9万人口的饮水安全问题", []),
    ("有效提高城区4万户用热居民的供热安全", []),
    # A count of sites before 的 counts them (涉县 2025); 并 opens a second deliverable, so the figure before it sizes
    # no noun.
    ("维修更换农村37处的机泵、阀门", [("quantity", "at_least", 37, "处", "维修更换农村37处的机泵、阀门")]),
    (
        "在17个乡镇(街道办)硬化道路10万平方米并安装太阳能路灯1000盏",
        [
            ("quantity", "at_least", 10, "万平方米", "硬化道路10万平方米"),
            ("quantity", "at_least", 1000, "盏", "安装太阳能路灯1000盏"),
        ],
    ),
    # 对…进行提升改造: what follows 对 is what the work is done on, not where (若羌县 2026,
    # tests/data/extract-unseen/ruoqiang-county-2026-minsheng.txt). Each count is quoted with what it counts.
    (
        "将对全县农村27座农村人居环境整治生活污水一体化处理站以及13个集水井进行提升改造",
        [
            ("quantity", "at_least", 27, "座", "对全县农村27座农村人居环境整治生活污水一体化处理站"),
            ("quantity", "at_least", 13, "个", "13个集水井进行提升改造"),
        ],
    ),
    # A length before the name of the work it measures (…提档升级), not of a facility it sizes (仁化县 2025,
    # tests/data/extract-unseen/renhua-county-2025-minsheng.txt).
    # The quote names the work the length is of, up to a bracket that says what it includes (静安区 2025).
    ("实施51.5公里“四好农村路”提档升级", [("quantity", "at_least", 51.5, "公里", "实施51.5公里“四好农村路”提档升级")]),
    # Money before the purpose it serves, or before the name of the fund it is, is that amount, not a size
    # (2026 national report, tests/data/extract-unseen/china-national-2026-headlines.txt).
    (
        "安排超长期特别国债2500亿元支持消费品以旧换新",
        [("quantity", "at_least", 2500, "亿元", "安排超长期特别国债2500亿元")],
    ),
    (
        "安排8000亿元超长期特别国债资金用于“两重”建设",
        [("quantity", "at_least", 8000, "亿元", "安排8000亿元")],
    ),
    # The count of the list itself (兰州市 2026, 建湖县 2026).
    ("此次确定的10件民生实事包括", []),
    ("今年我县共10个项目被列入2026年政府民生实事项目", []),
    ("力争5个项目被列入省重点项目", [("quantity", "at_least", 5, "个", "5个项目被列入省重点项目")]),  # a target
    ("城镇新增就业人数不低于4500人", [("quantity", "at_least", 4500, "人", "城镇新增就业人数不低于4500人")]),
    # One facility named after 一座/一所 is a milestone, not the quantity 1 (保康县 2026, above).
    ("新建一座高低压一体箱式变电站", []),
    # Numbers about the report's own text, not about work: how often a word occurs (吉林省 2026,
    # tests/data/extract-unseen/jilin-province-2026.txt), how many indicators a plan sets (2026 national report,
    # …/china-national-2026-fiveyear.txt).
    ("“发展”出现67次", []),
    ("针对性提出就业、收入、教育、医疗、健康、“一老一小”等7项指标", []),
    ("细化提出20项", []),
    # 提高 a figure in % without 到 raises it by that share: growth (吉林省 2026, above); 提高到 is a level to reach.
    ("农村低保标准提高6%", [("growth", "at_least", 6, "%", "农村低保标准提高6%")]),
    ("森林覆盖率提高到65%", [("level", "at_least", 65, "%", "森林覆盖率提高到65%")]),
    # A capacity, and what 提高到 raises, exist before the year: levels; a year's spending is a yearly total even
    # when written as its 规模 (2026 national report, tests/data/extract-unseen/china-national-2026-headlines.txt).
    ("粮食综合生产能力达到1.45万亿斤左右", [("level", "about", 1.45, "万亿斤", "粮食综合生产能力达到1.45万亿斤左右")]),
    (
        "劳动年龄人口平均受教育年限提高到11.7年",
        [("level", "at_least", 11.7, "年", "劳动年龄人口平均受教育年限提高到11.7年")],
    ),
    (
        "一般公共预算支出规模将首次达到30万亿元",
        [("quantity", "at_least", 30, "万亿元", "一般公共预算支出规模将首次达到30万亿元")],
    ),
    ("在马桥镇新建设计供水规模为6000立方米水厂一座", []),
    # 京口区 and 扬中市 2026 (tests/data/extract-unseen-2): the length of a river the clause's work is done on; a
    # facility's size (N个X的Y, N平方米的Y); 增加至 raises to a level; a floor under a count of people to visit is a
    # count of this year's work, not a level to keep.
    (
        "对新民洲大寨河等3公里河道实施生态综合治理",
        [("quantity", "at_least", 3, "公里", "对新民洲大寨河等3公里河道实施生态综合治理")],
    ),
    ("以及40个停车位的环卫车辆停车场和303平方米的综合楼", []),
    ("将筛查病种范围增加至20余类", [("level", "at_least", 20, "类", "筛查病种范围增加至20余类")]),
    ("走访慰问全市不低于120名困境儿童", [("quantity", "at_least", 120, "名", "走访慰问全市不低于120名")]),
    # Figures that count no work (tests/data/extract-unseen-2): what one building holds (保康县 2026), the rank of a
    # task in the report's list (东宝区 2026), one built structure counted in a digit (宁陕县 2026: 1座 + a bridge, a
    # milestone), a session named by its numbers (忻州市 2026: 五届九次).
    ("新建保康县老一中保租房,建筑内容共6层、33套", []),
    ("报告明确将推进“工业强区、产业立区”置于8项重点工作之首", []),
    ("该项目规划建成1座连通宁陕小学与体育场过街天桥", []),
    ("深入贯彻落实市委五届九次", []),
    # 北京市 2026 (tests/data/extract-unseen-2/beijing-city-2026-fiveyear-hant.txt, read in simplified forms): the parts
    # a plan is divided into and the indicators it sets count nothing; a rate per person reached is a level.
    ("从创新、协调、绿色、开放、共享、安全6个维度", []),
    ("设置了29项主要指标", []),
    ("全员劳动生产率达58万元/人左右", [("level", "about", 58, "万元/人", "全员劳动生产率达58万元/人左右")]),
    # 北京市 2026 (tests/data/extract-unseen-2/beijing-city-2026.txt): money for the year with a floor under it is a
    # yearly total.
    (
        "面向民间资本推介重大项目总投资不低于2000亿元",
        [("quantity", "at_least", 2000, "亿元", "面向民间资本推介重大项目总投资不低于2000亿元")],
    ),
    # tests/data/extract-unseen-8: a flow, summed over a year, is a quantity however its goal is worded (合肥市 2026,
    # 大连市 2026, 杭州市 2026); a stock, a figure per head and a standard raised to a sum are levels (合肥市 2026,
    # 杭州市 2026, 鹿邑县 2024 in luyi-county-2024-minsheng-glossed.txt).
    ("工业总产值突破2万亿元", [("quantity", "at_least", 2, "万亿元", "工业总产值突破2万亿元")]),
    ("社会消费品零售总额6700亿元", [("quantity", "at_least", 6700, "亿元", "社会消费品零售总额6700亿元")]),
    ("实际利用外资达到5亿美元", [("quantity", "at_least", 5, "亿美元", "实际利用外资达到5亿美元")]),
    (
        "规上人工智能核心产业营收超6000亿元",
        [("quantity", "at_least", 6000, "亿元", "规上人工智能核心产业营收超6000亿元")],
    ),
    ("人才总量突破350万人", [("level", "at_least", 350, "万人", "人才总量突破350万人")]),
    ("人均地区生产总值突破3万美元", [("level", "at_least", 3, "万美元", "人均地区生产总值突破3万美元")]),
    (
        "提高村卫生室基本运行经费补助至6000元",
        [("level", "at_least", 6000, "元", "提高村卫生室基本运行经费补助至6000元")],
    ),
    # A pollutant's concentration is a ceiling (大连市 2026); 接近 a figure is about it (银川市 2026), both in
    # tests/data/extract-unseen-8.
    ("空气中细颗粒物浓度25微克/立方米", [("ceiling", "at_most", 25, "微克/立方米", "空气中细颗粒物浓度25微克/立方米")]),
    ("人均地区生产总值接近13.5万元", [("level", "about", 13.5, "万元", "人均地区生产总值接近13.5万元")]),
    # Additions summed over five years are a quantity (大连市 2026); a floor under a count, land worked on and facilities
    # counted between 推进 and their 建设 measure the work (鹿邑县 2024, 鹤壁市 2022, 杞县 2022); a standard for each
    # street or community is no count of work (鹤壁市 2022), all in tests/data/extract-unseen-8.
    (
        "城镇新增就业人数五年累计达到66万人",
        [("quantity", "at_least", 66, "万人", "城镇新增就业人数五年累计达到66万人")],
    ),
    ("全年排查不少于179个存在安全隐患的路口", [("quantity", "at_least", 179, "个", "排查不少于179个")]),
    ("提升改造33.72万亩水毁农田", [("quantity", "at_least", 33.72, "万亩", "提升改造33.72万亩水毁农田")]),
    ("推进4所幼儿园项目建设", [("quantity", "at_least", 4, "所", "推进4所幼儿园项目建设")]),
    # Drafted for review since session 10 (docs/ledger-decisions.md, L74): labellers read such counts as the work.
    (
        "推进城宣万革命老区振兴发展示范区34个合作项目",
        [("quantity", "at_least", 34, "个", "推进城宣万革命老区振兴发展示范区34个合作项目")],
    ),
    ("年底前实现每个街道有1处综合养老服务设施", []),
    ("每个社区有1处养老服务场所", []),
]


@pytest.mark.parametrize(("clause", "expected"), TARGETS)
def test_targets(clause: str, expected: list[tuple[str, str, float, str, str]]) -> None:
    found = [
        (t.kind, t.direction, t.figure.value, t.figure.unit, clause[t.quote_start : t.quote_end])
        for t in targets(clause, 0, len(clause))
    ]
    assert found == expected


# ---------------------------------------------------------------- milestones: a deliverable, its shortest quote

MILESTONES = [
    ("建成电商公共服务中心", ["建成电商公共服务中心"]),
    ("●建成电商公共服务中心", ["建成电商公共服务中心"]),  # a list's bullet is no word of the report's
    ("建成投用再生资源回收利用项目", ["建成投用再生资源回收利用项目"]),
    ("建成投产年产5万吨锂电池材料项目", ["建成投产年产5万吨锂电池材料项目"]),
    ("启动巴山大道、高铁站前广场等重点项目建设", ["启动巴山大道", "启动巴山大道、高铁站前广场"]),
    (
        "投用中广核二期8万千瓦光伏和三期5万千瓦风电项目",
        ["投用中广核二期8万千瓦光伏", "投用中广核二期8万千瓦光伏和三期5万千瓦风电项目"],
    ),
    ("完成园区总体规划和用地报批", ["完成园区总体规划和用地报批"]),
    ("开展消夏康养节、彩叶文化旅游节等系列活动", ["开展消夏康养节", "开展消夏康养节、彩叶文化旅游节"]),
    ("亢谷景区全面开放运营", ["亢谷景区全面开放运营"]),
    ("公共卫生中心建成启用", ["公共卫生中心建成启用"]),
    ("年底前建成投用咸宜卫生院", ["建成投用咸宜卫生院"]),
    ("完善水、电、气、讯、路、管网等基础设施", []),  # a vague verb
    ("建立“四上一新”企业培育清单", []),
    ("完成市级任务目标", []),  # an aim, not a thing one can see done
    ("开展防止返贫动态监测", []),  # 开展 needs an event
    ("引进培育一批中小企业集群发展", []),
    ("随着城开高速开通、渝西高铁开工", []),  # the scene, not a promise
    ("力争创成国家卫生县城", ["创成国家卫生县城"]),  # a designation won
    # Two projects in one clause are two milestones, each with its own verb.
    ("建成县第二幼儿园并开工建设城南中学", ["建成县第二幼儿园", "开工建设城南中学"]),
    ("建成县城第二水厂和城东污水处理厂", ["建成县城第二水厂", "建成县城第二水厂和城东污水处理厂"]),
    # 保康县 2026 (https://m.bkrmw.net/detail/156628): one facility, counted in words.
    ("新建一座高低压一体箱式变电站", ["新建一座高低压一体箱式变电站"]),
    ("在马桥镇新建设计供水规模为6000立方米水厂一座", ["新建设计供水规模为6000立方米水厂一座"]),
]

# What a milestone's title names: the deliverable, not when it is due.
MILESTONE_ITEMS = [
    ("确保G65高速复线年底前通车", ["G65高速复线"]),
    ("城东大桥6月底前建成通车", ["城东大桥"]),
    ("建成投用县人民医院新院区", ["县人民医院新院区"]),
    ("新建一座高低压一体箱式变电站", ["高低压一体箱式变电站"]),
    ("在马桥镇新建设计供水规模为6000立方米水厂一座", ["设计供水规模为6000立方米水厂"]),
    ("建成县第二幼儿园并开工建设城南中学", ["县第二幼儿园", "城南中学"]),
]


@pytest.mark.parametrize(("clause", "expected"), MILESTONE_ITEMS)
def test_milestone_items(clause: str, expected: list[str]) -> None:
    assert [m.item for m in milestones(clause, 0, len(clause))] == expected


@pytest.mark.parametrize(("clause", "expected"), MILESTONES)
def test_milestones(clause: str, expected: list[str]) -> None:
    assert [clause[m.quote_start : m.quote_end] for m in milestones(clause, 0, len(clause))] == expected


# ---------------------------------------------------------------- deadlines, decoding, cleaning, the year

DEADLINES = [
    ("到2025年A级景区村庄覆盖率达到50%", dt.date(2025, 12, 31)),
    ("年底前建成投用咸宜卫生院", dt.date(2024, 12, 31)),
    ("上半年开工建设丁家坪水库", dt.date(2024, 6, 30)),
    ("三季度完成主体工程", dt.date(2024, 9, 30)),
    ("6月底前完成招标", dt.date(2024, 6, 30)),
    ("2023年，全县地区生产总值增长6.1%", dt.date(2024, 12, 31)),  # a past year is no deadline
    # The day of a meeting is no deadline (若羌县 2026, https://www.jingjiribao.cn/static/detail.jsp?id=634255).
    ("在1月10日经若羌县第十八届人民代表大会第七次会议票决产生10件", dt.date(2024, 12, 31)),
    ("年内完成", dt.date(2024, 12, 31)),
]


@pytest.mark.parametrize(("words", "expected"), DEADLINES)
def test_deadlines(words: str, expected: dt.date) -> None:
    assert deadline(words, 2024)[0] == expected


def test_decode_reads_utf8_with_and_without_bom_and_gb18030() -> None:
    text = "二、2024年工作安排\n地区生产总值增长6%左右。"
    assert decode(text.encode("utf-8"), "a.txt") == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "a.txt") == text
    assert decode(text.encode("gb18030"), "a.txt") == text
    assert decode(text.encode("gbk"), "a.txt") == text


def test_decode_keeps_only_the_body_text_of_a_page() -> None:
    page = (
        "<html><head><title>增长9%</title><style>p{}</style></head><body><header>网站 增长8%</header>"
        "<nav>首页</nav><script>var x='增长7%'</script><h1>标题</h1><p>地区生产总值\n增长6%左右。</p>"
        "<footer>版权 2025</footer></body></html>"
    )
    assert decode(page.encode("utf-8"), "a.html") == "标题\n\n地区生产总值增长6%左右。"


def test_clean_makes_digits_half_width_drops_stray_spaces_and_rejoins_wrapped_lines() -> None:
    assert clean("经济增长６ . ５％左右，ISO 9001") == "经济增长6.5%左右，ISO9001"
    wrapped = (
        "二、2024年工作安排\n"
        "今年经济社会发展主要预期目标是：地区生产总值\n"
        "增长6%左右，一般公共预算收入增长5%，城镇新增\n"
        "就业3000人。\n"
        "（一）推动产业升级"
    )
    assert clean(wrapped) == (
        "二、2024年工作安排\n"
        "今年经济社会发展主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业3000人。\n"
        "（一）推动产业升级"
    )


def test_clean_leaves_headlines_apart() -> None:
    text = "2024两会|2024年目标GDP增长5%\n李强提出今年的主要预期目标，国内生产总值增长5%左右。"
    assert clean(text) == text


def test_clean_reads_the_spaces_of_a_summary_without_punctuation_as_its_breaks() -> None:
    # A summary copied with its punctuation dropped writes a space where a phrase ends and [n] marks for its
    # sources (京口区 2026, tests/data/extract-unseen-2/jingkou-district-2026-minsheng.txt): each phrase is a line of
    # its own, and the marks are no text.
    line = (
        "共征集意见建议70余条 从13项候选项目中选出10项 [1] 项目四:劳有所得 - 落实就业优惠政策 "
        "全年城镇新增就业2700人 不断提高城乡居民基本养老保险保障水平 [2]"
    )
    assert clean(line).split("\n") == [
        "共征集意见建议70余条",
        "从13项候选项目中选出10项",
        "项目四:劳有所得",
        "-",
        "落实就业优惠政策",
        "全年城镇新增就业2700人",
        "不断提高城乡居民基本养老保险保障水平",
    ]
    # A line with its punctuation keeps its spaces as stray ones (上海市 2026: "达到5.67 万亿元", "提出 意见。").
    assert (
        clean("全市生产总值达到5.67 万亿元、增长5.4%,请委员提出 意见。")
        == "全市生产总值达到5.67万亿元、增长5.4%,请委员提出意见。"
    )


def test_clean_puts_a_part_heading_run_into_its_paragraph_on_a_line_of_its_own() -> None:
    # A PDF copy joined into one paragraph (上海市 2026, tests/data/extract-unseen-2/shanghai-city-2026-review.txt):
    # the heading after a full stop still opens its part.
    text = "请予审议。 一、2025年工作回顾 2025年是“十四五”规划冲刺收官之年。"
    assert clean(text) == "请予审议。\n一、2025年工作回顾\n2025年是“十四五”规划冲刺收官之年。"


PARTS = [
    ("一、2023年工作回顾", "open", "review"),
    ("一、2023年主要工作", "open", "review"),  # a past year, no plan words
    ("二、2024年工作安排", "review", "plan"),
    ("二、今后五年的奋斗目标和主要任务", "review", "five"),  # goals of the coming five years: a part of its own
    ("三、加强政府自身建设", "plan", "plan"),  # goes on with the part it is in
    ("三、加强政府自身建设", "review", "review"),
    # 2026 reports: the last year and the last five-year period reviewed, then the coming period's goals.
    # 黄龙县 (https://www.guanlizhidu.com/doc/2676413.html), 横州市 (https://www.gongxunwk.com/doc/2676416.html).
    ("一、2025年及“十四五”工作回顾", "open", "review"),
    ("二、“十五五”发展目标和主要任务", "review", "five"),
    ("二、“十五五”时期奋斗目标和主要任务", "review", "five"),
    ("二、“十四五”成就和“十五五”奋斗目标", "review", "five"),
    ("三、2026年工作安排", "five", "plan"),
]


@pytest.mark.parametrize(("heading", "before", "after"), PARTS)
def test_part_headings(heading: str, before: str, after: str) -> None:
    year = 2026 if "五五" in heading or "2026" in heading or "十四五" in heading else 2024
    assert part_state(heading, year, before) == after


YEARS = [
    ("一、2023年工作回顾\n二、2024年工作安排\n", None, (2024, "heading:二、2024年工作安排")),
    (
        "2025年济南市经济社会发展主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%左右。",
        None,
        (2025, "text:2025年济南市经济社会发展主要预期目标"),
    ),
    ("一、2024年工作回顾\n过去一年……", None, (2025, "review:一、2024年工作回顾")),
    ("二、2024年工作安排\n", 2030, (2030, "option:--year")),
    # A year's list of people's-livelihood projects names the year they are to be done in (海淀区 2026,
    # tests/data/extract-unseen-3/haidian-district-2026-minsheng.txt); its completion report does not plan it.
    ("北京市海淀区人民政府办公室\n海淀区2026年重要民生实事项目\n", None, (2026, "text:海淀区2026年重要民生实事项目")),
    (
        "经区政府同意,现将《海淀区2026年重要民生实事项目》印发给你们,请认真抓好落实。",
        None,
        (2026, "text:《海淀区2026年重要民生实事项目》"),
    ),
    (
        "政府工作报告\n——2025年1月10日在示例县第十八届人民代表大会第五次会议上\n各位代表：",
        None,
        (2025, "text:2025年1月10日在示例县第十八届人民代表大会"),
    ),
    # A news report of the report, with no heading and no list of targets: the year that 将 bring.
    ("报告指出,2024年四川耕地净增加60万亩以上,2025年四川将积极发展乡村富民产业。", None, (2025, "text:2025年四川将")),
    ("2025年,我县将严守耕地保护红线,新建高标准农田2.8万亩。", None, (2025, "text:2025年,我县将")),
]


@pytest.mark.parametrize(("text", "option", "expected"), YEARS)
def test_find_year(text: str, option: int | None, expected: tuple[int, str]) -> None:
    assert find_year(text, option) == expected


def test_past_sentences_in_the_plan_part_are_not_commitments() -> None:
    text = "二、2024年工作安排\n2023年，全县地区生产总值增长6.1%。今年地区生产总值增长6%左右。"
    layout = lay_out(text, None)
    assert [text[c.start : c.end] for c in layout.past_clauses] == ["2023年", "全县地区生产总值增长6.1%。"]
    assert [text[c.start : c.end] for c in layout.clauses] == ["今年地区生产总值增长6%左右。"]


def test_a_plan_paragraph_that_opens_on_the_past_stays_there_until_it_speaks_of_the_plan() -> None:
    # A plan (国民经济和社会发展计划) opens with its own review of the year before, under no heading of its own.
    text = (
        "湖南省2023年国民经济和社会发展计划\n"
        "2022年，经济发展环境复杂严峻。全年地区生产总值增长4.5%；进出口总额增长20.2%。\n"
        "2023年经济社会发展主要预期目标是：地区生产总值增长6.5%左右，进出口增长10%。\n"
        "2022年已建成的园区要提质。新建标准厂房10万平方米。\n"
    )
    layout = lay_out(text, None)
    assert [text[c.start : c.end] for c in layout.past_clauses] == [
        "2022年",
        "经济发展环境复杂严峻。",
        "全年地区生产总值增长4.5%；",
        "进出口总额增长20.2%。",
        "2022年已建成的园区要提质。",
    ]
    assert [text[c.start : c.end] for c in layout.clauses] == [
        "2023年经济社会发展主要预期目标是",
        "地区生产总值增长6.5%左右",
        "进出口增长10%。",
        "新建标准厂房10万平方米。",
    ]


def test_words_that_only_contain_yao_do_not_bring_a_review_back_to_the_plan() -> None:
    # 要 is a plan's modal verb (要加快), but 主要农作物 is no plan: the review goes on.
    text = "2024年,四川新建高标准农田425万亩;主要农作物耕种收综合机械化率提高到73%。\n今年要新建高标准农田400万亩。"
    layout = lay_out(text, 2025)
    assert [text[c.start : c.end] for c in layout.clauses] == ["今年要新建高标准农田400万亩。"]


def test_a_list_of_targets_under_a_heading_and_the_estimates_before_it() -> None:
    # A news report's summary: lines with no full stop. 预计 opens an estimate of the year under review; a
    # line that opens with a bullet is an item of a list, not a headline.
    text = (
        "预计城乡居民收入分别增长5.8%、7.9%,均居全国第二\n"
        "2023年预期目标\n"
        "●居民消费价格涨幅3%左右\n"
        "●粮食产量保持在500亿斤以上\n"
    )
    layout = lay_out(text, None)
    assert [text[c.start : c.end] for c in layout.clauses] == ["●居民消费价格涨幅3%左右", "●粮食产量保持在500亿斤以上"]
    assert [text[c.start : c.end] for c in layout.past_clauses] == [
        "预计城乡居民收入分别增长5.8%、7.9%",
        "均居全国第二",
    ]


def test_a_line_under_an_item_heading_is_its_text_not_a_title() -> None:
    # The 2026 national report as a newspaper printed it (tests/data/extract-unseen/china-national-2026-fiveyear.txt):
    # "一是…" heads an item and the line below it is what the item says.
    text = "二、2026年工作安排\n一是突出推动高质量发展\n数字经济核心产业增加值占国内生产总值比重达到12.5%\n"
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="中国").toml)
    assert [c["quote"] for c in ledger["commitment"]] == ["数字经济核心产业增加值占国内生产总值比重达到12.5%"]


def test_a_breakdown_in_brackets_is_part_of_the_figure_before_it() -> None:
    # 建湖县 2026 (tests/data/extract-unseen/jianhu-county-2026-minsheng.txt): (其中:…) and (含…) break a figure down.
    text = (
        "二、2026年工作安排\n"
        "对农村公路危桥改造12座(其中:1座四五类危桥、11座宽路窄桥),"
        "农村公路道路改造17.6公里(其中:县道大修6公里,乡村道维修11.6公里)。\n"
        "实施农村公路乡村道隐患路段安防36.575公里(含冠华路县城东西两段中分带增设一柱双波护栏6.7公里)。\n"
    )
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="建湖县").toml)
    assert [(c["target"], c["quote"]) for c in ledger["commitment"]] == [
        (12, "对农村公路危桥改造12座"),
        (17.6, "农村公路道路改造17.6公里"),
        (36.575, "实施农村公路乡村道隐患路段安防36.575公里"),
    ]


def test_numbered_lines_are_the_items_of_a_list_not_headlines() -> None:
    # Lines with no punctuation would be titles, but a list's number or mark opens an item of the list; the
    # mark is no part of what the item says.
    text = (
        "二、2025年主要预期目标\n1.地区生产总值增长6%左右\n（2）社会消费品零售总额增长5%\n"
        "③城镇新增就业3000人以上\n一是固定资产投资增长5%\n4.建成县人民医院新院区\n"
    )
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="示例县").toml)
    assert [c["quote"] for c in ledger["commitment"]] == [
        "地区生产总值增长6%左右",
        "社会消费品零售总额增长5%",
        "城镇新增就业3000人以上",
        "固定资产投资增长5%",
        "建成县人民医院新院区",
    ]


def test_short_lines_one_after_another_are_a_list_and_a_line_alone_is_a_title() -> None:
    text = (
        "2024两会|2024年目标GDP增长5%\n"  # a title: it restates the paragraph below it
        "李强提出今年的主要预期目标,国内生产总值增长5%左右。\n"
        "2024年其他预期目标\n"
        "城镇新增就业1200万人以上\n"  # a list, one target a line
        "居民消费价格涨幅3%左右\n"
    )
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="中国").toml)
    assert [c["quote"] for c in ledger["commitment"]] == [
        "国内生产总值增长5%左右",
        "城镇新增就业1200万人以上",
        "居民消费价格涨幅3%左右",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "旅游综合收入在2024年基础上增长10%。",
        "粮食产量与2024年持平。",
        "规上企业数量较2024年增加20家。",
        "力争比2020年翻一番。",
    ],
)
def test_a_past_year_as_the_point_of_comparison_keeps_a_sentence_in_the_plan(sentence: str) -> None:
    text = f"二、2025年工作安排\n{sentence}\n"
    layout = lay_out(text, None)
    assert (len(layout.clauses), len(layout.past_clauses)) == (1, 0)


# Sentences about the last five-year period in a 2026 report describe the past, in prose or after a dash, a bullet
# or 预计: 陵川县 2026 (http://www.lczf.gov.cn/xxgk_674/zfgzbg/202512/t20251230_2303612.shtml), 双峰县 2026
# (http://www.ldsf.com.cn/index.php/content/15677780).
PAST_2026 = [
    "——决胜“十四五”，我们群策群力抓发展。预计2025年，全县地区生产总值完成87.4亿元，五年跨越3个十亿级台阶，年均增速达到8%。",
    "“十四五”时期，全县地区生产总值由120亿元增加到182.5亿元，年均增长7.1%。",
    "●“十四五”期间累计新增城镇就业2.3万人。",
    "“十四五”以来，12项工作获省政府真抓实干表扬激励。",
]


@pytest.mark.parametrize("sentence", PAST_2026)
def test_the_last_five_year_period_is_the_past(sentence: str) -> None:
    text = f"二、“十四五”成就和“十五五”奋斗目标\n{sentence}\n"
    layout = lay_out(text, 2026)
    assert [text[c.start : c.end] for c in layout.clauses] == []


# Sentences that state what is, not what is to be done. The meeting's attendance: 长沙县 2026
# (tests/data/extract-unseen/changsha-county-2026-review.txt), 团风县 2026 (…/tuanfeng-county-2026.txt). What is
# already there (已建成, 目前), and what goes on after it in the same account: 鄢陵县 2026
# (…/yanling-county-2026-minsheng-review.txt).
NOT_PLANNED = [
    "本次大会应到人大代表302人,实到293人,符合法定开会人数。",
    "出席会议的代表应到210人,实到193人,符合法定开会人数。",
    "目前,全县已建成151个社区日间照料中心和农村幸福院,实现村级养老服务设施全覆盖。"
    "建成老年食堂12个、助餐点65个,完成874户特殊困难老年人家庭适老化改造,养老服务能力持续增强。",
    # How the list was chosen (京口区 2026, tests/data/extract-unseen-2/jingkou-district-2026-minsheng.txt).
    "从13项候选项目中选出10项。",
    # What a commentary says of the report as a text (茂名市 2026, tests/data/extract-unseen-2/maoming-city-2026-commentary.txt).
    "报告将“以人民为中心”的发展思想贯穿始终,无论是84%的高比例民生支出安排,还是对就业、教育、医疗等问题的细致回应。",
]


@pytest.mark.parametrize("sentence", NOT_PLANNED)
def test_sentences_about_the_meeting_or_what_already_is_are_not_commitments(sentence: str) -> None:
    layout = lay_out(f"{sentence}\n新的一年,我县将新建农村公路100公里。\n", 2026)
    assert [sentence[c.start : c.end] for c in layout.clauses if c.start < len(sentence)] == []
    assert len(layout.clauses) == 2


def test_words_like_those_of_attendance_keep_a_plan_sentence() -> None:
    text = "二、2026年工作安排\n确保补助资金应到尽到,新建农村公路100公里。\n"
    assert len(lay_out(text, None).clauses) == 2


def test_a_sentence_that_names_the_last_period_but_plans_this_year_is_the_plan() -> None:
    text = "三、2026年工作安排\n巩固“十四五”成果，今年新建农村公路100公里。\n"
    layout = lay_out(text, None)
    assert [text[c.start : c.end] for c in layout.clauses] == ["巩固“十四五”成果", "今年新建农村公路100公里。"]


def test_goals_for_the_coming_five_years_are_a_section_of_their_own_due_at_its_end() -> None:
    text = (
        "二、“十五五”发展目标和主要任务\n"
        "主要目标是：地区生产总值年均增长6%左右，到2028年森林覆盖率达到65%。\n"
        "三、2026年工作安排\n"
        "今年主要预期目标是：地区生产总值增长6%左右。全社会研发经费投入年均增长7%以上。\n"
    )
    layout = lay_out(text, None)
    assert [(text[c.start : c.end], c.section, c.due_year) for c in layout.clauses] == [
        ("主要目标是", "五年目标", 2030),
        ("地区生产总值年均增长6%左右", "五年目标", 2030),
        ("到2028年森林覆盖率达到65%。", "五年目标", 2028),
        ("今年主要预期目标是", "主要预期目标", 0),
        ("地区生产总值增长6%左右。", "主要预期目标", 0),
        ("全社会研发经费投入年均增长7%以上。", "五年目标", 2030),  # 年均 in the year's part: tagged for review
    ]
    assert layout.sections[0] == ("五年目标", "“十五五”发展目标和主要任务")


def test_a_title_line_naming_the_coming_plans_goals_opens_their_part() -> None:
    # 鄂城区 2026 (tests/data/extract-unseen-2/echeng-district-2026-fiveyear.txt): a news report's subheading, with no
    # part number, opens the goals of the coming five years.
    text = (
        "特别是到2026年,鄂城区将全力提升城市能级。\n"
        "锚定“十五五”时期主要目标\n"
        "报告指出,“十五五”期间,鄂城区要努力实现以下目标:\n"
        "综合实力迈上新台阶。全区GDP力争突破1000亿元,年均增速高于全省平均水平。\n"
    )
    layout = lay_out(text, 2026)
    [goal] = [c for c in layout.clauses if "1000亿元" in text[c.start : c.end]]
    assert (goal.section, goal.due_year) == ("五年目标", 2030)


def test_a_clause_that_only_names_the_period_sets_the_time_of_the_clauses_after_it() -> None:
    # 鄂城区 2026 (tests/data/extract-unseen-2/echeng-district-2026-fiveyear.txt), its lead.
    text = "报告指出,“十五五”期间,全区GDP力争突破1000亿元。\n"
    [*_, goal] = lay_out(text, 2026).clauses
    assert (text[goal.start : goal.end], goal.due_year) == ("全区GDP力争突破1000亿元。", 2030)


def test_a_headline_states_the_plans_target_and_opens_no_part() -> None:
    # 新疆 2026 (tests/data/extract-unseen-2/xinjiang-region-2026-review.txt): a news headline with the year's target.
    # A part heading states no figure, so the review below stays open text, past from its first sentence on; the
    # headline's target of the plan's year is drafted, since the article below may never restate it.
    text = (
        "新疆2026年地区生产总值预期目标增长5.5%—6% 持续加力提振消费扩大有效投资\n"
        "来源:证券时报网 作者:刘灿邦\n\n"
        "2025年是新疆发展历程中具有重要里程碑意义的一年。全年地区生产总值2.15万亿元、增长5.5%,"
        "规上工业增加值增长7.7%。\n"
    )
    text = clean(text)
    layout = lay_out(text, None)
    found = [(text[t.quote_start : t.quote_end], t.kind) for c in layout.clauses for t in targets(text, c.start, c.end)]
    assert found == [("新疆2026年地区生产总值预期目标增长5.5%—6%", "growth")]


def test_what_the_coming_plan_states_is_a_goal_of_its_period() -> None:
    # 北京市 2026 (tests/data/extract-unseen-2/beijing-city-2026-fiveyear-hant.txt): the plan's indicators, listed.
    text = "今年工作上将主动对接国际高标准经贸规则。\n殷勇介绍未来十五五规画提及,设置了29项主要指标,包括:全社会研发投入占比6%以上。\n"
    *_, goal = lay_out(text, 2026).clauses
    assert (text[goal.start : goal.end], goal.due_year) == ("全社会研发投入占比6%以上。", 2030)


def test_a_report_in_traditional_characters_is_read_in_simplified_forms_and_quoted_as_written() -> None:
    # 北京市 2026 as a Taiwan paper printed it (tests/data/extract-unseen-2/beijing-city-2026-fiveyear-hant.txt).
    assert simplified("全員勞動生產率達58萬元/人左右") == "全员劳动生产率达58万元/人左右"
    assert simplified("乾坤著名") == "乾坤著名"  # a character that is also a simplified form stays
    text = "北京市長殷勇25日作政府工作報告,2026年全市GDP則預期增長5%左右。全員勞動生產率達58萬元/人左右。\n"
    [growth, productivity] = tomllib.loads(extract(text.encode(), "p.txt", place="北京市", year=2026).toml)[
        "commitment"
    ]
    assert (growth["kind"], growth["direction"], growth["quote"]) == ("growth", "about", "全市GDP則預期增長5%左右")
    assert (productivity["kind"], productivity["unit"], productivity["quote"]) == (
        "level",
        "萬元/人",
        "全員勞動生產率達58萬元/人左右",
    )


def test_an_annual_mean_concentration_is_the_years_own() -> None:
    # 北京市 2026 (tests/data/extract-unseen-2/beijing-city-2026.txt): 年均浓度 is how air is measured in a year, not
    # a yearly average over the coming five.
    text = "今年经济社会发展主要预期目标是:细颗粒物年均浓度控制在29微克/立方米左右。\n"
    [clause] = lay_out(text, 2026).clauses[-1:]
    assert clause.due_year == 0


def test_a_text_about_the_coming_plan_that_never_names_its_year_sets_five_year_goals() -> None:
    # The 2026 national report on the draft 十五五 outline, as a newspaper printed it
    # (tests/data/extract-unseen/china-national-2026-fiveyear.txt): no 2026, no 今年; every goal is the period's.
    text = (
        "国务院编制了《中华人民共和国国民经济和社会发展第十五个五年规划纲要(草案)》,提交大会审查。\n"
        "绿色低碳方面\n围绕降碳减污、生态环保等提出5项指标。其中,提出单位国内生产总值二氧化碳排放累计降低17%\n"
    )
    layout = lay_out(text, 2026)
    assert [(text[c.start : c.end], c.due_year) for c in layout.clauses][-1] == (
        "提出单位国内生产总值二氧化碳排放累计降低17%",
        2030,
    )
    # A report that names its year keeps its own targets for the year.
    layout = lay_out(text + "今年单位国内生产总值能耗降低3%。\n", 2026)
    assert [c.due_year for c in layout.clauses][-1] == 0


def test_a_paragraph_that_opens_on_the_plans_year_closes_the_five_year_goals() -> None:
    # 大连市 2026 (tests/data/extract-unseen-8/dalian-city-2026-fiveyear.txt): one part holds the 十五五 goals and the
    # year's plan; "今年是“十五五”开局之年" turns to the year, so its targets are due at the year's end.
    text = (
        "二、“十五五”时期主要目标和2026年工作安排\n"
        "《纲要》提出“十五五”时期的主要指标是:常住人口城镇化率2030年达到83.75%。\n"
        "各位代表,今年是“十五五”开局之年。\n"
        "全市经济社会发展主要预期目标是:地区生产总值增长5%以上,实际利用外资达到5亿美元。\n"
    )
    due = {
        text[c.start : c.end]: c.due_year
        for c in lay_out(text, 2026).clauses
        if any(ch.isdigit() for ch in text[c.start : c.end])
    }
    assert due == {
        "常住人口城镇化率2030年达到83.75%。": 2030,
        "地区生产总值增长5%以上": 0,
        "实际利用外资达到5亿美元。": 0,
    }


# A sentence that states a record reached by past effort: 广东省 2026
# (tests/data/extract-unseen/guangdong-province-2026.txt).
def test_a_record_reached_by_past_effort_is_the_past() -> None:
    text = (
        "经过不懈努力,广东经济总量连续37年居全国首位,货物进出口总额突破9.5万亿元,"
        "广东自贸试验区43项改革创新成果在全国推广。广东将高质量建设15个承接产业转移主平台。\n"
    )
    layout = lay_out(text, 2026)
    assert [text[c.start : c.end] for c in layout.clauses] == ["广东将高质量建设15个承接产业转移主平台。"]


def test_a_clause_that_compares_with_last_year_keeps_the_others_of_its_sentence() -> None:
    text = "二、2026年工作安排\n粮食产量与上年持平，蔬菜产量增长5%，生猪出栏同上年持平。\n"
    layout = lay_out(text, None)
    assert [text[c.start : c.end] for c in layout.clauses] == [
        "粮食产量与上年持平",
        "蔬菜产量增长5%",
        "生猪出栏同上年持平。",
    ]


def test_a_heading_and_its_sentence_on_one_line() -> None:
    # 保康县 2026 (https://m.bkrmw.net/detail/156628): each project of the list is a heading and its sentence.
    text = (
        "一、2026年工作安排\n今年地区生产总值增长6%。\n"
        "一、保障性租赁住房建设项目。新建保康县老一中保租房33套。\n"
        "二、农村公路提档升级项目。新建、改建农村公路100公里。\n"
    )
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="保康县").toml)
    assert [(c["quote"], c["section"]) for c in ledger["commitment"]] == [
        ("地区生产总值增长6%", "一、"),
        ("新建保康县老一中保租房33套", "一、保障性租赁住房建设项目"),  # 一、 is taken: the heading names it
        ("新建、改建农村公路100公里", "二、"),
    ]
    assert ledger["report"]["sections"][1:] == [
        {"key": "一、保障性租赁住房建设项目", "heading": "保障性租赁住房建设项目"},
        {"key": "二、", "heading": "农村公路提档升级项目"},
    ]


def test_a_numbered_line_that_is_one_whole_sentence_is_an_item_of_a_list() -> None:
    # 秦州区 2026 (tests/data/extract-unseen/qinzhou-district-2026-minsheng.txt): a list of projects numbered 一、
    # 二、 where each number opens a sentence, not a heading; a heading names a part and ends with no full stop.
    text = (
        "秦州区\n一、实现城镇新增就业8500人,劳务输转11.36万人以上。\n"
        "二、完成玉泉中学改扩建项目,新增学位1800个。\n四、建设镇级综合养老服务中心2处。\n"
    )
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="秦州区", year=2026).toml)
    assert [c["quote"] for c in ledger["commitment"] if c["kind"] != "milestone"] == [
        "城镇新增就业8500人",  # 实现 says nothing of what
        "劳务输转11.36万人以上",
        "新增学位1800个",
        "建设镇级综合养老服务中心2处",
    ]


PLACES = [
    ("2026年云溪县人民政府工作报告", "云溪县"),  # not 年云溪县
    # 中宁县 2026 (https://www.znzf.gov.cn/xxgk/zfgzbg/202602/t20260212_5171293.html): not 日在中宁县
    ("政 府 工 作 报 告\n——2026年1月14日在中宁县第十八届人民代表大会\n第五次会议上", "中宁县"),
    # 陵川县 2026 (http://www.lczf.gov.cn/xxgk_674/zfgzbg/202512/t20251230_2303612.shtml): the line breaks inside
    ("——2025年12月22日在陵川县第十七届\n人民代表大会第七次会议上\n县长 王 丽", "陵川县"),
    ("示例市市长在会上代表示例市人民政府作报告", "示例市"),
    ("现在，我代表县人民政府向大会报告工作", ""),  # no name: ask for --place
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_the_place_is_the_government_name_alone(text: str, expected: str) -> None:
    from chengkou_tracker.extract import find_place

    assert find_place(text) == expected


def test_so_far_this_year_is_the_year_under_review() -> None:
    # A plan presented in December: 今年以来 reports the year that is ending, not the one planned.
    text = "示例县2025年计划草案的报告。今年以来,全县地区生产总值增长6%。2025年全县地区生产总值将增长7%左右。"
    layout = lay_out(text, None)
    assert [text[c.start : c.end] for c in layout.past_clauses] == ["今年以来", "全县地区生产总值增长6%。"]


# ---------------------------------------------------------------- baselines: the same metric, stated for the past

BASELINES = [
    ("规模工业增加值增长7.5%", "规模以上工业增加值增长7.2%", 7.2),  # an abbreviation of the same name
    ("规上工业增加值增长15%", "规模以上工业增加值增长12%", 12),
    ("建设100万元以上乡村产业项目50个", "百万元以上乡村产业项目21个", 21),  # numbers written either way
    ("地方一般公共预算收入增长8%以上", "一般公共预算收入增长6.6%", 6.6),
    ("第一产业增加值增长3.5%", "高新技术产业增加值增长12.7%", None),  # a shared tail, different things
    ("城乡居民人均可支配收入增长6%", "全体居民人均可支配收入增长6.4%", None),
]


@pytest.mark.parametrize(("plan", "past", "expected"), BASELINES)
def test_baselines(plan: str, past: str, expected: float | None) -> None:
    [target] = targets(plan, 0, len(plan))
    found = baseline(target, targets(past, 0, len(past)))
    assert (found.figure.value if found else None) == expected


# A figure with no name in its own clause takes the name of the clause before it in the same sentence.
INHERITED = [
    (
        "一、2022年工作回顾\n全年地区生产总值48670.37亿元,同比增长4.5%。\n"
        "二、2023年工作安排\n地区生产总值增长6.5%左右。\n",
        [("地区生产总值增长6.5%左右", 6.5, 4.5, "地区生产总值48670.37亿元,同比增长4.5%")],
    ),
    (  # a 分别 list with no names of its own: one name each, in order
        "一、2022年工作回顾\n接待游客510万人次、旅游综合收入10.3亿元,分别增长18.7%、16%。\n"
        "二、2023年工作安排\n旅游综合收入增长15%。\n",
        [("旅游综合收入增长15%", 15, 16, "旅游综合收入10.3亿元,分别增长18.7%、16%")],
    ),
    (  # in the same clause: the amount the growth brings the revenue to
        "二、2025年工作安排\n一般公共预算收入增长5%、达到20亿元。\n",
        [("一般公共预算收入增长5%", 5, None, None), ("达到20亿元", 20, None, None)],
    ),
    (  # a news report: the sentence turns to the plan at the clause that names the plan's year
        "示例县新闻。报告指出,2024年全县地区生产总值增长6%,2025年将力争增长7%左右。",
        [("增长7%左右", 7, 6, "全县地区生产总值增长6%")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INHERITED)
def test_a_figure_without_a_name_takes_the_name_before_it(
    text: str, expected: list[tuple[str, float, float, str]]
) -> None:
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="示例县").toml)
    found = [(c["quote"], c["target"], c.get("baseline"), c.get("baseline_quote")) for c in ledger["commitment"]]
    assert found == expected


def test_a_figure_named_earlier_in_its_clause_takes_that_name_as_its_title() -> None:
    text = "二、2025年工作安排\n一般公共预算收入增长5%、达到20亿元。\n"
    ledger = tomllib.loads(extract(text.encode(), "report.txt", place="示例县").toml)
    assert [c["title"] for c in ledger["commitment"]] == ["一般公共预算收入增速", "一般公共预算收入"]


# ---------------------------------------------------------------- the command

SMALL_REPORT = (
    "一、2023年工作回顾\n"
    "2023年，全县地区生产总值增长6.1%，城镇新增就业2901人。\n"
    "二、2024年工作安排\n"
    "今年经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内。\n"
    "（一）推动产业升级。新建5G基站80个，建成电商公共服务中心，上半年开工建设丁家坪水库，开展“两品一标”申报。\n"
)

SMALL_LEDGER = """\
# Drafted by `chengkou-tracker extract` from report.txt: check every draft against the report,
# starting with those tagged "review" (`chengkou-tracker --ledger FILE list --tag review`).

[report]
place = "示例县"
year = 2024
title = "示例县2024年政府工作报告"
text = "report.txt"
sections = [
    { key = "主要预期目标", heading = "今年经济社会发展主要预期目标" },
    { key = "（一）", heading = "推动产业升级" },
]

[[commitment]]
id = "T001"
section = "主要预期目标"
title = "地区生产总值增速"
title_en = ""
quote = "地区生产总值增长6%左右"
kind = "growth"
target = 6
unit = "%"
direction = "about"
baseline = 6.1
baseline_quote = "全县地区生产总值增长6.1%"
start = 2024-01-01
deadline = 2024-12-31
owner = ""
tags = []

[[commitment]]
id = "T002"
section = "主要预期目标"
title = "城镇新增就业"
title_en = ""
quote = "城镇新增就业3000人以上"
kind = "quantity"
target = 3000
unit = "人"
direction = "at_least"
baseline = 2901
baseline_quote = "城镇新增就业2901人"
start = 2024-01-01
deadline = 2024-12-31
owner = ""
tags = []

[[commitment]]
id = "T003"
section = "主要预期目标"
title = "城镇调查失业率"
title_en = ""
quote = "城镇调查失业率控制在5.5%以内"
kind = "ceiling"
target = 5.5
unit = "%"
direction = "at_most"
start = 2024-01-01
deadline = 2024-12-31
owner = ""
tags = []

[[commitment]]
id = "T004"
section = "（一）"
title = "新建5G基站"
title_en = ""
quote = "新建5G基站80个"
kind = "quantity"
target = 80
unit = "个"
direction = "at_least"
start = 2024-01-01
deadline = 2024-12-31
owner = ""
tags = []

[[commitment]]
id = "M001"
section = "（一）"
title = "电商公共服务中心"
title_en = ""
quote = "建成电商公共服务中心"
kind = "milestone"
start = 2024-01-01
deadline = 2024-12-31
owner = ""
tags = []

[[commitment]]
id = "M002"
section = "（一）"
title = "丁家坪水库开工"
title_en = ""
quote = "开工建设丁家坪水库"
kind = "milestone"
done_when = "started"
start = 2024-01-01
deadline = 2024-06-30
owner = ""
tags = []
"""

SMALL_SUMMARY = "drafted 4 targets and 2 milestones, 0 to review; year 2024 from the heading '二、2024年工作安排'\n"


@pytest.fixture
def small_report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(SMALL_REPORT, encoding="utf-8")
    return path


def test_extract_prints_the_ledger_and_one_summary_line(run: Run, small_report: Path) -> None:
    result = run("extract", "report.txt", "--place", "示例县")
    assert (result.code, result.stdout, result.stderr) == (0, SMALL_LEDGER, SMALL_SUMMARY)


def test_extract_summary_in_chinese(run: Run, small_report: Path) -> None:
    result = run("--lang", "zh", "extract", "report.txt", "--place", "示例县")
    assert result.stderr == "已起草目标4项、里程碑2项，待复核0项；年份2024，取自标题“二、2024年工作安排”\n"


def test_extract_writes_output_never_over_a_file_without_force(run: Run, small_report: Path, tmp_path: Path) -> None:
    result = run("extract", "report.txt", "--place", "示例县", "--output", "draft.toml")
    assert (result.code, result.stdout, result.stderr) == (0, "", SMALL_SUMMARY)
    assert (tmp_path / "draft.toml").read_text("utf-8") == SMALL_LEDGER
    (tmp_path / "draft.toml").write_text("mine\n", encoding="utf-8")
    refused = run("extract", "report.txt", "--place", "示例县", "--output", "draft.toml")
    assert (refused.code, refused.stdout) == (2, "")
    assert refused.stderr == "chengkou-tracker: error: draft.toml exists; give --force to overwrite it\n"
    assert (tmp_path / "draft.toml").read_text("utf-8") == "mine\n"
    forced = run("extract", "report.txt", "--place", "示例县", "--output", "draft.toml", "--force")
    assert forced.code == 0
    assert (tmp_path / "draft.toml").read_text("utf-8") == SMALL_LEDGER


def test_extract_names_the_report_relative_to_the_output(run: Run, small_report: Path, tmp_path: Path) -> None:
    (tmp_path / "ledgers").mkdir()
    assert run("extract", "report.txt", "--place", "示例县", "-o", "ledgers/draft.toml").code == 0
    report = tomllib.loads((tmp_path / "ledgers" / "draft.toml").read_text("utf-8"))["report"]
    assert report["text"] == "../report.txt"
    assert run("--ledger", "ledgers/draft.toml", "validate").code == 0


def test_every_command_works_on_a_drafted_ledger(run: Run, small_report: Path) -> None:
    assert run("extract", "report.txt", "--place", "示例县", "-o", "draft.toml").code == 0
    assert run("--ledger", "draft.toml", "validate").code == 0
    listed = run("--ledger", "draft.toml", "list", "--format", "json")
    assert listed.code == 0
    assert '"T004"' in listed.stdout and '"M002"' in listed.stdout
    assert run("--ledger", "draft.toml", "show", "T001").code == 0
    assert run("--ledger", "draft.toml", "summary").code == 0
    assert run("--ledger", "draft.toml", "--as-of", "2024-03-01", "check").code == 0
    assert run("--ledger", "draft.toml", "report", "--format", "markdown").code == 0
    recorded = run("--ledger", "draft.toml", "record", "T004", "20", "--date", "2024-03-31")
    assert recorded.code == 0
    assert run("--ledger", "draft.toml", "validate").code == 0


def test_extract_without_a_year_asks_for_one(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("新建5G基站80个。", encoding="utf-8")
    result = run("extract", "notes.txt", "--place", "示例县")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "chengkou-tracker: error: cannot tell which year the report plans; give it with --year YYYY\n"
    )
    given = run("extract", "notes.txt", "--place", "示例县", "--year", "2024")
    assert given.stderr == "drafted 1 targets and 0 milestones, 0 to review; year 2024 from --year\n"


def test_extract_of_a_missing_file_is_a_usage_error(run: Run) -> None:
    result = run("extract", "missing.txt")
    assert (result.code, result.stderr) == (
        2,
        "chengkou-tracker: error: cannot read missing.txt: No such file or directory\n",
    )


def test_a_review_only_passage_has_nothing_to_draft_and_writes_nothing(run: Run, tmp_path: Path) -> None:
    # A ledger with no commitment would fail its own validate: extract says so, exits 1 and writes nothing.
    shutil.copyfile(PASSAGES / "chifeng-city-2025-review.txt", tmp_path / "chifeng.txt")
    result = run("extract", "chifeng.txt", "--place", "赤峰市", "--output", "draft.toml")
    assert (result.code, result.stdout, result.stderr) == (
        1,
        "",
        "chengkou-tracker: error: chifeng.txt: nothing to draft: no target or deliverable in a part that plans 2025;"
        " nothing written\n",
    )
    assert not (tmp_path / "draft.toml").exists()
    chinese = run("--lang", "zh", "extract", "chifeng.txt", "--place", "赤峰市")
    assert (chinese.code, chinese.stdout) == (1, "")
    assert chinese.stderr == (
        "chengkou-tracker: 错误: chifeng.txt：没有可起草的内容，报告中没有规划 2025 年的目标或任务；未写入任何内容\n"
    )


def test_a_gb18030_file_and_a_saved_page_are_read(run: Run, tmp_path: Path) -> None:
    gb = run("extract", str(PASSAGES / "xianyang-city-2023.txt"), "-o", "xianyang.toml")
    assert gb.stderr == (
        "drafted 9 targets and 0 milestones, 0 to review; year 2023 from the heading "
        "'咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知'\n"
    )
    ledger = tomllib.loads((tmp_path / "xianyang.toml").read_text("utf-8"))
    assert ledger["report"]["title"] == "咸阳市2023年国民经济和社会发展计划"
    assert "text" not in ledger["report"]  # not UTF-8: validate could not read it
    assert run("--ledger", "xianyang.toml", "validate").code == 0
    page = run("extract", str(PASSAGES / "tianjin-city-2025.html"), "-o", "tianjin.toml")
    assert page.code == 0
    drafted = tomllib.loads((tmp_path / "tianjin.toml").read_text("utf-8"))["commitment"]
    assert [(c["quote"], c.get("baseline")) for c in drafted] == [
        ("地区生产总值增长5%左右", 4.7),
        ("一般公共预算收入增长3%左右", 5.2),
        ("固定资产投资增长3%左右", None),
        ("城镇调查失业率5.5%左右", 5.2),
        ("城镇新增就业30万人", None),
        ("居民消费价格涨幅2%左右", None),
    ]


def test_the_whole_2023_report_drafts_a_ledger_that_validates(run: Run, tmp_path: Path) -> None:
    shutil.copyfile(REPORT, tmp_path / "report.txt")
    result = run("extract", "report.txt", "-o", "draft.toml")
    assert (result.code, result.stderr) == (
        0,
        "drafted 152 targets and 73 milestones (1 for the five-year plan), 37 to review; year 2023 from the heading "
        "'二、2023年工作建议'\n",
    )
    # Every draft has a title, even where no name stands before its figure (为800名适龄在校女学生...).
    drafted = tomllib.loads((tmp_path / "draft.toml").read_text("utf-8"))["commitment"]
    assert all(commitment["title"] for commitment in drafted)
    checked = run("--ledger", "draft.toml", "validate")
    assert (checked.code, checked.stdout, checked.stderr) == (0, "", "")


# ---------------------------------------------------------------- a 2026 report through the command line (issue 16)

YUNXI = PASSAGES / "yunxi-county-2026.txt"  # composed from cited 2026 reports: see its labels file

YUNXI_DRAFTS = [
    # The goals of the coming five years: a section of their own, due at the period's end, their titles say so.
    (
        "T001",
        "五年目标",
        "地区生产总值年均增速（2026—2030）",
        "地区生产总值年均增长6%左右",
        "2030-12-31",
        ["five-year"],
    ),
    (
        "T002",
        "五年目标",
        "规模以上工业增加值年均增速（2026—2030）",
        "规模以上工业增加值年均增长8%以上",
        "2030-12-31",
        ["five-year"],
    ),
    (
        "T003",
        "五年目标",
        "城乡居民人均可支配收入年均增速（2026—2030）",
        "城乡居民人均可支配收入年均增长6.5%",
        "2030-12-31",
        ["five-year"],
    ),
    ("T004", "五年目标", "森林覆盖率（2026—2030）", "到2030年森林覆盖率达到65%", "2030-12-31", ["five-year"]),
    (
        "T005",
        "五年目标",
        "单位地区生产总值能耗（2026—2030）",
        "单位地区生产总值能耗累计下降13%",
        "2030-12-31",
        ["five-year"],
    ),
    ("T006", "五年目标", "新建改建农村公路（2026—2030）", "新建改建农村公路500公里", "2030-12-31", ["five-year"]),
    # Two projects in one clause: two milestones.
    ("M001", "五年目标", "县城第二水厂（2026—2030）", "建成县城第二水厂", "2030-12-31", ["five-year", "review"]),
    (
        "M002",
        "五年目标",
        "城东污水处理厂（2026—2030）",
        "建成县城第二水厂和城东污水处理厂",
        "2030-12-31",
        ["five-year", "review"],
    ),
    # The year's targets; 与上年持平 does not drop the rest of its sentence.
    ("T007", "主要预期目标", "地区生产总值增速", "地区生产总值增长6%左右", "2026-12-31", []),
    ("T008", "主要预期目标", "一般公共预算收入增速", "一般公共预算收入增长5%", "2026-12-31", []),
    ("T009", "主要预期目标", "城镇新增就业", "城镇新增就业3000人以上", "2026-12-31", []),
    ("T010", "主要预期目标", "城镇调查失业率", "城镇调查失业率控制在5.5%以内", "2026-12-31", []),
    ("T011", "主要预期目标", "城镇居民人均可支配收入增速", "城乡居民人均可支配收入分别增长6%、7%", "2026-12-31", []),
    ("T012", "主要预期目标", "农村居民人均可支配收入增速", "城乡居民人均可支配收入分别增长6%、7%", "2026-12-31", []),
    # 上半年 is its own clause's deadline; 年底前 the next one's.
    ("M003", "（一）", "城北产业园标准厂房开工", "开工建设城北产业园标准厂房", "2026-06-30", []),
    ("M004", "（一）", "县人民医院综合楼", "建成投用县人民医院综合楼", "2026-12-31", []),
    ("T013", "（一）", "实施重点项目", "实施重点项目120个", "2026-12-31", []),
    ("T014", "（一）", "完成投资", "完成投资85亿元", "2026-12-31", []),
    ("M005", "（一）", "县第二幼儿园", "建成县第二幼儿园", "2026-12-31", []),
    ("M006", "（一）", "城南中学开工", "开工建设城南中学", "2026-12-31", []),
    # The list of people's-livelihood projects, each a heading and its sentence on one line.
    ("T015", "一、", "新建集中供水点", "新建集中供水点20处", "2026-12-31", []),
    ("T016", "一、", "改造供水管网", "改造供水管网35公里", "2026-12-31", []),
    ("T017", "二、", "安装太阳能路灯", "安装太阳能路灯1500盏", "2026-12-31", []),
    ("T018", "三、", "硬化通村道路", "硬化通村道路18万平方米", "2026-12-31", []),  # not the 12 townships
    ("M007", "四、教育提升工程", "公办幼儿园", "新建一所公办幼儿园", "2026-12-31", []),  # not the quantity 1
    ("T019", "五、", "建设村级互助养老点", "建设村级互助养老点8~10个", "2026-12-31", ["review"]),  # the lower end
    ("T020", "六、", "城镇新增就业（2）", "城镇新增就业不少于3000人", "2026-12-31", ["review"]),  # titles unique
    ("T021", "六、", "开展职业技能培训", "开展职业技能培训不少于10期", "2026-12-31", []),
    # Not drafted: any figure of 2025 or "十四五" (6.2%, 年均增长7.1%, 2.3万人, ◆…320公里), 惠及群众1.5万人,
    # 6个方面重点任务, 意见建议860条, the meeting's date.
]


def test_a_2026_report_with_a_five_year_part_drafts_a_ledger_that_validates(run: Run, tmp_path: Path) -> None:
    shutil.copyfile(YUNXI, tmp_path / "yunxi.txt")
    result = run("extract", "yunxi.txt", "--output", "yunxi.toml")
    assert (result.code, result.stdout, result.stderr) == (
        0,
        "",
        "drafted 21 targets and 7 milestones (8 for the five-year plan), 4 to review; year 2026 from the heading "
        "'三、2026年工作安排'\n",
    )
    written = (tmp_path / "yunxi.toml").read_text("utf-8")
    ledger = tomllib.loads(written)
    assert ledger["report"]["place"] == "云溪县"  # not 年云溪县 (the title line) nor 日在云溪县 (the meeting's)
    assert ledger["report"]["title"] == "云溪县2026年政府工作报告"
    assert ledger["report"]["sections"][0] == {"key": "五年目标", "heading": "“十四五”成就和“十五五”奋斗目标"}
    drafted = [
        (c["id"], c["section"], c["title"], c["quote"], str(c["deadline"]), c["tags"]) for c in ledger["commitment"]
    ]
    assert drafted == YUNXI_DRAFTS
    # Each draft to review says why, in a comment above it.
    assert [line for line in written.splitlines() if line.startswith("# review:")] == [
        "# review: split from a list",
        "# review: split from a list",
        "# review: a range up to 10个",
        "# review: the title '城镇新增就业' is given to another draft too",
    ]
    checked = run("--ledger", "yunxi.toml", "validate")
    assert (checked.code, checked.stdout, checked.stderr) == (0, "", "")
    listed = run("--ledger", "yunxi.toml", "list", "--tag", "five-year", "--format", "json")
    assert listed.code == 0 and listed.stdout.count('"id"') == 8


def test_a_2026_report_summary_in_chinese(run: Run, tmp_path: Path) -> None:
    shutil.copyfile(YUNXI, tmp_path / "yunxi.txt")
    result = run("--lang", "zh", "extract", "yunxi.txt", "--output", "yunxi.toml")
    assert result.stderr == (
        "已起草目标21项、里程碑7项（其中五年目标8项），待复核4项；年份2026，取自标题“三、2026年工作安排”\n"
    )


def test_a_sentence_stated_twice_is_drafted_once(run: Run, tmp_path: Path) -> None:
    text = (
        "二、2026年工作安排\n（一）办好民生实事。建成投用县人民医院综合楼，新建集中供水点20处。\n"
        "（二）扩大有效投资。建成投用县人民医院综合楼，新建集中供水点20处。\n"
    )
    (tmp_path / "twice.txt").write_text(text, "utf-8")
    result = run("extract", "twice.txt", "--place", "示例县")
    ledger = tomllib.loads(result.stdout)
    assert [(c["id"], c["section"], c.get("also_sections")) for c in ledger["commitment"]] == [
        ("M001", "（一）", ["（二）"]),
        ("T001", "（一）", ["（二）"]),
    ]


# ---------------------------------------------------------------- accuracy (tests/extract_score.py)


def test_accuracy_on_the_2023_report() -> None:
    targets, milestones = extract_score.score_2023()
    # Issue 16's bar: at least 98% of the targets and 97% of the milestones (150/150 and 72/74 in session 10).
    assert targets.matched / targets.expected >= 0.98
    assert targets.agreed / targets.expected >= 0.95  # same figure, unit, kind and direction, quote overlapping
    assert milestones.recall >= 0.97


def test_the_score_counts_five_year_deadlines_and_drafts_from_review_only_passages(tmp_path: Path) -> None:
    passage = tmp_path / "p.txt"
    passage.write_text(
        "二、“十五五”奋斗目标\n地区生产总值年均增长6%。\n三、2026年工作安排\n粮食产量增长1%。\n", "utf-8"
    )
    labels = tmp_path / "p.labels.toml"
    labels.write_text(
        'place = "示例县"\nreview_only = true\n'
        '[[target]]\nquote = "地区生产总值年均增长6%"\nkind = "growth"\ntarget = 6\nunit = "%"\n'
        'direction = "at_least"\ndeadline = 2029-12-31\n',
        "utf-8",
    )
    score = extract_score.score_passage(passage, labels)
    assert (score.matched, score.five_year, score.five_year_due, score.review_only_drafts) == (1, 1, 0, 2)
    assert score.line("p") == (
        "p: 1/1 matched (recall 100.0%), 2 drafted (precision 50.0%), 1/1 kind and direction right (100.0%), "
        "0/1 five-year goals due right, 2 drafted from review only"
    )


def test_the_score_reads_a_labels_quote_as_the_text_is_read(tmp_path: Path) -> None:
    # A label quotes a copy as written, stray spaces and all ("高质量建设 15 个承接产业转移主平台", 广东省 2026 in
    # tests/data/extract-unseen); the score finds it in the cleaned text, as extract reads it.
    passage = tmp_path / "p.txt"
    passage.write_text("二、2026年工作安排\n高质量建设 15 个承接产业转移主平台。\n", "utf-8")
    labels = tmp_path / "p.labels.toml"
    labels.write_text(
        'place = "广东省"\n[[target]]\nquote = "高质量建设 15 个承接产业转移主平台"\nkind = "quantity"\n'
        'target = 15\nunit = "个"\ndirection = "at_least"\n',
        "utf-8",
    )
    assert extract_score.score_passage(passage, labels).matched == 1


@pytest.mark.parametrize(("passage", "labels"), extract_score.passages(), ids=lambda p: p.name)
def test_accuracy_on_each_passage(passage: Path, labels: Path) -> None:
    score = extract_score.score_passage(passage, labels)
    if score.expected == 0:
        assert score.drafted == 0  # a review-only passage
    else:
        assert score.recall >= 0.90
        assert score.precision >= 0.90
        assert score.agreement >= 0.85
    assert score.five_year_due == score.five_year  # every five-year goal due when its labels say
    assert score.review_only_drafts == 0


def test_accuracy_on_the_passages_first_run_unseen() -> None:
    # A regression floor, not a held-out score: tests/data/extract-unseen was unseen only until its first run
    # (recall 71.7%, precision 68.5%, kind and direction 94.7%, five-year goals 8/13, 8 drafts from review-only
    # passages); the rules since were written from these passages, which are now in-sample.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(PASSAGES.parent / "extract-unseen"):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted) == (106, 106, 107)
    assert total.recall >= 0.95
    assert total.precision >= 0.99
    assert total.agreement >= 0.99
    assert total.five_year_due == total.five_year == 13
    assert total.review_only_drafts == 0


def test_accuracy_on_the_second_unseen_batch() -> None:
    # A regression floor, in-sample after its first run: tests/data/extract-unseen-2 was unseen only until its first
    # run (recall 69.7%, precision 59.7%, kind and direction 42/46, five-year goals 3/7, 7 drafts from review-only
    # passages); the rules since were written from these passages. 鄂城区's GDP goal (全区GDP力争突破1000亿元) was
    # relabelled a quantity when the batches' conventions were made one (tests/data/CONVENTIONS.md).
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(PASSAGES.parent / "extract-unseen-2"):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted, total.agreed) == (66, 66, 66, 66)
    assert total.five_year_due == total.five_year == 7
    assert total.review_only_drafts == 0


def test_accuracy_on_the_third_unseen_batch() -> None:
    # A regression floor, in-sample after its first run: tests/data/extract-unseen-3 was unseen only until its first
    # run (recall 96/98, precision 96/118, kind and direction 93/96, five-year goals 1/13, 15 drafts from review-only
    # passages); the rules since were written from these passages. 江津区's five-year totals (地区生产总值超过1800亿元,
    # 规上工业总产值超过2000亿元) were relabelled quantities when the conventions were made one (tests/data/CONVENTIONS.md).
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(PASSAGES.parent / "extract-unseen-3"):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted, total.agreed) == (98, 98, 98, 98)
    assert total.five_year_due == total.five_year == 13
    assert total.review_only_drafts == 0


def test_at_least_six_passages_with_their_sources() -> None:
    pairs = extract_score.passages()
    assert len(pairs) >= 6
    for _, labels in pairs:
        label = tomllib.loads(labels.read_text("utf-8"))
        # A composed passage names the real reports each of its shapes comes from.
        sources = label["sources"] if label.get("composed") else [label["source"]]
        assert sources and all(source.startswith("http") for source in sources)
    assert REPORT.exists()


README_FILES = {
    "zhushan-2024.txt": "zhushan-county-2024.txt",
    "yunxi-2026.txt": "yunxi-county-2026.txt",
    "chifeng-2025.txt": "chifeng-city-2025-review.txt",
}


def test_the_readme_new_year_transcripts_print_what_they_show(run: Run, tmp_path: Path) -> None:
    """Replay every transcript of the README's "A new year's report" on the passages it cites."""
    for name, passage in README_FILES.items():
        shutil.copyfile(PASSAGES / passage, tmp_path / name)
    readme = (ROOT / "README.md").read_text("utf-8")
    part = readme.split("## A new year's report", 1)[1].split("\n## ", 1)[0]
    sessions = [block.split("```", 1)[0] for block in part.split("```console\n")[1:]]
    assert len(sessions) == 2
    for session in sessions:
        env = {"COLUMNS": "100", "CHENGKOU_NOW": "2024-04-02T09:00:00Z"}
        expected: list[str] = []
        actual: list[str] = []
        for block in session.split("$ ")[1:]:
            command, *shown = block.rstrip("\n").split("\n")
            expected.extend(line.rstrip() for line in shown)
            show_exit = command.endswith('; echo "exit $?"')
            words = shlex.split(command.removesuffix('; echo "exit $?"'))
            if words[0] == "export":
                key, value = words[1].split("=", 1)
                env[key] = value
                continue
            result = run(*words[1:], env=env)
            actual.extend(line.rstrip() for line in (result.stdout + result.stderr).splitlines())
            if show_exit:
                actual.append(f"exit {result.code}")
        assert actual == expected
    assert not (tmp_path / "chifeng-2025.toml").exists()


# ---------------------------------------------------------------- linear time (issue 20, item 13)


def _calls_to_extract(data: bytes) -> int:
    """Every function call (Python and C) `extract` makes on DATA: a measure of its work that no load can skew."""
    import sys

    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        extract(data, "report.txt")
    finally:
        sys.setprofile(None)
    return calls


def test_extract_does_work_in_proportion_to_the_text() -> None:
    # Ten times the text must cost about ten times the calls; finding each baseline by reading every past
    # statement made 40 copies of the 2023 report cost 100 times what 4 did (9.5 s for 50 copies).
    data = REPORT.read_bytes()
    extract(data, "report.txt")  # imports and caches warmed
    small, large = _calls_to_extract(data * 4), _calls_to_extract(data * 40)
    assert large / small <= 20


# ---------------------------------------------------------------- batch 3 (tests/data/extract-unseen-3), after its first run

BATCH_3 = PASSAGES.parent / "extract-unseen-3"


def _drafted(text: str, year: int, place: str) -> list[dict[str, object]]:
    return tomllib.loads(extract(text.encode(), "passage.txt", place=place, year=year).toml)["commitment"]


def test_a_sentence_announcing_the_next_five_years_goals_opens_their_part_in_open_text() -> None:
    # jiangjin-district-2023-fiveyear.txt: an interview announces 今后五年 goals, then gives them paragraph by paragraph;
    # a 2023 term's five years end in 2027, and a clause naming its own year (力争2024年) is due then.
    text = (
        "李应兰:我们对今后五年的发展提出了细化量化、可观可感的具体目标。总体来说,要实现地区生产总值超过1800亿元。\n"
        "内陆开放前沿建设跃上新台阶,力争2024年江津班列到发量占全市50%,进出口总额年均增速10%以上。\n"
    )
    due = {d["quote"]: (d["section"], d["deadline"]) for d in _drafted(text, 2023, "江津区")}
    five = "五年目标"
    assert due == {
        "要实现地区生产总值超过1800亿元": (five, dt.date(2027, 12, 31)),
        "江津班列到发量占全市50%": (five, dt.date(2024, 12, 31)),
        "进出口总额年均增速10%以上": (five, dt.date(2027, 12, 31)),
    }


def test_what_a_report_shows_under_an_estimate_is_the_past_and_a_page_stamp_is_no_figure() -> None:
    # ganyu-district-2025-commentary.txt: "…报告显示,该区预计实现…" reports the year's estimated outcome; the page's
    # time stamp and view count ("2025-07-07 21:36:41 8次") count nothing.
    text = (
        "2025-07-07 21:36:41 8次\n"
        '赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上、增长7%,新增"四上"企业225家。'
        "在民生领域,城镇新增就业6000人。\n"
    )
    layout = lay_out(clean(text), 2025)
    assert [
        clean(text)[c.start : c.end] for c in layout.clauses if any(ch.isdigit() for ch in clean(text)[c.start : c.end])
    ] == []


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # haidian-district-2026-minsheng.txt: 其中 breaks down the figure of the clause before it.
        ("其中初中学位2185个、高中学位1800个", []),
        ("其中适合高校毕业生就业岗位不低于2万个", []),
        # the same passage: a bracket after the work on a named facility sizes it.
        ("完成大牛坊养老和康复中心等养老设施建设(新增托养房间129间、床位269张)", []),
        # the same passage: the count of what 全覆盖 reaches names what is covered.
        ("实现区属27家社区卫生服务中心“云药房”建设全覆盖", []),
        # the same passage: where the work is done, with its count in the next clause.
        ("在30所以上小学开设暑期托管班", []),
        # jingan-district-2025-minsheng.txt: a bracket after the work named at the clause's end says what the work
        # includes; the area before it is still the work's.
        (
            "实施80万平方米各类旧住房修缮改造(包括屋面翻修、“平改坡”、外立面修缮、小区硬件设施改造等)",
            [("quantity", "at_least", 80, "万平方米", "实施80万平方米各类旧住房修缮改造")],
        ),
        # jiangjin-district-2023-fiveyear.txt: every one of them at least the figure (全部达…以上) is a floor under each.
        (
            "村集体经济组织年经营性收入全部达5万元以上",
            [("floor", "at_least", 5, "万元", "村集体经济组织年经营性收入全部达5万元以上")],
        ),
        # but 全覆盖 as the way work is done keeps its count (the same passage).
        (
            "为消防安全重点关爱群体4455人全覆盖配发逃生自救“四件套”",
            [("quantity", "at_least", 4455, "人", "为消防安全重点关爱群体4455人全覆盖配发逃生自救“四件套”")],
        ),
    ],
)
def test_batch_3_targets(clause: str, expected: list[tuple[str, str, float, str, str]]) -> None:
    test_targets(clause, expected)


def test_a_yearly_total_set_as_a_five_year_goal_stays_a_quantity_and_a_figure_per_head_is_a_level() -> None:
    # jiangjin-district-2023-fiveyear.txt: "地区生产总值超过1800亿元" among the 今后五年 goals is still a year's sum (a
    # flow), as batches D and H label it (batch C labelled it a level); so is a count of things to build over the
    # period; a figure per head is where it stands.
    text = (
        "我们对今后五年的发展提出了具体目标。总体来说,要实现地区生产总值超过1800亿元,人均地区生产总值达13万元。\n"
        "先进制造业基地建设取得新成效,规上工业总产值超过2000亿元,新建公园20个以上。\n"
    )
    kinds = {d["quote"]: d["kind"] for d in _drafted(text, 2023, "江津区")}
    assert kinds == {
        "要实现地区生产总值超过1800亿元": "quantity",
        "人均地区生产总值达13万元": "level",
        "规上工业总产值超过2000亿元": "quantity",
        "新建公园20个以上": "quantity",
    }


def test_a_field_name_before_its_colon_is_no_deliverable_and_a_bracket_is_no_second_one() -> None:
    # haidian-district-2026-minsheng.txt: each item is followed by "完成时限:力争2026年8月底前" (a field of the item, not
    # work to complete), and "完成…养老设施建设(新增托养房间129间、床位269张)" sizes one facility in its bracket.
    text = "完成时限:力争2026年8月底前"
    assert milestones(text, 0, text.index(":")) == []
    text = "完成大牛坊养老和康复中心等养老设施建设(新增托养房间129间、床位269张)。"
    found = milestones(text, 0, len(text))
    assert found and all("(" not in text[m.quote_start : m.quote_end] and "床位" not in m.item for m in found)


def test_a_commentary_on_what_a_report_shows_has_nothing_to_draft(run: Run, tmp_path: Path) -> None:
    # ganyu-district-2025-commentary.txt: "…工作报告显示,该区预计实现…" and results after it; first run drafted 15.
    shutil.copyfile(BATCH_3 / "ganyu-district-2025-commentary.txt", tmp_path / "ganyu.txt")
    result = run("extract", "ganyu.txt", "--year", "2025", "--place", "赣榆区", "--output", "draft.toml")
    assert (result.code, result.stdout, result.stderr) == (
        1,
        "",
        "chengkou-tracker: error: ganyu.txt: nothing to draft: no target or deliverable in a part that plans 2025;"
        " nothing written\n",
    )
    assert not (tmp_path / "draft.toml").exists()


def test_an_interview_on_the_next_five_years_drafts_them_due_with_the_term(run: Run, tmp_path: Path) -> None:
    # jiangjin-district-2023-fiveyear.txt: first run drafted 12 of its 13 goals as 2023's or due 2025.
    shutil.copyfile(BATCH_3 / "jiangjin-district-2023-fiveyear.txt", tmp_path / "jiangjin.txt")
    result = run("extract", "jiangjin.txt", "--year", "2023", "--place", "江津区")
    assert (result.code, result.stderr) == (
        0,
        "drafted 13 targets and 1 milestones (14 for the five-year plan), 14 to review; year 2023 from --year\n",
    )
    drafted = tomllib.loads(result.stdout)["commitment"]
    due = sorted({(d["section"], d["deadline"]) for d in drafted})
    assert due == [("五年目标", dt.date(2024, 12, 31)), ("五年目标", dt.date(2027, 12, 31))]
    assert all(d["tags"] == ["five-year", "review"] for d in drafted)
    assert "# review: a goal for the coming years because a sentence before announced them" in result.stdout
    assert [d["title"] for d in drafted][:2] == [
        "要实现地区生产总值（2023—2027）",
        "人均地区生产总值（2023—2027）",
    ]


# ---------------------------------------------------------------- batch 4 (tests/data/extract-unseen-4), after its first run
BATCH_4 = PASSAGES.parent / "extract-unseen-4"


def test_clean_drops_pinyin_glosses_written_inside_words() -> None:
    # A mirror's copy of 陕西省 2021 (tests/data/extract-unseen-4/shaanxi-province-2021-garbled.txt) glosses
    # characters with their pinyin in brackets, inside words and units; the brackets are not text.
    assert clean("人均生產(chǎn)總值達(dá)到9萬(wàn)元左右") == "人均生產總值達到9萬元左右"
    # A bracket of Latin letters without tone marks is text: a name, a list mark.
    assert clean("建成5G(NR)基站200个(a)") == "建成5G(NR)基站200个(a)"


def test_headline_lists_under_a_year_or_a_period_and_a_colon_are_parts() -> None:
    # 陕西省 2021 (tests/data/extract-unseen-4/shaanxi-province-2021-garbled.txt): four lists with no punctuation, each
    # under its own line ending in a colon (2020年成就: “十三五”成就: “十四五”目标: 2021年目标:); 成就 reviews, 目标 plans
    # (the period's, then the year's).
    data = (BATCH_4 / "shaanxi-province-2021-garbled.txt").read_bytes()
    drafted = tomllib.loads(extract(data, "passage.txt", place="陕西省", year=2021).toml)["commitment"]
    assert [(d["quote"], d["deadline"]) for d in drafted] == [
        ("人均生產總值達到9萬元左右", dt.date(2025, 12, 31)),
        ("生產總值增長6.5%左右", dt.date(2021, 12, 31)),
        ("地方財政收入增長5%左右", dt.date(2021, 12, 31)),
        ("城鄉居民收入分別增長6.5%和8%左右", dt.date(2021, 12, 31)),
        ("城鄉居民收入分別增長6.5%和8%左右", dt.date(2021, 12, 31)),
        ("城鎮新增就業40萬人", dt.date(2021, 12, 31)),
    ]


def test_villages_written_after_a_number_are_counted() -> None:
    # 秦安县 2015 (tests/data/extract-unseen-4/qinan-county-2015-minsheng-garbled.txt): 村 is the measure of the count.
    for clause, value in [
        ("完成陇城上袁等31村扶贫开发整村推进项目建设", 31),
        ("实施110村农村公益事业“一事一议”财政奖补项目", 110),
    ]:
        [found] = targets(clause, 0, len(clause))
        assert (found.figure.value, found.figure.unit, found.kind) == (value, "村", "quantity")
    # A Chinese numeral before 村 names a scheme, not a count: 一村一品.
    assert figures("发展一村一品示范村", 0, 9) == []


def test_a_vote_s_list_of_quoted_projects_is_the_plan() -> None:
    # 始兴县 2021 (tests/data/extract-unseen-4/shixing-county-2021-minsheng.txt): the sentence about the vote (票决) goes on,
    # after 包括:, with what was chosen; each project is a title in quotes, opening with its verb; the length of a
    # new greenway is the work's measure.
    data = (BATCH_4 / "shixing-county-2021-minsheng.txt").read_bytes()
    drafted = tomllib.loads(extract(data, "passage.txt", place="始兴县", year=2021).toml)["commitment"]
    assert [(d["quote"], d["target"], d["unit"]) for d in drafted if d["kind"] != "milestone"] == [
        ("新建23公里碧道", 23, "公里"),
        ("新建3所公办幼儿园", 3, "所"),
    ]
    # A name in quotes still counts nothing: “五个集成”, “十项行动”.
    assert targets("深入实施“十项行动”", 0, 10) == []


def test_the_meeting_a_list_is_voted_at_and_who_a_project_reaches_are_no_targets() -> None:
    # 双龙湖街道 2025 (tests/data/extract-unseen-4/shuanglonghu-street-2025-minsheng.txt): a sub-district's 议事代表大会 is
    # a meeting as a people's congress is; every count in a list after 惠及 is who is reached; 组 counts cameras.
    text = (
        "3月18日,双龙湖街道第一届议事代表大会第三次会议召开。来自辖区社区、教育、医疗、商业等领域的46名议事代表齐聚一堂,"
        "通过民主议事共商民生发展大计,投票选出2025年六大重点民生实事项目。\n"
        "据了解,双龙湖街道今年的六大重点民生实事项目为:老旧小区焕新升级、养老服务提质扩面。"
        "其中,老旧小区焕新升级项目,计划投资1200余万元,推进龙祥片区老旧小区改造楼本体项目建设,惠及219栋、8987户、2.5万人。"
        "智慧安防织密网络项目,计划投入30万元,完成一、二、三支路背街100组治安摄像头加装,强化技防措施。\n"
    )
    drafted = [d for d in _drafted(text, 2025, "双龙湖街道") if d["kind"] != "milestone"]
    assert [(d["target"], d["unit"]) for d in drafted] == [(1200, "万元"), (30, "万元"), (100, "组")]
    # A number with a leading zero is a code: a page's index "2026-00036" before its 组配分类 field (建湖县 2026,
    # tests/data/extract-unseen/jianhu-county-2026-minsheng.txt).
    line = "索引号11320925014387605J/2026-00036组配分类重点工作"
    assert figures(line, 0, len(line)) == []


def test_money_put_into_a_project_named_in_the_clause_before_is_quoted_with_its_name() -> None:
    # 双龙湖街道 2025 (tests/data/extract-unseen-4/shuanglonghu-street-2025-minsheng.txt): two projects each 计划投入30万元;
    # the clause before names which, so the two are two commitments, not one stated twice.
    text = (
        "绿色安全双管齐下项目,计划投入30万元,完成辖区内215棵树木排危、修枝等工作。"
        "智慧安防织密网络项目,计划投入30万元,完成一、二、三支路背街100组治安摄像头加装。"
    )
    money = [d for d in _drafted(text, 2025, "双龙湖街道") if d.get("unit") == "万元"]
    assert [d["quote"] for d in money] == ["绿色安全双管齐下项目,计划投入30万元", "智慧安防织密网络项目,计划投入30万元"]


def test_the_speakers_of_a_press_event_are_no_target() -> None:
    # 丰都县 2026 (tests/data/extract-unseen-4/fengdu-county-2026-minsheng.txt): who spoke at the event, like who attends a
    # congress, is the meeting, not the plan.
    text = (
        "发布会现场,来自县发展改革委、县生态环境局、县住房城乡建委、县交通运输委、县水利局、县文化旅游委、县消防救援局的7位发言人,"
        "围绕生态环境、城乡建设、交通建设、文化体育、消防安全等方面民生实事交流分享,并现场回答了市民代表提问。\n"
        "发布会现场还公布了2026年十大民生谋划举措:新建人行天桥;提升农村饮水质量。\n"
    )
    assert [(d["kind"], d["quote"]) for d in _drafted(text, 2026, "丰都县")] == [("milestone", "新建人行天桥")]


def test_accuracy_on_the_fourth_unseen_batch() -> None:
    # A regression floor, in-sample after its first run: tests/data/extract-unseen-4 was unseen only until its first run
    # (84/95 matched, 101 drafted, 76/84 kinds, 16/18 five-year goals due right), recorded in each labels file. The
    # labels once disputed (推进8.5万亩高标准农田建设, the five-year totals) agree since batch 8's rules.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(BATCH_4):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted, total.agreed) == (95, 95, 95, 95)
    assert (total.five_year, total.five_year_due) == (18, 18)
    assert total.review_only_drafts == 0


# ---------------------------------------------------------------- batch 5 (tests/data/extract-unseen-5), after its first run
BATCH_5 = PASSAGES.parent / "extract-unseen-5"


def test_about_written_between_the_multiplier_and_the_measure() -> None:
    # 璧山区 2025 (tests/data/extract-unseen-5/bishan-district-2025-minsheng.txt): "6万余名中小学生" is 6万名, roughly.
    for clause, value, unit in [
        ("为6万余名中小学生", 6, "万名"),
        ("新增6万多人", 6, "万人"),
        ("投入3亿余元", 3, "亿元"),
    ]:
        [figure] = figures(clause, 0, len(clause))
        assert (figure.value, figure.unit, figure.approximate) == (value, unit, True)


def test_a_past_year_between_a_verb_and_a_count_dates_the_objects_not_the_sentence() -> None:
    # 璧山区 2025 (tests/data/extract-unseen-5/bishan-district-2025-minsheng.txt): 2024 says when the projects began;
    # finishing them, and the rest of the sentence, is the plan's year.
    text = "“两个实施”,即实施城镇老旧小区改造,完工2024年9个续建老旧小区改造项目,新开工5个老旧小区改造项目。\n"
    drafted = [(d["target"], d["unit"]) for d in _drafted(text, 2025, "璧山区")]
    assert drafted == [(9, "个"), (5, "个")]
    # A past year as the sentence's time is still the past: "2024年完成9个老旧小区改造项目".
    assert lay_out("2024年完成9个老旧小区改造项目。\n", 2025).clauses == ()


def test_the_bookkeeping_of_a_task_breakdown_is_no_target() -> None:
    # 沁县 2025 (tests/data/extract-unseen-5/qin-county-2025-tasks.txt): a notice counts the tasks it sets and the units that
    # lead them; 璧山区 2025 counts the units taking part; 呼和浩特 2026 (hohhot-districts-2026-minsheng.txt) the list itself.
    for clause in [
        "《2025年县<政府工作报告>任务分解》明确133项具体任务",
        "涉及34个牵头单位",
        "细化15项具体任务",
        "2025年的10件重点民生实事共38家单位参与",
        "2026年实施民生实事项目8项",
    ]:
        assert targets(clause, 0, len(clause)) == [], clause
    # A unit the work makes is counted: "新增3家省级文明单位".
    [found] = targets("新增3家省级文明单位", 0, 10)
    assert (found.figure.value, found.figure.unit) == (3, "家")


def test_how_often_kinds_and_places_whose_people_are_served_are_no_target() -> None:
    # 璧山区 2025: 每学年…1次 is how often, the 6万名 pupils the count; 温州市 2025: 9类 are the kinds of the 50 units;
    # 西北某县 2023 (xibei-county-2023-plan.txt): the 5 sites exist, the work is for their people.
    for clause, expected in [
        ("每学年为6万余名中小学生开展1次心理健康测评", [(6, "万名")]),
        ("该工程聚力建设儿童友好9类试点单元50个", [(50, "个")]),
        ("确保5个易地扶贫搬迁安置点群众搬得出、稳得住、能致富", []),
        ("将筛查病种范围增加至20余类", [(20, "类")]),  # kinds as the count itself (扬中市 2026, batch B)
    ]:
        assert [(t.figure.value, t.figure.unit) for t in targets(clause, 0, len(clause))] == expected, clause


def test_money_put_into_the_work_after_it_and_a_count_brought_forward_by_dui_are_targets() -> None:
    # 沁县 2025 (tests/data/extract-unseen-5/qin-county-2025-tasks.txt): 投资 + money + the verb of what it builds;
    # 太原市 2026 (taiyuan-city-2026-minsheng-hant.txt): 对 + the roads counted + 进行 + the work.
    for clause, value, unit in [
        ("投资3000万元建设南美白对虾工厂化循环水养殖基地", 3000, "万元"),
        ("对南屯北街、新村路等25条市民反映强烈的瓶颈路进行改造提升", 25, "条"),
    ]:
        [found] = targets(clause, 0, len(clause))
        assert (found.figure.value, found.figure.unit, found.kind) == (value, unit, "quantity")
    # Money that only sizes a project named after it is still no target: "建设总投资10亿元的产业园".
    assert targets("建设总投资10亿元的产业园", 0, 12) == []


def test_a_count_after_a_verb_of_effort_is_a_target_when_the_clause_ends_in_the_state_to_reach() -> None:
    # 沁县 2025 (tests/data/extract-unseen-5/qin-county-2025-tasks.txt): 推动 alone only sizes the work; 投产 at the end says
    # what the 30 lines are to reach this year.
    [found] = targets("推动潞讯精密电子30条生产线投产", 0, 17)
    assert (found.figure.value, found.figure.unit, found.kind) == (30, "条", "quantity")
    assert targets("加强26个集中式饮用水源地保护", 0, 15) == []


def test_a_share_right_before_the_verb_of_the_work_is_a_floor() -> None:
    # 温州市 2025 (tests/data/extract-unseen-5/wenzhou-city-2025-minsheng.txt): 100% of the children are to be given a place.
    clause = "为持有居住证的农民工随迁子女100%提供公办学位"
    [found] = targets(clause, 0, len(clause))
    assert (found.figure.value, found.kind, found.direction) == (100, "floor", "at_least")


def test_the_rise_of_a_project_budget_over_a_past_year_is_no_second_target() -> None:
    # 璧山区 2025 (tests/data/extract-unseen-5/bishan-district-2025-minsheng.txt): the comparison (较2024年) names nothing,
    # so the rise is the budget's, which describes it.
    text = "2025年的10件重点民生实事预计投入资金2.5亿元,较2024年增长120%,可以概括为“两个实施”。\n"
    assert [(d["target"], d["unit"]) for d in _drafted(text, 2025, "璧山区")] == [(2.5, "亿元")]
    # A rise with a name of its own is a target: "一般公共预算收入较上年增长5%".
    [found] = targets("一般公共预算收入较上年增长5%", 0, 15)
    assert (found.figure.value, found.kind, found.subject.startswith("一般公共预算收入")) == (5, "growth", True)


def test_accuracy_on_the_fifth_unseen_batch() -> None:
    # A regression floor, in-sample after its first run: tests/data/extract-unseen-5 was unseen only until its first run
    # (82/92 matched, 96 drafted, 81/82 kinds), recorded in each labels file. The miss left is 儿童友好9类试点单元50个 in
    # wenzhou-city-2025-minsheng.txt, in a sentence about the vote (候选) that runs on without its full stop.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(BATCH_5):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted, total.agreed) == (92, 91, 91, 91)
    assert total.review_only_drafts == 0


# ---------------------------------------------------------------- batches 6 and 7 (tests/data/extract-unseen-6, -7)
BATCH_6 = PASSAGES.parent / "extract-unseen-6"
BATCH_7 = PASSAGES.parent / "extract-unseen-7"


def test_bullets_run_into_one_line_are_its_lines_and_the_five_year_goals_under_their_heading() -> None:
    # 海南省 2026 (tests/data/extract-unseen-7/hainan-province-2026-fiveyear-summary.txt): a summary's " - " bullets run
    # together, each ending in its source marks, a heading after the marks; the 十五五 goals are due at the plan's end.
    text = (
        "“十四五”时期发展回顾 - 过去五年是关键五年,地区生产总值年均增长5%[2] “十五五”时期经济社会发展奋斗目标 "
        "- 经济发展质效实现新跨越,全省生产总值年均增长6%以上,四大主导产业占地区生产总值比重达73%左右[3] - "
        "科技创新能级迈上新台阶[3]\n"
    )
    assert clean(text).strip().split("\n") == [
        "“十四五”时期发展回顾",
        "过去五年是关键五年,地区生产总值年均增长5%",
        "“十五五”时期经济社会发展奋斗目标",
        "经济发展质效实现新跨越,全省生产总值年均增长6%以上,四大主导产业占地区生产总值比重达73%左右",
        "科技创新能级迈上新台阶",
    ]
    drafted = [(d["target"], d["section"], d["deadline"], d["tags"]) for d in _drafted(text, 2026, "海南省")]
    due = dt.date(2030, 12, 31)
    assert drafted == [(6, "五年目标", due, ["five-year"]), (73, "五年目标", due, ["five-year"])]
    # One " - " is a byline's, not a list: "TUhjnbcbe - 2025/5/14 19:23:00".
    assert "\n" not in clean("TUhjnbcbe - 2025/5/14 19:23:00,实施10件民生实事。")


def test_a_qizhong_clause_with_its_own_verb_unit_or_tier_of_projects_is_a_target() -> None:
    # 惠山区 2024 (tests/data/extract-unseen-6/huishan-district-2024-minsheng.txt): a verb of its own; 增城区 2025
    # (tests/data/extract-unseen-7/zengcheng-district-2025-minsheng.txt): lengths of the projects counted before; 长春市
    # 2025 (tests/data/extract-unseen-7/changchun-city-2025.txt): the tier of projects over 亿元.
    for sentence, expected in [
        ("创建78条美丽幸福河湖,其中高标准建成39条示范河湖。", [(78, "条"), (39, "条")]),
        (
            "完成120个供电线路改造项目,其中中压线路130公里、低压线路480公里。",
            [(120, "个"), (130, "公里"), (480, "公里")],
        ),
        ("全年实施投资5000万元以上项目1400个,其中超亿元项目1000个以上。", [(1400, "个"), (1000, "个")]),
        # A breakdown of the count before into its parts stays no target (海淀区 2026, batch C).
        ("新增中学学位3985个,其中初中学位2185个、高中学位1800个。", [(3985, "个")]),
        ("归集发布就业岗位6万个,其中适合高校毕业生就业岗位不低于2万个。", [(6, "万个")]),
    ]:
        drafted = [(d["target"], d["unit"]) for d in _drafted(sentence + "\n", 2025, "某区")]
        assert drafted == expected, sentence


def test_one_figure_after_names_that_fenbie_gives_a_figure_each_is_each_names() -> None:
    # 广州市 2026 (tests/data/extract-unseen-7/guangzhou-city-2026-spam.txt): four indicators, one 分别增长5%.
    clause = "规模以上工业增加值、固定资产投资、社会消费品零售总额、商品进出口总值分别增长5%"
    found = targets(clause, 0, len(clause))
    assert [(t.subject, t.figure.value, t.kind) for t in found] == [
        ("规模以上工业增加值", 5, "growth"),
        ("固定资产投资", 5, "growth"),
        ("社会消费品零售总额", 5, "growth"),
        ("商品进出口总值", 5, "growth"),
    ]
    # Two names and two figures stay a figure each: "城乡居民人均可支配收入分别增长7%、8%左右" (2023 report).
    clause = "一般公共预算收入、税收收入分别增长6%、7%"
    assert [(t.subject, t.figure.value) for t in targets(clause, 0, len(clause))] == [
        ("一般公共预算收入", 6),
        ("税收收入", 7),
    ]


def test_a_count_after_a_verb_of_effort_is_a_target_when_the_things_start_to_be_built() -> None:
    # 广州市 2026 (tests/data/extract-unseen-7/guangzhou-city-2026-spam.txt): 开工建设 is the start the projects reach, and
    # the copy's spam marks after it are no words.
    for clause in ["推动100个亿元以上项目开工建设。", "推动100个亿元以上项目开工建设◈ღ✿◈。"]:
        [found] = targets(clause, 0, len(clause))
        assert (found.figure.value, found.figure.unit, found.kind) == (100, "个", "quantity")


def test_a_threshold_passed_wells_worked_on_after_dui_and_equipment_at_places_counted_are_targets() -> None:
    # 苏州市 2026 (tests/data/extract-unseen-6/suzhou-city-2026-news.txt): 迈上…台阶 names the total to pass; 菏泽市 2021
    # (heze-city-2021-minsheng-lost-figures.txt): 眼 counts wells, and 对…实施 the work done on them; 黔东南州 2025
    # (tests/data/extract-unseen-7/qiandongnan-prefecture-2025-minsheng.txt): 完善 + the places + their equipment.
    for clause, value, unit in [
        ("规上工业总产值迈上5万亿元台阶", 5, "万亿元"),
        ("对农村2万眼机井实施物业化管护", 2, "万眼"),
        ("完善10个基层综合文化站(中心)设施设备", 10, "个"),
    ]:
        [found] = targets(clause, 0, len(clause))
        assert (found.figure.value, found.figure.unit, found.kind) == (value, unit, "quantity"), clause
    # 一眼 is no count ("一眼望去"), and a size before a noun is still no target ("建设5万亿元级产业集群").
    assert figures("一眼望去", 0, 4) == []
    assert targets("建设5万亿元级产业集群", 0, 11) == []


def test_a_ratio_to_the_population_a_mean_a_cover_widened_to_and_a_share_reached_are_levels() -> None:
    # 安徽省 2026 (tests/data/extract-unseen-6/anhui-province-2026-plan-hant.txt): 每万人口…拥有量, 平均受教育年限; 菏泽市
    # 2021 (heze-city-2021-minsheng-lost-figures.txt): 扩大到40种, 实现90%以上的建制村通公交.
    for clause, value in [
        ("每万人口高价值发明专利拥有量14件左右", 14),
        ("劳动年龄人口平均受教育年限11.3年", 11.3),
        ("门诊慢特病报销范围扩大到40种", 40),
        ("实现90%以上的建制村通公交", 90),
    ]:
        [found] = targets(clause, 0, len(clause))
        assert (found.figure.value, found.kind) == (value, "level"), clause
    # A share of units over a bar of their own stays a floor (海南某县 2024, tests/data/extract/hainan-county-2024.txt), and
    # a count of people trained is work done, whatever its mean: "新增培训5000人".
    [found] = targets("实现20%的村集体年收入超30万元", 0, 18)
    assert (found.figure.value, found.kind) == (20, "floor")
    [found] = targets("新增培训5000人", 0, 9)
    assert found.kind == "quantity"


def test_a_rise_in_percentage_points_is_growth() -> None:
    # 湖南省 2025 (tests/data/extract-unseen-7/hunan-province-2025-plan.txt): the rate's rise in the year.
    [found] = targets("常住人口城镇化率提高0.9个百分点", 0, 17)
    assert (found.figure.value, found.figure.unit, found.kind) == (0.9, "个百分点", "growth")


def test_year_headings_subheadings_and_a_subheading_restating_a_target() -> None:
    # 咸阳市 2026 (tests/data/extract-unseen-7/xianyang-city-2026.txt): "2025年——" heads the year's results and "2026年——"
    # its targets; the short lines under them are subheadings, not lines of a wrapped paragraph, and the one that restates
    # the GDP target is no second draft.
    paragraph = (
        "贾珉亮在报告中提出今年全市经济社会发展的主要预期目标是:生产总值增长5.5%以上,一般公共预算收入增长3%左右。"
    )
    text = (
        "2025年——\n全市生产总值增长5.5%,一般公共预算收入增长3.1%\n"
        "贾珉亮在报告中说,2025年是咸阳发展乘势而上、砥砺奋进的一年,全市生产总值增长5.5%,一般公共预算收入增长3.1%,"
        "经济社会发展的目标任务全面完成,地区生产总值迈上新台阶,人民生活水平稳步提高。\n"
        "2026年——\n锚定“十五五”,生产总值预期目标增长5.5%以上\n" + paragraph + "\n"
    )
    assert "锚定“十五五”,生产总值预期目标增长5.5%以上\n贾珉亮" in clean(text)
    drafted = [(d["quote"], d["target"]) for d in _drafted(text, 2026, "咸阳市")]
    assert drafted == [("生产总值增长5.5%以上", 5.5), ("一般公共预算收入增长3%左右", 3)]


def test_a_lists_size_tasks_candidates_formats_once_classes_means_and_support_are_no_targets() -> None:
    # 南昌市 2020 (tests/data/extract-unseen-6/nanchang-city-2020-minsheng-vote.txt): the list's size and its candidates;
    # 郑州市 2026 (zhengzhou-city-2026.txt): the plan's own tasks; 黔东南州 2025
    # (tests/data/extract-unseen-7/qiandongnan-prefecture-2025-minsheng.txt): 3人制 a format, 一次 how often, 50户以上 the
    # class of the villages counted; 广州市 2026 and 长春市 2025: the means used and the labs supported exist already.
    for clause, expected in [
        ("实施100件左右的民生实事", []),
        ("遴选了12件提请人大代表票决候选项目", []),
        ("今年重点做好11项工作", []),
        ("建成社区健身路径或3人制篮球场20个", [(20, "个")]),
        ("对全州65岁及以上老年人免费体检一次", []),
        ("完成超230个50户以上木质房屋连片村寨常高压给水管网建设", [(230, "个")]),
        ("利用18个优质科创空间载体开展策划式招商", []),
        ("支持吉光、三江、长白山3个创新型省实验室投入运行发挥作用", []),
        # Work stays counted: a workplace is no task, and what a verb of support brings to a state is reached.
        ("新建10个工作站", [(10, "个")]),
        ("开展3次消防演练", [(3, "次")]),
        ("新建10个以上示范村", [(10, "个")]),
        ("支持20家企业建成投产", [(20, "家")]),
    ]:
        assert [(t.figure.value, t.figure.unit) for t in targets(clause, 0, len(clause))] == expected, clause


def test_accuracy_on_the_sixth_unseen_batch() -> None:
    # A regression floor, in-sample after its first run: tests/data/extract-unseen-6 was unseen only until its first run
    # (81/84 matched, 84 drafted, 76/81 kinds), recorded in each labels file.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(BATCH_6):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted, total.agreed) == (84, 84, 84, 84)
    assert total.review_only_drafts == 0


def test_accuracy_on_the_seventh_unseen_batch() -> None:
    # A regression floor, in-sample after its first run: tests/data/extract-unseen-7 was unseen only until its first run
    # (75/85 matched, 82 drafted, 74/75 kinds, 0/2 five-year goals due right), recorded in each labels file.
    total = extract_score.Score(0, 0, 0, 0)
    for passage, labels in extract_score.passages(BATCH_7):
        total = total + extract_score.score_passage(passage, labels)
    assert (total.expected, total.matched, total.drafted, total.agreed) == (85, 85, 85, 85)
    assert (total.five_year, total.five_year_due) == (2, 2)
    assert total.review_only_drafts == 0


def test_a_plan_outline_keeps_its_own_title_and_every_goal_is_due_at_the_period_end(run: Run, tmp_path: Path) -> None:
    # Laid out as 五年规划/2026-十五五规划纲要.md in lawtext/gov: the title on a bold line, chapters that name no year.
    (tmp_path / "outline.txt").write_text(
        "**某省国民经济和社会发展第十五个五年规划纲要**\n\n### 第九章　推进绿色发展\n\n#### 第一节　改善环境质量\n\n"
        "深入打好蓝天保卫战，二氧化硫排放量下降10%以上，森林覆盖率提高到45%。\n",
        "utf-8",
    )
    result = run("extract", "outline.txt", "--year", "2026", "--place", "某省", "--output", "outline.toml")
    assert (result.code, result.stderr) == (
        0,
        "drafted 2 targets and 0 milestones (2 for the five-year plan), 0 to review; year 2026 from --year\n",
    )
    ledger = tomllib.loads((tmp_path / "outline.toml").read_text("utf-8"))
    assert ledger["report"]["title"] == "某省国民经济和社会发展第十五个五年规划纲要"
    assert [(c["title"], str(c["deadline"])) for c in ledger["commitment"]] == [
        ("二氧化硫排放量（2026—2030）", "2030-12-31"),
        ("森林覆盖率（2026—2030）", "2030-12-31"),
    ]


def test_a_report_that_submits_an_outline_keeps_the_reports_title(run: Run, tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(
        "云溪县2026年政府工作报告\n二、2026年工作安排\n现将《云溪县国民经济和社会发展第十五个五年规划纲要（草案）》提请审查。\n"
        "新建公园3个。\n",
        "utf-8",
    )
    assert run("extract", "r.txt", "--year", "2026", "--output", "r.toml").code == 0
    assert tomllib.loads((tmp_path / "r.toml").read_text("utf-8"))["report"]["title"] == "云溪县2026年政府工作报告"


def test_a_whole_outline_reads_every_chapter_after_its_review_as_the_plan(run: Run, tmp_path: Path) -> None:
    # Laid out as 五年规划/2026-十五五规划纲要.md in lawtext/gov: chapter one's first section reviews the 十四五; the
    # chapters after it set the goals. Before, the review's heading held to the end and the outline drafted nothing.
    (tmp_path / "outline.txt").write_text(
        "**某省国民经济和社会发展第十五个五年规划纲要**\n\n## 第一篇　开创新局面\n\n### 第一章　发展环境\n\n"
        "#### 第一节　“十四五”时期发展取得重大成就\n\n地区生产总值年均增长6%，森林覆盖率达到40%。\n\n"
        "### 第二章　主要目标\n\n地区生产总值年均增长5%左右，森林覆盖率提高到45%。\n\n"
        "## 第二篇　建设现代化产业体系\n\n### 第三章　优化提升传统产业\n\n#### 第一节　推动产业提质升级\n\n"
        "新建城市公园200个。\n",
        "utf-8",
    )
    result = run("extract", "outline.txt", "--year", "2026", "--place", "某省", "--output", "outline.toml")
    assert (result.code, result.stderr) == (
        0,
        "drafted 3 targets and 0 milestones (3 for the five-year plan), 0 to review; year 2026 from --year\n",
    )
    ledger = tomllib.loads((tmp_path / "outline.toml").read_text("utf-8"))
    assert [(c["quote"], c["target"], str(c["deadline"])) for c in ledger["commitment"]] == [
        ("地区生产总值年均增长5%左右", 5, "2030-12-31"),
        ("森林覆盖率提高到45%", 45, "2030-12-31"),
        ("新建城市公园200个", 200, "2030-12-31"),
    ]


def test_an_outline_copied_with_front_matter_keeps_the_title_it_names(run: Run, tmp_path: Path) -> None:
    # As lawtext/gov's Markdown copies open: front matter, a comment, the dateline, then the bold title.
    (tmp_path / "outline.md").write_text(
        "---\nsource: https://www.gov.cn/\ntitle: 中华人民共和国国民经济和社会发展第十五个五年规划纲要\n---\n\n"
        "<!-- 2026-03-13 21:44 来源： 新华社 -->\n\n> 新华社北京3月13日电\n\n### 第三章　主要目标\n\n"
        "#### 第一节　经济发展\n\n全社会研发经费投入年均增长7%以上。\n",
        "utf-8",
    )
    result = run("extract", "outline.md", "--year", "2026", "--place", "全国", "--output", "outline.toml")
    assert result.code == 0
    ledger = tomllib.loads((tmp_path / "outline.toml").read_text("utf-8"))
    assert ledger["report"]["title"] == "中华人民共和国国民经济和社会发展第十五个五年规划纲要"
    assert [str(c["deadline"]) for c in ledger["commitment"]] == ["2030-12-31"]
