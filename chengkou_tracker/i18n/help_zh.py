"""--help in Chinese: every help text of the command line, and the words Click writes around them.

Imported only when help is shown in Chinese (cli/parsing.py's help context), so no command pays for it at
start-up. The English texts stay in cli/ (commands/__init__.py, options.py, the commands' parameters); this
module maps each of them, exactly as Click hands it to the formatter, to the Chinese a county supervision
office would write. A text missing here is printed in English, and tests/test_chinese.py fails on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from typer._click.formatting import HelpFormatter

from chengkou_tracker.escape import width

# Click's own words: the usage prefix, the section headings, and the placeholders of the usage line.
USAGE = "用法: "
HEADINGS = {"Options": "选项", "Arguments": "参数", "Commands": "命令"}
USAGE_WORDS = {"[OPTIONS]": "[选项]", "COMMAND": "命令", "[ARGS]...": "[参数]..."}

PACE = (
    "进度差与差距：对数量、水平和压减类事项，均衡进度是指从开始时的基数匀速推进、到期限时恰好达到目标，"
    "截至日期应达到的数值；差距为最新值减去均衡进度，以目标的单位计，并折算为从基数到目标全程的百分比。"
    "对增长、上限和下限类事项，差距是与目标的距离，以目标的单位计（百分比目标以百分点计）：即最新值减去目标，"
    "上限类为目标减去最新值。差距为负表示落后。"
)
_OWNER = "只含责任单位包含此文字的事项。"
_ID = "承诺事项编号，如 T001。"
_FORMAT = "输出格式。"

# English help text (after inspect.cleandoc, as Click formats it) -> Chinese.
TEXTS: dict[str, str] = {
    # The program and its global options.
    "Track the commitments of a government work report: record figures, see what is behind or overdue.": (
        "跟踪政府工作报告的承诺事项：登记数据，查看哪些事项进度滞后或已逾期。"
    ),
    "Exit codes: 0 ok; 1 check found problems; 2 bad usage or input; 3 ledger missing, invalid or locked.": (
        "退出码：0 正常；1 检查发现问题；2 用法或输入有误；3 台账缺失、无效或被锁定。"
    ),
    "Ledger file [default: $CHENGKOU_LEDGER, ./commitments.toml, the bundled ledger].": (
        "台账文件 [默认: $CHENGKOU_LEDGER、./commitments.toml、随附的示例台账]。"
    ),
    "Compute statuses at this date, YYYY-MM-DD [default: $CHENGKOU_AS_OF, today].": (
        "按此截至日期（YYYY-MM-DD）计算状态 [默认: $CHENGKOU_AS_OF，否则为今天]。"
    ),
    "Language of labels [default: zh when $LANG starts with zh, else en].": (
        "输出语言 [默认: $LANG 以 zh 开头时为 zh，否则为 en]。"
    ),
    "Colour output [default: on at a terminal unless NO_COLOR or TERM=dumb].": (
        "彩色输出 [默认: 在终端中开启，设置 NO_COLOR 或 TERM=dumb 时关闭]。"
    ),
    "Seconds to wait for another writer.": "等待其他人写完台账的秒数。",
    "Show the version and exit.": "显示版本号并退出。",
    "Show this message and exit.": "显示本帮助并退出。",
    # init, validate, repair
    "Write the bundled example ledger (Chengkou County's 2023 report) to PATH (never overwrites without --force).": (
        "将随附的示例台账（城口县2023年政府工作报告）写入 PATH（不加 --force 时不覆盖已有文件）。"
    ),
    "Where to write the ledger [default: --ledger, $CHENGKOU_LEDGER, ./commitments.toml].": (
        "台账写入的位置 [默认: --ledger、$CHENGKOU_LEDGER、./commitments.toml]。"
    ),
    "Overwrite an existing file.": "覆盖已有文件。",
    "Check the ledger; print every problem as FILE:LINE: message (exit 3 when there are any).": (
        "检查台账；每个问题按“文件:行号: 说明”逐行列出（有问题时退出码为 3）。"
    ),
    "Remove a final record cut short by a crash, keeping its bytes in LEDGER.torn.": (
        "删除因程序中断而只写了一半的最后一条记录，原内容保存在 LEDGER.torn。"
    ),
    # list
    "List commitments with their latest figure, progress and status.": "列出承诺事项及其最新数据、进度和状态。",
    "Only this section: its key as the ledger writes it (（一） or (一)) or its position, 0 for the first; "
    "repeatable.": "只列此部分：按台账中的写法（（一） 或 (一)），或按序号（0 为第一部分）；可重复。",
    "Only this status: not_started, on_track, at_risk, achieved, overdue, missed; repeatable.": (
        "只列此状态：未开始、正常推进、进度滞后、已完成、已逾期、未完成"
        "（也可写 not_started、on_track、at_risk、achieved、overdue、missed）；可重复。"
    ),
    "Only this kind: growth, level, quantity, ceiling, floor, reduction, milestone; repeatable.": (
        "只列此类型：增长、水平、数量、上限、下限、压减、里程碑"
        "（也可写 growth、level、quantity、ceiling、floor、reduction、milestone）；可重复。"
    ),
    "Only commitments whose owner contains this text.": _OWNER,
    "Only commitments with this tag; repeatable.": "只含带此标签的事项；可重复。",
    "Text in the id, title, title_en or quote.": "在编号、事项名称、英文名称或原文中查找此文字。",
    "Only commitments with no update in 60 days.": "只含60天内无更新的事项。",
    "Order of the rows.": "各行的排列顺序。",
    "Output format.": _FORMAT,
    # issue17: words for ids, figures as written, plausibility, problems, the entry session, completion
    "Commitment id (any case: t001) or words of its title.": "承诺事项编号（不分大小写，如 t001）或名称中的词。",
    "A figure as written (13.2%, 1,320人, 15.3万头), or a milestone's state (开工, 完成...).": (
        "数值照原样填写（13.2%、1,320人、15.3万头）；里程碑填 开工、完成 等。"
    ),
    "A problem that needs coordination (存在问题), kept with the figure.": "需要协调解决的存在问题，随数据保存。",
    "This figure closes the commitment's open problems.": "此数据同时销号该事项尚未解决的存在问题。",
    "Record a figure that looks implausible (over 3x the target...).": "登记看似不合理的数值（如超过目标三倍）。",
    "Record a different figure for a date already recorded, in its place.": (
        "为已有数据的日期登记不同的数值，予以更正。"
    ),
    "Entry session: walk this department's commitments in order.": "逐项填报：按顺序逐一填写此责任单位的事项。",
    "Only this commitment (its id or its words).": "只看此事项（编号或名称）。",
    "Commitment ids (or words).": "承诺事项编号（或名称）。",
    "Import figures that look implausible (over 3x the target...).": "导入看似不合理的数值（如超过目标三倍）。",
    "Import rows with a different figure for a date already recorded, in its place.": (
        "导入与已登记数据日期相同而数值不同的行，予以更正。"
    ),
    "Print a script completing commands, options and ids (with their titles) in bash, zsh or fish.": (
        "输出供 bash、zsh 或 fish 使用的补全脚本，可补全命令、选项和事项编号（附名称）。"
    ),
    "The shell: bash, zsh or fish.": "命令行外壳：bash、zsh 或 fish。",
    # show, record
    "Show one commitment: its quote, fields, status, pace and history.": (
        "显示一项承诺事项：原文、各项信息、状态、进度差和历史记录。"
    ),
    "Commitment id, e.g. T001.": _ID,
    "Record a figure (or a milestone's state) for a commitment; prints the new status.": (
        "为一项承诺事项登记数据（或里程碑的进展）；并显示新的状态。"
    ),
    "A number (-3.2 and +5 too), or 'started' / 'done' for a milestone.": (
        "数值（-3.2、+5 这样带符号的也可以）；里程碑填 已开工 或 已完成（或 'started'、'done'）。"
    ),
    "Date of the figure [default: the as-of date].": "数据的日期 [默认: 截至日期]。",
    "A note kept with the figure.": "随数据保存的备注。",
    "Where the figure comes from.": "数据来源。",
    "Who reports it [default: your login name].": "填报人 [默认: 当前登录用户名]。",
    "The year's final figure: closes the commitment.": "全年终值：登记后该事项结项。",
    # overdue, check, summary, history, undo
    "List the commitments past their deadline and not achieved.": "列出已过期限仍未完成的承诺事项。",
    "For cron: exit 0 when nothing is overdue, 1 when something is (see --strict).": (
        "供定时任务调用：没有逾期事项时退出码为 0，有则为 1（另见 --strict）。"
    ),
    "Also fail when something is at risk or stale.": "有事项进度滞后或久未更新时也返回 1。",
    "The year-end report of YYYY instead of a month's: final counts as of 31 December.": (
        "生成 YYYY 年的年度总结（而非月度报告）：截至 12 月 31 日的最终统计。"
    ),
    "With --format xlsx: one sheet per owner (department) in one workbook.": (
        "与 --format xlsx 同用：每个责任单位一张工作表，同在一个工作簿中。"
    ),
    "One entry per owner: its overdue, at-risk and stale commitments.": (
        "按责任单位逐个列出其已逾期、进度滞后和久未更新的事项。"
    ),
    "Counts by section (or owner) and status, with mean progress per group.": (
        "按部分（或责任单位）和状态统计事项数，并给出每组的平均进度。"
    ),
    "Group by section or by owner (a department scorecard).": "按部分或按责任单位（即部门成绩单）分组。",
    "Every change in the order it was recorded, oldest first.": "按登记顺序列出每次变更，最早的在前。",
    "Only this commitment.": "只看此事项。",
    "Only changes dated on or after this date.": "只列日期在此日期当天及以后的变更。",
    "Only changes dated on or before this date.": "只列日期在此日期当天及以前的变更。",
    "Revert the most recent change (a whole import counts as one), and say what it was.": (
        "撤销最近一次变更（一次导入整体算一次），并说明撤销了什么。"
    ),
    "Do not ask for confirmation.": "不再询问确认。",
    # edit, assign
    "Change a commitment's owner, deadline, tags, English title or tolerance (kept in history).": (
        "修改承诺事项的责任单位、期限、标签、英文名称或容差（记入历史）。"
    ),
    "Responsible department.": "责任单位。",
    "New deadline, YYYY-MM-DD.": "新的期限，格式为 YYYY-MM-DD。",
    "Comma-separated tags (replaces the old ones).": "以逗号分隔的标签（替换原有标签）。",
    "English title.": "英文名称。",
    "How far an 'about' target may be missed, in its unit.": "“左右”类目标允许的偏差，以目标的单位计。",
    "Set the owner (lead department) of many commitments as one change; one undo reverts it.": (
        "一次为多项承诺事项指定责任单位（牵头单位），记为一次变更；撤销一次即可还原。"
    ),
    "The lead department (free text).": "牵头单位（任意文字）。",
    "Commitment ids.": "承诺事项编号。",
    "CSV or xlsx with columns id, owner.": "含“编号”“责任单位”两列的 CSV 或 xlsx 文件。",
    # import, export, template
    "Record many updates from a CSV or xlsx sheet: all rows or none; rows already recorded are skipped.": (
        "从 CSV 或 xlsx 表格批量登记数据：要么全部登记，要么一行也不登记；已登记过的行自动跳过。"
    ),
    "CSV or xlsx with columns id,date,value[,note,source,by,final] (or a filled template).": (
        "含“编号”“日期”“数值”列（可加“备注”“来源”“记录人”“终值”）的 CSV 或 xlsx 文件（或填好的填报表）。"
    ),
    "Check every row and write nothing.": "只检查每一行，不写入。",
    "Export every commitment with its status and latest figure (xlsx: the 台账 to print).": (
        "导出全部承诺事项及其状态和最新数据（xlsx 即可打印的台账）。"
    ),
    "Write to this file (atomically) instead of stdout.": "写入此文件（原子写入），而不是标准输出。",
    "A fill-in sheet for a department: its commitments as they stand and empty cells for new figures.": (
        "为部门生成填报表：列出其承诺事项的现状，并留出填写新数据的空格。"
    ),
    "FILE.xlsx or FILE.csv to write (atomically).": "要写入的 FILE.xlsx 或 FILE.csv（原子写入）。",
    "The month, YYYY-MM or 'previous' (the one before the as-of date's): figures as of its last day.": (
        "月份，YYYY-MM 或 'previous'（截至日期所在月份的上一个月）：数据截至该月最后一天。"
    ),
    # report, extract
    "The monthly report for leaders, in text, Markdown, HTML or JSON.\n\nStatuses are as of the month's last day; "
    "the format follows --output's extension (.txt .md .html .json).": (
        "供领导阅读的月度报告，格式可为文本、Markdown、HTML 或 JSON。\n\n"
        "状态按该月最后一天计算；格式由 --output 的扩展名（.txt .md .html .json）决定。"
    ),
    "text, markdown, html or json [default: from the --output extension, else text].": (
        "text、markdown、html 或 json [默认: 按 --output 的扩展名，否则为 text]。"
    ),
    "Draft a ledger from a report's text; drafts to check first are tagged review.": (
        "从报告原文起草台账；需要先核对的事项带 'review' 标签。"
    ),
    "The report: a .txt (UTF-8 or GB18030) or a saved .html page.": (
        "报告原文：.txt 文件（UTF-8 或 GB18030 编码）或保存下来的 .html 网页。"
    ),
    "The year the report plans [default: the year its plan part names].": (
        "报告所规划的年份 [默认: 报告计划部分所写的年份]。"
    ),
    "The place, e.g. 城口县 [default: the government named in the text].": "地区，如 城口县 [默认: 原文中署名的政府]。",
    "Overwrite an existing --output file.": "覆盖已有的 --output 文件。",
    "Replace an existing --output file that the tool did not write (never the ledger).": (
        "覆盖已有的、并非本工具写入的 --output 文件（台账本身永不覆盖）。"
    ),
    "The year before's ledger: carry in its goals due later and its unfinished projects, each linked by "
    'carried_from = "YEAR:ID".': ("上一年的台账：承接其中跨年的目标和未完成的项目，每项注明来处（年份:编号）。"),
    "Draft the closed year's figures from the next report's review part, as a CSV file to check and import "
    "(the ledger is not written).": (
        "从下一年报告的回顾部分起草上一年的数据，写成 CSV 文件，核对后再导入（不写台账）。"
    ),
    "The next year's report: a .txt (UTF-8 or GB18030) or a saved .html page.": (
        "下一年的报告原文：.txt 文件（UTF-8 或 GB18030 编码）或保存下来的 .html 网页。"
    ),
}

# The pace and gap paragraph under list, show and report (cli/options.py's PACE_HELP).
_PACE_EN = "Pace and gap: "


def chinese(text: str) -> str:
    """TEXT in Chinese; the text itself when it has no translation (a test fails on that)."""
    if text.startswith(_PACE_EN):
        return PACE
    return TEXTS.get(text, text)


# Typer's additions to an option's help: "  [default: table; x>=0; required]".
_EXTRA = re.compile(r"^(.*?)\s*\[((?:default: [^\]]*|x[<>]=?[\d.]+|required)(?:; [^\]]*)?)\]$", re.DOTALL)
_EXTRA_WORDS = ((re.compile(r"^default: "), "默认: "), (re.compile(r"^x>=(.+)$"), r"不小于 \1"),
                (re.compile(r"^x<=(.+)$"), r"不大于 \1"), (re.compile(r"^required$"), "必填"))  # fmt: skip


def _chinese_item(text: str) -> str:
    """An option's or command's help, with Typer's bracketed additions, in Chinese."""
    match = _EXTRA.match(text)
    if match is None:
        return chinese(text)
    parts = []
    for part in match.group(2).split("; "):
        for pattern, replacement in _EXTRA_WORDS:
            part = pattern.sub(replacement, part)
        parts.append(part)
    help_text = chinese(match.group(1)) if match.group(1) else ""
    return f"{help_text}  [{'；'.join(parts)}]" if help_text else f"[{'；'.join(parts)}]"


