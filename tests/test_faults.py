"""Issue 12: no record is lost or misread under faults - full disks, kills mid-import, hand edits, odd files.

Each test names the numbered item of the issue it reproduces.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from chengkou_tracker import operations
from chengkou_tracker.store import files, reader
from chengkou_tracker.store import ledger as ledger_file
from tests.conftest import BUNDLED, REPORT, Run
from tests.test_concurrency import cli, cli_env

BUNDLED_TEXT = BUNDLED.read_text("utf-8")
TORN = "the last record is incomplete (an interrupted write?); run 'chengkou-tracker repair'"


def temporaries(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".chengkou-tmp"))


def csv_rows(path: Path, rows: int, note: str = "") -> Path:
    lines = [f"T001,2023-06-30,{row},{note}{row}" for row in range(rows)]
    path.write_text("id,date,value,note\n" + "\n".join(lines) + "\n", "utf-8")
    return path


# ---------------------------------------------------------------- 1. a full disk changes nothing


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[bool]:
    """A 1 MB tmpfs at FOLDER when this process may mount one (root); yields whether it is mounted."""
    folder.mkdir()
    mounted = False
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount"):
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
        mounted = result.returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk holding FOLDER to the last byte."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (4096, 1):
            with contextlib.suppress(OSError):
                while os.write(descriptor, b"\0" * block):
                    pass
    finally:
        os.close(descriptor)
    return filler


def test_a_full_disk_leaves_the_ledger_exactly_as_it_was(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = tmp_path / "disk"
    with small_disk(disk) as mounted:
        ledger = disk / "commitments.toml"
        shutil.copyfile(BUNDLED, ledger)
        shutil.copyfile(REPORT, disk / "report.txt")
        monkeypatch.setenv("CHENGKOU_LEDGER", str(ledger))
        assert run("record", "T104", "20").code == 0  # change 1, for undo; the lock file exists from now on
        big_import = csv_rows(tmp_path / "rows.csv", 2000, "全年逐月核对的数字 ")
        if mounted:
            fill(disk)
        else:  # no tmpfs here: every write fails the way a full disk fails it, after half its bytes
            real_write = os.write

            def full(descriptor: int, data: bytes | memoryview) -> int:
                if len(data) > 1:
                    real_write(descriptor, bytes(data[: len(data) // 2]))
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

            monkeypatch.setattr(files, "_write_all", lambda descriptor, data: full(descriptor, data))
        before = ledger.read_bytes()
        attempts = {
            "import": ("import", str(big_import), "--force", "--correct"),
            "record": ("record", "T104", "45", "--note", "满" * 5000, "--correct"),
            "edit": ("edit", "T104", "--owner", "县经信委"),
            "undo": ("undo", "--yes"),
        }
        for name, args in attempts.items():
            result = run(*args)
            assert result.code == 3, name
            assert "No space left on device" in result.stderr, (name, result.stderr)
            assert result.stderr.count("\n") == 1, name
            assert ledger.read_bytes() == before, name
            assert temporaries(disk) == [], name
        assert run("validate").code == 0
        history = json.loads(run("history", "--format", "json").stdout)
        assert [record["change"] for record in history] == [1]
        # Space again: the same commands work.
        if mounted:
            (disk / "filler").unlink()
        else:
            monkeypatch.undo()
            monkeypatch.setenv("CHENGKOU_LEDGER", str(ledger))
        assert run("undo", "--yes").code == 0
        assert ledger.read_bytes() == BUNDLED.read_bytes()
        print(f"full disk: {'a 1 MB tmpfs' if mounted else 'an injected ENOSPC'}")


# ---------------------------------------------------------------- 2. SIGKILL during a large import

KILL_TRIALS = 30
KILL_ROWS = 2000
PRIMED = """
import json, sys
from chengkou_tracker.cli import app
print("ready", flush=True)
sys.exit(app(json.loads(sys.stdin.readline()), standalone_mode=False))
"""


def _primed(ledger: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", PRIMED],
        env=cli_env(ledger),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def test_a_large_import_killed_while_the_file_grows_is_all_or_nothing(ledger: Path, tmp_path: Path) -> None:
    # Long notes of three-byte characters: 2,000 rows make a 4 MB import, so a kill can land in any character.
    rows = csv_rows(tmp_path / "big.csv", KILL_ROWS, "城口县" * 230 + "-")
    original = ledger.read_bytes()
    rng = random.Random(12)
    outcomes = {"none": 0, "all": 0}
    grown = 0
    duration = 1.0  # measured by the first trial, which runs to the end
    spare = _primed(ledger)
    for trial in range(KILL_TRIALS + 1):
        process, spare = spare, _primed(ledger)
        assert process.stdin is not None and process.stdout is not None
        assert process.stdout.readline() == "ready\n"
        process.stdin.write(json.dumps(["import", str(rows), "--force", "--correct"]) + "\n")
        process.stdin.flush()
        started = time.monotonic()
        if trial == 0:
            assert process.wait(timeout=120) == 0
            duration = time.monotonic() - started
        elif trial % 2 == 0:  # kill as soon as the new ledger is being written (the temporary file grows)
            deadline = time.monotonic() + 30
            while not temporaries(tmp_path) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0, 0.01))
            grown += bool(temporaries(tmp_path))
        else:  # or at any moment of the command, or just after it
            time.sleep(rng.uniform(0, 1.2 * duration))
        process.send_signal(signal.SIGKILL)
        code = process.wait(timeout=60)
        problems, _ = ledger_file.validate(str(ledger))
        assert problems == [], f"trial {trial}: {problems[:1]}"
        assert operations.repair(str(ledger)) is None  # nothing torn
        imported = len(ledger_file.load(str(ledger)).updates)
        assert imported in (0, KILL_ROWS), f"trial {trial} (exit {code}): {imported} of {KILL_ROWS} rows"
        outcomes["all" if imported else "none"] += 1
        if imported:
            ledger.write_bytes(original)
    spare.kill()
    spare.wait()
    # The next write removes what killed writers left behind.
    assert cli(ledger, "record", "T001", "5").returncode == 0
    assert temporaries(tmp_path) == []
    print(
        f"{KILL_TRIALS} kills during a {rows.stat().st_size // 1000} KB import ({duration:.2f}s unkilled), and the "
        f"unkilled one: none/all rows {outcomes}; {grown} kills while the new file grew"
    )
    # How many kills land while the temporary file exists depends on the machine's load (on a busy 2-core machine
    # 6 of 15 aimed kills did): the test needs some, the all-or-nothing check above holds for every one.
    assert outcomes["none"] >= KILL_TRIALS // 3 and grown >= KILL_TRIALS // 10 and outcomes["all"] >= 1


def test_a_signal_while_the_new_ledger_is_written_leaves_the_bytes_as_they_were(ledger: Path, tmp_path: Path) -> None:
    """SIGTERM (or SIGINT, SIGHUP, SIGQUIT) that arrives while the new file is written undoes the write, then
    acts: the process ends as the signal says, the ledger's bytes are exactly as before, nothing is left."""
    rows = csv_rows(tmp_path / "big.csv", KILL_ROWS, "城口县" * 230 + "-")
    before = ledger.read_bytes()
    undone = 0
    for trial in range(8):
        process = _primed(ledger)
        assert process.stdin is not None and process.stdout is not None
        assert process.stdout.readline() == "ready\n"
        process.stdin.write(json.dumps(["import", str(rows), "--force", "--correct"]) + "\n")
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while not temporaries(tmp_path) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        seen = bool(temporaries(tmp_path))
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=60)
        assert temporaries(tmp_path) == [], trial
        data = ledger.read_bytes()
        if data == before:
            assert code == -signal.SIGTERM, trial
            undone += seen
        else:  # the signal came after the rename: the change is whole
            assert len(ledger_file.load(str(ledger)).updates) == KILL_ROWS, trial
            ledger.write_bytes(before)
    print(f"SIGTERM while the new ledger was written: {undone} of 8 writes undone")
    assert undone >= 4


