"""Hostile input gets one clear line, the documented exit code, and leaves the ledger's bytes alone."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from chengkou_tracker.model import MAX_TEXT
from tests.conftest import BUNDLED, Run

BUNDLED_TEXT = BUNDLED.read_text("utf-8")
T001_TARGET_LINE = BUNDLED_TEXT.splitlines().index("target = 7") + 1
T001_DEADLINE_LINE = BUNDLED_TEXT.splitlines().index("deadline = 2023-12-31") + 1
END_LINE = BUNDLED_TEXT.count("\n") + 2  # the header of a table appended after a blank line


def _damage(old: str, new: str) -> bytes:
    """The bundled ledger with the first OLD replaced by NEW."""
    assert old in BUNDLED_TEXT
    return BUNDLED_TEXT.replace(old, new, 1).encode("utf-8")


def _appended(table: str) -> bytes:
    return (BUNDLED_TEXT + "\n" + table).encode("utf-8")


UPDATE = '[[update]]\nchange = 1\ncommitment = "{id}"\ndate = {date}\nvalue = {value}\nby = "x"\n'
UPDATE += "recorded_at = 2023-07-02T09:00:00Z\n"


@dataclass(frozen=True)
class BrokenLedger:
    """A ledger file that is not a valid ledger: `validate` and every command exit 3 and change nothing."""

    name: str
    content: bytes | None  # None: the ledger is a folder
    problem: str  # regex for validate's first line (FILE:LINE: message)


BROKEN_LEDGERS = [
    BrokenLedger(
        "invalid TOML",
        _damage("target = 7\n", "target = = 7\n"),
        rf"commitments\.toml:{T001_TARGET_LINE}:\d+: invalid TOML: Invalid value",
    ),
    BrokenLedger("empty file", b"", r"commitments\.toml:1: the ledger is empty \(no \[\[commitment\]\] tables\)"),
    BrokenLedger(
        "whitespace only", b"\n  \n", r"commitments\.toml:1: the ledger is empty \(no \[\[commitment\]\] tables\)"
    ),
    BrokenLedger(
        "binary garbage",
        b"PK\x03\x04\x14\x00\x00\x08\xff\xfe",
        r"commitments\.toml:1: not UTF-8 text \(is this a ledger\?\)",
    ),
    BrokenLedger("NUL bytes", b"[[commitment]]\nid = \x00\n", r"commitments\.toml:2:\d+: invalid TOML: .*"),
    BrokenLedger(
        "duplicate ids",
        _damage('id = "T002"', 'id = "T001"'),
        r"commitments\.toml:\d+: duplicate id 'T001' \(first at line 39\)",
    ),
    BrokenLedger(
        "wrong type",
        _damage("target = 7\n", 'target = "7%"\n'),
        rf"commitments\.toml:{T001_TARGET_LINE}: 'target' must be a number, not a string",
    ),
    BrokenLedger(
        "nan",
        _damage("target = 7\n", "target = nan\n"),
        rf"commitments\.toml:{T001_TARGET_LINE}: 'target' must be a finite number, not nan",
    ),
    BrokenLedger(
        "inf",
        _damage("target = 7\n", "target = -inf\n"),
        rf"commitments\.toml:{T001_TARGET_LINE}: 'target' must be a finite number, not -inf",
    ),
    BrokenLedger(
        "1e999",
        _damage("target = 7\n", "target = 1e999\n"),
        rf"commitments\.toml:{T001_TARGET_LINE}: 'target' must be a finite number, not inf",
    ),
    BrokenLedger(
        "empty value",
        _damage("target = 7\n", "target =\n"),
        rf"commitments\.toml:{T001_TARGET_LINE}:\d+: invalid TOML: Invalid value",
    ),
    BrokenLedger(
        "empty string",  # (title_en may be empty: drafts from `extract` have none yet)
        _damage('title = "地区生产总值增速"', 'title = ""'),
        r"commitments\.toml:\d+: 'title' is empty",
    ),
    BrokenLedger(
        "impossible date",
        _damage("deadline = 2023-12-31", "deadline = 2023-02-30"),
        rf"commitments\.toml:{T001_DEADLINE_LINE}:\d+: invalid TOML: .*",
    ),
    BrokenLedger(
        "update naming an unknown id",
        _appended(UPDATE.format(id="T999", date="2023-06-30", value=5)),
        rf"commitments\.toml:{END_LINE + 2}: \[\[update\]\] names unknown commitment 'T999'",
    ),
    BrokenLedger(
        "update with a string value",
        _appended(UPDATE.format(id="T001", date="2023-06-30", value='"lots"')),
        rf"commitments\.toml:{END_LINE + 4}: 'value' must be a number, not a string",
    ),
    BrokenLedger(
        "update with a NaN value",
        _appended(UPDATE.format(id="T001", date="2023-06-30", value="nan")),
        rf"commitments\.toml:{END_LINE + 4}: 'value' must be a finite number, not nan",
    ),
    BrokenLedger("a folder where the ledger should be", None, r"commitments\.toml: is a folder, not a ledger file"),
]


def _install(ledger: Path, case: BrokenLedger) -> None:
    if case.content is None:
        ledger.unlink()
        ledger.mkdir()
    else:
        ledger.write_bytes(case.content)


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry in FOLDER (recursively) with its bytes; None for folders and the lock file's stays out."""
    return {
        str(path.relative_to(folder)): (None if path.is_dir() else path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if not path.name.endswith(".lock")
    }


@pytest.mark.parametrize("case", BROKEN_LEDGERS, ids=lambda case: case.name)
def test_a_broken_ledger_is_reported_with_file_and_line_and_never_changed(
    case: BrokenLedger, ledger: Path, tmp_path: Path, run: Run
) -> None:
    _install(ledger, case)
    before = _snapshot(tmp_path)

    checked = run("validate")
    assert checked.code == 3
    # validate prints problems bare (FILE:LINE: ...); an unreadable file is an error line instead.
    first = checked.stderr.splitlines()[0].removeprefix("chengkou-tracker: error: ")
    assert re.fullmatch(case.problem, first), first

    for command in (("record", "T001", "5"), ("edit", "T001", "--owner", "x"), ("undo", "--yes"), ("list",)):
        result = run(*command)
        assert result.code == 3, command
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert re.fullmatch(r"chengkou-tracker: error: " + case.problem + r"( \(and \d+ more; .*\))?", line), line
    assert _snapshot(tmp_path) == before


def test_a_missing_ledger_is_exit_3_naming_it(tmp_path: Path, run: Run) -> None:
    missing = tmp_path / "nowhere.toml"
    for command in (("validate",), ("record", "T001", "5"), ("list",)):
        result = run("--ledger", str(missing), *command)
        assert (result.code, result.stdout) == (3, "")
        assert result.stderr == (
            f"chengkou-tracker: error: {missing}: no such ledger (run 'chengkou-tracker init' to create one)\n"
        )
    assert not missing.exists()
    no_ledger_here = run("record", "T001", "5")
    assert (no_ledger_here.code, no_ledger_here.stderr) == (
        3,
        "chengkou-tracker: error: no ledger here: run 'chengkou-tracker init' to create ./commitments.toml\n",
    )
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- bad input to a good ledger


@dataclass(frozen=True)
class BadInput:
    """A command with bad input: exit 2, this one line on stderr (a regex), the ledger unchanged."""

    name: str
    args: tuple[str, ...]
    message: str
    csv: bytes | None = None  # written to ./rows.csv first


BIG = "x" * 1_000_000
ROWS = "id,date,value,note\n"
BAD_INPUTS = [
    BadInput("unknown id", ("record", "T999", "5"), r"unknown commitment id 'T999' \(did you mean T099, .*\?\)"),
    BadInput(
        "unknown id, a letter for a digit",
        ("record", "T0O1", "5"),
        r"unknown commitment id 'T0O1' \(did you mean .*\?\)",
    ),
    BadInput("word for a number", ("record", "T001", "seven"), r"value 'seven' for T001 is not a number"),
    BadInput("nan", ("record", "T001", "nan"), r"value 'nan' for T001 is not a finite number"),
    BadInput("inf", ("record", "--", "T001", "-inf"), r"value '-inf' for T001 is not a finite number"),
    BadInput("1e999", ("record", "T001", "1e999"), r"value '1e999' for T001 is not a finite number"),
    BadInput("empty value", ("record", "T001", ""), r"value '' for T001 is not a number"),
    BadInput("hex value", ("record", "T001", "0x10"), r"value '0x10' for T001 is not a number"),
    BadInput(
        "number for a milestone",
        ("record", "M001", "5"),
        r"M001 is a milestone: its value is 'started' or 'done', not '5'",
    ),
    BadInput(
        "done for a figure",
        ("record", "T001", "done"),
        r"T001 is numeric \(growth\): 'done' only applies to milestones",
    ),
    BadInput(
        "impossible date",
        ("record", "T001", "5", "--date", "2023-02-30"),
        r"--date '2023-02-30' is not a date like YYYY-MM-DD, YYYY/MM/DD, YYYY\.MM\.DD or YYYY年MM月DD日",
    ),
    BadInput(
        "date that is text",
        ("record", "T001", "5", "--date", "soon"),
        r"--date 'soon' is not a date like YYYY-MM-DD, .*",
    ),
    BadInput(
        "future date",
        ("record", "T001", "5", "--date", "2999-01-01"),
        r"date 2999-01-01 is in the future \(today is \d{4}-\d\d-\d\d\)",
    ),
    BadInput(
        "escape codes in a bad value",
        ("record", "T001", "\x1b[31m5"),
        r"value '\\x1b\[31m5' for T001 is not a number",
    ),
    BadInput(
        "note over the limit",
        ("record", "T001", "5", "--note", "n" * (MAX_TEXT + 1)),
        rf"note is too long \({MAX_TEXT + 1} characters; at most {MAX_TEXT}\)",
    ),
    BadInput(
        "negative tolerance", ("edit", "T001", "--tolerance", "-1"), r"tolerance -1.0 must be a finite number >= 0"
    ),
    BadInput("nan tolerance", ("edit", "T001", "--tolerance", "nan"), r"--tolerance 'nan' is not a finite number"),
    BadInput(
        "impossible deadline",
        ("edit", "T001", "--deadline", "2023-13-01"),
        r"--deadline '2023-13-01' is not a date like .*",
    ),
    BadInput("empty English title", ("edit", "T001", "--title-en", " "), r"title_en must not be empty"),
    BadInput("init over a ledger", ("init",), r"commitments\.toml already exists; use --force to overwrite it"),
    BadInput(
        "CSV: a megabyte note",
        ("import", "rows.csv"),
        rf"rows\.csv:2: a cell is too long \(more than 131072 characters; at most {MAX_TEXT}\)",
        (ROWS + f"T001,2023-06-30,5,{BIG}\n").encode(),
    ),
    BadInput(
        "CSV: a 100 kB note",
        ("import", "rows.csv"),
        rf"rows\.csv:3: note is too long \(100000 characters; at most {MAX_TEXT}\)",
        (ROWS + "T001,2023-06-30,5,ok\n" + f"T002,2023-06-30,5,{BIG[:100_000]}\n").encode(),
    ),
    BadInput(
        "CSV: missing column",
        ("import", "rows.csv"),
        r"rows\.csv:1: missing column 'value' \(required: id,date,value\)",
        b"id,date,note\nT001,2023-06-30,hello\n",
    ),
    BadInput(
        "CSV: unknown extra column",
        ("import", "rows.csv"),
        r"rows\.csv:1: unknown column 'comment' \(columns are id,date,value,note,source,by,final\)",
        b"id,date,value,comment\nT001,2023-06-30,5,hello\n",
    ),
    BadInput(
        "CSV: a bad row in the middle",
        ("import", "rows.csv"),
        r"rows\.csv:3: value 'lots' for T002 is not a number",
        (ROWS + "T001,2023-06-30,5,a\nT002,2023-06-30,lots,b\nT003,2023-06-30,7,c\n").encode(),
    ),
    BadInput(
        "CSV: unknown id in a row",
        ("import", "rows.csv"),
        r"rows\.csv:2: unknown commitment id 'X1'",
        (ROWS + "X1,2023-06-30,5,a\n").encode(),
    ),
    BadInput(
        "CSV: a row with too few cells",
        ("import", "rows.csv"),
        r"rows\.csv:3: expected 4 cells, found 2",
        (ROWS + "T001,2023-06-30,5,a\nT002,2023-06-30\n").encode(),
    ),
    BadInput(
        "CSV: future date",
        ("import", "rows.csv"),
        r"rows\.csv:2: date 2999-12-31 is in the future \(today is .*\)",
        (ROWS + "T001,2999-12-31,5,a\n").encode(),
    ),
    BadInput(
        "CSV: binary garbage",
        ("import", "rows.csv"),
        r"rows\.csv: neither UTF-8 nor GB18030 text \(byte \d+\); save the sheet as CSV UTF-8",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8",
    ),
    BadInput(
        "CSV: NUL bytes",
        ("import", "rows.csv"),
        r"rows\.csv: contains NUL bytes; is it really a CSV file\?",
        b"id,date,value\nT001,2023-06-30,5\x00\n",
    ),
    BadInput("CSV: empty file", ("import", "rows.csv"), r"rows\.csv: empty file \(expected a header: .*\)", b""),
    BadInput("CSV: header only", ("import", "rows.csv"), r"rows\.csv: no rows to import", b"id,date,value\n"),
    BadInput("CSV: missing file", ("import", "nothing.csv"), r"nothing\.csv: cannot read: No such file or directory"),
]


@pytest.mark.parametrize("case", BAD_INPUTS, ids=lambda case: case.name)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    case: BadInput, ledger: Path, tmp_path: Path, run: Run
) -> None:
    if case.csv is not None:
        (tmp_path / "rows.csv").write_bytes(case.csv)
    before = _snapshot(tmp_path)
    result = run(*case.args)
    assert (result.code, result.stdout) == (2, "")
    (line,) = result.stderr.splitlines()
    assert re.fullmatch("chengkou-tracker: error: " + case.message, line), line
    assert "\x1b" not in result.stderr
    assert _snapshot(tmp_path) == before


