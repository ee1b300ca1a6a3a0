"""One writer at a time: many processes recording at once lose nothing; a held or dead lock behaves."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import PINNED_ENV, ROOT

PROCESSES = 8
UPDATES_EACH = 25


def cli_env(ledger: Path) -> dict[str, str]:
    """The environment of a CLI subprocess: pinned clock, this checkout importable, the ledger chosen."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("CHENGKOU_")}
    env.update(PINNED_ENV)
    env["CHENGKOU_LEDGER"] = str(ledger)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def cli(ledger: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chengkou_tracker", *args],
        env=cli_env(ledger),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


# A writer process: loads the CLI once, then runs `record` UPDATES_EACH times through it, each a complete
# command (lock, load, check, append, fsync, render). One interpreter start per record would make the test take
# minutes on a small CI machine; CHENGKOU_TEST_ONE_PROCESS_PER_RECORD=1 runs each record as its own process.
WRITER = """
import os, subprocess, sys
from chengkou_tracker.cli import app
worker, count = int(sys.argv[1]), int(sys.argv[2])
failed = 0
for number in range(count):
    args = ["--lock-timeout", "120", "record", "T001", str(worker * 100 + number), "--note", f"w{worker}-u{number}", "--force", "--correct"]
    if os.environ.get("CHENGKOU_TEST_ONE_PROCESS_PER_RECORD") == "1":
        code = subprocess.run([sys.executable, "-m", "chengkou_tracker", *args], stdout=subprocess.DEVNULL).returncode
    else:
        code = app(args, standalone_mode=False)
    failed += code != 0
sys.exit(min(failed, 100))
"""


def test_eight_processes_recording_at_once_lose_and_duplicate_nothing(ledger: Path) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(worker), str(UPDATES_EACH)],
            env=cli_env(ledger),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(PROCESSES)
    ]
    outcomes = [(writer.wait(timeout=600), writer.stderr.read() if writer.stderr else "") for writer in writers]
    print(f"{PROCESSES} processes x {UPDATES_EACH} updates = {PROCESSES * UPDATES_EACH} concurrent records")
    assert outcomes == [(0, "")] * PROCESSES

    shown = cli(ledger, "history", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    changes = json.loads(shown.stdout)
    notes = sorted(change["note"] for change in changes)
    expected = sorted(f"w{w}-u{n}" for w in range(PROCESSES) for n in range(UPDATES_EACH))
    assert notes == expected  # every update exactly once
    # Each record read the ledger and appended under the lock, so change numbers are 1..200 without a gap or twin.
    assert sorted(change["change"] for change in changes) == list(range(1, PROCESSES * UPDATES_EACH + 1))
    for change in changes:
        worker, number = (int(part[1:]) for part in change["note"].split("-"))
        assert change["value"] == worker * 100 + number

    checked = cli(ledger, "validate")
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", "")


@contextlib.contextmanager
def held(lock_path: str) -> Iterator[None]:
    """Hold the ledger's lock from this process, as another writer would (flock on the lock file)."""
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def test_a_held_lock_times_out_with_exit_3_naming_the_lock(ledger: Path) -> None:
    before = ledger.read_bytes()
    lock_path = f"{ledger}.lock"
    with held(lock_path):
        done = cli(ledger, "--lock-timeout", "0.2", "record", "T001", "5")
    assert done.returncode == 3
    assert done.stdout == ""
    assert done.stderr == (
        f"chengkou-tracker: error: {lock_path}: the ledger is locked by another process (waited 0.2s)\n"
    )
    assert ledger.read_bytes() == before


def test_every_write_command_waits_for_the_lock(ledger: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text("id,date,value\nT001,2023-06-30,5\n", "utf-8")
    assert cli(ledger, "record", "T001", "4").returncode == 0
    before = ledger.read_bytes()
    commands = [
        ("record", "T001", "5"),
        ("edit", "T001", "--owner", "统计局"),
        ("undo", "--yes"),
        ("import", str(csv_file), "--force", "--correct"),
        ("repair",),
        ("init", "--force", str(ledger)),
    ]
    with held(f"{ledger}.lock"):
        codes = {command[0]: cli(ledger, "--lock-timeout", "0.1", *command).returncode for command in commands}
    assert codes == dict.fromkeys(codes, 3)
    assert ledger.read_bytes() == before


def test_a_lock_left_by_a_killed_process_does_not_block_the_next_run(ledger: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            "fcntl.flock(os.open(sys.argv[1], os.O_RDWR | os.O_CREAT), fcntl.LOCK_EX)\n"
            "print('locked', flush=True)\n"
            "time.sleep(600)\n",
            f"{ledger}.lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        blocked = cli(ledger, "--lock-timeout", "0.2", "record", "T001", "5")
        assert blocked.returncode == 3  # the lock really was held
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert os.path.exists(f"{ledger}.lock")  # the lock file stays; only the lock on it died with the process
    done = cli(ledger, "--lock-timeout", "0.5", "record", "T001", "5", "--note", "after the kill")
    assert (done.returncode, done.stderr) == (0, "")
    assert "after the kill" in ledger.read_text("utf-8")