def _short(text: str, room: int) -> str:
    """A command's line in the command list (Click gives the start of its English help, maybe cut and ending
    in "..."): the first sentence of the Chinese help, cut to ROOM cells."""
    start = text.removesuffix("...")
    english = text if text in TEXTS else next((key for key in TEXTS if key.startswith(start)), text)
    sentence = chinese(english).split("\n\n")[0].split("。")[0]
    if width(sentence) <= room:
        return sentence
    while width(sentence) > room - 1:
        sentence = sentence[:-1]
    return sentence + "…"


# A wide character is a place to break a line; ASCII words are not split.
_TOKEN = re.compile(r"\s+|[^\s\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|.")
# Closing punctuation stays with the word before it (ASCII only when it is not the start of a word: ./file).
_NO_START = set("，。；：、）」』”’！？》〉】,.;:)]")
_NO_END = set("（「『“‘《〈【([")  # opening punctuation stays with the word after it


def _units(text: str) -> list[tuple[bool, str]]:
    """TEXT as (space before, unbreakable piece) pairs."""
    units: list[tuple[bool, str]] = []
    space = False
    glue = False
    for token in _TOKEN.findall(text):
        if token.isspace():
            space, glue = True, False
            continue
        closing = token[0] in _NO_START and not (token.isascii() and any(char.isalnum() for char in token))
        if units and not space and (glue or closing):
            before, piece = units[-1]
            units[-1] = (before, piece + token)
        else:
            units.append((space, token))
        space = False
        glue = token[-1] in _NO_END
    return units


