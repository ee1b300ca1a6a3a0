"""Inject EIO at every call of the file system calls a writing command makes, and count what held (issue 20).

    python benchmarks/fault_sweep.py record      # also: edit, undo, repair
    python benchmarks/fault_sweep.py record --calls fsync,rename,link

For each system call in --calls and each N up to how often the command makes it, the command runs on a fresh
copy of the bundled ledger under `strace -e inject=CALL:error=EIO:when=N`. It held when: no traceback, and
either exit 0 with the ledger holding exactly the change, or a failing exit with the ledger exactly as before or
exactly as changed; and no temporary file is left. Failures inside Python's own start-up and import machinery
(reading .pth files, listing a package folder, closing a .pyc) are counted apart: the tool has not run yet, or
not its store. Needs strace.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLED = os.path.join(ROOT, "chengkou_tracker", "data", "commitments.toml")
PYTHON = os.path.realpath(sys.executable)
COMMANDS = {
    "record": ["record", "T001", "5"],
    "edit": ["edit", "T001", "--owner", "县统计局"],
    "undo": ["undo", "--yes"],
    "repair": ["repair"],
}
CALLS = "fsync,rename,link,flock,unlink,fchmod,fsetxattr,write,getdents64,close"
STARTUP = re.compile(r"ImportError|importlib|Remainder of file ignored|Fatal Python error|getdents|site-packages")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("--calls", default=CALLS)
    options = parser.parse_args()
    if shutil.which("strace") is None:
        print("strace is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        ledger = os.path.join(work, "commitments.toml")
        env = {key: value for key, value in os.environ.items() if not key.startswith("CHENGKOU_")}
        env.update(CHENGKOU_AS_OF="2023-07-02", CHENGKOU_NOW="2023-07-02T09:00:00Z", LANG="C.UTF-8", TERM="dumb",
                   USER="clerk", CHENGKOU_LEDGER=ledger, PYTHONPATH=ROOT,
                   CHENGKOU_CACHE_DIR=os.path.join(work, "cache"))  # fmt: skip
        args = COMMANDS[options.command]

        def run(*strace: str) -> subprocess.CompletedProcess[str]:
            command = [*strace, PYTHON, "-m", "chengkou_tracker", *args]
            return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)

        def fresh() -> bytes:
            for name in os.listdir(work):
                path = os.path.join(work, name)
                shutil.rmtree(path) if os.path.isdir(path) else os.unlink(path)
            shutil.copyfile(BUNDLED, ledger)
            if options.command == "undo":
                subprocess.run([PYTHON, "-m", "chengkou_tracker", "record", "T001", "4"], env=env, check=True)
            if options.command == "repair":
                with open(ledger, "ab") as file:
                    file.write(b'\n[[update]]\nchange = 1\ncommitment = "T0')
            subprocess.run([PYTHON, "-m", "chengkou_tracker", "check"], env=env, capture_output=True)  # warm
            with open(ledger, "rb") as file:
                return file.read()

        before = fresh()
        run()
        with open(ledger, "rb") as file:
            after = file.read()
        fresh()
        log = os.path.join(tempfile.gettempdir(), f"fault-sweep-{os.getpid()}.log")
        run("strace", "-f", "-qq", "-o", log, "-e", f"trace={options.calls}")
        with open(log) as file:
            counts = collections.Counter(m.group(1) for line in file if (m := re.match(r"\d+\s+(\w+)\(", line)))
        os.unlink(log)
        tallies: collections.Counter[str] = collections.Counter()
        failures = []
        for call, count in sorted(counts.items()):
            for when in range(1, count + 1):
                fresh()
                result = run("strace", "-f", "-qq", "-o", os.devnull, "-e", f"trace={call}",
                             "-e", f"inject={call}:error=EIO:when={when}")  # fmt: skip
                with open(ledger, "rb") as file:
                    now = file.read()
                litter = [name for name in os.listdir(work) if name.endswith((".chengkou-tmp", ".chengkou-kept"))]
                whole = (result.returncode == 0 and now == after) or (result.returncode != 0 and now in (before, after))
                if whole and not litter and "Traceback" not in result.stderr:
                    tallies["held"] += 1
                elif (
                    whole
                    and not litter
                    and STARTUP.search(result.stderr)
                    and "chengkou_tracker/store" not in (result.stderr)
                ):
                    tallies["failed in Python's start-up or import machinery"] += 1
                else:
                    tallies["failed"] += 1
                    last = result.stderr.strip().splitlines()[-1:] if result.stderr.strip() else []
                    failures.append(f"{call} #{when}: exit {result.returncode}, {last}, litter {litter}")
        print(f"{options.command}: tried {sum(tallies.values())}, " + ", ".join(f"{k} {v}" for k, v in tallies.items()))
        for failure in failures:
            print("  " + failure)
    return 0


if __name__ == "__main__":
    sys.exit(main())
