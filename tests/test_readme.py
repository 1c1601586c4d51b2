"""README lists every command `kg --help` (and each sub-help) offers."""

from __future__ import annotations

import re
from pathlib import Path

import typer
from typer.testing import CliRunner

from kg.cli import app
from kg.cli.graph import QUERY_NAMES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group, prefix: str = "kg") -> list[str]:  # type: ignore[no-untyped-def]
    """Every command path under a group: 'kg ingest', 'kg serve api', …"""
    out = []
    for name, cmd in group.commands.items():
        path = f"{prefix} {name}"
        out.append(path)
        if hasattr(cmd, "commands"):  # a sub-app such as `kg serve`
            out += commands(cmd, path)
    return out


def help_text(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_is_in_help_and_in_readme():
    paths = commands(typer.main.get_command(app))
    assert {"kg ingest", "kg search", "kg serve api", "kg serve mcp", "kg serve sparql"} <= set(paths)
    missing = []
    for path in paths:
        *parents, name = path.split()[1:]
        assert re.search(rf"│ {re.escape(name)}\s", help_text(*parents)), f"{path} is not in its --help"
        if not re.search(rf"`{re.escape(path)}(?=[\s`])", README):
            missing.append(path)
    assert not missing, f"README does not list: {', '.join(missing)}"


def test_every_graph_question_is_in_readme():
    lines = "\n".join(x for x in README.splitlines() if "`kg query " in x)
    missing = [name for name in QUERY_NAMES if not re.search(rf"`kg query (?:[a-z|\\]*\b)?{name}\b", lines)]
    assert not missing, f"README does not list kg query {', '.join(missing)}"