# ---------------------------------------------------------------- hostile text that is valid input

HOSTILE_NOTES = {
    "markup": ("[bold]loud[/bold] [/] [red]x", "[bold]loud[/bold] [/] [red]x"),
    "link": ("[link=https://evil.example]click[/link]", "[link=https://evil.example]click[/link]"),
    "ANSI": ("\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07x", "\\x1b[31mred\\x1b[0m \\x1b]8;;https://evil.example\\x07x"),
    "control characters": ("bell\x07 back\x08 cr\r tab\t del\x7f c1\x9b", "bell\\x07 back\\x08 cr\\x0d tab\\x09 del\\x7f c1\\x9b"),
    "right-to-left override": ("total \u202e0001\u202c ok \u2067x\u2069", "total \\u202e0001\\u202c ok \\u2067x\\u2069"),
}  # fmt: skip


@pytest.mark.parametrize("name", list(HOSTILE_NOTES))
def test_hostile_notes_are_stored_exactly_and_shown_inert(name: str, ledger: Path, run: Run) -> None:
    note, shown = HOSTILE_NOTES[name]
    recorded = run("record", "T001", "5", "--note", note)
    assert (recorded.code, recorded.stderr) == (0, "")
    stored = run("history", "--format", "json")
    assert [change["note"] for change in json.loads(stored.stdout)] == [note]
    for command in (("history",), ("show", "T001"), ("history", "T001")):
        result = run(*command)
        assert result.code == 0
        assert shown in result.stdout, command  # literal markup, controls as visible escapes
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", result.stdout), command


