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
    "extract.no_year": "cannot tell which year the report plans; give it with --year YYYY",
    "extract.no_place": "{name}: cannot tell whose report it is; give the place with --place NAME",
    "extract.not_utf16": "{name}: the report is not valid UTF-16 text",
    "extract.not_text": "{name}: the report is neither UTF-8 nor GB18030 text",
    "extract.nothing": "{name}: nothing to draft: no target or deliverable in a part that plans {year}; nothing written",
    "extract.summary": "drafted {targets} targets and {milestones} milestones{five_year}, {review} to review; year {year} {source}",
    "extract.summary.five_year": " ({count} for the five-year plan)",
    "extract.source.option": "from {words}",
    "extract.source.heading": "from the heading '{words}'",
    "extract.source.text": "from the text '{words}'",
    "extract.source.review": "the year after the heading '{words}'",
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
