"""Model objects to TOML text: the tables a change appends to the ledger, and a whole drafted ledger.

The tables are written in one fixed layout (format_update, format_edit) that the fast reader
(parse.py) reads whole; a whole draft (extract) is written with tomli-w, the project's TOML writer.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chengkou_tracker.model import Commitment, Edit, Update


def toml_string(text: str) -> str:
    """A TOML basic string (JSON-compatible) for any text without lone surrogates."""
    import json

    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_number(number: float) -> str:
    if number.is_integer() and abs(number) < 2**53:
        return str(int(number))
    return repr(number)


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return toml_number(float(value))
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to the ledger")


def format_table(name: str, values: dict[str, object]) -> str:
    """One `[[name]]` table, preceded by a blank line, keys in the given order, None values left out."""
    lines = [f"\n[[{name}]]"]
    lines.extend(f"{key} = {toml_value(value)}" for key, value in values.items() if value is not None)
    return "\n".join(lines) + "\n"


def format_update(update: Update) -> str:
    return format_table(
        "update",
        {
            "change": update.change,
            "commitment": update.commitment,
            "date": update.date,
            "value": update.value,
            "final": True if update.final else None,
            "note": update.note or None,
            "source": update.source or None,
            "problem": update.problem or None,
            "resolved": True if update.resolved else None,
            "by": update.by,
            "recorded_at": update.recorded_at,
        },
    )


def format_edit(edit: Edit) -> str:
    values: dict[str, object] = {"change": edit.change, "commitment": edit.commitment}
    values.update(edit.fields)
    values.update({"by": edit.by, "recorded_at": edit.recorded_at})
    return format_table("edit", values)


def format_commitment(commitment: Commitment) -> str:
    return format_table(
        "commitment",
        {
            "id": commitment.id,
            "section": commitment.section,
            "title": commitment.title,
            "title_en": commitment.title_en,
            "quote": commitment.quote,
            "also_sections": list(commitment.also_sections) or None,
            "also_quotes": list(commitment.also_quotes) or None,
            "kind": commitment.kind.value,
            "done_when": commitment.done_when if commitment.done_when != "done" else None,
            "target": commitment.target,
            "unit": commitment.unit,
            "direction": commitment.direction.value if commitment.direction else None,
            "tolerance": commitment.tolerance,
            "baseline": commitment.baseline,
            "baseline_quote": commitment.baseline_quote,
            "start": commitment.start,
            "deadline": commitment.deadline,
            "owner": commitment.owner,
            "tags": list(commitment.tags),
            "carried_from": commitment.carried_from or None,
        },
    )


def newline_of(data: bytes) -> str:
    """The ledger's line ending: CRLF when its first line ends so, else LF."""
    end = data.find(b"\n")
    return "\r\n" if end > 0 and data[end - 1 : end] == b"\r" else "\n"


def draft_text(comment: str, report: dict[str, Any], commitments: list[dict[str, Any]]) -> str:
    """A whole ledger (the [report] table, then one [[commitment]] table each) after a COMMENT, as tomli-w writes it."""
    import tomli_w

    return comment + tomli_w.dumps({"report": report, "commitment": commitments})
