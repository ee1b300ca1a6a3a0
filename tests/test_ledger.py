"""The bundled 2023 ledger, and validation of damaged copies."""

from __future__ import annotations

import shutil
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from chengkou_tracker.model import LEGACY_REPORT, Kind
from chengkou_tracker.store.ledger import load
from tests.conftest import BUNDLED, REPORT, ROOT, Run

REPORT_TEXT = REPORT.read_text("utf-8")
PART_ONE = REPORT_TEXT[REPORT_TEXT.index("一、2022年工作回顾") : REPORT_TEXT.index("二、2023年工作建议")]
PART_TWO = REPORT_TEXT[REPORT_TEXT.index("二、2023年工作建议") :]
RAW = tomllib.loads(BUNDLED.read_text("utf-8"))["commitment"]


def test_root_ledger_and_bundled_ledger_are_the_same_bytes() -> None:
    assert (ROOT / "commitments.toml").read_bytes() == BUNDLED.read_bytes()


def test_bundled_report_is_the_shared_source() -> None:
    shared = ROOT.parent / "shared" / "source" / "chengkou-2023-government-work-report.txt"
    if not shared.exists():
        pytest.skip(f"{shared} is not beside this checkout")
    assert REPORT.read_bytes() == shared.read_bytes()


def test_every_quote_is_verbatim_in_part_two() -> None:
    missing = [(c["id"], q) for c in RAW for q in [c["quote"], *c.get("also_quotes", [])] if q not in PART_TWO]
    assert missing == []


def test_every_baseline_quote_is_verbatim_in_part_one() -> None:
    missing = [
        (c["id"], c["baseline_quote"]) for c in RAW if "baseline_quote" in c and c["baseline_quote"] not in PART_ONE
    ]
    assert missing == []
    assert all(("baseline" in c) == ("baseline_quote" in c) for c in RAW)


def test_every_id_is_unique() -> None:
    counts = Counter(c["id"] for c in RAW)
    assert [cid for cid, n in counts.items() if n > 1] == []


def test_counts_by_kind_and_section() -> None:
    kinds = Counter(c["kind"] for c in RAW)
    assert set(kinds) == {kind.value for kind in Kind}, "every kind appears in the ledger"
    targets = sum(n for kind, n in kinds.items() if kind != "milestone")
    assert 150 <= targets <= 170
    assert 70 <= kinds["milestone"] <= 90
    assert {c["section"] for c in RAW} == set(LEGACY_REPORT.section_keys)


@pytest.mark.parametrize("kind", [k for k in Kind if k is not Kind.MILESTONE])
def test_numeric_kinds_carry_target_unit_direction_and_the_figure_is_quoted(kind: Kind) -> None:
    records = [c for c in RAW if c["kind"] == kind.value]
    assert records
    for c in records:
        assert {"target", "unit", "direction"} <= set(c), c["id"]
        figure = f"{c['target']:g}" if isinstance(c["target"], float) else str(c["target"])
        if "Ⅱ类" not in c["quote"]:  # 国考断面水质保持Ⅱ类: the class is written as a Roman numeral
            assert figure in c["quote"], c["id"]
        if "左右" in c["quote"] and kind is not Kind.MILESTONE:
            assert c["direction"] == "about", c["id"]


def test_milestones_have_no_target() -> None:
    for c in RAW:
        if c["kind"] == "milestone":
            assert not {"target", "unit", "direction"} & set(c), c["id"]
            assert c["id"].startswith("M")
        else:
            assert c["id"].startswith("T")


def test_the_issue_examples_are_in_the_ledger() -> None:
    by_quote = {c["quote"]: c for c in RAW}
    gdp = by_quote["地区生产总值增长7%左右"]
    assert (gdp["kind"], gdp["target"], gdp["unit"], gdp["direction"], gdp["baseline"]) == (
        "growth",
        7,
        "%",
        "about",
        3.9,
    )
    industry = next(c for c in RAW if c["quote"] == "规上工业增加值增长15%")
    assert industry["also_sections"] == ["（一）"]
    jobs = next(c for c in RAW if "城镇新增就业1500人以上" in c["quote"])
    assert jobs["also_quotes"] == ["新增城镇就业1500人"]
    profits = [c for c in RAW if c["quote"] == "营业收入、利润总额、利润率分别增长10%、5%、8%"]
    assert sorted(c["target"] for c in profits) == [5, 8, 10]
    assert len([c for c in RAW if "均稳定在100%" in c["quote"]]) == 4
    assert any(c["kind"] == "milestone" and "活禽屠宰场" in c["quote"] for c in RAW)
    assert any(c["kind"] == "milestone" and "开工丁家坪水库" in c["quote"] for c in RAW)
    late = [c for c in RAW if "到2025年" in c["quote"]]
    assert [str(c["deadline"]) for c in late] == ["2025-12-31"]


