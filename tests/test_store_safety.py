"""Issue 20, the store's items: what an output may replace, the cache's pruning, hand edits racing a write,
every torn fragment kept, durability errors, temporary files, special inputs, signals, litter.

Each test names the numbered item of issue 20 it reproduces, through the command line where it can.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from chengkou_tracker.errors import UsageError
from chengkou_tracker.store import cache, files
from tests.conftest import REPORT, Run
from tests.test_concurrency import cli, cli_env

STRACE = shutil.which("strace")


def temporaries(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith((".chengkou-tmp", ".chengkou-kept")))


# ---------------------------------------------------------------- 1. an output never replaces the ledger


def test_1_extract_output_never_replaces_the_ledger_even_with_force(run: Run, ledger: Path) -> None:
    assert run("record", "T001", "5").code == 0  # the ledger has been written: its lock file is beside it
    before = ledger.read_bytes()
    result = run("extract", str(REPORT), "--output", "commitments.toml", "--force")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "chengkou-tracker: error: commitments.toml is the ledger; an output never replaces it (give another --output)\n"
    )
    assert ledger.read_bytes() == before


@pytest.mark.parametrize(
    "words",
    [
        ["export", "--format", "json"],
        ["export", "--format", "csv"],
        ["report", "--format", "json"],
    ],
)
def test_1_no_command_writes_its_output_over_the_ledger_even_with_force(
    run: Run, ledger: Path, words: list[str]
) -> None:
    before = ledger.read_bytes()
    for force in ([], ["--force"]):
        result = run(*words, "--output", str(ledger), *force)
        assert (result.code, result.stdout) == (2, ""), result.stderr
        assert result.stderr == (
            f"chengkou-tracker: error: {ledger} is the ledger; an output never replaces it (give another --output)\n"
        )
        assert ledger.read_bytes() == before


def test_1_an_output_over_a_file_the_tool_did_not_write_needs_force(run: Run, ledger: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("my own notes\n", "utf-8")
    refused = run("report", "--format", "markdown", "--output", str(notes))
    assert refused.code == 2 and notes.read_text("utf-8") == "my own notes\n"
    assert run("report", "--format", "markdown", "--output", str(notes), "--force").code == 0
    assert notes.read_text("utf-8").startswith("# ")
    # Written by the tool and unchanged since: the next month's run replaces it without --force, as cron does.
    assert run("report", "--format", "markdown", "--output", str(notes)).code == 0


def test_1_an_output_replaces_only_a_file_the_tool_wrote_unchanged_without_force(tmp_path: Path, ledger: Path) -> None:
    output = tmp_path / "report.html"
    files.write_file(str(output), b"<p>one</p>", force=False, ledger=str(ledger))
    files.write_file(str(output), b"<p>two</p>", force=False, ledger=str(ledger))  # its own, unchanged: replaced
    assert output.read_bytes() == b"<p>two</p>"
    output.write_bytes(b"<p>two, with a note added by hand</p>")
    with pytest.raises(UsageError) as refused:
        files.write_file(str(output), b"<p>three</p>", force=False, ledger=str(ledger))
    assert str(refused.value) == f"{output} exists; give --force to overwrite it"
    license_file = tmp_path / "LICENSE"
    license_file.write_text("MIT\n")
    with pytest.raises(UsageError):
        files.write_file(str(license_file), b"{}", force=False, ledger=str(ledger))
    assert license_file.read_text() == "MIT\n"
    files.write_file(str(license_file), b"{}", force=True, ledger=str(ledger))
    assert license_file.read_bytes() == b"{}"
    for name in ("commitments.toml", "./commitments.toml"):  # the ledger itself: never, even with force
        with pytest.raises(UsageError) as never:
            files.write_file(name, b"{}", force=True, ledger=str(ledger))
        assert never.value.key == "write.ledger"
    link = tmp_path / "other-name.toml"
    os.link(ledger, link)  # another name of the same file
    with pytest.raises(UsageError):
        files.write_file(str(link), b"{}", force=True, ledger=str(ledger))


def test_1_an_output_that_is_not_a_regular_file_is_refused_at_once(run: Run, ledger: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.toml"
    os.mkfifo(fifo)
    result = run("extract", str(REPORT), "--output", str(fifo), "--force")
    assert result.code == 2
    assert result.stderr == f"chengkou-tracker: error: {fifo} is not a regular file; give the name of a file to write\n"
    assert fifo.is_fifo()


# ---------------------------------------------------------------- 2. the cache deletes only its own entries


def test_2_cache_pruning_keeps_every_file_it_did_not_write(ledger: Path, tmp_path: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir(mode=0o700)
    theirs = {"LICENSE": "MIT\n", "Makefile": "all:\n", "crontab": "0 9 * * 1 x\n", "ledger2022": "[report]\n"}
    for name, text in theirs.items():
        (folder / name).write_text(text)
    fake = folder / ("a" * 40)  # an entry's name, but not the cache's header: not proven ours
    fake.write_text("kept\n")
    env = cli_env(ledger) | {"CHENGKOU_CACHE_DIR": str(folder)}
    text = ledger.read_text("utf-8")
    for number in range(cache.KEEP + 4):  # more ledgers than the cache keeps: pruning runs
        other = tmp_path / f"l{number}.toml"
        other.write_text(text + f"\n# {number}\n", "utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "chengkou_tracker", "--ledger", str(other), "check"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.stderr == ""
    for name, text in theirs.items():
        assert (folder / name).read_text() == text
    assert fake.read_text() == "kept\n"
    entries = [name for name in os.listdir(folder) if re.fullmatch("[0-9a-f]{40}", name) and name != fake.name]
    assert len(entries) == cache.KEEP


def test_2_a_cache_folder_that_is_a_link_is_not_used(ledger: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "someone-elses"
    elsewhere.mkdir(mode=0o700)
    link = tmp_path / "cache-link"
    link.symlink_to(elsewhere)
    env = cli_env(ledger) | {"CHENGKOU_CACHE_DIR": str(link)}
    result = subprocess.run([sys.executable, "-m", "chengkou_tracker", "check"], env=env, capture_output=True)
    assert result.returncode == 0
    assert os.listdir(elsewhere) == []


def test_2_a_fifo_planted_as_an_entry_does_not_hang_a_command(ledger: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    os.mkfifo(folder / cache.identity(ledger.read_bytes()).hex()[:40])
    os.mkfifo(folder / ("b" * 40))
    env = cli_env(ledger) | {"CHENGKOU_CACHE_DIR": str(folder)}
    for _ in range(cache.KEEP + 1):
        result = subprocess.run(
            [sys.executable, "-m", "chengkou_tracker", "list"], env=env, capture_output=True, timeout=30
        )
        assert result.returncode == 0
        ledger.write_bytes(ledger.read_bytes() + b"\n")  # new bytes: a new entry, and pruning


# ---------------------------------------------------------------- 3. a hand edit racing a write is never lost


def test_3_a_hand_edit_saved_just_before_the_rename_is_kept_not_lost(
    run: Run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save lands after the check that the ledger is unchanged, just before the rename: the rename
    displaces it, and it is kept as LEDGER.overwritten, with exit 3 saying so."""
    before = ledger.read_bytes()
    hand_edited = before.replace(b'owner = ""', b'owner = "by hand"', 1)
    real_link = os.link

    def save_then_link(source: str, name: str) -> None:
        if name.endswith(".chengkou-kept"):
            saved = str(ledger) + ".editor-tmp"  # an editor saving by rename, as vim and most do
            Path(saved).write_bytes(hand_edited)
            os.replace(saved, ledger)
        real_link(source, name)

    monkeypatch.setattr(files.os, "link", save_then_link)
    result = run("record", "T001", "5")
    kept = ledger.parent / "commitments.toml.overwritten"
    assert result.code == 3
    assert result.stderr == (
        "chengkou-tracker: error: commitments.toml: the ledger was changed by hand while this command wrote it; the "
        f"change is written, and the version it replaced is kept in {kept}: compare the two and merge by hand\n"
    )
    assert kept.read_bytes() == hand_edited
    assert ledger.read_bytes().startswith(before) and b"value = 5" in ledger.read_bytes()[len(before) :]
    assert temporaries(ledger.parent) == []


