"""The domain: commitments from the work report, the updates recorded against them, and edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    GROWTH = "growth"
    LEVEL = "level"
    QUANTITY = "quantity"
    CEILING = "ceiling"
    FLOOR = "floor"
    REDUCTION = "reduction"
    MILESTONE = "milestone"

    @property
    def is_progress(self) -> bool:
        """Progress kinds move from a base towards the target over the period."""
        return self in (Kind.LEVEL, Kind.QUANTITY, Kind.REDUCTION)

    @property
    def is_threshold(self) -> bool:
        """Threshold kinds compare each figure with the target."""
        return self in (Kind.GROWTH, Kind.CEILING, Kind.FLOOR)


class Direction(StrEnum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOUT = "about"


class Status(StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    ACHIEVED = "achieved"
    OVERDUE = "overdue"
    MISSED = "missed"


MILESTONE_VALUES = ("started", "done")
# The one table of a milestone's states as people write them, in both languages: the first word is what
# --lang zh shows; every word is what record, import and the entry session read (English in any case).
MILESTONE_WORDS = {
    "started": ("已开工", "开工", "开建", "动工", "started"),
    "done": ("已完成", "完成", "建成", "竣工", "投用", "投产", "投运", "done"),
}
# What achieves a milestone: being done (the default), or, for a milestone whose deliverable is a start
# (its quote says 开工, 启动 or 开建), being started (`done_when = "started"` in the ledger).
DONE_WHEN_VALUES = ("started", "done")
MAX_TEXT = 10_000  # characters in a note, source or name; a megabyte note is a paste gone wrong


def milestone_state(text: str) -> str | None:
    """'started' or 'done' for a milestone's state written in either language (any case); None otherwise."""
    word = text.strip().lower()
    for state, words in MILESTONE_WORDS.items():
        if word in words:
            return state
    return None


# Fields a user may change with `edit`; everything else is the report's own words.
EDITABLE_FIELDS = ("owner", "deadline", "tags", "title_en", "tolerance")


@dataclass(frozen=True, slots=True)
class Section:
    """One section of the report's plan part: its key as written (（一）) and its heading."""

    key: str
    heading: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """The work report a ledger follows: the ledger's `[report]` table."""

    place: str
    year: int
    title: str
    text: str = ""  # the report's text file, relative to the ledger's folder; "" when there is none
    sections: tuple[Section, ...] = ()

    @property
    def start(self) -> dt.date:
        """Default start of a commitment: the first day of the report's year."""
        return dt.date(self.year, 1, 1)

    @property
    def deadline(self) -> dt.date:
        """Default deadline of a commitment: the last day of the report's year."""
        return dt.date(self.year, 12, 31)

    @property
    def section_keys(self) -> tuple[str, ...]:
        return tuple(section.key for section in self.sections)

    def heading(self, key: str) -> str:
        """The heading of section KEY, or "" when the ledger gives none."""
        return next((section.heading for section in self.sections if section.key == key), "")


# What a ledger without a `[report]` table means: the bundled 2023 ledger's report, which every
# ledger written before the table existed follows.
LEGACY_REPORT = Report(
    place="城口县",
    year=2023,
    title="城口县2023年政府工作报告",
    text="",
    sections=(
        Section("主要预期目标", "今年经济社会发展主要预期目标"),
        Section("（一）", "突出“创新驱动”，推动产业现代化迈出坚实步伐"),
        Section("（二）", "立足“协调共进”，推动城乡融合发展迈出坚实步伐"),
        Section("（三）", "锚定“绿色发展”，推动生态文明建设迈出坚实步伐"),
        Section("（四）", "紧扣“改革开放”，推动区域发展格局提升迈出坚实步伐"),
        Section("（五）", "坚持“共建共享”，推动民生改善和社会治理迈出坚实步伐"),
        Section("（六）", "聚焦“效能提升”，推动政府自身建设迈出坚实步伐"),
    ),
)


