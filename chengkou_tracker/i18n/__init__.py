"""Every sentence the tool prints, by key, in English and Chinese: say() fills one, render() shows an error.

The catalogs (en.py, zh.py) hold the same keys, which tests/test_catalog.py checks. A field that is a
Term, an OSError, a nested error or a list is itself shown in the user's language.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from chengkou_tracker.errors import Problem, Term, TrackerError

if TYPE_CHECKING:
    from collections.abc import Mapping


def catalog(lang: str) -> Mapping[str, str]:
    """The sentences of LANG ('en' or 'zh'), loaded on first use."""
    if lang == "zh":
        from chengkou_tracker.i18n.zh import SENTENCES
    else:
        from chengkou_tracker.i18n.en import SENTENCES
    return SENTENCES


def say(key: str, lang: str, **fields: object) -> str:
    """Sentence KEY in LANG with FIELDS filled in, each field shown in LANG."""
    return catalog(lang)[key].format_map({name: field(value, lang) for name, value in fields.items()})


def field(value: object, lang: str) -> str:
    """One field of a sentence as shown in LANG."""
    if isinstance(value, Term):
        from chengkou_tracker.i18n.labels import label

        return label(str(value), lang)
    if isinstance(value, TrackerError):
        return render(value, lang)
    if isinstance(value, Problem):
        return render_problem(value, lang)
    if isinstance(value, OSError):
        return os_error(value, lang)
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(field(item, lang) for item in value)
    return str(value)


def os_error(error: OSError, lang: str) -> str:
    """What the operating system said, in LANG (the errno's name picks the sentence)."""
    name = errno.errorcode.get(error.errno or 0, "")
    key = f"os.{name}"
    if key in catalog(lang):
        return say(key, lang)
    return say("os.other", lang, text=error.strerror or str(error), code=name or error.errno)


def render(error: TrackerError, lang: str) -> str:
    """ERROR as one sentence in LANG."""
    if error.key not in catalog("en"):  # an English sentence not yet given a key (being converted)
        from chengkou_tracker.i18n.messages import chinese

        return "\n".join(chinese(line) for line in error.key.split("\n")) if lang == "zh" else error.key
    return say(error.key, lang, **error.fields)


def render_problem(problem: Problem, lang: str) -> str:
    """PROBLEM as FILE:LINE: sentence, in LANG."""
    if problem.key not in catalog("en"):  # an English sentence not yet given a key (being converted)
        from chengkou_tracker.i18n.messages import chinese

        text = chinese(problem.key) if lang == "zh" else problem.key
    else:
        text = say(problem.key, lang, **problem.fields)
    return f"{problem.where}: {text}"
