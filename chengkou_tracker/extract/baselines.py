"""Recogniser: the figure a past-year sentence gives for the same metric, a commitment's baseline.

"2022年，地区生产总值增长3.9%" is no commitment, but it is where "地区生产总值增长7%左右" starts from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from chengkou_tracker.extract.targets import Target
from chengkou_tracker.extract.uncounted import ACTION

# Words that say who or when, not what: "全县地区生产总值", "累计新增市场主体".
_NUMERALS = set("0123456789.零〇一二两三四五六七八九十百千万亿")
_NOT_METRIC = re.compile(r"^(?:全[县市区省州旗国]|累计|预计|实现|完成|新增|其中)+")


@cache
def metric(subject: str) -> str:
    """The name of what a figure measures, without the verb and place around it."""
    core = _NOT_METRIC.sub("", subject)
    action = ACTION.match(core)
    if action and len(core) - action.end() >= 2:
        core = core[action.end() :]
    return core.strip('、，,“”"')


@cache
def _common(a: str, b: str) -> int:
    """The length of the longest stretch of characters A and B share (names are short: tens of characters)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    for size in range(len(shorter), 0, -1):
        if any(shorter[i : i + size] in longer for i in range(len(shorter) - size + 1)):
            return size
    return 0


def _same_metric(a: str, b: str) -> int:
    """How strongly two metric names agree: 0 when they are different things."""
    if not a or not b:
        return 0
    if a == b:
        return 100
    shorter = min(len(a), len(b))
    if shorter >= 3 and (a.endswith(b) or b.endswith(a)):
        return 50 + shorter
    common = _common(a, b)
    if common < max(4, 0.7 * shorter):
        return 0
    # A shorter name is the same metric only as an abbreviation of the longer one (规上 for 规模以上): every
    # character of it appears in the longer. Names that share a generic tail but differ in what they
    # qualify are different metrics (第一产业增加值, 高新技术产业增加值; 城乡居民收入, 全体居民收入).
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # Numbers are written either way (100万元以上, 百万元以上), so they do not tell names apart.
    return common if all(char in long_ for char in short if char not in _NUMERALS) else 0


def baseline(target: Target, past: Sequence[Target]) -> Target | None:
    """The past statement of the same metric, unit and kind of change, if the report gives one."""
    return PastFigures(past).baseline(target)


class PastFigures:
    """The past statements of a report, indexed so that finding a baseline does not read them all.

    Two names can only be the same metric when they share three characters in a row (see _same_metric), so
    each name is filed under its three-character pieces; of statements with the same name the first is kept,
    as a full scan would pick it. The work per target is then bounded by the distinct names it shares a piece
    with, not by the length of the report.
    """

    def __init__(self, past: Sequence[Target]) -> None:
        # (unit, growth?, name, list_index) -> the first statement; (unit, growth?, name) -> its first statement
        self._exact: dict[tuple[str, bool, str, int], tuple[int, Target]] = {}
        self._named: dict[tuple[str, bool, str], tuple[int, Target]] = {}
        self._pieces: dict[tuple[str, bool, str], list[str]] = {}
        for order, statement in enumerate(past):
            name = metric(statement.subject)
            kind = (statement.figure.unit, statement.kind == "growth")
            self._exact.setdefault((*kind, name, statement.list_index), (order, statement))
            if (*kind, name) in self._named:
                continue
            self._named[(*kind, name)] = (order, statement)
            for piece in _pieces(name):
                self._pieces.setdefault((*kind, piece), []).append(name)

    def baseline(self, target: Target) -> Target | None:
        name = metric(target.subject)
        kind = (target.figure.unit, target.kind == "growth")
        if not name:
            return None
        same = self._exact.get((*kind, name, target.list_index))
        best: tuple[int, int, Target] | None = None  # (score, -order, statement)
        if same is not None:
            best = (100, -same[0], same[1])
        candidates = {other for piece in _pieces(name) for other in self._pieces.get((*kind, piece), ())}
        for other in candidates:
            if other == name:
                continue
            score = _same_metric(name, other)
            if score:
                order, statement = self._named[(*kind, other)]
                if best is None or (score, -order) > best[:2]:
                    best = (score, -order, statement)
        return best[2] if best else None


def _pieces(name: str) -> set[str]:
    return {name[i : i + 3] for i in range(len(name) - 2)}
