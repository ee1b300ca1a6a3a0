"""A cache of loaded ledgers, keyed by a hash of the ledger's bytes.

Reading a year of history costs more than a command's start-up, so a valid ledger, once loaded, is
kept in marshal form under the cache folder. The key is a hash of the file's whole content, so the
cache cannot serve stale data: any change to the bytes - a hand edit that keeps the size and the
modification time included - gives another key. The cache is only a speed-up: a missing, unreadable
or corrupt entry is ignored, and a folder that cannot be written is not used.

Folder: $CHENGKOU_CACHE_DIR, else $XDG_CACHE_HOME/chengkou-tracker, else ~/.cache/chengkou-tracker;
CHENGKOU_CACHE_DIR set to an empty string turns the cache off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
from typing import Any

from chengkou_tracker.model import Commitment, Direction, Edit, Kind, Ledger, Report, Section, Update

FORMAT = b"chengkou-ledger-cache 2\n"
KEEP = 8  # entries kept; older ones are removed when a new one is written


def folder() -> str | None:
    configured = os.environ.get("CHENGKOU_CACHE_DIR")
    if configured is not None:
        return configured or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "chengkou-tracker") if os.path.isabs(base) else None


def key(data: bytes) -> str:
    try:  # the module behind hashlib.blake2b, without hashlib's start-up cost of loading OpenSSL
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    digest = blake2b(FORMAT, digest_size=20)
    digest.update(data)
    return digest.hexdigest()


def fetch(digest: str, path: str) -> Ledger | None:
    """The ledger cached under DIGEST, or None."""
    where = folder()
    if where is None:
        return None
    entry = os.path.join(where, digest)
    try:
        with open(entry, "rb") as file:
            payload = file.read()
        if not payload.startswith(FORMAT):
            return None
        ledger = _thaw(marshal.loads(payload[len(FORMAT) :]), path)
        with contextlib.suppress(OSError):
            os.utime(entry)  # recently used entries are the last to be pruned
        return ledger
    except (OSError, ValueError, EOFError, TypeError, IndexError, KeyError):
        return None


def store(digest: str, ledger: Ledger) -> None:
    """Keep LEDGER under DIGEST; silently does nothing where the cache folder cannot be written."""
    where = folder()
    if where is None:
        return
    temporary = os.path.join(where, f".{digest}.{os.getpid()}.tmp")
    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(FORMAT + marshal.dumps(_freeze(ledger)))
        os.replace(temporary, os.path.join(where, digest))
        _prune(where)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _prune(where: str) -> None:
    entries = [entry for entry in os.scandir(where) if not entry.name.startswith(".")]
    if len(entries) > KEEP:
        entries.sort(key=lambda entry: entry.stat().st_mtime)
        for entry in entries[: len(entries) - KEEP]:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


# The updates list of the ledger this process last read from the cache, with its frozen form, so that
# a write (which appends) stores the ledger again without freezing a year of history anew.
_last_thawed: tuple[list[Update], tuple[Any, ...]] = ([], ())


# Model objects as tuples of marshal-able values: dates as ordinals, date-times as ISO text.


def _day(value: dt.date) -> int:
    return value.toordinal()


def _moment(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _freeze(ledger: Ledger) -> tuple[Any, ...]:
    commitments = tuple(
        (
            c.id,
            c.section,
            c.title,
            c.title_en,
            c.quote,
            c.kind.value,
            c.target,
            c.unit,
            c.direction.value if c.direction else None,
            c.tolerance,
            c.baseline,
            c.baseline_quote,
            _day(c.start),
            _day(c.deadline),
            c.owner,
            c.tags,
            c.also_sections,
            c.also_quotes,
            c.line,
        )
        for c in ledger.commitments.values()
    )
    # Updates are only ever appended: those thawed from the cache by this process keep their frozen form.
    known, frozen_known = _last_thawed
    reused = frozen_known if known is ledger.updates and len(frozen_known) <= len(known) else ()
    fresh = ledger.updates[len(reused) :]
    moments: dict[dt.datetime | None, str | None] = {}  # one import shares one recorded_at
    for u in fresh:
        if u.recorded_at not in moments:
            moments[u.recorded_at] = _moment(u.recorded_at)
    updates = reused + tuple(
        (
            u.commitment,
            u.date.toordinal(),
            u.value,
            u.final,
            u.note,
            u.source,
            u.by,
            moments[u.recorded_at],
            u.change,
            u.line,
        )
        for u in fresh
    )
    edits = tuple(
        (
            e.commitment,
            tuple(
                (name, ("date", _day(v)) if isinstance(v, dt.date) else ("value", v)) for name, v in e.fields.items()
            ),
            e.by,
            _moment(e.recorded_at),
            e.change,
            e.line,
        )
        for e in ledger.edits
    )
    report = ledger.report
    sections = tuple((section.key, section.heading) for section in report.sections)
    return commitments, updates, edits, (report.place, report.year, report.title, report.text, sections)


def _thaw(frozen: tuple[Any, ...], path: str) -> Ledger:
    commitments_data, updates_data, edits_data, report_data = frozen
    days: dict[int, dt.date] = {}
    moments: dict[str | None, dt.datetime | None] = {None: None}

    def day(ordinal: int) -> dt.date:
        found = days.get(ordinal)
        if found is None:
            found = days[ordinal] = dt.date.fromordinal(ordinal)
        return found

    def moment(text: str | None) -> dt.datetime | None:
        if text in moments:
            return moments[text]
        found = moments[text] = dt.datetime.fromisoformat(text) if text else None
        return found

    commitments = {}
    for c in commitments_data:
        commitment = Commitment(
            c[0], c[1], c[2], c[3], c[4], Kind(c[5]), c[6], c[7], Direction(c[8]) if c[8] else None, c[9], c[10],
            c[11], day(c[12]), day(c[13]), c[14], c[15], c[16], c[17], c[18],
        )  # fmt: skip
        commitments[commitment.id] = commitment
    updates = [Update(u[0], day(u[1]), u[2], u[3], u[4], u[5], u[6], moment(u[7]), u[8], u[9]) for u in updates_data]
    global _last_thawed
    _last_thawed = (updates, updates_data)
    edits = [
        Edit(e[0], {name: day(v) if kind == "date" else v for name, (kind, v) in e[1]}, e[2], moment(e[3]), e[4], e[5])
        for e in edits_data
    ]
    place, year, title, text, sections = report_data
    report = Report(place, year, title, text, tuple(Section(key, heading) for key, heading in sections))
    return Ledger(commitments, updates, edits, path, report)
