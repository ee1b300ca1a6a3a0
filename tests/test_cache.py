"""The ledger cache is a speed-up only: it never serves data the file no longer holds."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chengkou_tracker.model import Edit, Ledger, Update
from chengkou_tracker.store import cache, writer
from chengkou_tracker.store.ledger import load
from chengkou_tracker.store.reader import read_ledger, valid_ledger
from tests.conftest import BUNDLED, Run


def cache_entries(tmp_path: Path) -> list[Path]:
    folder = Path(os.environ["XDG_CACHE_HOME"], "chengkou-tracker")
    return sorted(p for p in folder.iterdir() if re.fullmatch("[0-9a-f]{40}", p.name)) if folder.exists() else []


def latest(run: Run, commitment_id: str) -> object:
    records = json.loads(run("list", "--format", "json", "--search", commitment_id).stdout)
    return next(r["latest_value"] for r in records if r["id"] == commitment_id)


def test_a_hand_edit_keeping_size_and_mtime_is_seen(run: Run, ledger: Path, tmp_path: Path) -> None:
    run("record", "T104", "45")
    assert latest(run, "T104") == 45
    assert cache_entries(tmp_path), "the load was cached"
    stat = ledger.stat()
    ledger.write_bytes(ledger.read_bytes().replace(b"value = 45\n", b"value = 54\n"))
    os.utime(ledger, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert ledger.stat().st_size == stat.st_size and ledger.stat().st_mtime_ns == stat.st_mtime_ns
    assert latest(run, "T104") == 54


def test_the_ledger_after_a_write_matches_a_fresh_read(run: Run, ledger: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text("id,date,value\nT001,2023-06-30,7.4\nM059,2023-05-01,started\n", "utf-8")
    run("record", "T104", "45", "--note", "a")
    run("edit", "T104", "--owner", "县经信委")
    run("import", str(csv_file))
    cached = load(str(ledger))
    os.environ["CHENGKOU_CACHE_DIR"] = ""
    try:
        fresh = load(str(ledger))
    finally:
        del os.environ["CHENGKOU_CACHE_DIR"]
    assert cached.commitments == fresh.commitments
    assert cached.updates == fresh.updates and [u.line for u in cached.updates] == [u.line for u in fresh.updates]
    assert cached.edits == fresh.edits and [e.line for e in cached.edits] == [e.line for e in fresh.edits]


def test_a_corrupt_or_foreign_cache_entry_is_ignored(run: Run, ledger: Path, tmp_path: Path) -> None:
    run("record", "T104", "45")
    for entry in cache_entries(tmp_path):
        entry.write_bytes(cache.FORMAT + b"\x00garbage")
    assert latest(run, "T104") == 45
    for entry in cache_entries(tmp_path):
        entry.write_bytes(b"something else")
    assert latest(run, "T104") == 45


def test_an_invalid_ledger_is_never_cached(run: Run, ledger: Path, tmp_path: Path) -> None:
    ledger.write_text(ledger.read_text("utf-8").replace('kind = "growth"', 'kind = "grwoth"', 1), "utf-8")
    assert run("list").code == 3
    assert cache_entries(tmp_path) == []


def test_an_unwritable_cache_folder_is_not_used(run: Run, ledger: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    result = run("record", "T104", "45", env={"CHENGKOU_CACHE_DIR": str(blocker / "cache")})
    assert result.code == 0
    assert latest(run, "T104") == 45


def test_the_cache_keeps_a_few_entries(run: Run, ledger: Path, tmp_path: Path) -> None:
    for value in range(cache.KEEP + 3):
        run("record", "T104", str(value), "--correct")  # a new figure each time, so a new ledger
    assert len(cache_entries(tmp_path)) == cache.KEEP


# ---------------------------------------------------------------- issue 20: a write leaves the cache warm


def test_a_change_leaves_the_ledger_it_wrote_in_the_cache(
    run: Run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After record, edit, import and undo, the next command finds the new bytes' entry and reads nothing."""
    from chengkou_tracker.store import ledger as ledger_file

    csv_file = ledger.parent / "rows.csv"
    csv_file.write_text("id,date,value\nT001,2023-06-30,7.4\nM059,2023-05-01,started\n", "utf-8")
    for command in (
        ("record", "T104", "45"),
        ("edit", "T104", "--owner", "县经信委"),
        ("import", str(csv_file)),
        ("undo", "--yes"),
    ):
        assert run(*command).code == 0
        with monkeypatch.context() as patched:
            patched.setattr(ledger_file, "valid_ledger", _must_not_read)
            assert run("list").code == 0, command  # served from the cache: the reader is not called
        assert _entry(ledger.read_bytes()) == _fresh(ledger.read_bytes()), command