@dataclass(frozen=True, slots=True)
class Commitment:
    """One commitment of the work report, as the ledger states it."""

    id: str
    section: str
    title: str
    title_en: str
    quote: str
    kind: Kind
    target: float | None = None
    unit: str | None = None
    direction: Direction | None = None
    tolerance: float | None = None
    baseline: float | None = None
    baseline_quote: str | None = None
    # The loader always sets both from the ledger's report; these defaults serve code that builds one by hand.
    start: dt.date = LEGACY_REPORT.start
    deadline: dt.date = LEGACY_REPORT.deadline
    owner: str = ""
    tags: tuple[str, ...] = ()
    also_sections: tuple[str, ...] = ()
    also_quotes: tuple[str, ...] = ()
    done_when: str = "done"  # a milestone is achieved when "done", or when "started" for a start-milestone
    line: int = field(default=0, compare=False)
    # Where a commitment carried over from the year before came from, "2026:T011" (its earlier figures).
    carried_from: str = ""

    @property
    def effective_tolerance(self) -> float:
        """How far an `about` target may be missed: the set tolerance, else 5% of the target's size."""
        if self.direction is not Direction.ABOUT or self.target is None:
            return 0.0
        if self.tolerance is not None:
            return self.tolerance
        return abs(self.target) * 0.05


# Not frozen, unlike the other records: a year-end ledger builds thousands of updates at every start,
# and a frozen dataclass constructs seven times slower (one object.__setattr__ per field). Treat an
# Update as immutable all the same; dataclasses.replace makes a changed copy.
@dataclass(slots=True)
class Update:
    """A figure (or milestone state) reported for a commitment on a date."""

    commitment: str
    date: dt.date
    value: float | str
    final: bool = False
    note: str = ""
    source: str = ""
    by: str = ""
    recorded_at: dt.datetime | None = None
    change: int = 0
    line: int = field(default=0, compare=False)
    problem: str = ""  # a problem that needs coordination (存在问题), open until a later update resolves it
    resolved: bool = False  # this update closes every open problem of its commitment

    @property
    def identity(self) -> tuple[object, ...]:
        """What makes two updates the same figure (recorded once): who typed it and when do not."""
        return (self.commitment, self.date, self.value, self.final, self.note, self.source, self.problem, self.resolved)


@dataclass(frozen=True, slots=True)
class Edit:
    """A change to a commitment's editable fields, kept in the ledger's history."""

    commitment: str
    fields: dict[str, object]
    by: str = ""
    recorded_at: dt.datetime | None = None
    change: int = 0
    line: int = field(default=0, compare=False)


@dataclass(slots=True)
class Ledger:
    """Everything in a ledger file: commitments as edited, and the history of changes."""

    commitments: dict[str, Commitment]
    updates: list[Update]
    edits: list[Edit]
    path: str = ""
    report: Report = LEGACY_REPORT

    def updates_for(self, commitment_id: str) -> list[Update]:
        return [update for update in self.updates if update.commitment == commitment_id]

    @property
    def last_change(self) -> int:
        changes = [u.change for u in self.updates] + [e.change for e in self.edits]
        return max(changes, default=0)


@dataclass(frozen=True, slots=True)
class Change:
    """One change in the ledger's history: the updates or the edits it made."""

    number: int
    updates: tuple[Update, ...]
    edits: tuple[Edit, ...]


def history(ledger: Ledger) -> list[Change]:
    """Every change in the order it was recorded, oldest first."""
    updates: dict[int, list[Update]] = {}
    edits: dict[int, list[Edit]] = {}
    for update in ledger.updates:
        updates.setdefault(update.change, []).append(update)
    for edit in ledger.edits:
        edits.setdefault(edit.change, []).append(edit)
    numbers = sorted(set(updates) | set(edits))
    return [Change(n, tuple(updates.get(n, ())), tuple(edits.get(n, ()))) for n in numbers]
