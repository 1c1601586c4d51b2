"""CLI commands of the corpus area: ``kg validate [PATH]``."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.api import validate_corpus


def validate(
    path: Path = typer.Argument(Path("corpus"), help="Corpus folder (or one YAML/JSON file)."),
) -> None:
    """Check the curated corpus: schema, ids, references and sources. Exit code 1 on problems."""
    issues = validate_corpus(path)
    if issues:
        for issue in issues:
            typer.echo(str(issue), err=True)
        typer.echo(f"{len(issues)} problem(s) in {path}; nothing loaded.", err=True)
        raise typer.Exit(code=1)
    from kg.api import load_corpus

    counts = load_corpus(path).counts()
    typer.echo(f"OK {path}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


def register(app: typer.Typer) -> None:
    """Add this area's commands to the kg app."""
    app.command("validate")(validate)