# ---------------------------------------------------------------- 0 and 4. what is torn, what is not


def test_a_malformed_line_in_the_middle_is_named_at_its_line_and_repair_removes_nothing(ledger: Path, run: Run) -> None:
    lines = BUNDLED_TEXT.split("\n")
    for junk in ("[[update]] junk", "[[commitment]] junk"):
        broken = "\n".join([*lines[:100], junk, *lines[100:]]).encode("utf-8")
        ledger.write_bytes(broken)
        checked = run("validate")
        assert checked.code == 3
        assert checked.stderr.startswith("commitments.toml:101:"), checked.stderr
        assert "invalid TOML" in checked.stderr and "incomplete" not in checked.stderr
        repaired = run("repair")
        assert repaired.code == 3
        assert repaired.stderr.startswith("chengkou-tracker: error: nothing repaired: commitments.toml:101:")
        assert ledger.read_bytes() == broken
        assert not (ledger.parent / "commitments.toml.torn").exists()


HAND_ENDINGS = {
    "no final newline": '\n[[update]]\nchange = 1\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\nby = "x"\n'
    "recorded_at = 2023-07-01T00:00:00Z",
    "no recorded_at": '\n[[update]]\nchange = 1\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\n',
    "indented recorded_at": '\n[[update]]\nchange = 1\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\n'
    "  recorded_at = 2023-07-01T00:00:00Z\n",
    "comment last": '\n[[update]]\nchange = 1\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\n# phoned in',
}


