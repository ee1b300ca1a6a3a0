"""What `extract` drafts from a short passage: the helper every rules test (tests/test_extract_rules_batch*.py) reads
its targets through."""

from __future__ import annotations

import tomllib
from typing import Any

from chengkou_tracker.extract import NothingToDraft, extract


def targets(text: str, year: int | None, place: str = "某市") -> list[dict[str, Any]]:
    """Every target (not milestone) drafted from TEXT for YEAR, as the ledger writes it; none when it plans nothing.
    Without YEAR the text must name it, as `extract` without --year requires."""
    try:
        ledger = tomllib.loads(extract(text.encode(), "passage.txt", place=place, year=year).toml)
    except NothingToDraft:
        return []
    return [c for c in ledger["commitment"] if c["kind"] != "milestone"]


def figures(text: str, year: int | None, place: str = "某市") -> list[tuple[str, float, str]]:
    """(kind, target, unit) of every target drafted from TEXT for YEAR."""
    return [(c["kind"], c["target"], c["unit"]) for c in targets(text, year, place)]


def deadlines(text: str, year: int | None, place: str = "某市") -> list[Any]:
    """The deadline of every target drafted from TEXT for YEAR, in order."""
    return [c["deadline"] for c in targets(text, year, place)]
