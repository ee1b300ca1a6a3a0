"""Every sentence the tool prints, by key, in English and Chinese: say() fills one, render() shows an error.

The catalogs (en.py, zh.py) hold the same keys, which tests/test_catalog.py checks. A field that is a
Term, an OSError, a nested error or a list is itself shown in the user's language.
"""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from chengkou_tracker.errors import Problem, TrackerError


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
    # Errors, problems and terms are known by their shape, so that errors.py and this package do not import
    # each other (TrackerError.__str__ renders through here).
    if isinstance(value, str) and getattr(value, "is_term", False):
        from chengkou_tracker.i18n.labels import label

        return label(str(value), lang)
    if isinstance(value, str) and getattr(value, "is_parser_words", False):
        return parser_words(value, lang)
    if isinstance(getattr(value, "key", None), str) and isinstance(getattr(value, "fields", None), dict):
        return render_problem(value, lang) if hasattr(value, "where") else render(value, lang)  # type: ignore[arg-type]
    if isinstance(value, OSError):
        return os_error(value, lang)
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(field(item, lang) for item in value)
    return str(value)


def parser_words(message: str, lang: str) -> str:
    """The TOML reader's MESSAGE in LANG: Chinese where zh.TOML_MESSAGES has it ("Cannot declare {name} twice"
    matches any name), else as tomllib wrote it."""
    if lang != "zh":
        return message
    import re

    from chengkou_tracker.i18n.zh import TOML_MESSAGES

    for english, chinese in TOML_MESSAGES.items():
        pattern = re.escape(english).replace(re.escape("{name}"), "(?P<name>.+)")
        found = re.fullmatch(pattern, message)
        if found:
            return chinese.format(**found.groupdict())
    return message


def os_error(error: OSError, lang: str) -> str:
    """What the operating system said, in LANG (the errno's name picks the sentence)."""
    name = errno.errorcode.get(error.errno or 0, "")
    key = f"os.{name}"
    if key in catalog(lang):
        return say(key, lang)
    return say("os.other", lang, text=error.strerror or str(error), code=name or error.errno)


def render(error: TrackerError, lang: str) -> str:
    """ERROR as one sentence in LANG."""
    return say(error.key, lang, **error.fields)


def render_problem(problem: Problem, lang: str) -> str:
    """PROBLEM as FILE:LINE: sentence, in LANG."""
    return f"{problem.where}: {say(problem.key, lang, **problem.fields)}"