def test_loader_builds_model_objects() -> None:
    ledger = load(str(BUNDLED))
    assert len(ledger.commitments) == len(RAW)
    first = ledger.commitments["T001"]
    assert (first.kind, first.target, first.owner, first.tags) == (Kind.GROWTH, 7.0, "", ("economy",))


def test_validate_bundled_ledger_prints_nothing(run: Run) -> None:
    result = run("--ledger", str(BUNDLED), "validate")
    assert (result.code, result.stdout, result.stderr) == (0, "", "")


DAMAGED_CHANGES = [
    # (old text, new text) applied once to the bundled ledger
    ('id = "T002"', 'id = "T001"'),  # duplicate id
    ('title_en = "Fixed-asset investment growth"\n', ""),  # missing field
    ('kind = "growth"\ntarget = 12\n', 'kind = "grwoth"\ntarget = 12\n'),  # unknown kind (T003)
    ('id = "M001"\n', 'id = "M001"\ntarget = 5\n'),  # a target on a milestone
    ('quote = "地区生产总值增长7%左右"', 'quote = "地区生产总值增长9%左右"'),  # a quote not in the report
    ("deadline = 2023-12-31", "deadline = 2022-12-01"),  # deadline before start (T001's)
]


def damaged_copy(tmp_path: Path) -> Path:
    text = BUNDLED.read_text("utf-8")
    for old, new in DAMAGED_CHANGES:
        assert old in text, old
        text = text.replace(old, new, 1)
    text += (
        '\n[[update]]\nchange = 1\ncommitment = "T999"\ndate = 2023-03-01\nvalue = 1\nby = "c"\n'
        "recorded_at = 2023-03-01T00:00:00Z\n"
    )
    path = tmp_path / "damaged.toml"
    path.write_text(text, "utf-8")
    shutil.copyfile(REPORT, tmp_path / "report.txt")  # the ledger's [report] names it
    return path


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    lines = path.read_text("utf-8").splitlines()
    hits = [n for n, line in enumerate(lines, start=1) if line == needle]
    return hits[occurrence - 1]


def test_validate_damaged_copy_reports_every_problem_with_its_line(run: Run, tmp_path: Path) -> None:
    path = damaged_copy(tmp_path)
    before = path.read_bytes()
    result = run("--ledger", str(path), "validate")
    p = str(path)
    kind_line = line_of(path, 'kind = "grwoth"')
    quote_header = line_of(path, 'id = "T001"', 1) - 1
    update_line = line_of(path, 'commitment = "T999"')
    t003_header = line_of(path, 'id = "T003"') - 1
    kinds = "growth, level, quantity, ceiling, floor, reduction, milestone"
    expected = sorted(
        [
            f"{p}:{line_of(path, '[[commitment]]', 2)}: duplicate id 'T001' (first at line {quote_header})",
            f"{p}:{t003_header}: [[commitment]] is missing 'title_en'",
            f"{p}:{kind_line}: unknown kind 'grwoth' (expected one of {kinds})",
            f"{p}:{line_of(path, 'target = 5')}: a milestone has no 'target'",
            f"{p}:{quote_header}: T001: quote is not in the report: '地区生产总值增长9%左右'",
            f"{p}:{line_of(path, 'deadline = 2022-12-01')}: deadline 2022-12-01 is before the start 2023-01-01",
            f"{p}:{update_line}: [[update]] names unknown commitment 'T999'",
        ],
        key=lambda line: int(line.split(":")[1]),
    )
    assert result.code == 3
    assert result.stdout == ""
    assert result.stderr.splitlines() == expected
    assert path.read_bytes() == before


