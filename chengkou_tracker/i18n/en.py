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
    # (end of cli)
    # ---- extract: keys added by this area go below
    # (end of extract)
    # ---- issue17: keys added by this area go below
    "figure.unit": "'{text}' is not in {unit}, the target's unit",
    "commitment.no_match": "no commitment matches '{words}'",
    "commitment.ambiguous": "'{words}' matches several commitments; give one of their ids:",
    "commitment.candidate": "  {id}  {title}",
    "figure.negative": "{id}: {value}{unit} is below zero, against a target of {target}{unit}; check the sign, or give --force",
    "figure.too_large": "{id}: {value}{unit} is more than three times the target of {target}{unit}; check it, or give --force",
    "figure.too_large.hint": "{id}: {value}{unit} is more than three times the target of {target}{unit}; {hint} (or give --force)",
    "figure.did_you_mean": "did you mean {value}{unit}?",
    "figure.falls": "{id}: {value}{unit} is below the earlier figure {earlier}{unit} of a running total; check it, or give --force",
    # (end of issue17)
    # ---- issue18: keys added by this area go below
    # (end of issue18)
    # ---- issue19: keys added by this area go below
    # (end of issue19)
    # ---- issue20: keys added by this area go below
    # (end of issue20)
}
