"""Filtering and sorting commitments for `list`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chengkou_tracker.errors import UsageError
from chengkou_tracker.model import Kind, Ledger, Section, Status
from chengkou_tracker.status import Assessment

_STATUS_ORDER = {status: index for index, status in enumerate(
    (Status.OVERDUE, Status.AT_RISK, Status.MISSED, Status.NOT_STARTED, Status.ON_TRACK, Status.ACHIEVED)
)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Filters:
    sections: frozenset[str] = frozenset()
    statuses: frozenset[Status] = frozenset()
    kinds: frozenset[Kind] = frozenset()
    owner: str | None = None
    tags: frozenset[str] = frozenset()
    search: str | None = None
    stale: bool = False

    @classmethod
    def parse(
        cls,
        sections: Sequence[str],
        statuses: Sequence[str],
        kinds: Sequence[str],
        owner: str | None,
        tags: Sequence[str],
        search: str | None,
        stale: bool,
        known_sections: Sequence[str],
    ) -> Filters:
        """Filters from command-line words; UsageError naming the bad word; known_sections: the ledger's keys."""
        return cls(
            frozenset(section_key(name, known_sections) for name in sections),
            frozenset(Status(_choice(Status, name, "status")) for name in statuses),
            frozenset(Kind(_choice(Kind, name, "kind")) for name in kinds),
            owner,
            frozenset(tags),
            search.casefold() if search else None,
            stale,
        )

    def admits(self, assessment: Assessment) -> bool:
        commitment = assessment.commitment
        if self.sections and commitment.section not in self.sections:
            return False
        if self.statuses and assessment.status not in self.statuses:
            return False
        if self.kinds and commitment.kind not in self.kinds:
            return False
        if self.owner is not None and self.owner not in commitment.owner:
            return False
        if self.tags and not self.tags.intersection(commitment.tags):
            return False
        if self.stale and not assessment.stale:
            return False
        if self.search is not None:
            haystack = " ".join((commitment.id, commitment.title, commitment.title_en, commitment.quote)).casefold()
            if self.search not in haystack:
                return False
        return True


def section_keys(ledger: Ledger) -> tuple[str, ...]:
    """The keys of ledger_sections(LEDGER): what --section resolves against and sorts by."""
    return tuple(section.key for section in ledger_sections(ledger))


def ledger_sections(ledger: Ledger) -> tuple[Section, ...]:
    """The ledger's sections in report order: those its report names, then any only a commitment names."""
    named = ledger.report.sections
    keys = {section.key for section in named}
    extra = dict.fromkeys(c.section for c in ledger.commitments.values() if c.section and c.section not in keys)
    return (*named, *(Section(key) for key in extra))


def _half_width(text: str) -> str:
    # （一） is easier to type as (一) at a terminal.
    return text.strip().replace("（", "(").replace("）", ")")


def section_key(name: str, keys: Sequence[str]) -> str:
    """The section NAME means: a key as written, the key with half-width parentheses, or its position 0..N-1."""
    if name in keys:
        return name
    wanted = _half_width(name)
    for key in keys:
        if _half_width(key) == wanted:
            return key
    if wanted.isdigit() and int(wanted) < len(keys):
        return keys[int(wanted)]
    if not keys:
        raise UsageError(f"unknown section '{name}': the ledger names no sections")
    raise UsageError(f"unknown section '{name}' (use 0-{len(keys) - 1} or one of {', '.join(keys)})")


def _choice(enum: type[Status] | type[Kind], name: str, what: str) -> Status | Kind:
    from chengkou_tracker.i18n.labels import label

    chinese = {label(member.value, "zh"): member.value for member in enum}  # --status 进度滞后 works too
    try:
        return enum(chinese.get(name.strip(), name.strip().lower()))
    except ValueError:
        raise UsageError(f"unknown {what} '{name}' (one of {', '.join(member.value for member in enum)})") from None


def select(
    assessments: Sequence[Assessment], filters: Filters, sort: str = "id", sections: Sequence[str] = ()
) -> list[Assessment]:
    """The assessments FILTERS admits, in the SORT order (ledger order for 'id'; the keys given order 'section')."""
    chosen = [assessment for assessment in assessments if filters.admits(assessment)]
    if sort == "deadline":
        chosen.sort(key=lambda a: a.commitment.deadline)
    elif sort == "status":
        chosen.sort(key=lambda a: _STATUS_ORDER[a.status])
    elif sort == "progress":
        chosen.sort(key=lambda a: (a.progress is None, a.progress or 0.0))
    elif sort == "section":
        order = {key: index for index, key in enumerate(sections)}
        chosen.sort(key=lambda a: order.get(a.commitment.section, len(order)))
    return chosen


def assignment_ids(
    ledger: Ledger, assessments: Sequence[Assessment], sections: Sequence[str], tags: Sequence[str], search: str | None
) -> list[str]:
    """The ids `assign --section/--tag/--search` chooses: in any of SECTIONS, with any of TAGS, containing SEARCH."""
    filters = Filters.parse(sections, [], [], None, tags, search, False, section_keys(ledger))
    return [assessment.commitment.id for assessment in select(assessments, filters)]