def wrap(text: str, room: int, first: str = "", rest: str = "") -> list[str]:
    """TEXT in lines of at most ROOM cells (an ASCII word longer than that aside), the first starting with
    FIRST and the others with REST; paragraphs stay apart."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        line, empty = first if not lines else rest, True
        for space, piece in _units(paragraph.replace("\n", " ")):
            gap = " " if space and not empty else ""
            if not empty and width(line) + len(gap) + width(piece) > room:
                lines.append(line)
                line, empty, gap = rest, True, ""
            line += gap + piece
            empty = False
        lines.append(line)
    return lines


class ChineseHelpFormatter(HelpFormatter):
    """Click's help layout with Chinese words, measured in terminal cells so that Chinese aligns."""

    _section = ""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        words = " ".join(USAGE_WORDS.get(word, word) for word in args.split(" "))
        start = f"{USAGE:>{self.current_indent}}{prog} "
        lines = wrap(words, self.width - self.current_indent, start, " " * width(start))
        self.write("\n".join(lines) + "\n")

    def write_heading(self, heading: str) -> None:
        self._section = heading
        self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)}:\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write("\n".join(wrap(chinese(text), self.width, indent, indent)) + "\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        if not rows:
            return
        first_col = min(max(width(first) for first, _ in rows), col_max) + col_spacing
        text_width = max(self.width - first_col - 2, 10)
        for first, second in rows:
            second = _short(second, text_width) if self._section == "Commands" else _chinese_item(second)
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(second, text_width)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n" if line else "\n")
