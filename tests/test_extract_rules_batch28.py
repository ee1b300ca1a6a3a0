"""The rules batches BB and CC (tests/data/extract-unseen-28/ and -29/: 2025 reports; 2021 reports and their 十四五
goals) taught the extractor."""

from __future__ import annotations

from tests.drafting import figures as _figures
from tests.drafting import targets as _drafted


def test_a_review_in_the_last_year_of_a_period_is_not_the_period_s_goals() -> None:
    # extract-unseen-28/anshun-city-2025-review.txt: a 2025 report names the 十四五 it closes, not a coming plan.
    text = (
        "2024年是新中国成立75周年，是实现“十四五”规划目标任务的关键一年。\n"
        "这一年，是我市主导产业蓄势腾飞的一年。工业投资增长54.5%，全市电力装机突破900万千瓦。\n"
    )
    assert _drafted(text, 2025) == []


def test_expectations_beaten_and_a_slogan_s_key_are_no_plan() -> None:
    # extract-unseen-28/xianning-city-2025-review.txt: 好于预期 measures results; 落地为要 is a slogan, not 要 'must'.
    text = (
        "——这一年，我们全力以赴拼经济。经济运行回升向好，主要经济指标好于预期。\n"
        "——这一年，我们因变应变强服务。项目为王、落地为要，定期逐个调度项目。新增减税降费20.86亿元，"
        "落实惠企资金4.01亿元，消化批而未供土地1.74万亩。\n"
    )
    assert _drafted(text, 2025) == []


def test_ranks_honours_and_a_goal_met_early_tell_results() -> None:
    # extract-unseen-28/dali-prefecture-2025-review.txt: 排全省第1, 提前完成“十四五”目标任务.
    text = (
        "（一）建链集群聚能发展。新增国家4A级景区3个，春沐源被认定为全国现代设施农业创新引领基地。\n"
        "（二）投资消费稳步复苏。储备项目862个、总投资2624亿元，投资额度排全省第1。\n"
        "（三）绿色能源加快发展。新能源装机达到800万千瓦，提前完成“十四五”目标任务。\n"
    )
    assert _drafted(text, 2025) == []


def test_figures_kept_within_the_plan_and_counts_grown_from_a_start_tell_results() -> None:
    # extract-unseen-29/weihai-city-2021-review.txt: a review that names no year, read for 2021.
    text = (
        "（二）坚持统筹兼顾，抓牢抓实“六稳”“六保”工作。全年生产总值完成3017.8亿元，增长3%；"
        "一般公共预算收入252.4亿元，增长1%；城镇登记失业率2.39%，均控制在计划范围内。\n"
        "（三）坚持创新驱动。实施企业冲击新目标“双百工程”，79家企业营业收入实现两位数增长。"
        "高新技术企业由502家增加到737家。\n"
    )
    assert _drafted(text, 2021) == []


def test_a_balance_and_a_production_capacity_are_stocks() -> None:
    # extract-unseen-28/jian-city-2025-ecology.txt (余额) and zhangye-city-2025.txt (产能); a capacity held is a floor
    # (extract-unseen-29/jiamusi-city-2021-fiveyear.txt).
    text = "绿色贷款余额突破800亿元，煤炭产能达345万吨，粮食综合产能稳定在250亿斤。\n"
    assert _figures(text, 2025) == [("level", 800, "亿元"), ("level", 345, "万吨"), ("floor", 250, "亿斤")]


def test_a_lead_on_the_coming_five_years_dates_the_tasks_after_it() -> None:
    # extract-unseen-29/bijie-city-2021-fiveyear.txt: "今后五年，我们要努力实现“五大新突破”。" over the tasks.
    text = (
        "今后五年，我们要努力实现“五大新突破”。\n"
        "（一）着力在构建现代产业体系上实现新突破。推进煤炭供给侧结构性改革，煤炭产量达7000万吨以上。\n"
    )
    [drafted] = _drafted(text, 2021)
    assert (drafted["target"], drafted["deadline"]) == (7000, __import__("datetime").date(2025, 12, 31))


