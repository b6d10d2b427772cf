"""The `newsgraph` command: one entry point for the database, ingestion, extraction, the app and the digest.

Every command that needs the graph connects through :func:`graph.connection.open_graph`,
which uses NEO4J_URI when set and otherwise starts the embedded server if none runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from graph import server
from graph.config import SETTINGS, external_graph, home_dir
from graph.connection import Graph, open_graph
from graph.schema import ensure_schema

app = typer.Typer(
    help="newsgraph: a knowledge graph of AI-industry news (Chinese first).",
    no_args_is_help=True,
    add_completion=False,
)
db_app = typer.Typer(help="Start, stop and inspect the embedded graph server.", no_args_is_help=True)
app.add_typer(db_app, name="db")

out = Console()
err = Console(stderr=True)

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", envvar="NEWSGRAPH_HOME", help="Folder for the embedded graph, logs and state."),
]


def _connect(data_dir: Path | None) -> Graph:
    """Open the graph (starting the embedded server if needed) with its schema in place."""
    try:
        graph = open_graph(data_dir)
        ensure_schema(graph)
    except server.ServerError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except Exception as exc:
        where = external_graph().uri if external_graph() else "the embedded graph"
        err.print(f"[red]error:[/red] cannot reach {where}: {type(exc).__name__}: {exc}")
        raise typer.Exit(2) from exc
    return graph


@db_app.command("start")
def db_start(data_dir: DataDir = None) -> None:
    """Start the embedded graph server in the background (does nothing if one runs)."""
    if external_graph():
        err.print("NEO4J_URI is set: newsgraph uses that server and never starts its own.")
        raise typer.Exit(0)
    home = home_dir(data_dir)
    with err.status("starting the embedded graph server…"):
        try:
            info, started = server.start(home)
        except server.ServerError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
    word = "started" if started else "already running"
    out.print(f"embedded graph {word}: {info.uri} (pid {info.pid}, data in {home})")


@db_app.command("stop")
def db_stop(data_dir: DataDir = None) -> None:
    """Stop the embedded graph server; says so when none runs."""
    home = home_dir(data_dir)
    if server.stop(home):
        out.print("embedded graph stopped")
    else:
        out.print("no embedded graph server is running")


@db_app.command("status")
def db_status(data_dir: DataDir = None) -> None:
    """Say which graph newsgraph uses and whether it runs (exit code 1 when the embedded one is down)."""
    external = external_graph()
    if external:
        out.print(f"using NEO4J_URI {external.uri} as user {external.user}")
        return
    home = home_dir(data_dir)
    info = server.status(home)
    if info is None:
        out.print(f"embedded graph not running (data in {home})")
        raise typer.Exit(1)
    out.print(f"embedded graph running: {info.uri} (pid {info.pid}, data in {home}, log {server.log_path(home)})")


@app.command()
def stats(data_dir: DataDir = None) -> None:
    """Node counts by label and relationship counts by type."""
    with _connect(data_dir) as graph:
        counts = graph.counts()
    for title, values in (("nodes", counts["nodes"]), ("relationships", counts["relationships"])):
        table = Table(title=title)
        table.add_column("label" if title == "nodes" else "type")
        table.add_column("count", justify="right")
        for name, n in values.items():
            table.add_row(name, str(n))
        table.add_row("[bold]total[/bold]", f"[bold]{sum(values.values())}[/bold]")
        out.print(table)


@app.command()
def settings() -> None:
    """The environment variables newsgraph reads, with their defaults."""
    table = Table()
    for column in ("variable", "default", "meaning"):
        table.add_column(column)
    for name, default, help_text in SETTINGS:
        table.add_row(name, default or "(empty)", help_text)
    out.print(table)


@app.command()
def ui(
    data_dir: DataDir = None,
    port: Annotated[int, typer.Option(help="Port of the app on 127.0.0.1.")] = 8501,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser.")] = False,
) -> None:
    """Open the explorer (Streamlit) on the graph; starts the embedded server first if needed."""
    home = home_dir(data_dir)
    _connect(home).close()
    app_file = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    command = [
        sys.executable, "-m", "streamlit", "run", str(app_file),
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--server.headless", "true" if no_browser else "false",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    out.print(f"explorer on http://127.0.0.1:{port} (Ctrl-C to stop)")
    env = {**os.environ, "NEWSGRAPH_HOME": str(home)}
    raise typer.Exit(subprocess.call(command, env=env))


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date like 2021-03-11") from exc


def main() -> None:
    app()


if __name__ == "__main__":
    main()
