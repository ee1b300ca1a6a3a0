"""The rules batch AA (tests/data/extract-unseen-27/, 2021 reports and their 十四五 goals) taught the extractor."""

from __future__ import annotations

from tests.drafting import targets as _drafted


def test_what_an_outline_sets_out_is_a_plan_though_worded_as_results() -> None:
    # extract-unseen-27/yingkou-city-2021-fiveyear.txt: "《纲要》提出，…取得显著成效" then the goals.
    text = (
        "《纲要》提出，通过五年的努力，新时代营口全面振兴实现新突破，在经济发展等方面取得显著成效。\n"
        "——创新动能显著增强。全社会研发经费投入占GDP比重达到2.5%，国家级高新技术企业达到500家。\n"
    )
    assert [(c["target"], c["unit"]) for c in _drafted(text, 2021)] == [(2.5, "%"), (500, "家")]


def test_bodies_each_reaching_or_raised_to_a_count_stand_at_a_level() -> None:
    # extract-unseen-27/shizuishan-city-2021-fiveyear.txt (分别达到) and sanmenxia-city-2021-fiveyear.txt (增至).
    text = "“十四五”时期,全市高新技术企业、科技型中小企业分别达到120家和300家,三级公立医院增至7家。\n"
    assert [(c["kind"], c["target"]) for c in _drafted(text, 2021)] == [("level", 120), ("level", 300), ("level", 7)]


def test_important_matters_are_no_modal() -> None:
    # extract-unseen-27/zhongwei-city-2020-review.txt: 要事 among 大事、难事 is a noun, not 要 'must'.
    text = (
        "刚刚过去的2020年，是极不平凡的一年。我们砥砺前行，办成了许多大事、要事、难事，解决了许多群众的烦心事。"
        "全市地区生产总值增长0.3%，固定资产投资增长10.1%。\n"
    )
    assert _drafted(text, 2020) == []
