"""What a new year's ledger carries over from the old one: goals due later, and projects not yet done.

Annual figures (achieved or missed) and finished projects stay behind. A carried commitment keeps its
words and deadline, takes its latest figure as its baseline, and names where it came from
(`carried_from = "2026:T011"`), so that `history` can point to its earlier figures. Where the new report
names the same project again, the new draft is kept (its quote and deadline) and linked instead.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from chengkou_tracker.model import Commitment, Kind, Ledger

# What a milestone's words say around its project: when, and what happens to it.
_VERBS = re.compile(
    r"年底前|年内|上半年|下半年|建成投用|建成投运|建成|开工建设|开工|完成|投用|投运|启动|推进|加快|实施"
)


def project(words: str) -> str:
    """The project a milestone's words name: 年底前建成县人民医院新院区 -> 县人民医院新院区."""
    return _VERBS.sub("", words).strip("，,。、 ")


def _finished(ledger: Ledger, commitment: Commitment, closing: dt.date) -> bool:
    values = {u.value for u in ledger.updates_for(commitment.id) if u.date <= closing}
    started_is_enough = getattr(commitment, "done_when", "done") == "started"
    return "done" in values or (started_is_enough and "started" in values)


def _latest(ledger: Ledger, commitment: Commitment, closing: dt.date) -> float | None:
    figures = [u for u in ledger.updates_for(commitment.id) if u.date <= closing and isinstance(u.value, float)]
    return max(figures, key=lambda u: (u.date, u.change)).value if figures else None  # type: ignore[return-value]


def continuing(ledger: Ledger) -> list[Commitment]:
    """The commitments of LEDGER that go on after its year: goals due later, and milestones not done."""
    closing = dt.date(ledger.report.year, 12, 31)
    return [
        c
        for c in ledger.commitments.values()
        if c.deadline > closing or (c.kind is Kind.MILESTONE and not _finished(ledger, c, closing))
    ]


def _same_project(carried: Commitment, table: dict[str, Any]) -> bool:
    if table["kind"] != "milestone":
        return False
    old = project(carried.title) or project(carried.quote)
    new = project(table["quote"])
    return len(old) >= 3 and (old in new or new in old or old in table["quote"])


# The keys of a carried table in the order extract writes a draft's.
_ORDER = (
    "id", "section", "title", "title_en", "quote", "kind", "target", "unit", "direction", "tolerance", "baseline",
    "baseline_quote", "start", "deadline", "owner", "tags", "carried_from",
)  # fmt: skip


def _table(commitment: Commitment) -> dict[str, Any]:
    table: dict[str, Any] = {
        "id": "",
        "section": commitment.section,
        "title": commitment.title,
        "title_en": commitment.title_en,
        "quote": commitment.quote,
        "kind": str(commitment.kind),
    }
    for key in ("target", "unit", "direction", "tolerance", "baseline", "baseline_quote"):
        value = getattr(commitment, key)
        if isinstance(value, float):
            table[key] = int(value) if value.is_integer() else value  # 55, as the report and extract write it
        elif value is not None:
            table[key] = str(value) if key == "direction" else value
    table["start"] = commitment.start
    table["deadline"] = commitment.deadline
    table["owner"] = commitment.owner
    table["tags"] = list(commitment.tags)
    return table


def carry_over(old: Ledger, drafted: list[dict[str, Any]], year: int) -> tuple[list[dict[str, Any]], list[str]]:
    """DRAFTED (the new report's commitment tables) with OLD's continuing commitments carried in, and their sections.

    Returns the tables in order (the new report's drafts, then what only the old ledger holds) and the keys
    of old sections that carried tables need. A carried milestone the new report names again is drafted
    once: the new table, linked.
    """
    result = [dict(table) for table in drafted]
    sections: list[str] = []
    for commitment in continuing(old):
        link = f"{old.report.year}:{commitment.id}"
        again = next((t for t in result if "carried_from" not in t and _same_project(commitment, t)), None)
        if again is not None:
            again["carried_from"] = link
            again["owner"] = again.get("owner") or commitment.owner
            again["title_en"] = again.get("title_en") or commitment.title_en
            continue
        table = _table(commitment)
        if commitment.kind is not Kind.MILESTONE:
            latest = _latest(old, commitment, dt.date(old.report.year, 12, 31))
            if latest is not None:
                table["baseline"] = int(latest) if latest.is_integer() else latest
                table.pop("baseline_quote", None)
        else:
            # An unfinished project is due within the new year unless the old ledger gave it a later deadline.
            table["deadline"] = max(commitment.deadline, dt.date(year, 12, 31))
        table["start"] = dt.date(year, 1, 1)
        table["carried_from"] = link
        table = {key: table[key] for key in _ORDER if key in table}
        if commitment.section not in sections:
            sections.append(commitment.section)
        result.append(table)
    return result, sections