def _must_not_read(path: str, data: bytes) -> Ledger:
    raise AssertionError("the ledger was read, not served from the cache")


def _entry(data: bytes) -> tuple[object, ...]:
    folder = cache._safe_folder()
    assert folder is not None
    source = cache.identity(data)
    entry = cache._fetch(os.path.join(folder, source.hex()[:40]), source, "l.toml")
    assert entry is not None, "no cache entry for these bytes"
    return _comparable(entry)


def _fresh(data: bytes) -> tuple[object, ...]:
    ledger, problems = read_ledger("l.toml", data)
    assert problems == []
    return _comparable(ledger)


def _comparable(ledger: Ledger) -> tuple[object, ...]:
    """Everything a Ledger holds, lines included (they are not part of the dataclasses' equality)."""
    return (
        ledger.commitments,
        [(c.id, c.line) for c in ledger.commitments.values()],
        ledger.updates,
        [u.line for u in ledger.updates],
        ledger.edits,
        [e.line for e in ledger.edits],
        ledger.report,
    )


BUNDLED_BYTES = BUNDLED.read_bytes()
BUNDLED_LEDGER = read_ledger("l.toml", BUNDLED_BYTES)[0]
IDS = sorted(BUNDLED_LEDGER.commitments)
TRICKY = '\u2028\u2029\x85\x0b\x0c\r\n\t\x00\x7f"\\#=[]'
texts = st.text(st.characters(exclude_categories=["Cs"]) | st.sampled_from(TRICKY), max_size=12)
moments = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)).map(
    lambda moment: moment.replace(microsecond=0, tzinfo=dt.UTC)
)


@st.composite
def changes(draw: st.DrawFn, number: int) -> str:
    """One change's tables as the tool writes them: updates (some of them invalid) or an edit."""
    commitment_id = draw(st.sampled_from([*IDS, "NOPE"]))
    if draw(st.booleans()):
        fields: dict[str, object] = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "owner": texts,
                    "tags": st.lists(texts, max_size=2),
                    "title_en": texts.filter(str.strip),
                    "deadline": st.dates(dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
                    "tolerance": st.floats(0, 10),
                },
            )
        )
        return writer.format_edit(Edit(commitment_id, fields, draw(texts), draw(moments), number))
    tables = []
    for _ in range(draw(st.integers(1, 3))):
        value = draw(st.sampled_from(["started", "done"]) | st.floats(-1e6, 1e6) | st.integers(-(10**6), 10**6))
        update = Update(
            commitment_id if draw(st.integers(0, 9)) else draw(st.sampled_from(IDS)),
            draw(st.dates(dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
            value,
            draw(st.booleans()),
            draw(texts),
            draw(texts),
            draw(texts),
            draw(moments),
            number,
        )
        tables.append(writer.format_update(update))
    return "".join(tables)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_stored_ledger_after_a_change_equals_a_fresh_read_of_its_bytes(data: st.DataObject) -> None:
    """remember_append stores, for the bytes a change wrote, exactly what a fresh read of them gives, and
    nothing when a fresh read finds a problem."""
    before = BUNDLED_BYTES
    if data.draw(st.booleans()):
        before = before.replace(b"\n", b"\r\n")  # a ledger saved with CRLF: the tables follow its line ending
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CHENGKOU_CACHE_DIR"] = folder
        try:
            for number in range(1, data.draw(st.integers(1, 4)) + 1):
                cache.cached("l.toml", before, valid_ledger)
                tables = data.draw(changes(number))
                newline = writer.newline_of(before)
                after = before + (tables.replace("\n", newline) if newline != "\n" else tables).encode("utf-8")
                cache.remember_append("l.toml", before, after)
                fresh, problems = read_ledger("l.toml", after)
                source = cache.identity(after)
                stored = cache._fetch(os.path.join(folder, source.hex()[:40]), source, "l.toml")
                if problems:
                    assert stored is None
                    break
                assert stored is not None
                assert _comparable(stored) == _comparable(fresh)
                before = after
        finally:
            del os.environ["CHENGKOU_CACHE_DIR"]