def test_a_csv_saved_by_excel_imports(ledger: Path, tmp_path: Path, run: Run) -> None:
    rows = 'id,date,value,note,final\r\nT001,2023-06-30,6.8,上半年,no\r\nM001,2023-05-01,started,"a, b",\r\n'
    (tmp_path / "excel.csv").write_bytes(b"\xef\xbb\xbf" + rows.encode("utf-8"))
    result = run("import", "excel.csv")
    assert (result.code, result.stdout, result.stderr) == (0, "imported 2 updates as change 1\n", "")
    changes = json.loads(run("history", "--format", "json").stdout)
    assert [(c["commitment"], c["date"], c["value"], c["note"]) for c in changes] == [
        ("T001", "2023-06-30", 6.8, "上半年"),
        ("M001", "2023-05-01", "started", "a, b"),
    ]
    assert run("validate").code == 0


# ---------------------------------------------------------------- permissions and links


def _skip_if_permissions_do_not_apply(folder: Path) -> None:
    """Root (with CAP_DAC_OVERRIDE) writes through any mode bits; these tests mean nothing there."""
    probe = folder / "probe"
    probe.write_bytes(b"")
    probe.chmod(0o444)
    try:
        with open(probe, "ab"):
            pass
    except PermissionError:
        return
    finally:
        probe.unlink()
    pytest.skip("file permissions do not stop this user from writing (root?)")


