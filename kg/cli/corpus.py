"""CLI commands of the corpus area: ``kg validate [PATH]``."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.api import validate_corpus


def validate(
    path: Path = typer.Argument(Path("corpus"), help="Corpus folder (or one YAML/JSON file)."),
    store: Path | None = typer.Option(
        None, "--store", help="Also compare the curated norms with those extracted from this store's texts."
    ),
) -> None:
    """Check the curated corpus: schema, ids, references and sources. Exit code 1 on problems.

    With --store, list where a curated norm and an extracted one on the same provision disagree in
    kind, addressee or sanction level (a report for a reader to check; it does not fail the run)."""
    issues = validate_corpus(path)
    if issues:
        for issue in issues:
            typer.echo(str(issue), err=True)
        typer.echo(f"{len(issues)} problem(s) in {path}; nothing loaded.", err=True)
        raise typer.Exit(code=1)
    from kg.api import load_corpus

    counts = load_corpus(path).counts()
    typer.echo(f"OK {path}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    if store is not None:
        from kg.api import Store, norm_disagreements

        found = norm_disagreements(Store(store), path)
        for d in found:
            typer.echo(
                f"{d['provision']}: {d['field']} differs: curated {d['curated']} says "
                f"{d['curated_value']!r}, extracted {d['extracted']} says {d['extracted_value']!r}"
            )
        typer.echo(f"{len(found)} disagreement(s) between curated and extracted norms in {store}")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the kg app."""
    app.command("validate")(validate)