@pytest.mark.parametrize("ending", HAND_ENDINGS)
def test_valid_toml_is_never_torn(ending: str, ledger: Path, run: Run) -> None:
    data = BUNDLED.read_bytes() + HAND_ENDINGS[ending].encode("utf-8")
    ledger.write_bytes(data)
    assert (run("validate").code, run("repair").stdout) == (0, "nothing to repair\n")
    assert ledger.read_bytes() == data
    assert json.loads(run("history", "--format", "json").stdout)[0]["value"] == 6


def test_a_torn_record_after_a_hand_written_one_is_cut_alone(ledger: Path, run: Run) -> None:
    hand = '\n[[update]] # phoned in\ncommitment = "T001"\nchange = 1\nvalue = 6\ndate = 2023-06-30\n'
    torn = '\n[[update]]\nchange = 2\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 7\nnote = "城'.encode()[:-1]
    whole = BUNDLED.read_bytes() + hand.encode()
    ledger.write_bytes(whole + torn)
    checked = run("validate")
    header_line = whole.count(b"\n") + 2
    assert checked.stderr == f"commitments.toml:{header_line}: {TORN}\n"
    assert run("repair").code == 0
    assert ledger.read_bytes() == whole
    assert (ledger.parent / "commitments.toml.torn").read_bytes() == torn[1:]
    assert run("validate").code == 0


# ---------------------------------------------------------------- 3. undo removes exactly the last change


def test_undo_refuses_when_a_hand_written_commitment_follows_the_last_change(ledger: Path, run: Run) -> None:
    assert run("record", "T001", "5").code == 0
    extra = BUNDLED_TEXT[BUNDLED_TEXT.index("[[commitment]]\nid") :].split("\n\n")[0].replace('"T001"', '"X001"')
    data = ledger.read_bytes() + ("\n" + extra + "\n").encode()
    ledger.write_bytes(data)
    line = data.count(b"\n") - extra.count("\n")
    result = run("undo", "--yes")
    assert (result.code, result.stdout) == (3, "")
    assert result.stderr == (
        f"chengkou-tracker: error: commitments.toml:{line}: a [[commitment]] table comes after change 1, so it is "
        "not the end of the ledger (edited by hand?); undo it by hand\n"
    )
    assert ledger.read_bytes() == data


@pytest.mark.parametrize(
    "hand",
    [
        '\n[[update]] # phoned in\nchange = 2\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\n',
        '\n[[update]]\nvalue = 6\ndate = 2023-06-30\n"commitment" = "T001"\nchange = 2  # by hand\n',
        '\n[[update]]\nchange = 2\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\n'
        'note = """\nfirst line\n[[update]]\nchange = 2\n"""\n',
        '\n[[update]]\nchange = 2\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\n'
        "note = '''\n[[update]]\nchange = 1\n'''\n# trailing comment\n",
    ],
    ids=["comment on the header", "keys in another order", "a header in a string", "a header in a literal"],
)
def test_undo_removes_exactly_a_hand_written_last_change(hand: str, ledger: Path, run: Run) -> None:
    assert run("record", "T001", "5").code == 0
    after_tool = ledger.read_bytes()
    ledger.write_bytes(after_tool + hand.encode())
    result = run("undo", "--yes")
    assert (result.code, result.stdout) == (0, "undid change 2: record T001 6 on 2023-06-30\n")
    assert ledger.read_bytes() == after_tool
    assert run("undo", "--yes").stdout == "undid change 1: record T001 5 on 2023-07-02\n"
    assert ledger.read_bytes() == BUNDLED.read_bytes()


