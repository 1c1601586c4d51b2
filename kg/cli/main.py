"""The ``kg`` command. Each area registers its own commands from its own module."""

from __future__ import annotations

import typer

from kg.cli.common import KgGroup

app = typer.Typer(
    name="kg",
    help="Knowledge graph and cited retrieval over Indonesian law on ASN neutrality.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=KgGroup,
)


def _register_all() -> None:
    from kg.cli import corpus, documents, graph, search, serve

    for module in (documents, corpus, graph, search, serve):
        module.register(app)


_register_all()


def main() -> None:
    """Entry point of the console script."""
    app()
