"""What the command line says, in English and Chinese: its own sentences, and the core's errors in Chinese.

The core raises its errors in English (errors.py); `chinese()` turns each one into Chinese by its
shape, so the core needs no language and every branch's English message keeps working. A message
with no Chinese form here is shown in English: tests/test_terminal.py runs every command with
--lang zh and fails when English leaks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from chengkou_tracker.i18n import say
from chengkou_tracker.i18n.labels import label

if TYPE_CHECKING:
    from chengkou_tracker.model import Change


def describe(change: Change, lang: str) -> str:
    """One change in a line, as `undo` and `edit` report it."""
    from chengkou_tracker.numbers import field_value, value_text

    def name(key: str) -> str:  # a field as the user knows it: its label in Chinese, its key in English
        return label(key, lang) if lang == "zh" else key

    if len(change.edits) > 1:
        pairs = {f"{name(key)}={field_value(value)}" for e in change.edits for key, value in e.fields.items()}
        fields = ", ".join(sorted(pairs))
        return say("change edits", lang, number=change.number, count=len(change.edits), fields=fields)
    if change.edits:
        edit = change.edits[0]
        fields = ", ".join(f"{name(key)}={field_value(value)}" for key, value in edit.fields.items())
        return say("change edit", lang, number=change.number, id=edit.commitment, fields=fields)
    if len(change.updates) == 1:
        update = change.updates[0]
        final = say("final", lang) if update.final else ""
        value = value_text(update.value, lang)
        return say(
            "change record",
            lang,
            number=change.number,
            id=update.commitment,
            value=value,
            date=update.date,
            final=final,
        )
    return say("change import", lang, number=change.number, count=len(change.updates))


# ---------------------------------------------------------------- the core's errors in Chinese

_WORDS = {
    "date": "日期",
    "value": "数值",
    "note": "备注",
    "source": "来源",
    "by": "记录人",
    "id": "编号",
    "owner": "责任单位",
    "title_en": "英文名称",
    "tags": "标签",
    "status": "状态",
    "kind": "类型",
}

_TYPES = {
    "string": "字符串",
    "number": "数",
    "date": "日期",
    "date-time": "日期时间",
    "boolean": "布尔值",
    "list": "列表",
    "table": "表",
}

_OS_ERRORS = {
    "No such file or directory": "文件或文件夹不存在",
    "Permission denied": "没有权限",
    "Is a directory": "是文件夹",
    "Not a directory": "路径中有一段不是文件夹",
    "Read-only file system": "文件系统只读",
    "No space left on device": "磁盘已满",
    "File exists": "文件已存在",
}

_SPECIAL_FILES = {
    "a named pipe (FIFO)": "命名管道",
    "a device": "设备文件",
    "a socket": "套接字",
    "a special file": "特殊文件",
}

# (English message shape, Chinese template). Groups named `what` are field names, `err` the operating
# system's words, `kind` a commitment kind, `inner` a whole message translated in turn.
_SHAPES: list[tuple[str, str]] = [
    (r"Missing command\.", "缺少命令（chengkou-tracker --help 列出所有命令）"),
    (r"(?P<what>\S+) '(?P<text>.*)' is not a date like (?P<example>\S+)", "{what} '{text}' 不是形如 {example} 的日期"),
    (
        r"(?P<what>\S+) '(?P<text>.*)' is not a date-time like (?P<example>\S+)",
        "{what} '{text}' 不是形如 {example} 的日期时间",
    ),
    (r"nothing to undo: the ledger records no changes", "无可撤销: 台账中没有变更记录"),
    (r"nothing undone", "未撤销任何内容"),
    (r"aborted", "已中止"),
    (r"undo needs --yes when not run at a terminal", "不在终端运行时，undo 需要 --yes"),
    (
        r"no ledger here: run 'chengkou-tracker init' to create (?P<path>.*)",
        "此处没有台账: 运行 chengkou-tracker init 新建 {path}",
    ),
    (
        r"change (?P<n>\d+) is not at the end of the ledger \(edited by hand\?\); undo it by hand",
        "变更 {n} 不在台账末尾（是否手工改过？）；请手工撤销",
    ),
    (
        r"no such ledger \(run 'chengkou-tracker init' to create one\)",
        "台账不存在（运行 chengkou-tracker init 新建一个）",
    ),
    (r"is a folder, not a ledger file", "是文件夹，不是台账文件"),
    (r"cannot read the ledger: (?P<err>.*)", "无法读取台账: {err}"),
    (r"not UTF-8 text \(is this a ledger\?\)", "不是 UTF-8 文本（这是台账吗？）"),
    (
        r"(?P<inner>.*) \(and (?P<n>\d+) more; run 'chengkou-tracker validate'\)",
        "{inner}（另有 {n} 个问题；请运行 chengkou-tracker validate）",
    ),
    (r"cannot create the lock file: (?P<err>.*)", "无法创建锁文件: {err}"),
    (
        r"the ledger is locked by another process \(waited (?P<seconds>\S+)s\)",
        "台账正被另一个进程锁定（已等待 {seconds} 秒）",
    ),
    (r"cannot lock: (?P<err>.*)", "无法加锁: {err}"),
    (r"cannot write the ledger: (?P<err>.*)", "无法写入台账: {err}"),
    (r"writing the ledger failed: (?P<err>.*)", "写入台账失败: {err}"),
    (r"cannot write in (?P<folder>.*): (?P<err>.*)", "无法写入 {folder}: {err}"),
    (r"writing failed: (?P<err>.*)", "写入失败: {err}"),
    # Problems `validate` finds in a ledger (after their FILE:LINE).
    (
        r"the last record is incomplete \(an interrupted write\?\); run 'chengkou-tracker repair'",
        "最后一条记录不完整（写入被中断？）；请运行 chengkou-tracker repair",
    ),
    (r"the ledger is empty \(no \[\[commitment\]\] tables\)", "台账是空的（没有 [[commitment]] 表）"),
    (r"the ledger holds no \[\[commitment\]\] tables", "台账中没有 [[commitment]] 表"),
    (r"invalid TOML: (?P<detail>.*)", "TOML 格式错误: {detail}"),
    (r"duplicate id '(?P<id>.*)' \(first at line (?P<n>\d+)\)", "编号 '{id}' 重复（首次出现在第 {n} 行）"),
    (r"\[\[(?P<table>\w+)\]\] names unknown commitment '(?P<id>.*)'", "[[{table}]] 引用了不存在的事项 '{id}'"),
    (r"\[\[(?P<table>\w+)\]\] is missing '(?P<key>.*)'", "[[{table}]] 缺少 '{key}'"),
    (r"'(?P<key>\w+)' must be a finite number, not (?P<value>.*)", "'{key}' 必须是有限的数，而不是 {value}"),
    (r"'(?P<key>\w+)' must be a number, not (?:a |an )?(?P<type>.*)", "'{key}' 必须是数，而不是{type}"),
    (r"'(?P<key>\w+)' must be a string, not (?:a |an )?(?P<type>.*)", "'{key}' 必须是字符串，而不是{type}"),
    (
        r"'(?P<key>\w+)' must be a date like (?P<example>\S+), not (?:a |an )?(?P<type>.*)",
        "'{key}' 必须是日期（年-月-日，不加引号），而不是{type}",
    ),
    (r"'(?P<key>\w+)' is empty", "'{key}' 为空"),
    (r"unknown field '(?P<key>.*)' in \[\[(?P<table>\w+)\]\]", "[[{table}]] 中有未知字段 '{key}'"),
    (r"deadline (?P<deadline>\S+) is before the start (?P<start>\S+)", "期限 {deadline} 早于开始日期 {start}"),
    (
        r"a milestone's value must be 'started' or 'done', not (?P<text>.*)",
        "里程碑事项的数值应为 started（已开工）或 done（已完成），而不是 {text}",
    ),
    (r"(?P<id>\S+): (?P<key>\w+) is not in the report: (?P<quote>.*)", "{id}: {key} 不在报告原文中: {quote}"),
    # Owners, sheets, templates and extract.
    (r"no commitments match", "没有符合条件的承诺"),
    (
        r"assign --from FILE takes no OWNER, ID, --section, --tag or --search",
        "使用 --from 文件 时不能再给出责任单位、编号、--section、--tag 或 --search",
    ),
    (
        r"give an OWNER and the commitments \(ID\.\.\., --section, --tag or --search\), or --from FILE",
        "请给出责任单位和事项（编号……、--section、--tag 或 --search），或用 --from 文件",
    ),
    (
        r"which commitments\? give ids, --section, --tag or --search",
        "哪些事项？请给出编号、--section、--tag 或 --search",
    ),
    (r"--output '(?P<path>.*)' must end in \.xlsx or \.csv", "--output '{path}' 须以 .xlsx 或 .csv 结尾"),
    (r"--month '(?P<text>.*)' is not a month like YYYY-MM", "--month '{text}' 不是 年-月 形式的月份"),
    (r"export --format xlsx needs --output FILE\.xlsx", "--format xlsx 需要 --output 文件名.xlsx"),
    (r"(?P<path>.+) exists; give --force to overwrite it", "{path} 已存在；如需覆盖请加 --force"),
    (r"cannot read (?P<path>.+): (?P<err>.*)", "无法读取 {path}: {err}"),
    (r"cannot write (?P<path>.+): (?P<err>.*)", "无法写入 {path}: {err}"),
    # The write path's refusals (undo, repair, an inexact figure, a ledger that is not a plain file).
    (r"change (?P<n>\d+) has no tables in the ledger; undo it by hand", "变更 {n} 在台账中没有对应的表；请手工撤销"),
    (
        r"a \[\[(?P<table>\w+)\]\] table comes after change (?P<n>\d+), so it is not the end of the ledger "
        r"\(edited by hand\?\); undo it by hand",
        "变更 {n} 之后还有 [[{table}]] 表，它不在台账末尾（是否手工改过？）；请手工撤销",
    ),
    (r"change (?P<n>\d+) is followed by other tables; undo it by hand", "变更 {n} 之后还有其他表；请手工撤销"),
    (
        r"cutting change (?P<n>\d+) would not leave the ledger as it was before it; undo it by hand",
        "删去变更 {n} 后台账不会回到该变更之前的样子；请手工撤销",
    ),
    (
        r"is (?P<special>.*), not a regular file; a ledger is a plain file",
        "是{special}，不是普通文件；台账必须是普通文件",
    ),
    (
        r"the ledger has (?P<n>\d+) hard links; changing it would split them apart, so it is not written "
        r"\(keep one name, or use a symbolic link\)",
        "台账有 {n} 个硬链接；修改会使它们分离，因此未写入（请只保留一个文件名，或改用符号链接）",
    ),
    # Problems `validate` finds in a ledger, added with the safe write path.
    (r"unknown top-level key '(?P<key>.*)'", "未知的顶层键 '{key}'"),
    (
        r"change (?P<n>\d+) appears again \(first at line (?P<first>\d+), before other changes\)",
        "变更 {n} 再次出现（首次在第 {first} 行，中间隔着其他变更）",
    ),
    (r"'report' must be a table: \[report\]", "'report' 必须是表: [report]"),
    (
        r"'(?P<key>\w+)' (?P<text>\S+) cannot be kept exactly \(it would be read as (?P<stored>\S+)\); round it",
        "'{key}' {text} 无法精确保存（会读作 {stored}）；请减少位数",
    ),
    (
        r"'(?P<key>\w+)' (?P<text>\S+) is too large to keep exactly \(at most (?P<max>\d+) in size\)",
        "'{key}' {text} 过大，无法精确保存（绝对值最大为 {max}）",
    ),
    # Why `validate` did not check the quotes.
    (r"quotes not checked: (?P<inner>.*)", "未核对引文: {inner}"),
    (r"the ledger's \[report\] names no text file \('text'\)", "台账的 [report] 没有指明原文文件（'text'）"),
    (
        r"the ledger has no \[report\] table naming the report's text file",
        "台账没有指明报告原文文件的 [report] 表",
    ),
    (r"no such file", "文件不存在"),
    (r"not UTF-8 text", "不是 UTF-8 文本"),
    ("(?P<err>" + "|".join(_OS_ERRORS) + ")", "{err}"),
    # Click's usage errors.
    (
        r"No such option: (?P<option>\S+?)\.? Did you mean (?P<other>\S+?)\?",
        "没有这个选项: {option}（是否要用 {other}？）",
    ),
    (r"No such option: (?P<option>\S+?)\.?(?: \(Possible options: (?P<names>.*)\))?", "没有这个选项: {option}"),
    (r"No such command '(?P<command>.*)'\.", "没有这个命令: {command}"),
    (r"Missing argument '(?P<name>.*)'\.", "缺少参数 {name}"),
    (r"Missing option '(?P<name>.*)'\.", "缺少选项 {name}"),
    (r"Option '(?P<option>.*)' requires an argument\.", "选项 {option} 需要一个值"),
    (r"Got unexpected extra arguments? \((?P<words>.*)\)", "多余的参数: {words}"),
    (
        r"Invalid value for '(?P<name>[^']*)'(?: / '[^']*')*: '(?P<text>.*)' is not one of (?P<names>.*)\.",
        "{name} 的值 '{text}' 无效（可选: {names}）",
    ),
    (
        r"Invalid value for '(?P<name>[^']*)'(?: / '[^']*')*: .*",
        "{name} 的值无效",
    ),
    # A location (FILE:LINE, or a file) before a message: keep it, translate the message.
    (r"(?P<where>[^\s:]+(?::\d+)+): (?P<inner>.*)", "{where}: {inner}"),
    (r"(?P<where>[^\s]+): (?P<inner>.*)", "{where}: {inner}"),
]


@cache
def _compiled() -> list[tuple[re.Pattern[str], str]]:
    # Compiled on the first Chinese error only, so that record and list start no slower.
    return [(re.compile(shape), template) for shape, template in _SHAPES]


def chinese(message: str) -> str:
    """MESSAGE (one of the tool's English errors) in Chinese; unchanged when its shape is unknown."""
    for pattern, template in _compiled():
        match = pattern.fullmatch(message)
        if match is None:
            continue
        fields = {key: value or "" for key, value in match.groupdict().items()}
        if "inner" in fields:
            inner = chinese(fields["inner"])
            if inner == fields["inner"] and template.startswith("{where}"):
                continue  # an unknown message after a location: leave the whole line as it is
            fields["inner"] = inner
        if "what" in fields:
            fields["what"] = _WORDS.get(fields["what"], fields["what"])
        if "err" in fields:
            fields["err"] = _OS_ERRORS.get(fields["err"], fields["err"])
        if "kind" in fields:
            fields["kind"] = label(fields["kind"], "zh")
        if "name" in fields:  # a placeholder such as VALUE or ID
            fields["name"] = _WORDS.get(fields["name"].lower(), label(fields["name"].lower(), "zh"))
        if "field" in fields:  # a column the tool reads, by its field name
            fields["field"] = label(fields["field"], "zh")
        if "columns" in fields:
            fields["columns"] = ",".join(label(column, "zh") for column in fields["columns"].split(","))
        if "special" in fields:  # what a ledger path names instead of a plain file
            fields["special"] = _SPECIAL_FILES.get(fields["special"], fields["special"])
        if "type" in fields:
            fields["type"] = _TYPES.get(fields["type"], fields["type"])
        if "names" in fields and template.startswith("未知的{what}"):
            fields["names"] = "、".join(label(name.strip(), "zh") for name in fields["names"].split(","))
        return template.format(**fields)
    return message
