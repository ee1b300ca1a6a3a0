# ruff: noqa: E501  (a catalog: one sentence per line reads better than one split across lines)
"""Every sentence the tool prints, in English, by key (i18n/zh.py holds the same keys)."""

SENTENCES: dict[str, str] = {
    # ---- the command line's own sentences
    "wrote": "wrote {path}",
    "wrote text": "wrote {path} (the report's text, for validate's quote check)",
    "skipped": "; skipped {count} already recorded",
    "nothing to import": "nothing to import: all {count} rows are already recorded",
    "recorded": "{id} {title}: recorded {value}{final} on {date} -> {status}",
    "final": " (final)",
    "counts later": "note: {date} is after the as-of date {as_of}; the figure counts from {date}",
    "undid": "undid {change}",
    "undo?": "Undo {change}?",
    "edited": "recorded {change}",
    "imported": "imported {count} updates as change {change}{skipped}",
    "dry run": "dry run: {count} updates are valid{skipped}; nothing written",
    "repaired": "removed the incomplete last record; its text is in {path}",
    "nothing to repair": "nothing to repair",
    "change edit": "change {number}: edit {id} {fields}",
    "change record": "change {number}: record {id} {value} on {date}{final}",
    "change import": "change {number}: import of {count} updates",
    "year over": "the ledger's year {year} is over; look back with --as-of {year}-12-31, or start a new year with 'chengkou-tracker extract REPORT'",
    "assigned": "assigned {owner} to {count} commitments as change {change}{already}",
    "assigned owners": "assigned owners to {count} commitments ({owners} departments) as change {change}{already}",
    "already had it": "; {count} already had it",
    "nothing to assign": "nothing to change: all {count} commitments already have that owner",
    "wrote template": "wrote {path}: {count} commitments",
    "change edits": "change {number}: edit of {count} commitments: {fields}",
    "global option": "{option} is a global option: put it before the command, as in 'chengkou-tracker {option}{value} {command}'",
    # ---- errors and problems, with their shared words
    "ledger.invalid": "{first}",
    "ledger.invalid.more": "{first} (and {more} more; run 'chengkou-tracker validate')",
    "error.line": "chengkou-tracker: error: {message}",
    "os.ENOENT": "No such file or directory",
    "os.EACCES": "Permission denied",
    "os.EPERM": "Operation not permitted",
    "os.EISDIR": "Is a directory",
    "os.ENOTDIR": "Not a directory",
    "os.EROFS": "Read-only file system",
    "os.ENOSPC": "No space left on device",
    "os.EDQUOT": "Disk quota exceeded",
    "os.EEXIST": "File exists",
    "os.EIO": "Input/output error",
    "os.other": "{text}",
    "rows.invalid": "{errors}",
    # ---- store: keys added by this area go below
    # (end of store)
    # ---- core: keys added by this area go below
    # (end of core)
    # ---- cli: keys added by this area go below
    "cli.ledger.none": "no ledger here: run 'chengkou-tracker init' to create {path}",
    "cli.now.invalid": "CHENGKOU_NOW '{text}' is not a date-time like YYYY-MM-DDTHH:MM:SSZ",
    "cli.undo.needs_yes": "undo needs --yes when not run at a terminal",
    "cli.undo.nothing": "nothing to undo: the ledger records no changes",
    "cli.undo.declined": "nothing undone",
    "cli.aborted": "aborted",
    "cli.assign.from_alone": "assign --from FILE takes no OWNER, ID, --section, --tag or --search",
    "cli.assign.what": "give an OWNER and the commitments (ID..., --section, --tag or --search), or --from FILE",
    "cli.assign.which": "which commitments? give ids, --section, --tag or --search",
    "cli.no_match": "no commitments match",
    "cli.export.xlsx_output": "export --format xlsx needs --output FILE.xlsx",
    "cli.template.output": "--output '{path}' must end in .xlsx or .csv",
    "owner.unknown": "no commitment has an owner containing '{owner}' (owners: {owners})",
    "owner.unknown.unassigned": "no commitment has an owner containing '{owner}': none has an owner yet (set them with 'chengkou-tracker assign')",
    "cli.command.missing": "Missing command.",
    "cli.command.unknown": "No such command '{command}'.",
    "cli.command.unknown.similar": "No such command '{command}'. Did you mean {similar}?",
    "cli.option.unknown": "No such option: {option}",
    "cli.option.unknown.similar": "No such option: {option} (Possible options: {similar})",
    "cli.option.needs_value": "Option '{option}' requires an argument.",
    "cli.option.no_value": "Option '{option}' does not take a value.",
    "cli.argument.missing": "Missing argument {name}.",
    "cli.option.missing": "Missing option {name}.",
    "cli.arguments.extra": "Got unexpected extra argument(s) ({words})",
    "cli.value.choice": "Invalid value for {option}: '{value}' is not one of {choices}.",
    "cli.value.number": "Invalid value for {option}: '{value}' is not a number.",
    "cli.value.at_least": "Invalid value for {option}: {value} is less than {minimum}.",
    "cli.value.invalid": "Invalid value for {option}: '{value}'.",
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
