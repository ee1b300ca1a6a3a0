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
    # (end of cli)
    # ---- extract: keys added by this area go below
    "extract.no_year": "无法判断报告规划的是哪一年；请用 --year 给出四位数的年份",
    "extract.no_place": "{name}：无法判断是哪里的报告；请用 --place 给出地名",
    "extract.not_utf16": "{name}：报告不是有效的 UTF-16 文本",
    "extract.not_text": "{name}：报告既不是 UTF-8 也不是 GB18030 文本",
    "extract.nothing": "{name}：没有可起草的内容，报告中没有规划 {year} 年的目标或任务；未写入任何内容",
    "extract.summary": "已起草目标{targets}项、里程碑{milestones}项{five_year}，待复核{review}项；年份{year}，{source}",
    "extract.summary.five_year": "（其中五年目标{count}项）",
    "extract.source.option": "取自 {words}",
    "extract.source.heading": "取自标题“{words}”",
    "extract.source.text": "取自正文“{words}”",
    "extract.source.review": "取自标题“{words}”的下一年",
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
