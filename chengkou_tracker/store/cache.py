"""A cache of loaded ledgers: remembers ledger.valid_ledger(path, bytes) by the bytes themselves.

Reading a year of history costs more than a command's start-up, so a valid ledger, once loaded, is
kept in marshal form under the cache folder. The cache cannot change an answer:
- cached() is a wrapper around one pure function from the ledger's bytes to a Ledger; the only other
  entries are those a change stores for the bytes it wrote (remember_append), built by the reader's own
  functions from the ledger just read and the tables appended, and equal to a fresh read of those bytes
  (tests/test_cache.py checks it on random changes); so the next command starts warm;
- an entry is named by a hash of the bytes and carries that hash in full, plus a checksum (CRC-32) of its
  own contents: an entry for other bytes (another ledger's, renamed) or with a flipped bit is not used;
- entries are written owner-only (0600) in a folder made owner-only (0700), and an entry is used only if
  the current user owns it and the folder, and no one else can write in the folder;
- the folder is never followed through a symbolic link, and an entry is opened without waiting, so a
  planted FIFO cannot hang a command;
- pruning removes only files it can prove are entries it wrote: a name of 40 hexadecimal digits, a
  regular file of this user's, starting with the cache's own header (and its killed writers' temporary
  files, named after an entry). A folder holding other files (a project folder named by mistake) loses
  nothing.
Anything else - a missing, unreadable, foreign or corrupt entry, a folder that cannot be written - just
means the ledger is read from its bytes.

Folder: $CHENGKOU_CACHE_DIR, else $XDG_CACHE_HOME/chengkou-tracker, else ~/.cache/chengkou-tracker;
CHENGKOU_CACHE_DIR set to an empty string turns the cache off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import os
import re
from collections.abc import Callable
from typing import Any

from chengkou_tracker.model import Commitment, Direction, Edit, Kind, Ledger, Report, Section, Update

HEADER = b"chengkou-ledger-cache "  # every format's first bytes: how pruning knows an entry of its own
FORMAT = HEADER + b"6\n"
HASH_SIZE = 32
CHECKSUM_SIZE = 4
KEEP = 8  # entries kept; older ones are removed when a new one is written


def folder() -> str | None:
    configured = os.environ.get("CHENGKOU_CACHE_DIR")
    if configured is not None:
        return configured or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "chengkou-tracker") if os.path.isabs(base) else None


def _hash(*parts: bytes) -> bytes:
    try:  # the module behind hashlib.blake2b, without hashlib's start-up cost of loading OpenSSL
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    digest = blake2b(digest_size=HASH_SIZE)
    for part in parts:
        digest.update(part)
    return digest.digest()


def checksum(body: bytes) -> bytes:
    """An entry's check against damage: CRC-32 finds every flipped bit or burst up to 32 bits, at several
    times the speed of a hash (an entry of a 100,000-update ledger is 10 MB). Trust is the ownership check's."""
    import zlib

    return zlib.crc32(body).to_bytes(CHECKSUM_SIZE, "big")


def identity(data: bytes) -> bytes:
    """What an entry for ledger bytes DATA is known by: a hash of the cache format and of DATA."""
    return _hash(FORMAT, data)


_last: tuple[bytes, Ledger] | None = None  # the bytes cached() last answered for, and its answer


def cached(path: str, data: bytes, build: Callable[[str, bytes], Ledger]) -> Ledger:
    """BUILD(PATH, DATA), from the cache when an entry for exactly these bytes is there (BUILD must be pure)."""
    global _last
    where = _safe_folder()
    if where is None:
        return build(path, data)
    source = identity(data)
    entry = os.path.join(where, source.hex()[:40])
    ledger = _fetch(entry, source, path)
    if ledger is None:
        ledger = build(path, data)
        _store(where, entry, source, ledger)
    _last = (data, ledger)
    return ledger


def remember_append(path: str, before: bytes, after: bytes) -> None:
    """Store the ledger that AFTER holds, when AFTER is BEFORE (which cached() just answered for) with
    tables appended: built from that answer and the appended tables by reader.extend, which gives what a
    fresh read of AFTER gives, or nothing."""
    if _last is None or (_last[0] is not before and _last[0] != before):
        return
    where = _safe_folder()
    if where is None:
        return
    from chengkou_tracker.store.reader import extend

    ledger = extend(path, _last[1], before, after)
    if ledger is not None:
        remember(path, after, ledger)


def remember(path: str, data: bytes, ledger: Ledger) -> None:
    """Store LEDGER as what DATA reads as: only for a LEDGER that is valid_ledger(PATH, DATA)."""
    where = _safe_folder()
    if where is None:
        return
    source = identity(data)
    _store(where, os.path.join(where, source.hex()[:40]), source, ledger)