def test_a_read_only_ledger_gives_a_clear_error_and_leaves_nothing_behind(
    ledger: Path, tmp_path: Path, run: Run
) -> None:
    _skip_if_permissions_do_not_apply(tmp_path)
    assert run("record", "T001", "4").code == 0
    ledger.chmod(0o444)
    before = _snapshot(tmp_path)
    try:
        for command, message in [
            (("record", "T001", "5"), "commitments.toml: cannot write the ledger: Permission denied"),
            (("undo", "--yes"), "commitments.toml: cannot write the ledger: Permission denied"),  # a rewrite
            (("init", "--force"), "commitments.toml: cannot write the ledger: Permission denied"),
        ]:
            result = run(*command)
            assert result.code == 3, command
            assert result.stderr == f"chengkou-tracker: error: {message}\n"
            assert _snapshot(tmp_path) == before
    finally:
        ledger.chmod(0o644)


def test_a_read_only_folder_gives_a_clear_error_and_leaves_nothing_behind(
    ledger: Path, tmp_path: Path, run: Run
) -> None:
    _skip_if_permissions_do_not_apply(tmp_path)
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "commitments.toml"
    target.write_bytes(ledger.read_bytes())
    (folder / "commitments.toml.lock").touch()
    folder.chmod(0o555)
    before = _snapshot(folder)
    try:
        # Every change is written through a temporary file beside the ledger, so none can be made here.
        for command in (("edit", "T001", "--owner", "x"), ("record", "T001", "5")):
            result = run("--ledger", str(target), *command)
            assert result.code == 3, command
            assert result.stderr == f"chengkou-tracker: error: {target}: cannot write in {folder}: Permission denied\n"
            assert _snapshot(folder) == before
    finally:
        folder.chmod(0o755)


