"""The rules batches R and S (tests/data/extract-unseen-18/, -19/) taught the extractor, one case per rule, each citing
its passage."""

from __future__ import annotations

import tomllib
from typing import Any

from chengkou_tracker.extract import NothingToDraft, extract


def _targets(text: str, year: int = 2025) -> list[tuple[float, str, str]]:
    """(target, unit, quote) of every target drafted from TEXT; none when it plans nothing."""
    try:
        drafted = tomllib.loads(extract(text.encode(), "passage.txt", place="某县", year=year).toml)["commitment"]
    except NothingToDraft:
        return []
    found: list[dict[str, Any]] = [c for c in drafted if c["kind"] != "milestone"]
    return [(c["target"], c["unit"], c["quote"]) for c in found]


def _figures(text: str, year: int = 2025) -> list[tuple[float, str]]:
    return [(target, unit) for target, unit, _ in _targets(text, year)]


# ---- Results told as plans (results.py)


def test_another_bodys_goal_a_review_measures_itself_against_is_no_plan() -> None:
    # extract-unseen-18/zhaoyang-district-2025-review-news.txt: 对标…目标 names the province's goal, and the figures
    # after it are the district's results.
    text = (
        "经济指标量质齐升。2025年,面对严峻复杂的经济形势,昭阳区紧紧对标省委“3815”战略发展目标,全区上下齐心协力,"
        "交出了一份高质量的经济答卷。全年地区生产总值突破534亿元大关,同比增长5%;地方一般公共预算收入完成17.6亿元,"
        "增长6.8%。\n"
    )
    assert _targets(text) == []


def test_a_word_of_intent_with_no_figure_after_it_plans_nothing() -> None:
    # extract-unseen-18/chunhua-county-2025-minsheng-progress.txt: 将 means 把 in the reporter's scene.
    text = (
        "村民孟模银将院子和路面扫得干净,他笑着说:“我们村的入户路修好了。”\n"
        "生态宜居水平持续提升。新修水泥路2.4公里、排水渠4.6公里,解决了群众出行难题。\n"
    )
    assert _targets(text) == []


def test_paragraphs_with_no_figure_do_not_outvote_the_results() -> None:
    # extract-unseen-18/zhaoyang-district-2025-review-news.txt: image placeholders between the paragraphs.
    text = "![]()\n\n![]()\n\n![]()\n全年地区生产总值突破534亿元大关,交出了一份高质量的经济答卷。\n"
    assert _targets(text) == []


def test_a_total_to_date_sums_a_text_up_as_results() -> None:
    # extract-unseen-18/chunhua-county-2025-minsheng-progress.txt: "今年以来,累计完成投资2.36亿元".
    text = (
        "民生实事关乎百姓福祉。今年以来,累计完成投资2.36亿元,各项成果惠及广大群众。\n"
        "生态宜居水平持续提升。新修水泥路2.4公里、排水渠4.6公里,打通乡村出行“微循环”。\n"
        "投资1205万元实施畜禽养殖污染治理项目,建成3个种养结合示范点。\n"
    )
    assert _targets(text) == []


# ---- Progress beside the plan (progress.py, layout.py)


def test_a_figure_said_to_be_progress_is_no_target_beside_the_plans_own() -> None:
    # extract-unseen-19/songyang-county-2025-projects-progress.txt: the months to date, the share of a plan, a rate
    # as it stands; extract-unseen-19/guangming-district-2025-minsheng-progress.txt: the rest under way, 已 after
    # what the figure counts.
    text = (
        "全县项目全年计划完成投资98.5亿元,1-4月累计完成投资21.01亿元,完成1-4月投资计划的132.1%,"
        "完成年度投资计划的21.3%。1-4月开工7个,开工率46.7%。\n"
        "第一季度:其余9所学校正加快推进建设。第三季度:目前10所中小学校已建成并交付使用。\n"
    )
    assert _figures(text) == [(98.5, "亿元")]
    # A plan's rest to finish and what a plan lists are the year's work (兰州市 and 石家庄市 2026, lawtext/gov).
    plan = "今年建成交付剩余5个项目,列入国家改造计划的17个城中村回迁安置房6月底全部交付。\n"
    assert _figures(plan, 2026) == [(5, "个"), (17, "个")]


def test_recent_years_are_past() -> None:
    # extract-unseen-18/jimunai-county-2025-minsheng-news.txt: 近年来 is a span up to now, as 五年来.
    text = (
        "近年来,该县实施牧区打井工程,新建35口抗旱井,保障15万余头(只)牲畜饮水。\n今年,吉木乃县将新建牧区道路114公里。\n"
    )
    assert _figures(text) == [(114, "公里")]


# ---- Figures that count no work (uncounted.py)


def test_the_people_a_work_touches_are_where_it_is_done() -> None:
    # extract-unseen-18/jimunai-county-2025-minsheng-news.txt: "涉及…约1200户农牧民".
    text = "今年,吉木乃县将新建牧区道路114公里,涉及乌拉斯特镇、喀尔交镇、托斯特乡约1200户农牧民。\n"
    assert _figures(text) == [(114, "公里")]