def _safe_folder() -> str | None:
    """The cache folder if it is a folder (not a link to one) that only this user can write in (made so,
    and tagged, when it is created), else None."""
    where = folder()
    if where is None:
        return None
    try:
        status = os.lstat(where)
    except FileNotFoundError:
        try:
            os.makedirs(where, mode=0o700, exist_ok=True)
            _tag(where)
            status = os.lstat(where)
        except OSError:
            return None
    except OSError:
        return None
    import stat

    if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.geteuid() or status.st_mode & 0o022:
        return None
    return where


def _tag(where: str) -> None:
    """Mark a folder the cache made as a cache (https://bford.info/cachedir/), for backup tools."""
    descriptor = os.open(os.path.join(where, "CACHEDIR.TAG"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(b"Signature: 8a477f597d28d172789f06886806bc55\n# a cache of chengkou-tracker's ledgers\n")


def _fetch(entry: str, source: bytes, path: str) -> Ledger | None:
    """The ledger in ENTRY if it is this user's, whole, and was built from the bytes known as SOURCE."""
    import stat

    try:  # without waiting: a FIFO planted under an entry's name is refused, not waited on
        descriptor = os.open(entry, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "rb") as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode) or status.st_uid != os.geteuid() or status.st_mode & 0o077:
                return None
            payload = file.read()
        start = len(FORMAT)
        body_start = start + HASH_SIZE + CHECKSUM_SIZE
        if payload[:start] != FORMAT or payload[start : start + HASH_SIZE] != source:
            return None
        body = payload[body_start:]
        if payload[start + HASH_SIZE : body_start] != checksum(body):
            return None
        ledger = _thaw(marshal.loads(body), path)
    except (OSError, ValueError, EOFError, TypeError, IndexError, KeyError):
        return None
    with contextlib.suppress(OSError):
        os.utime(entry)  # recently used entries are the last to be pruned
    return ledger


def _store(where: str, entry: str, source: bytes, ledger: Ledger) -> None:
    """Keep LEDGER as ENTRY; silently does nothing where the cache folder cannot be written."""
    temporary = f"{entry}.{os.urandom(6).hex()}.tmp"  # unpredictable, created exclusively
    try:
        body = marshal.dumps(_freeze(ledger))
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(FORMAT + source + checksum(body) + body)
        os.replace(temporary, entry)
        _prune(where)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


_ENTRY = re.compile(r"[0-9a-f]{40}")
_TEMPORARY = re.compile(r"[0-9a-f]{40}\.[0-9a-f]{12}\.tmp")
_STALE = 3600  # seconds after which a temporary file is a killed writer's


def _prune(where: str) -> None:
    """Remove the oldest entries beyond KEEP, and killed writers' temporary files: only files proven ours."""
    import time

    entries = []
    now = time.time()
    for entry in os.scandir(where):
        if _ENTRY.fullmatch(entry.name):
            status = _ours(entry.path)
            if status is not None:
                entries.append((status.st_mtime, entry.path))
        elif _TEMPORARY.fullmatch(entry.name):
            status = _ours(entry.path, header=False)
            if status is not None and now - status.st_mtime > _STALE:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
    if len(entries) > KEEP:
        entries.sort()
        for _, path in entries[: len(entries) - KEEP]:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _ours(path: str, *, header: bool = True) -> os.stat_result | None:
    """PATH's status if it is a regular file of this user's (not a link, opened without waiting) that starts
    with the cache's HEADER (unless HEADER is false), else None."""
    import stat

    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_uid != os.geteuid():
            return None
        if header and os.read(descriptor, len(HEADER)) != HEADER:
            return None
        return status
    except OSError:
        return None
    finally:
        os.close(descriptor)


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
            c.carried_from,
            c.done_when,
        )
        for c in ledger.commitments.values()
    )
    fresh = ledger.updates
    moments: dict[dt.datetime | None, str | None] = {}  # one import shares one recorded_at
    for u in fresh:
        if u.recorded_at not in moments:
            moments[u.recorded_at] = _moment(u.recorded_at)
    updates = tuple(
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
            u.problem,
            u.resolved,
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
            c[11], day(c[12]), day(c[13]), c[14], c[15], c[16], c[17], line=c[18], carried_from=c[19], done_when=c[20],
        )  # fmt: skip
        commitments[commitment.id] = commitment
    updates = [
        Update(u[0], day(u[1]), u[2], u[3], u[4], u[5], u[6], moment(u[7]), u[8], u[9], u[10], u[11])
        for u in updates_data
    ]
    edits = [
        Edit(e[0], {name: day(v) if kind == "date" else v for name, (kind, v) in e[1]}, e[2], moment(e[3]), e[4], e[5])
        for e in edits_data
    ]
    place, year, title, text, sections = report_data
    report = Report(place, year, title, text, tuple(Section(key, heading) for key, heading in sections))
    return Ledger(commitments, updates, edits, path, report)