def test_undo_of_an_import_removes_every_row(ledger: Path, tmp_path: Path, run: Run) -> None:
    assert run("record", "T001", "5").code == 0
    before = ledger.read_bytes()
    assert (
        run("import", str(csv_rows(tmp_path / "r.csv", 300)), "--force", "--correct").stdout
        == "imported 300 updates as change 2\n"
    )
    assert run("undo", "--yes").stdout == "undid change 2: import of 300 updates\n"
    assert ledger.read_bytes() == before


# ---------------------------------------------------------------- 5. the cache never changes an answer


def cache_folder() -> Path:
    return Path(os.environ["XDG_CACHE_HOME"], "chengkou-tracker")


def entries() -> list[Path]:
    return sorted(p for p in cache_folder().iterdir() if "." not in p.name)


def entry_for(ledger: Path) -> Path:
    from chengkou_tracker.store import cache

    return cache_folder() / cache.identity(ledger.read_bytes()).hex()[:40]


def answers(run: Run) -> tuple[str, str]:
    return run("list", "--format", "json").stdout, run("history", "--format", "json").stdout


def test_flipped_bits_in_a_cache_entry_never_change_an_answer(ledger: Path, tmp_path: Path, run: Run) -> None:
    for value in ("45", "50"):
        assert run("record", "T104", value, "--note", "（一）", "--correct").code == 0
    expected = answers(run)
    entry = entry_for(ledger)  # the entry of the ledger as it stands
    good = entry.read_bytes()
    rng = random.Random(5)
    for flip in range(60):
        position = rng.randrange(len(good))
        damaged = bytearray(good)
        damaged[position] ^= 1 << rng.randrange(8)
        entry.write_bytes(bytes(damaged))
        os.chmod(entry, 0o600)
        assert answers(run) == expected, f"flip {flip} at byte {position}"
    entry.write_bytes(good)


def _tampered_entry(ledger: Path) -> bytes:
    """A well-formed entry for LEDGER's bytes whose ledger says something else: only trust may serve it."""
    import marshal

    from chengkou_tracker.store import cache

    data = ledger.read_bytes()
    loaded = reader.valid_ledger(str(ledger), data)
    commitment = loaded.commitments["T104"]
    from dataclasses import replace

    loaded.commitments["T104"] = replace(commitment, title_en="TAMPERED")
    body = marshal.dumps(cache._freeze(loaded))
    return cache.FORMAT + cache.identity(data) + cache.checksum(body) + body


def test_only_the_users_own_entries_in_a_private_folder_are_served(ledger: Path, run: Run) -> None:
    assert run("record", "T104", "45").code == 0
    run("list")
    entry = entry_for(ledger)
    assert entries() and all(stat.S_IMODE(e.stat().st_mode) == 0o600 for e in entries())
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_folder().stat().st_mode) == 0o700

    def shown() -> str:
        return str(json.loads(run("list", "--format", "json", "--search", "T104").stdout)[0]["title_en"])

    entry.write_bytes(_tampered_entry(ledger))
    os.chmod(entry, 0o600)
    assert shown() == "TAMPERED"  # the control: a trusted entry is served as it is
    os.chmod(entry, 0o644)
    assert shown() == "New 5G base stations"  # readable by others: not trusted
    entry.write_bytes(_tampered_entry(ledger))
    os.chmod(entry, 0o600)
    if os.geteuid() == 0:
        os.chown(entry, 12345, 12345)  # planted by another user
        assert shown() == "New 5G base stations"
        entry.write_bytes(_tampered_entry(ledger))
        os.chown(entry, 0, 0)
        os.chmod(entry, 0o600)
    os.chmod(cache_folder(), 0o777)  # a folder others can write in
    try:
        assert shown() == "New 5G base stations"
    finally:
        os.chmod(cache_folder(), 0o700)