def test_a_margin_over_a_wider_whole_s_rate_is_no_target() -> None:
    # extract-unseen-29/bozhou-city-2021.txt and extract-unseen-28/deyang-city-2025.txt.
    text = (
        "今年发展的主要预期目标是：全市地区生产总值高于全省增速0.5个百分点，地区生产总值增速高于省平1个百分点、增长6.5%，"
        "研究与试验发展经费投入强度0.8%以上。\n"
    )
    assert _figures(text, 2021) == [("growth", 6.5, "%"), ("level", 0.8, "%")]


def test_a_list_of_works_for_the_people_counts_no_work() -> None:
    # extract-unseen-28/zhangye-city-2025-minsheng.txt: 办好12件为民实事 is the list's size.
    text = "今年，我们将办好12件为民实事：新建城市公厕20座。\n"
    assert _figures(text, 2025) == [("quantity", 20, "座")]


def test_the_things_a_rate_is_measured_over_are_its_scope() -> None:
    # extract-unseen-28/deyang-city-2025-ecology.txt: 14个 counts the sections; the rate is the target.
    text = "确保14个国、省考核断面水质优良率保持100%。\n"
    assert [(kind, target) for kind, target, _ in _figures(text, 2025)] == [("floor", 100)]


def test_a_yearly_total_may_reach_a_magnitude_in_words() -> None:
    # extract-unseen-29/shuozhou-city-2021-fiveyear.txt; 千亿级 stays a class.
    text = "到2025年，传统煤电产业产值稳定在千亿元，新兴产业产值突破千亿元，打造千亿级产业集群。\n"
    assert _figures(text, 2021) == [("floor", 1000, "亿元"), ("quantity", 1000, "亿元")]


def test_a_tier_of_projects_by_size_under_其中_is_a_target() -> None:
    # extract-unseen-28/dandong-city-2025.txt.
    text = "今年，实施投资500万元以上项目720个，其中亿元以上项目200个。\n"
    assert _figures(text, 2025) == [("quantity", 720, "个"), ("quantity", 200, "个")]


def test_a_start_rate_with_a_bound_is_a_goal_and_a_floor_for_each_is_a_standard() -> None:
    # extract-unseen-28/xianning-city-2025-investment.txt: 开工率75%左右 (not a rate as it stands); 每个…不少于30家.
    text = (
        "推动项目早签约、早开工、早投产，签约当年开工率75%左右。"
        "编制产业链目标企业清单，每个产业跟踪目标企业不少于30家，新签约亿元以上项目不少于220个。\n"
    )
    assert _figures(text, 2025) == [("level", 75, "%"), ("quantity", 220, "个")]


def test_a_programme_s_name_and_whom_work_aims_at_are_no_plan() -> None:
    # extract-unseen-26/qiqihaer-city-2020-fiveyear-review.txt: “百万千”产业倍增计划 (a name), 百亿级目标企业, 科技计划项目,
    # 目标任务基本完成 (met), read for the report's year.
    text = (
        "“十三五”时期，全市实施“百万千”产业倍增计划，“十三五”规划确定的主要目标任务基本完成。\n"
        "——五年来，注重提质增速优结构。新增规上工业企业180户，百亿级目标企业（项目）突破20个。"
        "实施国家和省重点科技计划项目191项，科创平台达到116个。\n"
    )
    assert _drafted(text, 2021) == []


def test_a_paragraph_on_the_span_just_ended_is_past_to_its_end() -> None:
    # extract-unseen-25/qujing-city-2020-fiveyear-review.txt: 有行动计划 is a noun; the 年均增长 after it is the past five years'.
    text = (
        "——这五年，我们守正创新、系统破题，改革开放迈出新步伐。以改革的办法构建了一批有行动计划的制度体系。"
        "一批行业龙头企业落户曲靖，实际到位市外国内资金年均增长15.3%。\n"
    )
    assert _drafted(text, 2021) == []
