"""Click's usage errors as the tool's errors: a key and the fields Click's exception carries, never its English.

The words of the run are needed for one case only: a global option given after the command, where the
error shows the value that came with it.
"""

from typing import Any

from typer._click.exceptions import BadOptionUsage, BadParameter, ClickException, MissingParameter, NoSuchOption

from chengkou_tracker.cli.parsing import ExtraArguments
from chengkou_tracker.errors import UsageError

# Options of the program itself, which Click only reads before the command name.
_GLOBAL_OPTIONS = ("--ledger", "-l", "--as-of", "--lang", "--lock-timeout")  # each takes a value
_GLOBAL_FLAGS = ("--color", "--no-color", "--version")


def usage_error(error: ClickException, words: list[str]) -> UsageError:
    """ERROR as a UsageError with a catalog key and the exception's own fields."""
    from chengkou_tracker.escape import inert

    if isinstance(error, NoSuchOption):
        return _no_such_option(error, words)
    if isinstance(error, BadOptionUsage):
        if _option_takes_value(error) is False:
            return UsageError("cli.option.no_value", option=inert(error.option_name))
        return UsageError("cli.option.needs_value", option=inert(error.option_name))
    if isinstance(error, MissingParameter) and error.param is not None:
        if error.param.param_type_name == "argument":
            return UsageError("cli.argument.missing", name=error.param.get_error_hint())
        return UsageError("cli.option.missing", name=error.param.get_error_hint())
    if isinstance(error, BadParameter) and error.param is not None:
        return _bad_value(error)
    if isinstance(error, ExtraArguments):
        return UsageError("cli.arguments.extra", words=[f"'{inert(word)}'" for word in error.words])
    return UsageError("cli.usage", text=inert(error.format_message()))  # none of the tool's commands reach this


def _no_such_option(error: NoSuchOption, words: list[str]) -> UsageError:
    from chengkou_tracker.escape import inert

    option = error.option_name.split("=", 1)[0]
    if option in _GLOBAL_OPTIONS or option in _GLOBAL_FLAGS:
        value = ""
        if option in _GLOBAL_OPTIONS:
            at = words.index(error.option_name) if error.option_name in words else -1
            value = " " + words[at + 1] if 0 <= at < len(words) - 1 else " ..."
        command = error.ctx.info_name if error.ctx is not None and error.ctx.info_name else "COMMAND"
        return UsageError("global option", option=option, value=inert(value), command=command)
    if error.possibilities:
        return UsageError(
            "cli.option.unknown.similar", option=inert(error.option_name), similar=sorted(error.possibilities)
        )
    return UsageError("cli.option.unknown", option=inert(error.option_name))


def _option_takes_value(error: BadOptionUsage) -> bool | None:
    command = error.ctx.command if error.ctx is not None else None
    for param in command.params if command is not None else ():
        if error.option_name in getattr(param, "opts", ()) or error.option_name in getattr(param, "secondary_opts", ()):
            return not getattr(param, "is_flag", False)
    return None


def _bad_value(error: BadParameter) -> UsageError:
    from chengkou_tracker.escape import inert

    param: Any = error.param
    option = param.get_error_hint()
    value = getattr(error, "value", None)
    if isinstance(value, (list, tuple)):
        value = " ".join(str(item) for item in value)
    shown = inert(str(value)) if value is not None else ""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None and descriptor.is_choice:
        choices = ", ".join(f"'{getattr(choice, 'value', choice)}'" for choice in descriptor.choices)
        return UsageError("cli.value.choice", option=option, value=shown, choices=choices)
    minimum = getattr(getattr(descriptor, "parameter_info", None), "min", None)
    if descriptor is not None and descriptor.annotation in (int, float):
        try:
            number = float(str(value))
        except ValueError:
            return UsageError("cli.value.number", option=option, value=shown)
        if minimum is not None and number < minimum:
            return UsageError("cli.value.at_least", option=option, value=shown, minimum=minimum)
    return UsageError("cli.value.invalid", option=option, value=shown)
