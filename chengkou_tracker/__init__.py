"""Track the commitments of a government work report.

The Python API does what the commands do::

    from chengkou_tracker import load, assess_ledger, record
    ledger = load("commitments.toml")
    for assessment in assess_ledger(ledger, datetime.date.today()):
        print(assessment.commitment.id, assessment.status)

Names are imported on first use, so the command line starts fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "Assessment": "chengkou_tracker.status",
    "assess": "chengkou_tracker.status",
    "assess_ledger": "chengkou_tracker.status",
    "Commitment": "chengkou_tracker.model",
    "Update": "chengkou_tracker.model",
    "Edit": "chengkou_tracker.model",
    "Ledger": "chengkou_tracker.model",
    "Kind": "chengkou_tracker.model",
    "Status": "chengkou_tracker.model",
    "Direction": "chengkou_tracker.model",
    "load": "chengkou_tracker.store.ledger",
    "validate": "chengkou_tracker.store.ledger",
    "record": "chengkou_tracker.operations",
    "edit": "chengkou_tracker.operations",
    "undo": "chengkou_tracker.operations",
    "import_csv": "chengkou_tracker.operations",
    "assign": "chengkou_tracker.operations",
    "init": "chengkou_tracker.operations",
    "repair": "chengkou_tracker.operations",
    "history": "chengkou_tracker.operations",
    "report_text": "chengkou_tracker.operations",
    "TrackerError": "chengkou_tracker.errors",
    "UsageError": "chengkou_tracker.errors",
    "LedgerError": "chengkou_tracker.errors",
    "LedgerInvalid": "chengkou_tracker.errors",
}
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'chengkou_tracker' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
