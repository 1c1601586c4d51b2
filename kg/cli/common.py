"""What every CLI module shares: the consoles, one-line errors, the error mapping and date options."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text
from typer.core import TyperGroup

from kg.errors import brief

console = Console()
err = Console(stderr=True)


def print_error(message: str) -> None:
    """One error line on stderr; the message is plain text (user words in it are never read as markup)."""
    err.print(Text.assemble(("error:", "red"), " ", brief(message)), highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> None:
    """Print one clear error line (no traceback) and stop with the exit code."""
    print_error(message)
    raise typer.Exit(code)


class KgGroup(TyperGroup):
    """The ``kg`` group: a KgError from any command becomes one line and exit 1 (2 for a usage error)."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        from kg.api import as_kg_error

        try:
            return super().invoke(ctx)
        except Exception as exc:
            known = as_kg_error(exc)
            if known is None:
                raise
            fail(str(known), known.exit_code)


def parse_date_option(value: str | None, code: int = 2) -> date | None:
    """A --at value as a date, or a clear error (a usage error: exit 2)."""
    from kg.api import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        fail(str(exc), code)
    return None


# The options every command shares; typer reads the variables too, so `--help` shows them.
STORE_HELP = "Store folder (default ./.kg-store)."
StoreOption = typer.Option(None, "--store", envvar="KG_STORE", help=STORE_HELP)
MODEL_HELP = "Encoder: e5-small, minilm, hash, none (lexical only) or a model folder."


@contextmanager
def progress_bar(label: str, show: bool = True) -> Iterator[Callable[[int, int, str], None]]:
    """A progress bar on stderr; yields the ``progress(done, total, name)`` callback kg.api takes."""
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=not show,
        transient=True,
    )
    with bar:
        task = bar.add_task("", total=None)

        def tell(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name)

        yield tell
