"""Reading a ledger: its bytes to a Ledger and every problem found, by one route (read_ledger).

The text is parsed (parse.py: the fast reader for the tool's own layout, tomllib otherwise), checked
and built (schema.py); a file that is not UTF-8, not TOML or ends in a torn record is a problem like
any other. The result is a pure function of the bytes, which the cache only remembers.
"""

from __future__ import annotations

import re

from chengkou_tracker.errors import LedgerInvalid, ParserWords, Problem, Term
from chengkou_tracker.model import Commitment, Edit, Ledger, Update
from chengkou_tracker.store.parse import Document, Table, TomlSyntaxError, parse
from chengkou_tracker.store.schema import canonical_updates, check_commitment, check_edit, check_report, check_update

TORN = "ledger.torn"  # the problem's key: the last record is incomplete (an interrupted write?)


def valid_ledger(path: str, data: bytes) -> Ledger:
    """The ledger that DATA holds; LedgerInvalid with every problem when it is not a valid ledger."""
    ledger, problems = read_ledger(path, data)
    if problems:
        raise LedgerInvalid(problems)
    return ledger


def read_ledger(path: str, data: bytes) -> tuple[Ledger, list[Problem]]:
    """The one reading of a ledger: DATA to a Ledger and every problem found (PATH only names the file).

    A pure function of the bytes: every command, cached or not, and validate, see what this returns.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Ledger({}, [], [], path), [_undecodable(path, data, error)]
    return _read_text(path, text)


def _undecodable(path: str, data: bytes, error: UnicodeDecodeError) -> Problem:
    torn = find_torn(data)
    if torn is not None:
        return Problem(path, data.count(b"\n", 0, torn) + 1, TORN)
    return Problem(path, data.count(b"\n", 0, error.start) + 1, "ledger.not utf8")


def _read_text(path: str, text: str) -> tuple[Ledger, list[Problem]]:
    """Build what can be built from the text, with every structural problem found on the way."""
    if not text.strip():
        return Ledger({}, [], [], path), [Problem(path, 1, "ledger.empty")]
    try:
        document = parse(text)
    except TomlSyntaxError as error:
        problem = Problem(path, error.line, "ledger.toml.invalid", error.column, detail=ParserWords(error.message))
        torn = find_torn(text.encode("utf-8"), invalid=True)
        if torn is not None:
            torn_line = text.encode("utf-8").count(b"\n", 0, torn) + 1
            if error.line >= torn_line:
                problem = Problem(path, torn_line, TORN)
        return Ledger({}, [], [], path), [problem]
    return _build(document, path)


# A table the tool adds starts with one of these lines, then `change = N`; each of its lines is `key = value`.
_TOOL_HEADERS = ("[[update]]", "[[edit]]")
_TOOL_LINE = re.compile(r"[a-z_]+ = [^\n]*")


def find_torn(data: bytes, *, invalid: bool = False) -> int | None:
    """Where a torn last record starts (the byte offset of its line), or None when there is none.

    A torn record is what an interrupted append (by an older version or another program) can leave: the
    file as a whole is not a ledger that can be
    read (not UTF-8 because its last character is cut, or not valid TOML), the text before the last
    `[[update]]` / `[[edit]]` line is valid TOML, and from that line on the file is the start of a table as
    the tool writes it (one `key = value` per line) cut short. A valid TOML file is never torn, and nothing
    before the last table can be. INVALID: the caller knows that DATA is not valid TOML.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.end != len(data) or error.reason != "unexpected end of data":
            return None  # not a character cut short by the end of the file
        text = data[: error.start].decode("utf-8", "replace")
    else:
        if not invalid:
            try:
                parse(text)
                return None
            except TomlSyntaxError:
                pass
    start = max(text.rfind("\n" + header) for header in _TOOL_HEADERS) + 1
    last_line_start = text.rfind("\n") + 1
    last_line = text[last_line_start:]
    if last_line and any(header.startswith(last_line) and header != last_line for header in _TOOL_HEADERS):
        start = last_line_start  # the file ends in the first bytes of a header
    elif start <= 0:
        return None
    lines = text[start:].split("\n")
    complete, partial = lines[:-1], lines[-1]
    if complete:
        if complete[0].removesuffix("\r") not in _TOOL_HEADERS:
            return None
        body = [line.removesuffix("\r") for line in complete[1:]]
        if not all(_TOOL_LINE.fullmatch(line) for line in body):
            return None
        if body and not body[0].startswith("change = "):
            return None
        if any(line.startswith("recorded_at = ") for line in body):
            return None  # the tool writes recorded_at last: a table with it whole was not cut short
    if partial.startswith((" ", "\t", "#", "[")) and not any(h.startswith(partial) for h in _TOOL_HEADERS):
        return None
    try:
        parse(text[:start])
    except TomlSyntaxError:
        return None  # the problem is before the last table: not a torn tail
    return len(text[:start].encode("utf-8"))


