"""Crash safety: writers killed with SIGKILL at random moments leave a whole, valid ledger."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from chengkou_tracker import operations
from chengkou_tracker.store import ledger as ledger_file
from chengkou_tracker.store import reader, surgery
from chengkou_tracker.store.parse import TomlSyntaxError, parse
from tests.conftest import Run
from tests.test_concurrency import cli_env

TRIALS = 60
IMPORT_ROWS = 40
SEED = 20230702

# A writer that pays for interpreter start-up and imports first, then runs one command when told to, so the
# kill lands somewhere inside the command (lock, load, check, append, fsync) rather than in `import typer`.
PRIMED = """
import json, sys
from chengkou_tracker.cli import app
print("ready", flush=True)
sys.exit(app(json.loads(sys.stdin.readline()), standalone_mode=False))
"""


_ERRORS: dict[int, Path] = {}  # each primed writer's error file, by its process id


def _primed(ledger: Path) -> subprocess.Popen[str]:
    # Its error line goes to a file of its own, named by the process, so that a failure says what the command said.
    errors = ledger.parent / f"stderr-{time.monotonic_ns()}.txt"
    process = subprocess.Popen(
        [sys.executable, "-c", PRIMED],
        env=cli_env(ledger),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors.open("w"),
        text=True,
    )
    _ERRORS[process.pid] = errors
    return process


def _notes(path: Path) -> list[str]:
    return [update.note for update in ledger_file.load(str(path)).updates]


def _start(process: subprocess.Popen[str], args: list[str]) -> None:
    """Hand ARGS to a primed writer and let it go."""
    assert process.stdin is not None and process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    process.stdin.write(json.dumps(args) + "\n")
    process.stdin.flush()


def test_writers_killed_at_random_moments_leave_exactly_the_reported_updates(ledger: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    committed: list[str] = []  # notes of every update whose command exited 0, in order
    kills = completed = 0
    # The first, unkilled run measures how long a command takes here; kills are spread over 0..1.2 times that.
    spare = _primed(ledger)
    duration = 0.0
    for trial in range(TRIALS + 1):
        process, spare = spare, _primed(ledger)  # the next writer starts up while this one runs
        importing = trial % 3 == 2
        if importing:
            csv_file = tmp_path / f"trial{trial}.csv"
            rows = [f"T001,2023-06-30,{row},i{trial}-{row}" for row in range(IMPORT_ROWS)]
            csv_file.write_text("id,date,value,note\n" + "\n".join(rows) + "\n", "utf-8")
            in_flight = [f"i{trial}-{row}" for row in range(IMPORT_ROWS)]
            args = ["import", str(csv_file), "--force", "--correct"]
        else:
            in_flight = [f"r{trial}"]
            args = ["record", "T001", str(trial), "--note", f"r{trial}", "--force", "--correct"]
        _start(process, args)
        started = time.monotonic()
        if trial == 0:
            code = process.wait(timeout=60)
            duration = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0, 1.2 * duration))
            process.send_signal(signal.SIGKILL)
            code = process.wait(timeout=60)
        if code == 0:
            completed += 1
            committed.extend(in_flight)
            if trial:
                duration *= 0.8  # the machine got faster than the first run: keep the kills inside commands
        else:
            said = _ERRORS[process.pid].read_text("utf-8").strip()
            assert code == -signal.SIGKILL, f"trial {trial}: {args} exited {code}: {said}"
            kills += 1

        assert ledger_file.validate(str(ledger))[0] == [], f"trial {trial}"
        notes = _notes(ledger)
        if notes[len(committed) :] == in_flight and code != 0:
            committed.extend(in_flight)  # killed after its write reached the file: complete, and kept
        assert notes == committed, f"trial {trial}: {args} (exit {code}) left {notes[len(committed) :]!r}"
    spare.kill()
    spare.wait()
    print(f"{TRIALS} kill trials ({kills} killed mid-command, {completed} finished first); {len(committed)} updates")
    assert kills >= TRIALS // 3  # the delays really do land inside commands


TORN_RECORD = '\n[[update]]\nchange = 2\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\nnote = "half'


def test_a_torn_final_record_is_reported_and_repair_keeps_its_bytes(ledger: Path, run: Run) -> None:
    assert run("record", "T001", "5", "--note", "whole").code == 0
    whole = ledger.read_bytes()
    torn_line = whole.count(b"\n") + 2  # the torn record's header, after the blank separator line
    ledger.write_bytes(whole + TORN_RECORD.encode("utf-8"))

    checked = run("validate")
    assert checked.code == 3
    assert checked.stderr == (
        f"commitments.toml:{torn_line}: the last record is incomplete (an interrupted write?); "
        "run 'chengkou-tracker repair'\n"
    )
    refused = run("record", "T001", "7")
    assert refused.code == 3
    assert refused.stderr.startswith(f"chengkou-tracker: error: commitments.toml:{torn_line}: the last record is")
    assert ledger.read_bytes() == whole + TORN_RECORD.encode("utf-8")

    repaired = run("repair")
    assert (repaired.code, repaired.stderr) == (0, "")
    kept = ledger.resolve().parent / "commitments.toml.torn"
    assert repaired.stdout == f"removed the incomplete last record; its text is in {kept}\n"
    assert ledger.read_bytes() == whole
    assert kept.read_bytes() == TORN_RECORD.encode("utf-8").lstrip(b"\n")
    assert run("validate").code == 0
    assert run("repair").stdout == "nothing to repair\n"


def test_a_record_cut_at_any_byte_is_detected_and_repaired_to_the_bytes_before_it(ledger: Path, run: Run) -> None:
    """The tool's writes never leave a cut record (they replace the file), but an older version's append or
    storage that loses writes can: every cut that does not read as TOML is a torn record at its header line,
    including cuts inside a multi-byte character, and repair restores the bytes before it exactly."""
    text = ledger.read_text("utf-8")
    ledger.write_text(text[: text.index('[[commitment]]\nid = "T003"')], "utf-8")  # small: 146 cuts read fast
    assert run("record", "T001", "5", "--note", "first").code == 0
    whole = ledger.read_bytes()
    assert run("record", "T001", "6", "--note", "第二次，城口", "--correct").code == 0
    record = ledger.read_bytes()[len(whole) :]
    header_line = whole.count(b"\n") + 2
    torn = valid = 0
    for cut in range(1, len(record)):
        data = whole + record[:cut]
        _, problems = reader.read_ledger(str(ledger), data)
        try:
            parse(data.decode("utf-8"))
        except (UnicodeDecodeError, TomlSyntaxError):
            torn += 1
            assert [(p.line, p.key) for p in problems] == [(header_line, reader.TORN)], record[:cut]
            ledger.write_bytes(data)
            if cut % 8 == 1 or cut == len(record) - 1:  # repair (two fsynced rewrites) on a sample of the cuts
                assert operations.repair(str(ledger)) is not None
                assert ledger.read_bytes() == whole, record[:cut]  # the earlier, whole record is never cut
            else:
                assert surgery.torn_split(str(ledger), data) == (whole, data[len(whole) + 1 :])
        else:  # a cut at a line's end is valid TOML: never called torn (a missing field is named as such)
            valid += 1
            assert all(p.key != reader.TORN for p in problems), record[:cut]
    print(f"{len(record) - 1} cuts: {torn} torn and repaired, {valid} valid TOML")
    assert torn > 80 and valid >= 8


def test_blank_lines_after_the_last_record_are_not_a_torn_record(ledger: Path, run: Run) -> None:
    assert run("record", "T001", "5").code == 0
    ledger.write_bytes(ledger.read_bytes() + b"\n\n")
    assert (run("validate").code, run("repair").stdout) == (0, "nothing to repair\n")
