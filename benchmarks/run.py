"""Time whole processes of chengkou-tracker against the floor of its stack and print each budget of issue 6.

    python benchmarks/run.py                # full benchmark: generates Y, S, S/10 and S/1000, ~10 runs each
    python benchmarks/run.py --runs 5       # fewer runs
    python benchmarks/run.py --quick        # tiny ledgers, one run, no budgets (the smoke test)

How it measures:
- Every command is a fresh process of the interpreter running this script: the tool as
  `python -m chengkou_tracker ...`, the floor F as `python benchmarks/floor_app.py x`, the TOML baseline as
  `python -c "import tomllib; tomllib.load(open(S, 'rb'))"`. stdout is a pipe that is read to the end.
- One untimed warm-up round, then --runs rounds; each round runs every command once, starting at a different
  command each round (round-robin), so drift of the machine lands on all commands alike. Medians are quoted.
- Wall time is taken around spawn-to-reap; peak memory is each process's own ru_maxrss (os.wait4). Linux
  counts the spawning process's peak into a child's ru_maxrss (vfork shares its memory until exec), so this
  script stays small: it imports nothing of the tool and generates the ledgers in a child process.
- Work that is not the command's is done untimed just before it: `record` gets a fresh copy of Y each run;
  "the first check after the ledger changed" gets its ledger (a copy of S) changed in place just before each
  run: the six digits of the last update's note are rewritten, so the content and the modification time
  change but the size does not.
- hyperfine is not used even when installed: it runs each command's runs back to back, and the budgets are
  ratios that need interleaving.

Environment of every run: CHENGKOU_AS_OF=2023-12-31, CHENGKOU_NOW=2024-01-02T09:00:00Z, LANG=C.UTF-8,
NO_COLOR=1, TERM=dumb, no COLUMNS, no CHENGKOU_LEDGER; each command names its ledger with --ledger.
Exit status: 0 when every budget passes (always 0 with --quick unless a command fails), 1 when a budget fails,
2 when a command fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR_APP = HERE / "floor_app.py"
GENERATE = HERE / "generate.py"
REPORT_TEXT = HERE.parent / "chengkou_tracker" / "data" / "report.txt"  # what `extract` reads in its row
DEFAULT_SEED = 2023  # as in generate.py
MARKER_PREFIX = b'note = "benchmark run '  # generate.MARKER, in the last update of each ledger
PY = sys.executable
TOOL = [PY, "-m", "chengkou_tracker"]
OK_CODES = (0, 1)  # `check` exits 1 when something is overdue
ENV_PINS = {
    "CHENGKOU_AS_OF": "2023-12-31",
    "CHENGKOU_NOW": "2024-01-02T09:00:00Z",
    "LANG": "C.UTF-8",
    "NO_COLOR": "1",
    "TERM": "dumb",
}


@dataclass
class Command:
    """One process to time, with untimed preparation before each run."""

    key: str
    label: str
    argv: list[str]
    before: Callable[[], None] | None = None
    seconds: list[float] = field(default_factory=list)
    peak_kb: list[int] = field(default_factory=list)
    missing: str | None = None  # the command does not exist (yet): its rows are n/a
    repeat: int = 1  # runs per round: the sub-second commands run several times for a steadier median

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak(self) -> float:
        return statistics.median(self.peak_kb)


FAST_REPEAT = 3  # runs per round of the commands on Y and of F


class CommandFailed(Exception):
    pass


def run_once(command: Command, env: dict[str, str], cwd: Path) -> None:
    if command.before is not None:
        command.before()
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command.argv, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=cwd)
        assert process.stdout is not None
        while process.stdout.read(1 << 16):
            pass
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        process.stdout.close()
        if process.returncode not in OK_CODES:
            errors.seek(0)
            message = errors.read().decode("utf-8", "replace").strip()
            if "No such command" in message:
                command.missing = message.splitlines()[-1]
                return
            raise CommandFailed(f"{command.label}: exit {process.returncode}: {message[-2000:]}")
    command.seconds.append(elapsed)
    command.peak_kb.append(usage.ru_maxrss)


def measure(commands: list[Command], runs: int, warmup: int, env: dict[str, str], cwd: Path) -> None:
    for round_number in range(warmup + runs):
        timed = round_number >= warmup
        shift = round_number % len(commands)
        rotated = commands[shift:] + commands[:shift]
        passes = max(command.repeat for command in commands)
        # Each pass runs every command that still has runs left this round, so repeats stay interleaved.
        sequence = [command for index in range(passes) for command in rotated if command.repeat > index]
        for command in sequence:
            if command.missing:
                continue
            run_once(command, env, cwd)
            if not timed and command.seconds:
                command.seconds.pop()
                command.peak_kb.pop()
        done = round_number + 1
        sys.stderr.write(f"\r  round {done}/{warmup + runs}{' (warm-up)' if not timed else ''}   ")
        sys.stderr.flush()
    sys.stderr.write("\n")


@dataclass(frozen=True)
class Generated:
    """A ledger written by generate.py."""

    name: str
    path: Path
    commitments: int
    updates: int
    size: int


def generate(out: Path, seed: int, quick: bool) -> dict[str, Generated]:
    """Run generate.py in a child process (see the note on ru_maxrss above)."""
    argv = [PY, str(GENERATE), str(out), "--seed", str(seed), "--json", *(["--quick"] if quick else [])]
    written = json.loads(subprocess.run(argv, check=True, capture_output=True, text=True).stdout)
    return {item["name"]: Generated(**{**item, "path": Path(item["path"])}) for item in written}


@dataclass
class Row:
    name: str
    budget: float
    formula: str
    value: Callable[[dict[str, Command]], float]
    needs: tuple[str, ...]


ROWS = [
    Row("chengkou-tracker --version", 1.0, "version / F", lambda c: c["version"].median / c["F"].median,
        ("version", "F")),
    Row("record ID VALUE on Y", 1.3, "record / F", lambda c: c["record"].median / c["F"].median, ("record", "F")),
    Row("check on Y", 1.3, "check Y / F", lambda c: c["checkY"].median / c["F"].median, ("checkY", "F")),
    Row("list on Y", 2.2, "list Y / F", lambda c: c["listY"].median / c["F"].median, ("listY", "F")),
    Row("report --format html on Y", 3.0, "report / F", lambda c: c["reportY"].median / c["F"].median,
        ("reportY", "F")),
    Row("export --format xlsx on Y", 3.0, "export xlsx / F", lambda c: c["xlsxY"].median / c["F"].median,
        ("xlsxY", "F")),
    Row("import of a 1,000-row xlsx", 3.0, "import xlsx / F", lambda c: c["importX"].median / c["F"].median,
        ("importX", "F")),
    Row("check --format json on S", 0.6, "check json S / tomllib S",
        lambda c: c["jsonS"].median / c["tomllibS"].median, ("jsonS", "tomllibS")),
    # Issue 6 wrote this row with F as the fixed cost, (check S - F) / (check S/10 - F): right while the tool started as
    # slowly as F. Since no command imports Pydantic (cli/parsing.py) it starts well below F, check on S/10 runs below
    # F itself, and that form divides by a difference near zero or below it. The start-up subtracted is the tool's own,
    # `--version` (Typer and nothing of a command), as F was the stack's. check on S/1000 (10 commitments) is measured
    # too, and the report prints the ratio with it subtracted instead, without a budget.
    Row("check on S vs S/10 (linear)", 11.0, "(check S - version) / (check S/10 - version)",
        lambda c: (c["checkS"].median - c["version"].median) / (c["checkS10"].median - c["version"].median),
        ("checkS", "checkS10", "version")),
    Row("first check --format json on S after a change", 0.8, "first check json S / tomllib S",
        lambda c: c["firstS"].median / c["tomllibS"].median, ("firstS", "tomllibS")),
    Row("peak memory of check on S", 1.5, "peak RSS check S / peak RSS tomllib S",
        lambda c: c["checkS"].peak / c["tomllibS"].peak, ("checkS", "tomllibS")),
    Row("extract on the 2023 report", 2.0, "extract / F", lambda c: c["extract"].median / c["F"].median,
        ("extract", "F")),
]  # fmt: skip


def build_commands(ledgers: dict[str, Generated], work: Path) -> list[Command]:
    y, s, s10, s1000 = (str(ledgers[name].path) for name in ("Y", "S", "S/10", "S/1000"))
    y_copy = work / "Y-record.toml"
    s_changed = work / "S-changed.toml"
    shutil.copyfile(ledgers["S"].path, s_changed)
    with open(s_changed, "rb") as file:  # only the tail: the whole file would raise this process's peak
        tail_start = max(0, file.seek(0, os.SEEK_END) - 4096)
        file.seek(tail_start)
        marker_offset = tail_start + file.read().rindex(MARKER_PREFIX) + len(MARKER_PREFIX)
    counter = iter(range(1, 10**6))

    def fresh_y() -> None:
        shutil.copyfile(y, y_copy)

    def change_s() -> None:
        descriptor = os.open(s_changed, os.O_WRONLY)
        try:
            os.pwrite(descriptor, f"{next(counter):06d}".encode(), marker_offset)
        finally:
            os.close(descriptor)

    y_import = work / "Y-import.toml"
    rows_xlsx = work / "rows.xlsx"
    write_rows_xlsx(rows_xlsx)

    def fresh_y_import() -> None:
        shutil.copyfile(y, y_import)

    tomllib_s = f"import tomllib; tomllib.load(open({s!r}, 'rb'))"
    fast = FAST_REPEAT
    return [
        Command("F", "F: floor_app.py x", [PY, str(FLOOR_APP), "x"], repeat=fast),
        Command("version", "--version", [*TOOL, "--version"], repeat=fast),
        Command("record", "record T001 7.3 on a fresh copy of Y", [*TOOL, "-l", str(y_copy), "record", "T001", "7.3"],
                before=fresh_y, repeat=fast),
        Command("checkY", "check on Y", [*TOOL, "-l", y, "check"], repeat=fast),
        Command("listY", "list on Y (to a pipe)", [*TOOL, "-l", y, "list"], repeat=fast),
        Command("reportY", "report --month 2023-12 --format html on Y",
                [*TOOL, "-l", y, "report", "--month", "2023-12", "--format", "html"], repeat=fast),
        Command("xlsxY", "export --format xlsx on Y", [*TOOL, "-l", y, "export", "--format", "xlsx", "--output",
                str(work / "Y.xlsx")], repeat=fast),
        Command("importX", "import of 1,000 xlsx rows into a copy of Y", [*TOOL, "-l", str(y_import), "import",
                str(rows_xlsx), "--force"], before=fresh_y_import, repeat=fast),
        Command("jsonS", "check --format json on S", [*TOOL, "-l", s, "check", "--format", "json"]),
        Command("firstS", "check --format json on S, just changed", [*TOOL, "-l", str(s_changed), "check", "--format",
                "json"], before=change_s),
        Command("checkS", "check on S", [*TOOL, "-l", s, "check"]),
        Command("checkS10", "check on S/10", [*TOOL, "-l", s10, "check"], repeat=fast),
        Command("checkS1000", "check on S/1000", [*TOOL, "-l", s1000, "check"], repeat=fast),
        Command("tomllibS", "tomllib.load(S)", [PY, "-c", tomllib_s]),
        Command("extract", "extract the bundled 2023 report (51 KB) to a pipe",
                [*TOOL, "extract", str(REPORT_TEXT)], repeat=fast),
    ]  # fmt: skip


# 1,000 figures for the numeric commitments T001-T150 of Y, on days of early 2023 that Y does not use.
ROWS_XLSX = """
import datetime as dt, sys, xlsxwriter
book = xlsxwriter.Workbook(sys.argv[1])
sheet = book.add_worksheet("填报")
dates = book.add_format({"num_format": "yyyy-mm-dd"})
sheet.write_row(0, 0, ["编号", "日期", "数值", "备注", "来源"])
for index in range(1000):
    sheet.write_string(index + 1, 0, f"T{index % 150 + 1:03d}")
    sheet.write_datetime(index + 1, 1, dt.datetime(2023, 1, 2) + dt.timedelta(days=index // 150), dates)
    sheet.write_number(index + 1, 2, index / 10)
    sheet.write_row(index + 1, 3, [f"第{index}行", "县统计局"])
book.close()
"""


def write_rows_xlsx(path: Path) -> None:
    """The sheet `import` reads, written in a child process (this script imports nothing heavy)."""
    subprocess.run([PY, "-c", ROWS_XLSX, str(path)], check=True)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = next(
            f"{int(line.split()[1]) / 2**20:.0f} GiB RAM"
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        memory = "? RAM"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return f"{model}, {os.cpu_count()} CPUs, {memory}, {platform.system()} {platform.release()}, load {load}"


def versions() -> str:
    from importlib.metadata import version

    return f"Python {platform.python_version()}, typer {version('typer')}, rich {version('rich')}"


def report(commands: list[Command], ledgers: dict[str, Generated], runs: int, warmup: int, quick: bool) -> int:
    by_key = {command.key: command for command in commands}
    print(f"machine: {machine()}")
    print(f"stack:   {versions()}; the tool runs as `{Path(PY).name} -m chengkou_tracker`, F as "
          f"`{Path(PY).name} benchmarks/floor_app.py x`")  # fmt: skip
    print(
        f"timing:  own loop, {warmup} warm-up round(s) + {runs} timed round(s), round-robin, medians;"
        f" F and the commands on Y run {FAST_REPEAT} times a round, interleaved"
    )
    for ledger in ledgers.values():
        print(f"ledger {ledger.name}: {ledger.commitments} commitments, {ledger.updates} updates, "
              f"{ledger.size / 1e6:.2f} MB")  # fmt: skip
    print()
    print(f"{'command':<48} {'median':>10} {'min':>10} {'max':>10} {'peak RSS':>10}")
    for command in commands:
        if command.missing:
            print(f"{command.label:<48} {'n/a: ' + command.missing}")
            continue
        print(f"{command.label:<48} {command.median * 1000:>8.1f}ms {min(command.seconds) * 1000:>8.1f}ms "
              f"{max(command.seconds) * 1000:>8.1f}ms {command.peak / 1024:>7.1f}MiB")  # fmt: skip
    print()
    print(f"{'budget':<48} {'ratio':>7} {'budget':>8}  verdict  ({'measured as'})")
    failed = 0
    for row in ROWS:
        missing = [by_key[key].label for key in row.needs if by_key[key].missing]
        if missing:
            verdict = "n/a" if quick else "FAIL"
            print(f"{row.name:<48} {'n/a':>7} {'<= ' + format(row.budget, 'g'):>8}  {verdict:<7}  "
                  f"(not measurable: {', '.join(missing)} is missing)")  # fmt: skip
            failed += not quick
            continue
        try:
            ratio = row.value(by_key)
        except ZeroDivisionError:
            ratio = float("inf")
        verdict = "-" if quick else ("PASS" if ratio <= row.budget else "FAIL")
        failed += verdict == "FAIL"
        print(f"{row.name:<48} {ratio:>7.2f} {'<= ' + format(row.budget, 'g'):>8}  {verdict:<7}  ({row.formula})")
    # The linearity row's other form (see ROWS): no budget, a figure to compare with 10.1, a linear cost's.
    checks = [by_key[key] for key in ("checkS", "checkS10", "checkS1000")]
    if not any(command.missing for command in checks):
        s, s10, s1000 = (command.median for command in checks)
        other = (s - s1000) / (s10 - s1000) if s10 > s1000 else float("inf")
        print(f"{'also: check on S vs S/10, less check on S/1000':<48} {other:>7.2f} {'':>8}  {'-':<7}  "
              "((check S - check S/1000) / (check S/10 - check S/1000); linear is 10.1)")  # fmt: skip
    print()
    if quick:
        print("quick run: tiny ledgers, no budgets")
    else:
        print(f"{len(ROWS) - failed} of {len(ROWS)} budgets pass")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=None, help="timed rounds (default 10, 1 with --quick)")
    parser.add_argument("--warmup", type=int, default=None, help="untimed rounds first (default 1, 0 with --quick)")
    parser.add_argument("--quick", action="store_true", help="tiny ledgers, one run, no budgets (smoke test)")
    parser.add_argument("--out", type=Path, default=None, help="folder for the generated ledgers (default: temp)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated ledgers")
    args = parser.parse_args(argv)
    runs = args.runs if args.runs is not None else (1 if args.quick else 10)
    warmup = args.warmup if args.warmup is not None else (0 if args.quick else 1)
    if runs < 1 or warmup < 0:
        parser.error("--runs must be >= 1 and --warmup >= 0")
    # PYTHONDONTWRITEBYTECODE would make every run recompile the tool (and F) from source, which no
    # installed program does: pip writes the bytecode at install time. The warm-up round writes it here.
    dropped = ("CHENGKOU_LEDGER", "COLUMNS", "PYTHONDONTWRITEBYTECODE")
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(ENV_PINS)
    with tempfile.TemporaryDirectory(prefix="chengkou-bench-") as temporary:
        out = args.out or Path(temporary) / "ledgers"
        work = Path(temporary) / "work"
        work.mkdir()
        sys.stderr.write(f"generating ledgers in {out} ...\n")
        ledgers = generate(out, seed=args.seed, quick=args.quick)
        commands = build_commands(ledgers, work)
        try:
            measure(commands, runs, warmup, env, work)
        except CommandFailed as error:
            sys.stderr.write(f"\nbenchmark: a command failed: {error}\n")
            return 2
        code = report(commands, ledgers, runs, warmup, args.quick)
    return 0 if args.quick else code


if __name__ == "__main__":
    sys.exit(main())