def test_3_a_hand_edit_written_in_place_during_the_write_is_kept(
    run: Run, ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = ledger.read_bytes()
    real_replace = os.replace

    def append_then_replace(source: str, target: str) -> None:
        if str(target) == str(ledger.resolve()):
            with open(ledger, "ab") as file:  # an editor writing in place, after the check
                file.write(b"# a note typed by hand\n")
        real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", append_then_replace)
    result = run("record", "T001", "5")
    assert result.code == 3
    assert (ledger.parent / "commitments.toml.overwritten").read_bytes() == before + b"# a note typed by hand\n"


def test_3_a_hand_edit_before_the_check_writes_nothing(run: Run, ledger: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write_all = files._write_all

    def edit_then_write(descriptor: int, data: bytes) -> None:
        with open(ledger, "ab") as file:
            file.write(b"# saved by hand\n")
        real_write_all(descriptor, data)

    monkeypatch.setattr(files, "_write_all", edit_then_write)
    edited = ledger.read_bytes() + b"# saved by hand\n"
    result = run("record", "T001", "5")
    assert (result.code, result.stderr) == (
        3,
        "chengkou-tracker: error: commitments.toml: the ledger changed while this command ran (edited by hand?); "
        "nothing written\n",
    )
    assert ledger.read_bytes() == edited
    assert temporaries(ledger.parent) == [] and not (ledger.parent / "commitments.toml.overwritten").exists()


# ---------------------------------------------------------------- 6. repair keeps every fragment


def test_6_repair_twice_keeps_every_fragment(run: Run, ledger: Path) -> None:
    whole = ledger.read_bytes()
    fragments = [b'[[update]]\nchange = 1\ncommitment = "T0', b'[[update]]\nchange = 1\ncommitment = "M05']
    for fragment in fragments:
        ledger.write_bytes(whole + b"\n" + fragment)
        assert run("repair").code == 0
        assert ledger.read_bytes() == whole
    assert (ledger.parent / "commitments.toml.torn").read_bytes() == fragments[0]
    assert (ledger.parent / "commitments.toml.torn.1").read_bytes() == fragments[1]
    ledger.write_bytes(whole + b"\n" + fragments[0])
    assert run("repair").stdout == f"removed the incomplete last record; its text is in {ledger}.torn.2\n"
    with pytest.raises(UsageError):  # a kept fragment is not an output the tool may replace
        files.write_file(f"{ledger}.torn", b"{}", force=False, ledger=str(ledger))


# ---------------------------------------------------------------- 7. a failed folder fsync is an error


@pytest.mark.skipif(STRACE is None, reason="strace is not installed: no way to make fsync fail")
def test_7_a_failed_folder_fsync_is_an_error_not_ignored(ledger: Path) -> None:
    # record fsyncs twice: the new ledger, then its folder (the second call is made to fail).
    command = [STRACE, "-f", "-qq", "-o", os.devnull, "-e", "trace=fsync", "-e", "inject=fsync:error=EIO:when=2"]
    result = subprocess.run(
        [*command, sys.executable, "-m", "chengkou_tracker", "record", "T001", "5"],
        env=cli_env(ledger),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert result.stderr == (
        f"chengkou-tracker: error: {ledger}: written, but its folder could not be synced: Input/output error; the "
        "file may not survive a crash\n"
    )


# ---------------------------------------------------------------- 9. unpredictable temporary names


def test_9_extract_does_not_write_through_a_planted_link(run: Run, ledger: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("untouched\n")
    for name in (".draft.toml.extract-tmp", ".draft.toml.chengkou-tmp"):
        (tmp_path / name).symlink_to(victim)
    assert run("extract", str(REPORT), "--output", "draft.toml").code == 0
    assert victim.read_text() == "untouched\n"
    assert (tmp_path / "draft.toml").read_text("utf-8").startswith("# Drafted by")


@pytest.mark.skipif(STRACE is None, reason="strace is not installed")
def test_9_temporary_names_differ_on_every_run(ledger: Path, tmp_path: Path) -> None:
    names = []
    for number in range(2):
        log = tmp_path / f"trace{number}"
        command = [STRACE, "-f", "-qq", "-o", str(log), "-e", "trace=openat"]
        words = ["record", "T001", str(number), "--correct"]  # a second figure for the same day is a correction
        subprocess.run([*command, sys.executable, "-m", "chengkou_tracker", *words],
                       env=cli_env(ledger), check=True, capture_output=True, timeout=120)  # fmt: skip
        created = re.findall(r'openat\(AT_FDCWD, "([^"]+\.chengkou-tmp)", [^)]*O_EXCL', log.read_text())
        assert len(created) == 1
        names.append(created[0])
    assert names[0] != names[1]


# ---------------------------------------------------------------- 12. special files as inputs


# import and assign --from read their sheet in output/sheet_reader.py, which on main refuses special files
# itself (core's); extract reads its report through store/files.read_input.
@pytest.mark.parametrize("command", [("extract",)])
def test_12_a_device_or_fifo_as_input_is_refused_at_once(
    command: tuple[str, ...], ledger: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo-report.txt"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        result = cli(ledger, *command, path, timeout=30)  # a FIFO without a writer would hang a plain open()
        assert result.returncode == 2, result.stderr
        assert result.stderr.endswith(
            f"{path}: is not a regular file (a named pipe, a device or a socket); give a saved file\n"
        ), result.stderr


def test_12_an_input_larger_than_the_limit_is_refused_without_reading_it(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as file:
        file.truncate(files.INPUT_LIMIT + 1)  # sparse: no disk used
    result = run("extract", str(huge))
    assert (result.code, result.stderr) == (
        2,
        f"chengkou-tracker: error: {huge}: is larger than 100 MB; it is not read\n",
    )


# ---------------------------------------------------------------- 14. a signal while the guard installs itself


def test_14_a_signal_while_the_guard_installs_its_handlers_exits_143_without_a_traceback(ledger: Path) -> None:
    script = textwrap.dedent(
        """
        import os, signal, sys
        real = signal.signal
        calls = []

        def installing(number, handler):
            previous = real(number, handler)
            calls.append(number)
            if len(calls) == 2 and callable(handler):  # the guard's second handler: SIGTERM arrives now
                os.kill(os.getpid(), signal.SIGTERM)
            return previous

        signal.signal = installing
        from chengkou_tracker.cli import app
        app(["record", "T001", "5"])
        """
    )
    before = ledger.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", script], env=cli_env(ledger), capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stderr) == (-signal.SIGTERM, "")
    assert ledger.read_bytes() == before
    assert temporaries(ledger.parent) == []


# ---------------------------------------------------------------- 15. killed runs' litter


def test_15_the_next_write_removes_the_temporary_files_of_killed_runs_but_not_a_live_ones(
    run: Run, ledger: Path, tmp_path: Path
) -> None:
    litter = [tmp_path / f".{name}.{os.urandom(6).hex()}.chengkou-tmp" for name in ("report.html", "draft.toml")]
    for path in litter:
        path.write_text("half a file")  # what a run killed mid-write leaves: no process holds it
    live = tmp_path / f".export.json.{os.urandom(6).hex()}.chengkou-tmp"
    live.write_text("being written")
    with open(live, "rb") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)  # a writer still at work holds its file
        assert run("extract", str(REPORT), "--output", "draft.toml").code == 0
        assert temporaries(tmp_path) == [live.name]
    assert run("record", "T001", "5").code == 0
    assert temporaries(tmp_path) == []


def test_15_a_killed_extract_leaves_nothing_after_the_next_write(ledger: Path, tmp_path: Path) -> None:
    """A real kill: extract killed (SIGKILL) halfway through writing its draft, then a record beside it."""
    script = textwrap.dedent(
        """
        import os, signal
        from chengkou_tracker.store import files

        def half_then_killed(descriptor, data):
            os.write(descriptor, data[: len(data) // 2])
            os.kill(os.getpid(), signal.SIGKILL)

        files._write_all = half_then_killed
        from chengkou_tracker.cli import app
        app(["extract", REPORT, "--output", "draft.toml"])
        """
    ).replace("REPORT", repr(str(REPORT)))
    killed = subprocess.run([sys.executable, "-c", script], env=cli_env(ledger), cwd=tmp_path, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    assert len(temporaries(tmp_path)) == 1 and not (tmp_path / "draft.toml").exists()
    assert cli(ledger, "record", "T001", "5").returncode == 0
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("moment", ["before the rename", "after the rename"])
def test_15_a_writer_killed_while_the_ledger_has_its_second_name_does_not_block_the_next(
    ledger: Path, tmp_path: Path, moment: str
) -> None:
    """A real kill at the instant the ledger has two names (files._replace_checked): the next writer, holding
    the lock, knows the second name for its own and removes it rather than refusing a hard-linked ledger."""
    script = textwrap.dedent(
        """
        import os, signal
        from chengkou_tracker.store import files

        real_replace = os.replace

        def killed(source, target):
            if target.endswith("commitments.toml"):
                if AFTER:
                    real_replace(source, target)
                os.kill(os.getpid(), signal.SIGKILL)
            real_replace(source, target)

        files.os.replace = killed
        from chengkou_tracker.cli import app
        app(["record", "T001", "5", "--note", "a writer killed mid-change"])
        """
    ).replace("AFTER", repr(moment == "after the rename"))
    killed = subprocess.run([sys.executable, "-c", script], env=cli_env(ledger), cwd=tmp_path, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    assert len([name for name in temporaries(tmp_path) if name.endswith(".chengkou-kept")]) == 1
    assert (ledger.stat().st_nlink, b"a writer killed mid-change" in ledger.read_bytes()) == (
        (2, False) if moment == "before the rename" else (1, True)
    )
    result = cli(ledger, "record", "T001", "6", "--note", "next", "--correct")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert temporaries(tmp_path) == [] and ledger.stat().st_nlink == 1
    assert cli(ledger, "validate").returncode == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="giving the ledger another owner needs root")
def test_15_a_leftover_second_name_of_a_ledger_another_user_owns_is_removed_too(ledger: Path, tmp_path: Path) -> None:
    """A shared ledger: the killed writer's second name is the ledger itself, owned by whoever owns the ledger."""
    os.chown(ledger, 4321, 4321)
    os.link(ledger, tmp_path / f".commitments.toml.{os.urandom(6).hex()}.chengkou-kept")
    result = cli(ledger, "record", "T001", "6")
    assert (result.returncode, result.stderr) == (0, "")
    assert temporaries(tmp_path) == [] and (ledger.stat().st_nlink, ledger.stat().st_uid) == (1, 4321)


def test_15_a_second_name_the_user_gave_the_ledger_is_still_refused(ledger: Path, tmp_path: Path) -> None:
    os.link(ledger, tmp_path / "backup.toml")  # not the tool's own second name: it is the user's file
    before = ledger.read_bytes()
    result = cli(ledger, "record", "T001", "6")
    assert result.returncode == 3 and "2 hard links" in result.stderr
    assert ledger.read_bytes() == before and (tmp_path / "backup.toml").exists()


# ---------------------------------------------------------------- tests worth adding: import identity, field by field


@pytest.mark.parametrize(
    ("column", "first", "second"),
    [("note", "上半年", "下半年"), ("source", "统计局", "发改委"), ("final", "false", "true")],
)
def test_rows_that_differ_only_in_one_field_are_imported_not_skipped(
    run: Run, ledger: Path, tmp_path: Path, column: str, first: str, second: str
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(f"id,date,value,{column}\nT001,2023-06-30,5,{first}\n", "utf-8")
    assert run("import", str(rows)).stdout == "imported 1 updates as change 1\n"
    rows.write_text(f"id,date,value,{column}\nT001,2023-06-30,5,{first}\nT001,2023-06-30,5,{second}\n", "utf-8")
    assert run("import", str(rows)).stdout == "imported 1 updates as change 2; skipped 1 already recorded\n"
    history = run("history", "T001").stdout
    assert history.count("2023-06-30") == 2, history


# ---------------------------------------------------------------- 4. a change that landed is not reported as failed


def _shell(ledger: Path, command: str) -> subprocess.CompletedProcess[str]:
    """COMMAND run by sh with the tool as `ct`, so that its stdout can be /dev/full or closed."""
    tool = f"{sys.executable} -m chengkou_tracker"
    return subprocess.run(["sh", "-c", command.replace("ct ", tool + " ")], env=cli_env(ledger), capture_output=True,
                          text=True, timeout=120)  # fmt: skip


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "command",
    ["ct record T001 5 > /dev/full", "ct record T001 5 >&-", "ct --lang zh record T001 5 > /dev/full"],
)
def test_4_a_recorded_figure_whose_line_cannot_be_printed_exits_0_and_says_so_in_one_line(
    ledger: Path, command: str
) -> None:
    result = _shell(ledger, command)
    chinese = "--lang zh" in command
    reason = ("磁盘已满" if chinese else "No space left on device") if "full" in command else "Bad file descriptor"
    expected = (
        f"chengkou-tracker: 修改已保存，但无法输出结果（{reason}）\n"
        if chinese
        else f"chengkou-tracker: the change is saved, but its result could not be printed ({reason})\n"
    )
    assert (result.returncode, result.stderr) == (0, expected)
    assert [u.value for u in ledger_load(ledger).updates] == [5.0]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_4_undo_and_init_force_whose_line_cannot_be_printed_exit_0_so_a_retry_does_no_harm(ledger: Path) -> None:
    assert _shell(ledger, "ct record T001 5 && ct record T002 6").returncode == 0
    undone = _shell(ledger, "ct undo --yes > /dev/full")
    assert undone.returncode == 0 and undone.stderr.startswith("chengkou-tracker: the change is saved")
    assert [u.commitment for u in ledger_load(ledger).updates] == ["T001"]  # one change undone, not two
    replaced = _shell(ledger, f"cd {ledger.parent} && ct init --force > /dev/full")
    assert replaced.returncode == 0, replaced.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_4_a_listing_that_cannot_be_printed_exits_4_and_a_broken_pipe_says_nothing(ledger: Path) -> None:
    full = _shell(ledger, "ct list > /dev/full")
    assert (full.returncode, full.stderr) == (
        4,
        "chengkou-tracker: error: could not print the result (No space left on device); nothing was changed\n",
    )
    piped = _shell(ledger, "ct --lang zh list --format csv | head -c 10 > /dev/null; echo done")
    assert (piped.stdout, piped.stderr) == ("done\n", "")


def ledger_load(ledger: Path):  # type: ignore[no-untyped-def]
    from chengkou_tracker.store.ledger import load

    return load(str(ledger))


# ---------------------------------------------------------------- 8. who made a change, when the user database fails


def test_8_a_change_names_the_users_number_when_the_user_database_cannot_be_read(ledger: Path) -> None:
    env = {key: value for key, value in cli_env(ledger).items() if key not in ("LOGNAME", "USER", "LNAME", "USERNAME")}
    # getpwuid fails as an I/O error would: a Python start-up hook replaces it before the tool runs.
    hook = ledger.parent / "sitecustomize.py"
    hook.write_text("import pwd\ndef _fail(uid):\n    raise OSError(5, 'Input/output error')\npwd.getpwuid = _fail\n")
    env["PYTHONPATH"] = f"{ledger.parent}{os.pathsep}{env['PYTHONPATH']}"
    result = subprocess.run([sys.executable, "-m", "chengkou_tracker", "record", "T001", "5"], env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [u.by for u in ledger_load(ledger).updates] == [f"uid:{os.getuid()}"]


def test_14_an_io_error_the_core_did_not_expect_is_one_line_not_a_traceback(
    ledger: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import chengkou_tracker.status

    def failing(*_: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(chengkou_tracker.status, "assess_ledger", failing)
    result = run("list")
    assert (result.code, result.stdout, result.stderr) == (
        3,
        "",
        "chengkou-tracker: error: the system failed: Input/output error; nothing was changed\n",
    )
    chinese = run("--lang", "zh", "list")
    assert chinese.stderr == "chengkou-tracker: 错误: 系统出错: 输入输出错误；未做任何修改\n"