def test_a_symlinked_ledger_is_written_through_and_stays_a_link(tmp_path: Path, run: Run) -> None:
    real_folder = tmp_path / "shared"
    real_folder.mkdir()
    target = real_folder / "ledger.toml"
    target.write_bytes(BUNDLED.read_bytes())
    link = tmp_path / "commitments.toml"
    link.symlink_to(target)

    assert run("record", "T001", "5", "--note", "through the link").code == 0  # append
    assert run("edit", "T001", "--owner", "统计局").code == 0
    assert run("undo", "--yes").code == 0  # atomic rewrite of the target
    assert link.is_symlink() and link.resolve() == target
    assert "through the link" in target.read_text("utf-8")
    assert "统计局" not in target.read_text("utf-8")
    assert (real_folder / "ledger.toml.lock").exists()  # the lock is beside the file written, shared by all links
    assert not (tmp_path / "commitments.toml.lock").exists()
    assert sorted(p.name for p in real_folder.iterdir()) == ["ledger.toml", "ledger.toml.lock"]  # no temp left


# ESC[2J (clear the screen), an OSC 8 link, a right-to-left override and the one-byte CSI (U+009B).
HOSTILE_OWNER = "县\x1b[2J\x1b]8;;https://evil.example\x07局\u202e\x9b[31m"
TERMINAL_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def test_ledger_text_reaches_stdout_inert_in_csv_and_json(ledger: Path, run: Run) -> None:
    assert run("assign", HOSTILE_OWNER, "T001").code == 0
    for command in (
        ("list", "--format", "csv"),
        ("export", "--format", "csv"),
        ("--lang", "zh", "export", "--format", "csv"),
        ("list", "--format", "json"),
        ("export",),
        ("check", "--by-owner", "--format", "json"),
        ("history", "--format", "json"),
        ("report", "--format", "json"),
    ):
        result = run(*command)
        assert result.code in (0, 1), command  # check exits 1 when something is overdue
        assert not TERMINAL_CONTROLS.search(result.stdout), command
    listed = run("list", "--format", "json")
    assert json.loads(listed.stdout)[0]["owner"] == HOSTILE_OWNER  # JSON escapes, the data stays exact
    assert "\\u009b[31m" in listed.stdout and "\\u202e" in listed.stdout
    rows = run("list", "--format", "csv").stdout.splitlines()
    assert "县\\x1b[2J\\x1b]8;;https://evil.example\\x07局\\u202e\\x9b[31m" in rows[1]


