"""The ledger cache is a speed-up only: it never serves data the file no longer holds."""

from __future__ import annotations

import json
import os
from pathlib import Path

from chengkou_tracker.store import cache
from chengkou_tracker.store.ledger import load
from tests.conftest import Run


def cache_entries(tmp_path: Path) -> list[Path]:
    folder = Path(os.environ["XDG_CACHE_HOME"], "chengkou-tracker")
    return sorted(p for p in folder.iterdir() if not p.name.startswith(".")) if folder.exists() else []


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
