"""The ``kg`` command. Each area registers its own commands from its own module."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="kg",
    help="Knowledge graph and cited retrieval over Indonesian law on ASN neutrality.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_all() -> None:
    from kg.cli import corpus, documents, graph, search

    for module in (documents, corpus, graph, search):
        module.register(app)


_register_all()


def main() -> None:
    """Entry point of the console script."""
    app()
