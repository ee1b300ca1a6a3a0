"""The titles and milestones `extract` drafts: what a user reads first in a drafted ledger.

Each case is a sentence from a real report (cited beside it), drafted as a whole text, and the titles it gives."""

from __future__ import annotations

import tomllib

import pytest

from chengkou_tracker.extract import NothingToDraft, extract


def _drafted(sentence: str) -> list[tuple[str, str]]:
    """(title, quote) of every commitment drafted from SENTENCE, in report order."""
    ledger = tomllib.loads(extract(sentence.encode(), "report.txt", place="示例市", year=2026).toml)
    return [(c["title"], c["quote"]) for c in ledger["commitment"]]


TITLES = [
    # A title never ends with the clause's full stop, nor with the bound after its figure (武汉市's 2026 report, in
    # lawtext/gov: 政府工作报告-主要城市/武汉市/2026.md): "4万套（间）以上" is one figure, its unit 套 counted by rooms too.
    (
        "筹集运营保障性租赁住房4万套（间）以上、市场化租赁住房2万套（间）以上。",
        [
            ("筹集运营保障性租赁住房", "筹集运营保障性租赁住房4万套（间）以上"),
            ("市场化租赁住房", "市场化租赁住房2万套（间）以上"),
        ],
    ),
    (
        "力争高端生物医学成像等2个设施建成投用。",
        [("高端生物医学成像等设施建成投用", "高端生物医学成像等2个设施建成投用")],
    ),
    ("完成左岸大道等10个骨干路网项目。", [("完成左岸大道等骨干路网项目", "完成左岸大道等10个骨干路网项目")]),
    # 等 closing a list is no part of its name (武汉市 2026).
    (
        "引育研发型企业、企业研发中心等100家以上。",
        [("引育研发型企业、企业研发中心", "引育研发型企业、企业研发中心等100家以上")],
    ),
    # What is counted comes after the count, and 提升 is part of the work, not a level to reach (武汉市 2026; 鹤壁市
    # 2022, tests/data/extract-unseen-8/hebi-city-2022-minsheng.txt).
    ("改造提升100处小微空间。", [("改造提升小微空间", "改造提升100处小微空间")]),
    ("修复提升80所因灾受损学校。", [("修复提升因灾受损学校", "修复提升80所因灾受损学校")]),
    # A verb alone before a length or an area: what it measures follows (始兴县 2021,
    # tests/data/extract-unseen-4/shixing-county-2021-minsheng.txt; 高县 2022, tests/data/extract-unseen-8).
    ("新建23公里碧道。", [("新建碧道", "新建23公里碧道")]),
    ("推进8.5万亩高标准农田建设。", [("推进高标准农田建设", "推进8.5万亩高标准农田建设")]),
    # Two counts joined by 、, each with what it counts after it: two targets, each named, the second with the
    # first's verb (武汉市 2026; 厦门市 2026, tests/data/extract-unseen-9/xiamen-city-2026.txt).
    (
        "加快建设3个国家中西医协同“旗舰”医院、20个“旗舰”科室。",
        [
            ("加快建设国家中西医协同“旗舰”医院", "加快建设3个国家中西医协同“旗舰”医院"),
            ("加快建设“旗舰”科室", "20个“旗舰”科室"),
        ],
    ),
    (
        "加力实施708个产业项目、926个现代化基础设施项目、268个公共服务项目和500个城市更新项目。",
        [
            ("加力实施产业项目", "加力实施708个产业项目"),
            ("加力实施现代化基础设施项目", "926个现代化基础设施项目"),
            ("加力实施公共服务项目", "268个公共服务项目"),
            ("加力实施城市更新项目", "500个城市更新项目"),
        ],
    ),
    # A count after a noun it shares still shares it: "改造老旧小区25个、1697户" (秦州区 2026,
    # tests/data/extract-unseen/qinzhou-district-2026-minsheng.txt); every title stays its own.
    (
        "改造老旧小区25个、1697户。",
        [("改造老旧小区", "改造老旧小区25个、1697户"), ("改造老旧小区（2）", "改造老旧小区25个、1697户")],
    ),
    # A list's marker is no part of a title (金凤区 2025, tests/data/extract-unseen-4/jinfeng-district-2025-minsheng.txt).
    ("▶新增公共停车位800个。", [("新增公共停车位", "▶新增公共停车位800个")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TITLES)
def test_titles(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _drafted(sentence) == expected


MILESTONES = [
    # A deliverable: a facility, a project, an event, a certification (武汉市 2026).
    ("建成武汉图书馆新馆。", ["武汉图书馆新馆"]),
    ("争创国家美丽城市建设示范标杆。", ["国家美丽城市建设示范标杆"]),
    # 建成 inside a framing 在……中 and a role or a ranking are none (武汉市 2026).
    ("在全省加快建成中部地区崛起的重要战略支点中当好龙头、走在前列，奋力谱写中国式现代化武汉篇章。", []),
    # Aims: qualities of a place, progress, effort (银川市 2026, tests/data/extract-unseen-8; 深圳市 2026,
    # tests/data/extract-unseen-9; 江苏省 2026, tests/data/extract-unseen-8).
    ("建成竞争力强、影响力大、辐射力广的“八大强市”。", []),
    ("建成具有全球影响力的创新创业创意之都。", []),
    ("取得新的重大进展。", []),
    # A time alone is no deliverable; after a name it is no part of it (方正县 2024, tests/data/extract-unseen-4;
    # 香洲区 2026, tests/data/extract-unseen-5).
    ("预计6月上旬全部开工。", []),
    ("9月末完工。", []),
    ("区中西医结合医院新住院大楼将于今年建成。", ["区中西医结合医院新住院大楼"]),
    # A size is no deliverable: "新建道路全长343米、路基宽度24米" (建湖县 2026, tests/data/extract-unseen).
    ("新建道路全长343米、路基宽度24米。", []),
    # 通过 is a deliverable only with the check passed; otherwise it gives the means (成都市, 青岛市, 湖北省 2026 in the
    # lawtext/gov collection: "通过进园区、进企业、进院所…" drafted seven "milestones", one for each item).
    ("通过进园区、进企业、进院所、进高校、聚人才、聚技术、聚资金，促进成果转化。", []),
    ("力争通过国家级全域旅游示范区验收。", ["国家级全域旅游示范区验收"]),
    # A role in the country is no deliverable either (湖北省 2026 there).
    ("加快建成中部地区崛起的重要战略支点。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), MILESTONES)
def test_milestones(sentence: str, expected: list[str]) -> None:
    try:
        ledger = tomllib.loads(extract(sentence.encode(), "report.txt", place="示例市", year=2026).toml)
    except NothingToDraft:
        assert expected == []
        return
    assert [c["title"] for c in ledger["commitment"] if c["kind"] == "milestone"] == expected