def _build(document: Document, path: str) -> tuple[Ledger, list[Problem]]:
    problems: list[Problem] = []
    for key in document.top:
        if key != "report":
            problems.append(Problem(path, document.top_lines.get(key, 1), "ledger.top.unknown", name=key))
    for name, line in document.inline:
        problems.append(Problem(path, line, "ledger.table.inline", name=name))
    report, section_keys = check_report(document, path, problems)
    commitments: dict[str, Commitment] = {}
    raw_updates: list[Table] = []
    raw_edits: list[Table] = []
    for table in document.tables:
        if table.name == "commitment":
            # A commitment with problems is kept (the problems stop load()), so that its quote is still
            # checked and updates naming it are not reported as naming an unknown id.
            commitment = check_commitment(table, report, section_keys, path, problems)
            if commitment.id in commitments:
                first = commitments[commitment.id].line
                problems.append(Problem(path, table.line, "ledger.id.duplicate", id=commitment.id, first=first))
                continue
            commitments[commitment.id] = commitment
        elif table.name == "update":
            raw_updates.append(table)
        elif table.name == "edit":
            raw_edits.append(table)
        else:
            problems.append(Problem(path, table.line, "ledger.table.unknown", name=table.name))
    if not commitments and not problems:
        problems.append(Problem(path, 1, "ledger.no commitments"))
    updates = [u for t in raw_updates if (u := check_update(t, commitments, path, problems)) is not None]
    if document.updates:
        canonical = canonical_updates(document.updates, commitments, path, problems)
        updates = sorted(updates + canonical, key=lambda update: update.line) if updates else canonical
    edits = [e for t in raw_edits if (e := check_edit(t, commitments, path, problems)) is not None]
    _check_changes_together(updates, edits, path, problems)
    ledger = Ledger(commitments, updates, edits, path, report)
    _apply_edits(ledger)
    problems.sort(key=lambda problem: problem.line)
    return ledger, problems


def _check_changes_together(updates: list[Update], edits: list[Edit], path: str, problems: list[Problem]) -> None:
    """A change's tables come together: a number seen before another change's tables is a second change
    under the same number (two writers that did not share a lock, or a copy and paste)."""
    entries = [(update.line, update.change) for update in updates] + [(edit.line, edit.change) for edit in edits]
    if edits:
        entries.sort()
    first: dict[int, int] = {}
    previous = 0
    for line, change in entries:
        if change != previous and change in first:
            problems.append(Problem(path, line, "ledger.change.again", number=change, first=first[change]))
        first.setdefault(change, line)
        previous = change


def _apply_edits(ledger: Ledger) -> None:
    from dataclasses import replace

    for edit in sorted(ledger.edits, key=lambda edit: edit.change):
        current = ledger.commitments.get(edit.commitment)
        if current is not None:
            ledger.commitments[edit.commitment] = replace(current, **edit.fields)  # type: ignore[arg-type]


def extend(path: str, ledger: Ledger, before: bytes, after: bytes) -> Ledger | None:
    """The ledger AFTER holds, where AFTER is BEFORE (which reads as the valid LEDGER) followed by whole
    [[update]] and [[edit]] tables: what read_ledger(PATH, AFTER) gives, found by reading only the new tables
    with the same functions; None when AFTER is not such an extension or has a problem.

    A change appends its tables, so this lets it leave the new ledger in the cache (cache.remember_append).
    """
    if not after.startswith(before) or (before and not before.endswith(b"\n")):
        return None
    try:
        document = parse(after[len(before) :].decode("utf-8"))
    except (UnicodeDecodeError, TomlSyntaxError):
        return None
    if document.top or document.inline or document.report is not None or document.sections:
        return None
    if any(table.name not in ("update", "edit") for table in document.tables):
        return None
    problems: list[Problem] = []
    commitments = ledger.commitments
    added = [u for t in document.tables if t.name == "update" and (u := check_update(t, commitments, path, problems))]
    if document.updates:
        canonical = canonical_updates(document.updates, commitments, path, problems)
        added = sorted(added + canonical, key=lambda update: update.line) if added else canonical
    edited = [e for t in document.tables if t.name == "edit" and (e := check_edit(t, commitments, path, problems))]
    if problems:
        return None
    from dataclasses import replace

    offset = before.count(b"\n")
    updates = ledger.updates + [replace(update, line=update.line + offset) for update in added]
    edits = ledger.edits + [replace(edit, line=edit.line + offset) for edit in edited]
    _check_changes_together(updates, edits, path, problems)
    if problems:
        return None
    extended = Ledger(dict(commitments), updates, edits, path, ledger.report)
    if edited:
        _apply_edits(extended)  # all of them, in change order, as a fresh read applies them
    return extended


def check_quotes(ledger: Ledger, report_text: str) -> list[Problem]:
    """Problems with quotes that are not verbatim in the report."""
    problems = []
    for commitment in ledger.commitments.values():
        if commitment.carried_from:  # it quotes the report of the year it came from, not this one
            continue
        quotes = [("quote", commitment.quote), *(("also_quotes", q) for q in commitment.also_quotes)]
        if commitment.baseline_quote:
            quotes.append(("baseline_quote", commitment.baseline_quote))
        for key, quote in quotes:
            if quote and quote not in report_text:
                where = (ledger.path, commitment.line)
                problems.append(
                    Problem(*where, "ledger.quote.missing", id=commitment.id, field=Term(key), quote=repr(quote))
                )
    return problems