MIXED = ROWS.encode() + "T001,2023-06-30,5,中文\n".encode() + "T002,2023-06-30,6,中文\n".encode("gb18030")
ENCODING_AND_QUOTES = [
    BadInput(
        "CSV: UTF-8 and GB18030 rows",
        ("import", "rows.csv"),
        r"rows\.csv:3: not in the same encoding as line 2 \(a mix of UTF-8 and GB18030\); "
        r"save the sheet again as CSV UTF-8",
        MIXED,
    ),
    BadInput(
        "CSV: GB18030 rows after a byte-order mark",
        ("import", "rows.csv"),
        r"rows\.csv:2: not in the same encoding as line 1 .*",
        b"\xef\xbb\xbf" + ROWS.encode() + "T001,2023-06-30,5,中文\n".encode("gb18030"),
    ),
    BadInput(
        "CSV: an unclosed quote",
        ("import", "rows.csv"),
        r'rows\.csv:2: a quoted cell starting on this line is never closed \(a " is missing\)',
        (ROWS + 'T001,2023-06-30,5,"half a note\nT002,2023-06-30,6,x\nT003,2023-06-30,7,y\n').encode(),
    ),
    BadInput(
        "CSV: text after a closing quote",
        ("import", "rows.csv"),
        r'rows\.csv:2: a quoted cell has more text after its closing "',
        (ROWS + 'T001,2023-06-30,5,"note" more\n').encode(),
    ),
]


@pytest.mark.parametrize("case", ENCODING_AND_QUOTES, ids=lambda case: case.name)
def test_a_csv_of_mixed_encodings_or_open_quotes_is_refused_naming_the_line(
    case: BadInput, ledger: Path, tmp_path: Path, run: Run
) -> None:
    test_bad_input_is_one_line_exit_2_and_changes_nothing(case, ledger, tmp_path, run)
    chinese = run("--lang", "zh", *case.args)
    assert chinese.code == 2 and chinese.stderr.startswith("chengkou-tracker: 错误: rows.csv:")
    words = re.sub(r"chengkou-tracker|rows\.csv|UTF-8|GB18030|CSV", "", chinese.stderr)
    assert not re.search(r"[A-Za-z]{3,}", words), chinese.stderr  # names of encodings aside, no English


def test_a_csv_wholly_in_gb18030_still_imports(ledger: Path, tmp_path: Path, run: Run) -> None:
    (tmp_path / "rows.csv").write_bytes((ROWS + "T001,2023-06-30,5,中文\nT002,2023-06-30,6,上半年\n").encode("gb18030"))
    assert run("import", "rows.csv").code == 0
    assert [c["note"] for c in json.loads(run("history", "--format", "json").stdout)] == ["中文", "上半年"]


def test_import_and_assign_refuse_anything_but_a_regular_file_at_once(ledger: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    os.mkfifo(tmp_path / "pipe.csv")  # nobody writes to it: reading it would wait for ever
    (tmp_path / "folder.csv").mkdir()
    before = ledger.read_bytes()
    for name in ("pipe.csv", "/dev/zero", "folder.csv"):
        for command in (["import", name], ["assign", "--from", name]):
            result = subprocess.run(
                [sys.executable, "-m", "chengkou_tracker", *command],
                capture_output=True,
                text=True,
                timeout=30,
                cwd=tmp_path,
            )
            assert (result.returncode, result.stdout) == (2, ""), (command, result.stderr[-500:])
            assert result.stderr == (
                f"chengkou-tracker: error: {name}: not a regular file (a pipe, a device or a folder); "
                "give a CSV or xlsx file\n"
            )
    assert ledger.read_bytes() == before