def test_another_ledgers_entry_under_this_ledgers_name_is_not_served(ledger: Path, tmp_path: Path, run: Run) -> None:
    other = tmp_path / "other.toml"
    shutil.copyfile(ledger, other)
    assert run("record", "T104", "45").code == 0
    assert run("-l", str(other), "record", "T104", "99").code == 0
    assert run("-l", str(other), "record", "T104", "98", "--correct").code == 0
    run("list")
    run("-l", str(other), "list")
    mine, theirs = entry_for(ledger), entry_for(other)
    shutil.copyfile(theirs, mine)
    os.chmod(mine, 0o600)
    assert run("record", "T104", "46", "--correct").stdout.startswith("T104")
    assert [u["change"] for u in json.loads(run("history", "--format", "json").stdout)] == [1, 2]
    assert run("validate").code == 0


def test_a_change_number_used_twice_is_found(ledger: Path, run: Run) -> None:
    """What writers that do not share a lock leave (a planted cache entry once made `record` do it)."""
    assert run("record", "T104", "45").code == 0
    assert run("record", "T104", "50", "--correct").code == 0
    data = ledger.read_bytes()
    again = '\n[[update]]\nchange = 1\ncommitment = "T104"\ndate = 2023-07-01\nvalue = 46\nby = "x"\n'
    ledger.write_bytes(data + again.encode())
    checked = run("validate")
    line = data.count(b"\n") + 2
    first = data[: data.index(b"\n[[update]]\n")].count(b"\n") + 2
    assert (checked.code, checked.stderr) == (
        3,
        f"commitments.toml:{line}: change 1 appears again (first at line {first}, before other changes)\n",
    )


# ---------------------------------------------------------------- 6. text that looks like a date


def test_names_that_look_like_dates_or_times_stay_text(ledger: Path, run: Run) -> None:
    assert run("record", "T001", "5", "--by", "2023-06-30").code == 0
    assert run("record", "T001", "6", "--by", "2023-07-02T09:00:00Z", "--date", "2023-06-30").code == 0
    for env in ({}, {"CHENGKOU_CACHE_DIR": ""}):
        result = run("history", "--format", "json", env=env)
        assert result.code == 0
        assert [u["by"] for u in json.loads(result.stdout)] == ["2023-06-30", "2023-07-02T09:00:00Z"]


def test_a_recorded_at_with_an_offset_is_shown_in_utc(ledger: Path, run: Run) -> None:
    ledger.write_bytes(
        BUNDLED.read_bytes()
        + b'\n[[update]]\nchange = 1\ncommitment = "T001"\ndate = 2023-06-30\nvalue = 6\nby = "x"\n'
        b"recorded_at = 2023-07-02T09:00:00+08:00\n"
    )
    for env in ({}, {"CHENGKOU_CACHE_DIR": ""}):
        history = json.loads(run("history", "--format", "json", env=env).stdout)
        assert history[0]["recorded_at"] == "2023-07-02T01:00:00Z"


# ---------------------------------------------------------------- 7. numbers kept exactly or refused


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("12345678901234567890", "is too large to keep exactly (whole numbers go up to 9007199254740992)"),
        ("9007199254740993", "is too large to keep exactly (whole numbers go up to 9007199254740992)"),
        ("1e-400", "cannot be kept exactly (it would be stored as 0.0); round it"),
        ("3.14159265358979323846", "cannot be kept exactly (it would be stored as 3.141592653589793); round it"),
    ],
)
def test_numbers_that_a_float_cannot_hold_are_refused(typed: str, message: str, ledger: Path, run: Run) -> None:
    before = ledger.read_bytes()
    result = run("record", "T104", typed)
    assert (result.code, result.stderr.startswith(f"chengkou-tracker: error: value '{typed}' for T104 {message}")) == (
        2,
        True,
    ), result.stderr
    assert ledger.read_bytes() == before
    hand = f'\n[[update]]\nchange = 1\ncommitment = "T104"\ndate = 2023-06-30\nvalue = {typed}\nby = "x"\n'
    ledger.write_bytes(before + hand.encode())
    checked = run("validate")
    line = before.count(b"\n") + 6
    assert checked.code == 3
    assert checked.stderr.startswith(f"commitments.toml:{line}: 'value' {typed} "), checked.stderr


