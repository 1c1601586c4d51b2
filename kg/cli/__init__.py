"""The ``kg`` command line: thin typer commands over ``kg.api``."""

from kg.cli.main import app, main

__all__ = ["app", "main"]
