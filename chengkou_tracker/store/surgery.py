"""Undo and repair: cutting the last change, or a torn last record, off the ledger's bytes.

Both find what to cut by what the TOML means (the parsed tables and their lines), never by text
patterns, and check the result by reading it again.
"""

from __future__ import annotations

from chengkou_tracker.errors import LedgerError
from chengkou_tracker.model import Ledger
from chengkou_tracker.store.parse import TomlSyntaxError, parse
from chengkou_tracker.store.reader import find_torn, read_ledger
from chengkou_tracker.store.writer import newline_of

_CHANGE_TABLES = ("update", "edit")


def without_last_change(path: str, data: bytes, ledger: Ledger, number: int) -> bytes:
    """The ledger's bytes without change NUMBER, its last change: exactly its tables, cut from the end.

    The tables are found by what the TOML means (the parsed tables and their lines), not by text patterns;
    the result is read again and must be the ledger minus that change. LedgerError otherwise, saying why.
    """
    text = data.decode("utf-8")
    document = parse(text)
    entries = [(table.line, table.name, table.values.get("change")) for table in document.tables]
    entries += [(update.line, "update", update.change) for update in document.updates]
    entries.sort(key=lambda entry: entry[0])
    ours = [entry for entry in entries if entry[1] in _CHANGE_TABLES and entry[2] == number]
    if not ours:
        raise LedgerError("undo.no tables", path=path, number=number)
    first_line = ours[0][0]
    after = [entry for entry in entries if entry[0] >= first_line]
    if after != ours:
        other = next(entry for entry in after if entry not in ours)
        raise LedgerError("undo.not at end", path=path, line=other[0], table=other[1], number=number)
    cut = _line_offset(text, first_line)
    from chengkou_tracker.store.scan import scan

    tail_headers = scan(text[cut:]).headers
    if len(tail_headers) != len(ours) or any(not h.array or h.name[0] not in _CHANGE_TABLES for h in tail_headers):
        raise LedgerError("undo.followed", path=path, line=first_line, number=number)
    head = text[:cut]
    newline = newline_of(data)
    if head.endswith(newline * 2):
        head = head[: -len(newline)]  # the blank line the tool writes before a change
    result = head.encode("utf-8")
    remaining, problems = read_ledger(path, result)
    expected_updates = [u for u in ledger.updates if u.change != number]
    expected_edits = [e for e in ledger.edits if e.change != number]
    if (
        problems
        or remaining.updates != expected_updates
        or remaining.edits != expected_edits
        or set(remaining.commitments) != set(ledger.commitments)
        or remaining.report != ledger.report
    ):
        raise LedgerError("undo.not as before", path=path, line=first_line, number=number)
    from chengkou_tracker.store import cache

    cache.remember(path, result, remaining)  # read_ledger's answer for these bytes: the next command starts warm
    return result


def _line_offset(text: str, line: int) -> int:
    offset = 0
    for _ in range(line - 1):
        offset = text.index("\n", offset) + 1
    return offset


def torn_split(path: str, data: bytes) -> tuple[bytes, bytes] | None:
    """(the ledger without its torn last record, that record), or None when nothing is torn.

    Only what find_torn() calls torn is cut; the rest must read as TOML, or LedgerError.
    """
    start = find_torn(data)
    if start is None:
        return None
    head, tail = data[:start], data[start:]
    newline = newline_of(data).encode()
    if head.endswith(newline * 2):
        head = head[: -len(newline)]
    try:
        parse(head.decode("utf-8"))
    except (UnicodeDecodeError, TomlSyntaxError):  # pragma: no cover - find_torn checked it
        raise LedgerError("repair.head invalid", path=path) from None
    return head, tail
