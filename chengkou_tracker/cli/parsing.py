"""How Click reads and shows the command line, adjusted: readable placeholders, Chinese help, signed numbers.

Also where a usage error keeps what Click would otherwise drop: the value a parameter was given (for the
error line, rendered from fields in cli/usage.py) and the extra words after a command.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import typer
from typer._click.exceptions import BadOptionUsage, BadParameter, UsageError
from typer._click.parser import _OptionParser, _ParsingState
from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_choice
from typer.core import TyperArgument, TyperCommand, TyperOption

from chengkou_tracker.cli.context import lang_of_run

# Placeholders in --help that say what to type, instead of Python types like <str> or <list[str]>.
_PLACEHOLDERS = {
    "ledger": "PATH", "as_of": "DATE", "lock_timeout": "SECONDS", "date": "DATE", "since": "DATE",
    "until": "DATE", "deadline": "DATE", "owner": "TEXT", "search": "TEXT", "note": "TEXT", "source": "TEXT",
    "by": "NAME", "title_en": "TEXT", "tolerance": "NUMBER", "tags": "TAG,...", "output": "FILE",
}  # fmt: skip


def _keeping_value(process: Any, ctx: Any, value: Any) -> Any:
    """PROCESS(ctx, VALUE), whose BadParameter then carries VALUE (`error.value`) for the error line."""
    try:
        return process(ctx, value)
    except BadParameter as error:
        error.value = value  # type: ignore[attr-defined]
        raise


@dataclass(frozen=True)
class _Plain(RuntimeParam):
    """Typer's coercion of a value this CLI declares (text, a number, a choice, a list of texts), done directly.

    Typer 0.29 builds a Pydantic TypeAdapter for every parameter of the command run, importing Pydantic first:
    some 50 ms of every command, more than the work of most. The values here need none of it; any other
    parameter keeps Typer's own coercion. A bad value raises BadParameter, which cli/usage.py words.
    """

    convert: Callable[[Any, Any], Any]

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        try:
            return self.convert(value, ctx)
        except (ValueError, KeyError) as error:
            raise BadParameter(str(error), ctx=ctx, param=param) from error


# The words Typer (through Pydantic) reads as a flag's value; any other raises KeyError, a ValueError below.
_BOOLS = dict.fromkeys(("", "0", "off", "f", "false", "n", "no"), False) | dict.fromkeys(
    ("1", "on", "t", "true", "y", "yes"), True
)


def _plain(descriptor: TypeDescriptor) -> _Plain | None:
    """A direct coercion for DESCRIPTOR's type, or None where Typer's own is needed."""
    info, annotation = descriptor.parameter_info, descriptor.annotation
    if descriptor.file_annotation is not None or info.parser is not None or info.max is not None or info.clamp:
        return None
    convert: Callable[[Any, Any], Any]
    if descriptor.is_choice:
        choices, case_sensitive = descriptor.choices or (), info.case_sensitive

        def convert(value: Any, ctx: Any) -> Any:
            return coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)

    elif annotation is str:

        def convert(value: Any, ctx: Any) -> Any:
            return str(value)

    elif annotation == list[str]:

        def convert(value: Any, ctx: Any) -> Any:
            return [str(item) for item in value]

    elif annotation is bool:

        def convert(value: Any, ctx: Any) -> Any:
            return value if isinstance(value, bool) else _BOOLS[str(value).strip().lower()]

    elif annotation in (int, float):
        minimum = info.min

        def convert(value: Any, ctx: Any) -> Any:
            number = annotation(value)
            if minimum is not None and number < minimum:
                raise ValueError(value)
            return number

    else:
        return None
    return _Plain(parameter_info=info, annotation=annotation, convert=convert)


def _runtime_param(param: Any) -> RuntimeParam:
    """PARAM's coercion: _plain where it can be, Typer's otherwise (built once, as Typer does)."""
    if param._runtime_param is None:
        param._runtime_param = _plain(param.type_descriptor) or build_runtime_param(param.type_descriptor)
    runtime: RuntimeParam = param._runtime_param
    return runtime


class _Option(TyperOption):
    get_runtime_param = _runtime_param

    def process_value(self, ctx: Any, value: Any) -> Any:
        return _keeping_value(super().process_value, ctx, value)


class _Argument(TyperArgument):
    """An argument shown as ID or [ID] in help, without Typer's {ID} and <str>."""

    get_runtime_param = _runtime_param

    def process_value(self, ctx: Any, value: Any) -> Any:
        return _keeping_value(super().process_value, ctx, value)

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        return name if self.required else f"[{name.strip('[]')}]"

    def _rich_display_name(self) -> str:
        return self.display_name_raw


