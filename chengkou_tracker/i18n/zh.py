# ruff: noqa: E501  (a catalog: one sentence per line reads better than one split across lines)
"""Every sentence the tool prints, in Chinese, by key (i18n/en.py holds the same keys)."""

SENTENCES: dict[str, str] = {
    # ---- the command line's own sentences
    "wrote": "已写入 {path}",
    "wrote text": "已写入 {path}（报告原文，供 validate 核对引文）",
    "skipped": "；跳过 {count} 条已记录的更新",
    "nothing to import": "无需导入: {count} 行均已记录",
    "recorded": "{id} {title}: 已记录 {value}{final}，日期 {date} -> {status}",
    "final": "（终值）",
    "counts later": "注意: {date} 晚于截至日期 {as_of}，该数值自 {date} 起计入",
    "undid": "已撤销{change}",
    "undo?": "撤销{change}？",
    "edited": "已记录{change}",
    "imported": "已导入 {count} 条更新，作为变更 {change}{skipped}",
    "dry run": "试运行: {count} 条更新均有效{skipped}；未写入",
    "repaired": "已删除末尾不完整的记录；其内容保存在 {path}",
    "nothing to repair": "无需修复",
    "change edit": "变更 {number}: 修改 {id} {fields}",
    "change record": "变更 {number}: 记录 {id} {value}，日期 {date}{final}",
    "change import": "变更 {number}: 导入 {count} 条更新",
    "year over": "台账的 {year} 年度已结束；用 --as-of {year}-12-31 回看，或用 chengkou-tracker extract 报告文件 开始新的年度",
    "assigned": "已将 {count} 项承诺的责任单位设为 {owner}，作为变更 {change}{already}",
    "assigned owners": "已为 {count} 项承诺设定责任单位（{owners} 个单位），作为变更 {change}{already}",
    "already had it": "；{count} 项原已是该单位",
    "nothing to assign": "无需修改: {count} 项承诺均已是该责任单位",
    "wrote template": "已写入 {path}: {count} 项承诺",
    "change edits": "变更 {number}: 修改 {count} 项承诺: {fields}",
    "global option": "{option} 是全局选项，请放在命令之前，例如 chengkou-tracker {option}{value} {command}",
    # ---- errors and problems, with their shared words
    "ledger.invalid": "{first}",
    "ledger.invalid.more": "{first}（另有 {more} 个问题；请运行 chengkou-tracker validate）",
    "error.line": "chengkou-tracker: 错误: {message}",
    "os.ENOENT": "文件或文件夹不存在",
    "os.EACCES": "没有权限",
    "os.EPERM": "不允许的操作",
    "os.EISDIR": "是文件夹",
    "os.ENOTDIR": "路径中有一段不是文件夹",
    "os.EROFS": "文件系统只读",
    "os.ENOSPC": "磁盘已满",
    "os.EDQUOT": "超出磁盘配额",
    "os.EEXIST": "文件已存在",
    "os.EIO": "输入输出错误",
    "os.other": "系统错误 {code}",
    "rows.invalid": "{errors}",
    # ---- store: keys added by this area go below
    # (end of store)
    # ---- core: keys added by this area go below
    # (end of core)
    # ---- cli: keys added by this area go below
    "cli.ledger.none": "此处没有台账: 运行 chengkou-tracker init 新建 {path}",
    "cli.now.invalid": "CHENGKOU_NOW '{text}' 不是形如 YYYY-MM-DDTHH:MM:SSZ 的日期时间",
    "cli.undo.needs_yes": "不在终端运行时，请用 chengkou-tracker undo --yes",
    "cli.undo.nothing": "无可撤销: 台账中没有变更记录",
    "cli.undo.declined": "未撤销任何内容",
    "cli.aborted": "已中止",
    "cli.assign.from_alone": "使用 --from 文件 时不能再给出责任单位、编号、--section、--tag 或 --search",
    "cli.assign.what": "请给出责任单位和事项（编号……、--section、--tag 或 --search），或用 --from 文件",
    "cli.assign.which": "哪些事项？请给出编号、--section、--tag 或 --search",
    "cli.no_match": "没有符合条件的承诺",
    "cli.export.xlsx_output": "--format xlsx 需要 --output 文件名.xlsx",
    "cli.template.output": "--output '{path}' 须以 .xlsx 或 .csv 结尾",
    "owner.unknown": "没有责任单位包含 '{owner}' 的承诺（现有责任单位: {owners}）",
    "owner.unknown.unassigned": "没有责任单位包含 '{owner}' 的承诺: 尚未给任何承诺指定责任单位（用 chengkou-tracker assign 指定）",
    "cli.command.missing": "缺少命令（chengkou-tracker --help 列出所有命令）",
    "cli.command.unknown": "没有这个命令 '{command}'（chengkou-tracker --help 列出所有命令）",
    "cli.command.unknown.similar": "没有这个命令 '{command}'（是否要用 {similar}？）",
    "cli.option.unknown": "没有这个选项: {option}",
    "cli.option.unknown.similar": "没有这个选项: {option}（是否要用 {similar}？）",
    "cli.option.needs_value": "选项 {option} 需要一个值",
    "cli.option.no_value": "选项 {option} 不接受值",
    "cli.argument.missing": "缺少参数 {name}",
    "cli.option.missing": "缺少选项 {name}",
    "cli.arguments.extra": "多余的参数: {words}",
    "cli.value.choice": "{option} 的值 '{value}' 无效（可选: {choices}）",
    "cli.value.number": "{option} 的值 '{value}' 不是数字",
    "cli.value.at_least": "{option} 的值 {value} 小于 {minimum}",
    "cli.value.invalid": "{option} 的值 '{value}' 无效",
    "cli.usage": "{text}",
    # (end of cli)
    # ---- extract: keys added by this area go below
    # (end of extract)
    # ---- issue17: keys added by this area go below
    # (end of issue17)
    # ---- issue18: keys added by this area go below
    # (end of issue18)
    # ---- issue19: keys added by this area go below
    # (end of issue19)
    # ---- issue20: keys added by this area go below
    # (end of issue20)
}
