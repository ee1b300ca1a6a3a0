"""The entry session (`record` alone at a terminal) in a real terminal (tmux), and shell completion in a real bash."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import Run

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)")
needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def _env(ledger: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ["HOME"],
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
        "TERM": "screen",
        "CHENGKOU_LEDGER": str(ledger),
        "CHENGKOU_AS_OF": "2023-07-02",
        "CHENGKOU_NOW": "2023-07-02T09:00:00Z",
        "CHENGKOU_CACHE_DIR": os.environ["CHENGKOU_CACHE_DIR"],
        "USER": "clerk",
    }


class _Pane:
    """The tool running in a detached tmux window; keys typed one answer at a time."""

    def __init__(self, args: list[str], env: dict[str, str], socket: str) -> None:
        self.tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
        command = " ".join(shlex.quote(word) for word in [sys.executable, "-m", "chengkou_tracker", *args])
        script = f'{command}; echo "exit $?"; {" ".join(self.tmux)} wait-for -S finished; sleep 600'
        environment = [f"{key}={value}" for key, value in env.items()]
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-x", "120", "-y", "50", "-s", "main", "env", "-i", *environment,
             "sh", "-c", script],
            check=True, timeout=30,
        )  # fmt: skip

    def screen(self) -> str:
        shown = subprocess.run([*self.tmux, "capture-pane", "-p", "-t", "main"], capture_output=True, timeout=30)
        return shown.stdout.decode("utf-8")

    def wait_for(self, text: str) -> None:
        """Until the last line of the screen ends with TEXT (a prompt waiting for its answer)."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            lines = [line.rstrip() for line in self.screen().splitlines() if line.strip()]
            if lines and lines[-1].endswith(text):
                return
            time.sleep(0.05)
        raise AssertionError(f"never asked {text!r}:\n{self.screen()}")

    def answer(self, prompt: str, keys: str) -> None:
        self.wait_for(prompt)
        if keys:
            subprocess.run([*self.tmux, "send-keys", "-t", "main", "-l", keys], check=True, timeout=30)
        subprocess.run([*self.tmux, "send-keys", "-t", "main", "Enter"], check=True, timeout=30)

    def finish(self) -> list[str]:
        subprocess.run([*self.tmux, "wait-for", "finished"], check=True, timeout=60)
        lines = [line.rstrip() for line in self.screen().splitlines()]
        subprocess.run([*self.tmux, "kill-server"], check=False, timeout=30)
        while lines and not lines[-1]:
            lines.pop()
        return lines

    def ctrl_d(self, prompt: str) -> None:
        self.wait_for(prompt)
        subprocess.run([*self.tmux, "send-keys", "-t", "main", "C-d"], check=True, timeout=30)


COMMITMENT = "Commitment (id or words, Enter to finish):"


@needs_tmux
def test_an_entry_session_records_each_figure_as_it_is_typed(run: Run, ledger: Path) -> None:
    pane = _Pane(["record"], _env(ledger), f"chengkou-session-{os.getpid()}")
    try:
        pane.answer(COMMITMENT, "生猪出栏")
        pane.answer("Figure:", "15.3万头")
        pane.answer("Date [2023-07-02]:", "")
        pane.answer("Note:", "全县")
        pane.answer(COMMITMENT, "固定资产投资")  # two match: a numbered choice
        pane.answer("Which one (1-2):", "1")
        pane.answer("Figure:", "10.5%")
        pane.answer("Date [2023-07-02]:", "2023-06-30")
        pane.answer("Note:", "")
        pane.answer(COMMITMENT, "火星基地")  # no match: said, and asked again
        pane.answer(COMMITMENT, "T104")
        pane.answer("Figure:", "500")  # implausible: refused, the session goes on
        pane.answer("Date [2023-07-02]:", "")
        pane.answer("Note:", "")
        pane.wait_for(COMMITMENT)
        # each figure is in the ledger as soon as it is entered, before the session ends
        assert '\ncommitment = "T003"\ndate = 2023-06-30\nvalue = 10.5\n' in ledger.read_text("utf-8")
        pane.answer(COMMITMENT, "")
        lines = pane.finish()
    finally:
        subprocess.run([*pane.tmux, "kill-server"], check=False, timeout=30)
    assert lines == [
        f"{COMMITMENT} 生猪出栏",
        "chengkou-tracker: '生猪出栏' is T057 Hogs slaughtered/marketed",
        "Figure: 15.3万头",
        "Date [2023-07-02]:",
        "Note: 全县",
        "T057 Hogs slaughtered/marketed: recorded 15.3 on 2023-07-02 -> on track",
        f"{COMMITMENT} 固定资产投资",
        "'固定资产投资' matches several commitments; give one of their ids:",
        "  1) T003  Fixed-asset investment growth",
        "  2) T107  Fixed-asset investment completed",
        "Which one (1-2): 1",
        "chengkou-tracker: '固定资产投资' is T003 Fixed-asset investment growth",
        "Figure: 10.5%",
        "Date [2023-07-02]: 2023-06-30",
        "Note:",
        "T003 Fixed-asset investment growth: recorded 10.5 on 2023-06-30 -> at risk",
        f"{COMMITMENT} 火星基地",
        "chengkou-tracker: error: no commitment matches '火星基地'",
        f"{COMMITMENT} T104",
        "Figure: 500",
        "Date [2023-07-02]:",
        "Note:",
        "chengkou-tracker: error: T104: 500个 is more than three times the target of 80个; check it, or give --force",
        COMMITMENT,
        "chengkou-tracker: 2 figure(s) recorded",
        "exit 0",
    ]
    history = run("history", "--format", "json").stdout
    assert history.count('"type": "update"') == 2


