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
    from chengkou_tracker.operations import Change

# Sentences the command line prints itself: key -> (English, Chinese).


def value_text(value: float | str | None, lang: str) -> str:
    """A figure as shown: numbers as written, a milestone's state in words (已开工, 已完成 in Chinese)."""
    from chengkou_tracker.numbers import number

    if isinstance(value, str):
        return label(value, lang) if lang == "zh" else value
    return number(value)


def describe(change: Change, lang: str) -> str:
    """One change in a line, as `undo` and `edit` report it."""
    if lang != "zh":
        return change.describe()
    from chengkou_tracker.numbers import field_value

    if len(change.edits) > 1:
        pairs = {f"{label(key, lang)}={field_value(value)}" for e in change.edits for key, value in e.fields.items()}
        fields = ", ".join(sorted(pairs))
        return say("change edits", lang, number=change.number, count=len(change.edits), fields=fields)
    if change.edits:
        edit = change.edits[0]
        fields = ", ".join(f"{label(key, lang)}={field_value(value)}" for key, value in edit.fields.items())
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
    (r"unknown commitment id '(?P<id>.*)' \(did you mean (?P<ids>.*)\?\)", "未知的事项编号 '{id}'（是否要找 {ids}？）"),
    (r"unknown commitment id '(?P<id>.*)'", "未知的事项编号 '{id}'"),
    (r"(?P<what>\S+) is not valid UTF-8 text", "{what} 不是有效的 UTF-8 文本"),
    (
        r"(?P<what>\S+) is too long \((?P<n>\d+) characters; at most (?P<max>\d+)\)",
        "{what} 过长（{n} 个字符；最多 {max} 个）",
    ),
    (
        r"(?P<id>\S+) is a milestone: its value is 'started' or 'done', not '(?P<text>.*)'",
        "{id} 是里程碑事项: 数值应为 已开工 或 已完成，而不是 '{text}'",
    ),
    (
        r"(?P<id>\S+) is numeric \((?P<kind>\w+)\): '(?P<text>.*)' only applies to milestones",
        "{id} 是数值型事项（{kind}）: '{text}' 只适用于里程碑事项",
    ),
    (
        r"(?P<id>\S+) is a milestone: --final applies to figures \(record 'done' instead\)",
        "{id} 是里程碑事项: --final 只适用于数值（请改为记录 已完成）",
    ),
    (r"(?P<id>\S+) is a milestone: 'final' applies to figures", "{id} 是里程碑事项: 终值标记只适用于数值"),
    (r"(?P<id>\S+) is a milestone: it has no tolerance", "{id} 是里程碑事项，没有容差"),
    (
        r"(?P<what>\S+) '(?P<text>.*)' is not a date like YYYY-MM-DD, YYYY/MM/DD, YYYY\.MM\.DD or YYYY年MM月DD日",
        "{what} '{text}' 不是日期；可用的写法: 年-月-日、年/月/日、年.月.日、某年某月某日",
    ),
    (r"(?P<what>\S+) '(?P<text>.*)' is not a date like (?P<example>\S+)", "{what} '{text}' 不是形如 {example} 的日期"),
    (
        r"(?P<id>\S+): (?P<value>.*) on (?P<date>\S+) is already recorded \(change (?P<change>\d+)\); nothing written",
        "{id}: {date} 的 {value} 已记录（变更 {change}），未写入",
    ),
    (
        r"(?P<what>\S+) '(?P<text>.*)' is not a date-time like (?P<example>\S+)",
        "{what} '{text}' 不是形如 {example} 的日期时间",
    ),
    (r"(?P<what>\S+) (?P<date>\S+) is in the future \(today is (?P<today>\S+)\)", "{what} {date} 晚于今天（{today}）"),
    (
        r"(?P<what>\S+) (?P<date>\S+) is before (?P<id>\S+)'s start (?P<start>\S+)",
        "{what} {date} 早于 {id} 的开始日期 {start}",
    ),
    (r"(?P<what>\S+) '(?P<text>.*)' for (?P<id>\S+) is not a finite number", "{id} 的{what} '{text}' 不是有限的数"),
    (r"(?P<what>\S+) '(?P<text>.*)' for (?P<id>\S+) is not a number", "{id} 的{what} '{text}' 不是数字"),
    (r"(?P<what>\S+) '(?P<text>.*)' is not a finite number", "{what} '{text}' 不是有限的数"),
    (r"(?P<what>\S+) '(?P<text>.*)' is not a number", "{what} '{text}' 不是数字"),
    (r"nothing to edit: give at least one of (?P<options>.*)", "没有要修改的内容: 请至少给出 {options} 之一"),
    (r"title_en must not be empty", "英文名称（--title-en）不能为空"),
    (r"tolerance (?P<value>\S+) must be a finite number >= 0", "容差 {value} 必须是不小于 0 的有限数"),
    (r"nothing to undo: the ledger records no changes", "无可撤销: 台账中没有变更记录"),
    (r"nothing undone", "未撤销任何内容"),
    (r"aborted", "已中止"),
    (r"undo needs --yes when not run at a terminal", "不在终端运行时，undo 需要 --yes"),
    (
        r"no ledger here: run 'chengkou-tracker init' to create (?P<path>.*)",
        "此处没有台账: 运行 chengkou-tracker init 新建 {path}",
    ),
    (
        r"(?P<path>.+) is a folder; give a file name such as (?P<example>.*)",
        "{path} 是文件夹；请给出文件名，例如 {example}",
    ),
    (r"(?P<path>.+) already exists; use --force to overwrite it", "{path} 已存在；如需覆盖请加 --force"),
    (
        r"change (?P<n>\d+) is not at the end of the ledger \(edited by hand\?\); undo it by hand",
        "变更 {n} 不在台账末尾（是否手工改过？）；请手工撤销",
    ),
    (r"no rows to import", "没有可导入的行"),
    (r"cannot read: (?P<err>.*)", "无法读取: {err}"),
    (
        r"not UTF-8 text \(byte (?P<byte>\d+)\); save the sheet as CSV UTF-8",
        "不是 UTF-8 文本（第 {byte} 字节）；请将表格另存为 CSV UTF-8",
    ),
    (r"contains NUL bytes; is it really a CSV file\?", "含有空字节；这确实是 CSV 文件吗？"),
    (r"empty file \(expected a header: (?P<columns>.*)\)", "空文件（应有表头: {columns}）"),
    (r"unknown column '(?P<column>.*)' \(columns are (?P<columns>.*)\)", "未知的列 '{column}'（可用的列: {columns}）"),
    (r"missing column '(?P<field>.*)' \(required: (?P<columns>.*)\)", "缺少列 '{field}'（必需: {columns}）"),
    (r"column '(?P<field>.*)' appears twice", "列 '{field}' 出现了两次"),
    (r"expected (?P<n>\d+) cells, found (?P<m>\d+)", "应有 {n} 个单元格，实有 {m} 个"),
    (r"final '(?P<text>.*)' must be true or false", "终值标记 '{text}' 应为 是 或 否"),
    (
        r"unknown section '(?P<text>.*)' \(use 0-6 or one of (?P<names>.*)\)",
        "未知的部分 '{text}'（请用 0-6 或 {names} 之一）",
    ),
    (
        r"unknown (?P<what>status|kind) '(?P<text>.*)' \(one of (?P<names>.*)\)",
        "未知的{what} '{text}'（可选: {names}）",
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
    (
        r"--month '(?P<text>.*)' is not a month like (?P<example>\S+) or 'previous'",
        "--month '{text}' 不是 年-月 形式的月份，也不是 'previous'",
    ),
    (r"--format '(?P<text>.*)' is not one of (?P<names>.*)", "--format '{text}' 不在 {names} 之中"),
    (
        r"cannot tell the format of '(?P<path>.*)' \((?P<names>.*)\); give --format",
        "无法判断 '{path}' 的格式（{names}）；请给出 --format",
    ),
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
    (r"no owner for (?P<id>.*)", "{id} 没有填写责任单位"),
    (r"no commitment id for owner '(?P<owner>.*)'", "填写了责任单位 '{owner}' 但没有事项编号"),
    (r"no rows to assign", "没有可分配的行"),
    (
        r"not a readable xlsx workbook; save it again as \.xlsx or as CSV UTF-8",
        "不是可读的 xlsx 工作簿；请重新另存为 .xlsx 或 CSV UTF-8",
    ),
    (r"empty sheet \(expected a header row\)", "空工作表（应有表头行）"),
    (r"--output '(?P<path>.*)' must end in \.xlsx or \.csv", "--output '{path}' 须以 .xlsx 或 .csv 结尾"),
    (r"--month '(?P<text>.*)' is not a month like YYYY-MM", "--month '{text}' 不是 年-月 形式的月份"),
    (r"export --format xlsx needs --output FILE\.xlsx", "--format xlsx 需要 --output 文件名.xlsx"),
    (r"no commitment has an owner containing '(?P<owner>.*)'", "没有责任单位包含 '{owner}' 的承诺"),
    (r"(?P<path>.+) exists; give --force to overwrite it", "{path} 已存在；如需覆盖请加 --force"),
    (r"cannot read (?P<path>.+): (?P<err>.*)", "无法读取 {path}: {err}"),
    (r"cannot write (?P<path>.+): (?P<err>.*)", "无法写入 {path}: {err}"),
    # The write path's refusals (undo, repair, an inexact figure, a ledger that is not a plain file).
    (
        r"nothing repaired: (?P<inner>.*) \(repair only removes a torn last record; fix this by hand\)",
        "未修复: {inner}（修复只删除末尾不完整的记录；此问题请手工修正）",
    ),
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
    (
        r"(?P<what>\S+) '(?P<text>.*)' for (?P<id>\S+) is too large to keep exactly \(whole numbers go up to "
        r"(?P<max>\d+)\); write it with a unit that is larger",
        "{id} 的{what} '{text}' 过大，无法精确保存（整数最大到 {max}）；请换用更大的单位",
    ),
    (
        r"(?P<what>\S+) '(?P<text>.*)' is too large to keep exactly \(whole numbers go up to (?P<max>\d+)\); "
        r"write it with a unit that is larger",
        "{what} '{text}' 过大，无法精确保存（整数最大到 {max}）；请换用更大的单位",
    ),
    (
        r"(?P<what>\S+) '(?P<text>.*)' for (?P<id>\S+) cannot be kept exactly \(it would be stored as "
        r"(?P<stored>\S+)\); round it",
        "{id} 的{what} '{text}' 无法精确保存（会存为 {stored}）；请减少位数",
    ),
    (
        r"(?P<what>\S+) '(?P<text>.*)' cannot be kept exactly \(it would be stored as (?P<stored>\S+)\); round it",
        "{what} '{text}' 无法精确保存（会存为 {stored}）；请减少位数",
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
    (r"(?P<where>\S+), row (?P<row>\d+): (?P<inner>.*)", "{where} 第 {row} 行: {inner}"),
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