def test_counts_in_a_bracket_that_add_up_to_the_count_before_it_are_its_parts() -> None:
    # extract-unseen-19/songyang-county-2025-projects-progress.txt: "重点项目57个(新建15个,续建42个)".
    assert _figures("2025年共安排县新续建重点项目57个(新建15个,续建42个)。\n") == [(57, "个")]


def test_a_count_opening_what_a_sentence_is_about_refers_back_to_the_one_stated() -> None:
    # extract-unseen-19/songyang-county-2025-projects-progress.txt: "另有重点预备项目10个,重大前期项目17个" and then
    # "(3)10个重点预备和17个重大前期项目推进总体进展顺利".
    text = "另有重点预备项目10个,重大前期项目17个。\n(3)10个重点预备和17个重大前期项目推进总体进展顺利。\n"
    assert _targets(text) == [(10, "个", "另有重点预备项目10个"), (17, "个", "重大前期项目17个")]


def test_a_bare_count_of_items_after_a_heading_is_bookkeeping() -> None:
    # extract-unseen-19/guangming-district-2025-minsheng-progress.txt: "教育优质行动(4项)".
    text = "光明区2025年民生实事:教育优质行动(4项)\n任务安排\n新建、改扩建中小学校13所。\n"
    assert _figures(text) == [(13, "所")]


def test_previous_and_next_are_no_count() -> None:
    # extract-unseen-19/qionghai-city-2026-minsheng.txt: a newspaper page's "上一篇    下一篇".
    text = "标题导航\n上一篇    下一篇\n今年琼海城镇新增就业5200人。\n"
    assert _figures(text, 2026) == [(5200, "人")]


# ---- Targets (targets.py, clean.py)


def test_places_closed_by_deng_into_one_kind_take_one_rate() -> None:
    # extract-unseen-18/wansheng-district-2026-minsheng.txt.
    text = (
        "全区100米以上医疗卫生机构、大型商业综合体等人员密集场所高层建筑消防物联感知设备接入率达到100%,"
        "全区所有高层建筑消防物联感知设备接入率达80%以上。\n"
    )
    assert _figures(text, 2026) == [(100, "%"), (80, "%")]


def test_a_floor_under_a_count_after_a_verb_of_effort_makes_it_the_work() -> None:
    # extract-unseen-19/qionghai-city-2026-minsheng.txt: "推动2个以上片区更新项目".
    assert _figures("今年琼海将启动城市更新片区试点,推动2个以上片区更新项目。\n", 2026) == [(2, "个")]


def test_each_before_the_verb_gives_every_name_the_count() -> None:
    # extract-unseen-18/sunitezuoqi-banner-2026-minsheng.txt: "…第三幼儿园、…第一中学各购置安装1台".
    text = "该旗拟投入80万元,为苏尼特左旗第三幼儿园、苏尼特左旗第一中学各购置安装1台500千伏安箱式变压器。\n"
    assert _figures(text, 2026) == [(80, "万元"), (1, "台"), (1, "台")]
    # 各类 is all kinds of (长春市 2026, lawtext/gov).
    assert _figures("今年更新改造燃气、供热、供水、排水等各类管网800公里。\n", 2026) == [(800, "公里")]


def test_a_full_stop_between_digits_before_a_unit_is_a_decimal_point() -> None:
    # extract-unseen-19/huqiu-district-2025-garbled.txt: "比沉达4。85%".
    assert _figures("今年全社会研发经费投入占地区生产总值比重达4。85%。\n") == [(4.85, "%")]


# ---- Restatements (drafts.py)


def test_a_news_headline_and_lead_restate_the_bodys_figures() -> None:
    # extract-unseen-19/zhaoqing-city-2025.txt.
    text = (
        "肇庆:2025年GDP力争突破3000亿元\n"
        "南都讯 记者蔡雯 2025年,肇庆市要实现GDP(地区生产总值)增长5%左右,总量力争突破3000亿元。\n"
        "报告指出,肇庆将确保地区生产总值突破3000亿元。\n"
        "今年肇庆的主要预期目标是:地区生产总值增长5%左右,进出口总额增长5%。\n"
    )
    assert _targets(text) == [
        (3000, "亿元", "肇庆将确保地区生产总值突破3000亿元"),
        (5, "%", "地区生产总值增长5%左右"),
        (5, "%", "进出口总额增长5%"),
    ]


def test_a_figure_attained_as_a_targets_name_points_back_to_it() -> None:
    # extract-unseen-18/liuzhou-city-2026.txt: "要实现5.5%的增长目标" after "为全年增长5.5%左右的目标夯实基础".
    text = (
        "今年,柳州将力争一季度经济增长5.5%,为全年增长5.5%左右的目标夯实基础。\n"
        "我们应清醒地看到,要实现5.5%的增长目标,摆在我们面前的任务仍很艰巨。\n"
    )
    assert _figures(text, 2026) == [(5.5, "%"), (5.5, "%")]
