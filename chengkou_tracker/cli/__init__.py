"""The command line: parse, make one call into the core, render (see app.py for the program and its error boundary).

The entry point `chengkou-tracker = "chengkou_tracker.cli:app"` names the app here.
"""

from chengkou_tracker.cli.app import app

__all__ = ["app"]