@needs_tmux
def test_an_owner_session_walks_the_department_and_ctrl_d_ends_it_in_chinese(run: Run, ledger: Path) -> None:
    assert run("assign", "县农业农村委", "T057", "T058", "T059").code == 0
    env = _env(ledger)
    pane = _Pane(["--lang", "zh", "record", "--owner", "县农业农村委"], env, f"chengkou-owner-{os.getpid()}")
    try:
        pane.answer("T057 生猪出栏: 数值（回车跳过）:", "15.3万头")
        pane.answer("日期 [2023-07-02]:", "")
        pane.answer("备注:", "")
        pane.answer("T058 山地鸡出栏: 数值（回车跳过）:", "")  # skipped
        pane.ctrl_d("T059 香菇: 数值（回车跳过）:")
        lines = pane.finish()
    finally:
        subprocess.run([*pane.tmux, "kill-server"], check=False, timeout=30)
    assert lines[-3:] == ["T059 香菇: 数值（回车跳过）:", "chengkou-tracker: 共记录 1 项数据", "exit 0"]
    assert "T057 生猪出栏: 已记录 15.3，日期 2023-07-02 -> 正常推进" in lines


def test_record_alone_off_a_terminal_stays_a_usage_error(run: Run, ledger: Path) -> None:
    before = ledger.read_bytes()
    result = run("record")
    assert (result.code, result.stdout, result.stderr) == (2, "", "chengkou-tracker: error: Missing argument 'ID'.\n")
    assert run("record", "T104").stderr == "chengkou-tracker: error: Missing argument 'VALUE'.\n"
    assert ledger.read_bytes() == before


# ---------------------------------------------------------------- completion


def _complete(script: str, line: str, ledger: Path) -> list[str]:
    """What bash offers for LINE (ending in a word to complete) once SCRIPT is sourced, as a user's shell does."""
    program = Path(sys.executable).parent / "chengkou-tracker"
    words = f"({line})"
    probe = (
        f"source {shlex.quote(script)}\n"
        f"COMP_WORDS={words}; COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))\n"
        f'COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}\n'
        f"_chengkou_tracker_completion {shlex.quote(str(program))}\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**_env(ledger), "PATH": f"{program.parent}:{os.environ.get('PATH', '/usr/bin:/bin')}"}
    done = subprocess.run(["bash", "--norc", "-c", probe], capture_output=True, env=env, timeout=60)
    assert done.stderr == b""
    return done.stdout.decode("utf-8").split()


@needs_bash
def test_bash_completes_commands_options_and_ids(run: Run, ledger: Path, tmp_path: Path) -> None:
    script = tmp_path / "completion.bash"
    printed = run("completion", "bash")
    assert (
        printed.code == 0 and "complete -o default -F _chengkou_tracker_completion chengkou-tracker" in printed.stdout
    )
    script.write_text(printed.stdout, "utf-8")
    assert _complete(str(script), "chengkou-tracker rec", ledger) == ["record"]
    assert _complete(str(script), "chengkou-tracker c", ledger) == ["check", "completion"]
    assert _complete(str(script), "chengkou-tracker record T05", ledger) == [f"T05{n}" for n in range(10)]
    assert _complete(str(script), "chengkou-tracker show M01", ledger)[:2] == ["M010", "M011"]
    assert _complete(str(script), "chengkou-tracker record T001 6 --co", ledger) == ["--correct"]


def test_zsh_and_fish_complete_ids_with_their_titles(run: Run, ledger: Path) -> None:
    for shell in ("zsh", "fish"):
        printed = run("completion", shell)
        assert printed.code == 0 and "_CHENGKOU_TRACKER_COMPLETE" in printed.stdout
    env = {"_CHENGKOU_TRACKER_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "chengkou-tracker record T05"}
    completed = subprocess.run(
        [sys.executable, "-m", "chengkou_tracker"], capture_output=True, env={**_env(ledger), **env}, timeout=60
    )
    assert completed.returncode == 0
    assert '"T057":"Hogs slaughtered/marketed"' in completed.stdout.decode("utf-8")
    chinese = {**env, "_TYPER_COMPLETE_ARGS": "chengkou-tracker --lang zh show T05"}
    completed = subprocess.run(
        [sys.executable, "-m", "chengkou_tracker"], capture_output=True, env={**_env(ledger), **chinese}, timeout=60
    )
    assert '"T057":"生猪出栏"' in completed.stdout.decode("utf-8")


def test_completion_costs_a_run_nothing() -> None:
    """Starting the program imports neither the tool's completion code nor the ledger reader."""
    probe = (
        "import sys; from chengkou_tracker.cli import app; "
        "print([m for m in ('chengkou_tracker.cli.complete', 'chengkou_tracker.store.ledger') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60)
    assert done.stdout.decode().strip() == "[]"
