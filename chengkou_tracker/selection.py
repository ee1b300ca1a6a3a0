"""Choosing commitments: the filters of `list` and the other commands, --section, the owner rule, and sorting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chengkou_tracker.errors import Term, UsageError
from chengkou_tracker.escape import short
from chengkou_tracker.model import Commitment, Kind, Ledger, Section, Status
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
        if self.owner is not None and not owner_matches(commitment, self.owner):
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


def owner_matches(commitment: Commitment, text: str) -> bool:
    """The one owner rule (--owner TEXT in list, check, report and template): the owner contains TEXT."""
    return text in commitment.owner


def owned_by(ledger: Ledger, text: str) -> Ledger:
    """LEDGER narrowed to the commitments owner_matches, with their history; UsageError when none matches."""
    from dataclasses import replace

    kept = {key: c for key, c in ledger.commitments.items() if owner_matches(c, text)}
    if not kept:
        raise UsageError("owner.unmatched", owner=short(text))
    updates = [u for u in ledger.updates if u.commitment in kept]
    edits = [e for e in ledger.edits if e.commitment in kept]
    return replace(ledger, commitments=kept, updates=updates, edits=edits)


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
        raise UsageError("section.unknown.none", name=short(name))
    raise UsageError("section.unknown", name=short(name), last=len(keys) - 1, keys=list(keys))


def _choice(enum: type[Status] | type[Kind], name: str, what: str) -> Status | Kind:
    from chengkou_tracker.i18n.labels import label

    chinese = {label(member.value, "zh"): member.value for member in enum}  # --status 进度滞后 works too
    try:
        return enum(chinese.get(name.strip(), name.strip().lower()))
    except ValueError:
        # English names the values to type; Chinese its words, which are accepted too.
        values = [member.value for member in enum]
        raise UsageError(
            "choice.unknown", what=Term(what), name=short(name), values=values, words=[Term(v) for v in values]
        ) from None


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
