"""Reading what a clerk types: figures as people write them, and commitments named by their words."""

from __future__ import annotations

from pathlib import Path

import pytest

from chengkou_tracker.entry import candidates, figure_as_written, implausible, looks_like_id, split_unit
from chengkou_tracker.errors import UsageError
from chengkou_tracker.i18n import render
from chengkou_tracker.store.ledger import load
from tests.conftest import BUNDLED, Run


@pytest.mark.parametrize(
    ("text", "unit", "number"),
    [
        ("13.2%", "%", "13.2"),
        ("13.2％", "%", "13.2"),
        ("1,320", "人", "1320"),
        ("1，320人", "人", "1320"),
        ("1320人", "人", "1320"),
        ("62个", "个", "62"),
        ("2100人次", "人次", "2100"),
        ("１３２０", "人", "1320"),
        ("−3.2", "%", "-3.2"),
        ("15.3万头", "万头", "15.3"),
        ("15.3万", "万头", "15.3"),
        ("153000头", "万头", "15.3"),
        ("1.5亿元", "万元", "15000"),
        ("5000千瓦", "万千瓦", "0.5"),
        ("6.9", "%", "6.9"),
        # A second unit in brackets (万套（间）, as `extract` drafts it) says what is counted; typed or not, same unit.
        ("2.1万套", "万套（间）", "2.1"),
        ("21000套", "万套（间）", "2.1"),
        ("2.1万套（间）", "万套（间）", "2.1"),
        ("3000套(间)", "套(间)", "3000"),
        # People counted in bare myriads (65万贫困人口): typed with or without 人, in the target's 万.
        ("66万", "万", "66"),
        ("66万人", "万", "66"),
        ("660000人", "万", "66"),
    ],
)
def test_a_figure_as_written_is_read_in_the_targets_unit(text: str, unit: str, number: str) -> None:
    assert figure_as_written(text, unit) == number


@pytest.mark.parametrize(("text", "unit"), [("13.2%", "个"), ("1320人", "万头"), ("5公里", "亩"), ("66万亩", "万")])
def test_a_unit_that_does_not_fit_is_refused_naming_the_expected_unit(text: str, unit: str) -> None:
    with pytest.raises(UsageError) as raised:
        figure_as_written(text, unit)
    assert render(raised.value, "en") == f"'{text}' is not in {unit}, the target's unit"
    assert render(raised.value, "zh") == f"'{text}' 的单位与目标单位 {unit} 不符"


@pytest.mark.parametrize("text", ["已开工", "abc", "1.2.3", ""])
def test_words_are_no_figure(text: str) -> None:
    assert figure_as_written(text, "个") is None


def test_units_are_taken_apart_into_a_multiplier_and_a_base() -> None:
    assert [(u.scale, u.base) for u in map(split_unit, ("万头", "亿元", "万千瓦", "%", "亩", "万"))] == [
        (10_000, "头"), (100_000_000, "元"), (10_000_000, "瓦"), (1, "%"), (1, "亩"), (10_000, ""),
    ]  # fmt: skip


def _ids(words: str) -> list[str]:
    ledger = load(str(BUNDLED))
    return [c.commitment.id for c in candidates(words, ledger.commitments.values())]


def test_an_id_in_any_case_names_its_commitment() -> None:
    assert _ids("t050") == ["T050"]
    assert looks_like_id("t050") and not looks_like_id("地区生产总值")


def test_words_find_a_title_forgiving_gaps_and_order() -> None:
    assert _ids("清洁能源总装机容量") == ["T014"]
    assert _ids("清洁能源装机") == ["T014"]
    assert _ids("装机 清洁能源") == ["T014"]
    assert _ids("生猪出栏") == _ids("出栏 生猪") == ["T057"]
    assert _ids("丁家坪水库") == ["M059"]
    assert _ids("城镇居民收入") == ["T006"]


def test_words_that_name_several_commitments_give_every_close_candidate() -> None:
    assert _ids("出栏") == ["T057", "T058"]
    assert _ids("中广核风电") == ["M013", "M014"]
    assert _ids("没有这样的事项zzz") == []


def _commitment(commitment_id: str):  # type: ignore[no-untyped-def]
    return load(str(BUNDLED)).commitments[commitment_id]


def test_a_figure_far_over_its_target_is_refused_with_the_likely_figure() -> None:
    pigs = _commitment("T057")  # 生猪出栏 19万头
    error = implausible(pigs, 153000, [])
    assert error is not None
    assert render(error, "en") == (
        "T057: 153000万头 is more than three times the target of 19万头; did you mean 15.3万头? (or give --force)"
    )
    assert render(error, "zh") == "T057: 153000万头 超过目标 19万头 的三倍；是否应为 15.3万头？（或加 --force）"
    assert implausible(pigs, 15.3, []) is None
    assert implausible(pigs, 57, []) is None  # exactly three times is still possible


def test_a_negative_figure_or_a_running_total_that_falls_is_refused() -> None:
    pigs = _commitment("T057")
    falls = implausible(pigs, 12, [9.5, 14])
    assert falls is not None and render(falls, "en") == (
        "T057: 12万头 is below the earlier figure 14万头 of a running total; check it, or give --force"
    )
    negative = implausible(pigs, -3, [])
    assert negative is not None and negative.key == "figure.negative"
    assert implausible(_commitment("T001"), -1.5, []) is None  # growth may be negative


def test_an_id_written_short_is_that_id_never_a_titles_words(run: Run, ledger: Path) -> None:
    """'T1' once matched M015 ("1 Mt/yr" in its English title): `record T1 5` must reach T001 or nothing."""
    before = ledger.read_bytes()
    refused = run("record", "M1500", "done")
    assert (refused.code, refused.stderr) == (
        2,
        "chengkou-tracker: error: unknown commitment id 'M1500' (did you mean T150, T100, M070?)\n",
    )
    assert ledger.read_bytes() == before
    recorded = run("record", "T1", "5", "--date", "2023-06-30")
    assert recorded.code == 0
    assert recorded.stderr == "chengkou-tracker: 'T1' is T001 GDP growth\n"
    assert b'commitment = "T001"' in ledger.read_bytes()[len(before) :]
    for written in ("t1", "T01", "t0001"):
        assert run("show", written).stdout.splitlines()[0].split() == ["id", "T001"]
    assert run("show", "G65").code == 2  # no id starts with G: words, here matching several projects