def test_a_small_figure_is_never_shown_as_zero(ledger: Path, run: Run) -> None:
    assert (
        run("record", "T104", "1e-7").stdout == "T104 New 5G base stations: recorded 1e-07 on 2023-07-02 -> at risk\n"
    )
    assert "1e-07" in run("list", "--search", "T104").stdout
    assert json.loads(run("history", "--format", "json").stdout)[0]["value"] == 1e-7


# ---------------------------------------------------------------- 8. only regular files are ledgers


def test_a_fifo_is_refused_at_once_without_a_lock_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    for args in (("list",), ("record", "T001", "5"), ("validate",)):
        result = cli(fifo, *args, timeout=30)
        assert result.returncode == 3, args
        assert result.stderr.endswith(f"{fifo}: is a named pipe (FIFO), not a regular file; a ledger is a plain file\n")
    assert sorted(os.listdir(tmp_path)) == ["pipe.toml"]


def test_a_device_is_refused_without_a_lock_file(run: Run) -> None:
    assert not os.path.exists("/dev/null.lock")
    for args in (("record", "T001", "5"), ("list",), ("undo", "--yes")):
        result = run("--ledger", "/dev/null", *args)
        assert (result.code, result.stderr) == (
            3,
            "chengkou-tracker: error: /dev/null: is a device, not a regular file; a ledger is a plain file\n",
        )
    assert not os.path.exists("/dev/null.lock")


def test_a_hard_linked_ledger_is_refused_for_writing(ledger: Path, tmp_path: Path, run: Run) -> None:
    twin = tmp_path / "twin.toml"
    os.link(ledger, twin)
    before = ledger.read_bytes()
    for name in (ledger, twin):
        for args in (("record", "T001", "5"), ("edit", "T001", "--owner", "x"), ("undo", "--yes"), ("repair",)):
            result = run("--ledger", str(name), *args)
            assert result.code == 3, args
            assert result.stderr == (
                f"chengkou-tracker: error: {name}: the ledger has 2 hard links; changing it would split them apart, "
                "so it is not written (keep one name, or use a symbolic link)\n"
            )
    assert ledger.read_bytes() == before and os.path.samefile(ledger, twin)
    assert run("--ledger", str(twin), "list").code == 0  # reading is fine


def test_a_crlf_ledger_supports_every_command(ledger: Path, tmp_path: Path, run: Run) -> None:
    crlf = BUNDLED.read_bytes().replace(b"\n", b"\r\n")
    ledger.write_bytes(crlf)
    assert run("validate").code == 0
    assert run("record", "T104", "45", "--note", "上半年").code == 0
    after_record = ledger.read_bytes()
    assert run("edit", "T104", "--owner", "县经信委").code == 0
    assert run("import", str(csv_rows(tmp_path / "r.csv", 3)), "--force", "--correct").code == 0
    data = ledger.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends in CRLF, the appended ones too
    assert run("validate").code == 0
    assert [c["change"] for c in json.loads(run("history", "--format", "json").stdout)] == [1, 2, 3, 3, 3]
    assert run("undo", "--yes").code == 0
    assert run("undo", "--yes").code == 0
    assert ledger.read_bytes() == after_record
    assert run("undo", "--yes").code == 0
    assert ledger.read_bytes() == crlf
    assert run("repair").stdout == "nothing to repair\n"


# ---------------------------------------------------------------- 9. an inline array of updates


def test_updates_as_an_inline_array_are_refused_before_a_write_breaks_them(ledger: Path, run: Run) -> None:
    head, rest = BUNDLED_TEXT.split("[report]", 1)
    inline = 'update = [{change = 1, commitment = "T001", date = 2023-06-30, value = 6, by = "x"}]\n\n'
    data = (head + inline + "[report]" + rest).encode("utf-8")
    ledger.write_bytes(data)
    line = head.count("\n") + 1
    checked = run("validate")
    assert (checked.code, checked.stderr) == (
        3,
        f"commitments.toml:{line}: 'update' is an inline array; write each entry as a [[update]] table\n",
    )
    for env in ({}, {"CHENGKOU_CACHE_DIR": ""}):
        assert run("record", "T001", "7", env=env).code == 3
    assert ledger.read_bytes() == data