def test_invalid_toml_gives_line_and_column_not_a_traceback(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[[commitment]]\nid = "T001"\ntitle = "unterminated\n', "utf-8")
    result = run("--ledger", str(path), "validate")
    assert result.code == 3
    assert result.stderr == f"{path}:3:22: invalid TOML: Illegal character '\\n'\n"


def test_list_json_carries_every_field(run: Run) -> None:
    import json

    result = run("list", "--format", "json")
    records = json.loads(result.stdout)
    assert len(records) == len(RAW)
    first = records[0]
    for key in ("id", "section", "title", "title_en", "quote", "kind", "target", "unit", "direction", "baseline",
                "baseline_quote", "start", "deadline", "owner", "tags", "latest_value", "latest_date", "progress",
                "status", "stale"):  # fmt: skip
        assert key in first
    assert (first["id"], first["target"], first["start"], first["status"]) == ("T001", 7, "2023-01-01", "not_started")


# ---------------------------------------------------------------- the [report] table

REPORT_TABLE = (
    '[report]\nplace = "某县"\nyear = 2030\ntitle = "某县2030年政府工作报告"\ntext = "r.txt"\n\n'
    '[[report.sections]]\nkey = "甲"\nheading = "第一部分"\n\n[[report.sections]]\nkey = "乙"\nheading = "第二部分"\n\n'
)
COMMITMENT = (
    '[[commitment]]\nid = "A1"\nsection = "乙"\ntitle = "修路"\ntitle_en = "Roads"\nquote = "修好路"\n'
    'kind = "milestone"\ntags = []\n'
)


def test_the_report_table_is_read_and_sets_the_default_dates(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "l.toml"
    path.write_text(REPORT_TABLE + COMMITMENT, "utf-8")
    ledger = load(str(path))
    assert (ledger.report.place, ledger.report.year, ledger.report.title, ledger.report.text) == (
        "某县", 2030, "某县2030年政府工作报告", "r.txt"
    )  # fmt: skip
    assert [(s.key, s.heading) for s in ledger.report.sections] == [("甲", "第一部分"), ("乙", "第二部分")]
    commitment = ledger.commitments["A1"]
    assert (str(commitment.start), str(commitment.deadline)) == ("2030-01-01", "2030-12-31")
    # validate checks the quotes against the text the report names, beside the ledger...
    assert run("-l", str(path), "validate").stdout == f"quotes not checked: {tmp_path}/r.txt: no such file\n"
    (tmp_path / "r.txt").write_text("我们要修好路。", "utf-8")
    assert (run("-l", str(path), "validate").code, run("-l", str(path), "validate").stdout) == (0, "")
    (tmp_path / "r.txt").write_text("别的话。", "utf-8")
    checked = run("-l", str(path), "validate")
    assert (checked.code, checked.stderr) == (3, f"{path}:15: A1: quote is not in the report: '修好路'\n")
    # ... and says so when the ledger names none.
    path.write_text(REPORT_TABLE.replace('text = "r.txt"\n', "") + COMMITMENT, "utf-8")
    assert (
        run("-l", str(path), "validate").stdout
        == "quotes not checked: the ledger's [report] names no text file ('text')\n"
    )


def test_a_ledger_without_the_report_table_follows_the_2023_report() -> None:
    from chengkou_tracker.model import LEGACY_REPORT
    from chengkou_tracker.store.reader import read_ledger

    text = BUNDLED.read_text("utf-8")
    legacy = text[: text.index("[report]")] + text[text.index("[[commitment]]\nid") :]
    ledger, problems = read_ledger("l.toml", legacy.encode("utf-8"))
    assert (problems, ledger.report) == ([], LEGACY_REPORT)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('place = "某县"\n', "", "1: [report] is missing 'place'"),
        ("year = 2030", 'year = "2030"', "3: 'year' must be a whole number from 1949 to 2100, not '2030'"),
        ("year = 2030", "year = 1800", "3: 'year' must be a whole number from 1949 to 2100, not 1800"),
        ('title = "某县2030年政府工作报告"', "title = 5", "4: 'title' must be a string, not a number"),
        ('text = "r.txt"', "text = []", "5: 'text' must be a string, not a list"),
        ('text = "r.txt"', 'txt = "r.txt"', "5: unknown field 'txt' in [report]"),
        ('key = "乙"', 'key = "甲"', "12: duplicate section key '甲' (first at line 8)"),
        ('key = "乙"\n', "", "11: [[report.sections]] is missing 'key'"),
        (
            '\n[[report.sections]]\nkey = "甲"\nheading = "第一部分"\n\n[[report.sections]]\nkey = "乙"\nheading = "第二部分"\n',
            "",
            "1: [report] needs 'sections': one or more [[report.sections]] tables with 'key' and 'heading'",
        ),
        ('section = "乙"', 'section = "丙"', "17: unknown section '丙' (expected one of 甲, 乙)"),
    ],
)
def test_a_bad_report_table_is_named_at_its_line(old: str, new: str, expected: str, tmp_path: Path, run: Run) -> None:
    text = REPORT_TABLE + COMMITMENT
    assert old in text
    path = tmp_path / "l.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    (tmp_path / "r.txt").write_text("修好路", "utf-8")
    result = run("-l", str(path), "validate")
    assert (result.code, result.stderr.splitlines()[0]) == (3, f"{path}:{expected}")


def test_a_legacy_ledger_is_validated_without_quotes_and_says_so(run: Run, tmp_path: Path) -> None:
    text = BUNDLED.read_text("utf-8")
    path = tmp_path / "legacy.toml"
    path.write_text(text[: text.index("[report]")] + text[text.index("[[commitment]]\nid") :], "utf-8")
    result = run("--ledger", str(path), "validate")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == "quotes not checked: the ledger has no [report] table naming the report's text file\n"


def test_an_unknown_top_level_key_is_named_at_its_line(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "l.toml"
    text = BUNDLED.read_text("utf-8")
    for extra, line in (("stray = 1\n", 4), ("stray = 1 # a comment\n", 4)):
        path.write_text(text.replace("\n[report]", "\n" + extra + "[report]", 1), "utf-8")
        result = run("--ledger", str(path), "validate")
        assert result.stderr == f"{path}:{line + 1}: unknown top-level key 'stray'\n"