def readable(params: list[Any]) -> None:
    """Give every option and argument a placeholder a person can read (ID, DATE, SECTION, SECONDS...)."""
    for param in params:
        if isinstance(param, TyperArgument):
            param.__class__ = _Argument
            if param.metavar is None and param.name:
                param.metavar = param.name.upper()
            continue
        if isinstance(param, TyperOption):
            param.__class__ = _Option
        if (
            not getattr(param, "is_flag", False)
            and param.metavar is None
            and param.name
            and not getattr(getattr(param, "type_descriptor", None), "is_choice", False)
        ):
            param.metavar = _PLACEHOLDERS.get(param.name, param.name.upper())


class HelpContext(typer.Context):
    """A context whose --help is in Chinese when the run is (--lang zh before the command, or LANG zh...)."""

    def make_formatter(self) -> Any:
        if lang_of_run() == "zh":
            from chengkou_tracker.i18n.help_zh import ChineseHelpFormatter

            return ChineseHelpFormatter(width=self.terminal_width, max_width=self.max_content_width)
        return super().make_formatter()


# A value such as -3.2 or +5 (negative growth is ordinary data); no option of the tool looks like one.
_SIGNED_NUMBER = re.compile(r"[+-](?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class Parser(_OptionParser):
    """Click's parser, except that an option's misuse carries the context (Click leaves it out), so that the
    error can tell a flag given a value from an option missing one."""

    def _match_long_opt(self, opt: str, explicit_value: str | None, state: _ParsingState) -> None:
        try:
            super()._match_long_opt(opt, explicit_value, state)
        except BadOptionUsage as error:
            error.ctx = error.ctx or self.ctx
            raise

    def _match_short_opt(self, arg: str, state: _ParsingState) -> None:
        try:
            super()._match_short_opt(arg, state)
        except BadOptionUsage as error:
            error.ctx = error.ctx or self.ctx
            raise


def make_parser(command: Any, ctx: Any, parser_class: type[Parser] = Parser) -> Parser:
    parser = parser_class(ctx)
    params = command.get_params(ctx)
    readable(params)  # also --help, which Click adds only now
    for param in params:
        param.add_to_parser(parser, ctx)
    return parser


class _SignedNumberParser(Parser):
    """A word like -3.2 is an argument, not an unknown option."""

    def _process_opts(self, arg: str, state: _ParsingState) -> None:
        if _SIGNED_NUMBER.fullmatch(arg):
            state.largs.append(arg)
            return
        super()._process_opts(arg, state)


class ExtraArguments(UsageError):
    """Words after a command that it takes no place for; `words` holds them."""

    def __init__(self, words: list[str], ctx: Any) -> None:
        super().__init__(f"Got unexpected extra argument(s) ({' '.join(words)})", ctx)
        self.words = words


class Command(TyperCommand):
    """A command that reads `record T004 -3.2` as a value (without the `--` Click would need) and keeps
    the words it has no place for in its usage error."""

    context_class = HelpContext

    def make_parser(self, ctx: Any) -> _OptionParser:
        return make_parser(self, ctx, _SignedNumberParser)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        allowed = ctx.allow_extra_args
        ctx.allow_extra_args = True  # Click's own refusal only has the words inside an English sentence
        try:
            rest = super().parse_args(ctx, args)
        finally:
            ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            raise ExtraArguments(rest, ctx)
        return rest
