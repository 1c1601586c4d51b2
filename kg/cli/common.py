"""What every CLI module shares: the consoles, one-line errors, and date options."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

console = Console()
err = Console(stderr=True)


def fail(message: str, code: int = 1) -> None:
    """Print one clear error line (no traceback) and stop with the exit code."""
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code)


def parse_date_option(value: str | None, code: int = 1) -> date | None:
    """A --at value as a date, or a clear error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"--at wants a date as YYYY-MM-DD, got {value!r}", code)
    return None
