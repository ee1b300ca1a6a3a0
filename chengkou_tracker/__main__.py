"""`python -m chengkou_tracker`."""

from chengkou_tracker.cli import app

app()
