"""``newsgraph db start|stop|status``, ``stats`` and ``settings``: the graph server and what it holds."""

from __future__ import annotations

import typer
from rich.table import Table

from newsgraph.cli.common import DataDir, connect, err, out
from newsgraph.graph import server
from newsgraph.graph.config import external_graph, home_dir
from newsgraph.settings import SETTINGS

db_app = typer.Typer(help="Start, stop and inspect the embedded graph server.", no_args_is_help=True)


@db_app.command("start")
def db_start(data_dir: DataDir = None) -> None:
    """Start the embedded graph server in the background; it stays up until `newsgraph db stop`."""
    if external_graph():
        err.print("NEO4J_URI is set: newsgraph uses that server and never starts its own.")
        raise typer.Exit(0)
    home = home_dir(data_dir)
    with err.status("starting the embedded graph server…"):
        try:
            info, started = server.start(home)
            server.keep(home)  # also one a command started: it now stays up after that command
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
    out.print(
        f"embedded graph running: {info.uri} (pid {info.pid}, data in {home}, log {server.log_path(home)})"
    )


def stats(data_dir: DataDir = None) -> None:
    """Node counts by label and relationship counts by type."""
    with connect(data_dir) as graph:
        counts = graph.counts()
    for title, values in (("nodes", counts["nodes"]), ("relationships", counts["relationships"])):
        table = Table(title=title)
        table.add_column("label" if title == "nodes" else "type")
        table.add_column("count", justify="right")
        for name, n in values.items():
            table.add_row(name, str(n))
        table.add_row("[bold]total[/bold]", f"[bold]{sum(values.values())}[/bold]")
        out.print(table)


def settings() -> None:
    """The environment variables newsgraph reads, with their defaults."""
    table = Table()
    for column in ("variable", "default", "meaning"):
        table.add_column(column)
    for name, default, help_text in SETTINGS:
        table.add_row(name, default or "(empty)", help_text)
    out.print(table)
