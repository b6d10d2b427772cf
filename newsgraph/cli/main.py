"""The `newsgraph` command: one entry point for the database, ingestion, extraction, the app and the digest.

Every command that needs the graph connects through :func:`newsgraph.graph.connection.open_graph`,
which uses NEO4J_URI when set and otherwise starts the embedded server if none runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

import newsgraph.ui
from newsgraph.graph import server
from newsgraph.graph.config import SETTINGS, external_graph, home_dir
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.schema import ensure_schema

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
    typer.Option(
        "--data-dir", envvar="NEWSGRAPH_HOME", help="Folder for the embedded graph, logs and state."
    ),
]


def _connect(data_dir: Path | None) -> Graph:
    """Open the graph (starting the embedded server if needed) with its schema in place."""
    try:
        graph = open_graph(data_dir)
        graph.driver.verify_connectivity()  # fails at once, where a first write would retry for 30 s
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
    out.print(
        f"embedded graph running: {info.uri} (pid {info.pid}, data in {home}, log {server.log_path(home)})"
    )


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
    app_file = Path(newsgraph.ui.__file__).resolve().parent / "app.py"
    command = [
        sys.executable, "-m", "streamlit", "run", str(app_file),
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--server.headless", "true" if no_browser else "false",
        "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
    ]  # fmt: skip
    out.print(f"explorer on http://127.0.0.1:{port} (Ctrl-C to stop)")
    env = {**os.environ, "NEWSGRAPH_HOME": str(home)}
    raise typer.Exit(subprocess.call(command, env=env))


@app.command()
def ingest(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Feed URLs or files, OPML or URL lists, article URLs, .html/.txt/.md/.jsonl files, folders."
        ),
    ] = None,
    feed: Annotated[list[str] | None, typer.Option("--feed", help="A feed URL or file (repeatable).")] = None,
    url: Annotated[list[str] | None, typer.Option("--url", help="An article URL (repeatable).")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="List recorded failures and exit.")] = False,
    watch: Annotated[
        float | None, typer.Option("--watch", help="Poll the inputs every INTERVAL seconds until stopped.")
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Allow fetching from private/loopback addresses (local testing)."
        ),
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=1, help="Extraction processes (2 uses both cores of a 2-core machine)."
        ),
    ] = 1,
    data_dir: DataDir = None,
) -> None:
    """Fetch, extract and write articles into the graph, then print a summary.

    Exit code 3 when the graph stayed unreachable: the facts wait in the state file's spool and
    the next run writes them.
    """
    from newsgraph.pipeline import IngestOptions, state_path

    home = home_dir(data_dir)
    if failed:
        _print_failures(state_path(home))
        return
    items = [*(inputs or []), *(feed or []), *(url or [])]
    if not items:
        err.print("nothing to ingest: give feed URLs or files, article URLs, or paths (see --help)")
        raise typer.Exit(2)
    options = IngestOptions(home=home, allow_private=allow_private, workers=workers)
    with _connect(home) as graph:
        while True:
            spooled = _ingest_once(items, graph, options, connect=lambda: open_graph(home, start=False))
            if watch is None:
                raise typer.Exit(3 if spooled else 0)  # 3: facts wait in the spool for the graph
            out.print(f"[dim]next poll in {watch:.0f}s (Ctrl-C to stop)[/dim]")
            time.sleep(watch)


def _ingest_once(items: list[str], graph: Graph, options: object, connect: Callable[[], Graph]) -> int:
    """One pass over the inputs with a progress bar and a summary; returns the articles left in the spool."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from newsgraph.pipeline import run_ingest

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} items"),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def advance(label: str, n: int) -> None:
            bar.update(task, advance=n, description=f"ingesting {label[:60]}")

        summary = run_ingest(items, graph, options, progress=advance, connect=connect)  # type: ignore[arg-type]
    table = Table(title="ingest summary")
    table.add_column("")
    table.add_column("count", justify="right")
    for name in (
        "seen",
        "new",
        "duplicate",
        "unchanged",
        "failed",
        "written",
        "spooled",
        "entities",
        "events",
    ):
        table.add_row(name, str(getattr(summary, name)))
    out.print(table)
    for warning in summary.warnings:
        err.print(f"[yellow]warning:[/yellow] {warning}")
    if notice := summary.graph_notice():
        err.print(f"[yellow]{notice}[/yellow]")
    if summary.failed:
        err.print(
            f"{summary.failed} items failed: `newsgraph ingest --failed` lists them; the next run retries them"
        )
    return summary.spooled


def _print_failures(path: Path) -> None:
    from newsgraph.ingest.collect.state import State

    with State(path) as state:
        failures = state.failures()
    if not failures:
        out.print("no recorded failures")
        return
    table = Table(title=f"{len(failures)} recorded failures (retried on the next run)")
    for column in ("url", "stage", "reason", "attempts", "last failed"):
        table.add_column(column)
    for f in failures:
        table.add_row(f.url, f.kind, f.reason, str(f.attempts), f.last_failed)
    out.print(table)


@app.command()
def extract(
    paths: Annotated[list[str] | None, typer.Argument(help="Text, HTML or JSONL files; - for stdin.")] = None,
    input_format: Annotated[
        str, typer.Option("--input-format", help="auto | text | html | jsonl (auto: by file suffix).")
    ] = "auto",
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD, for relative dates.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one JSON record per line) | table.")] = "jsonl",
) -> None:
    """Print the entities, roles and events found in texts; never touches the graph."""
    from newsgraph.cli.extract import INPUT_FORMATS, OUTPUT_FORMATS, run_extract

    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"--input-format is one of {', '.join(INPUT_FORMATS)}")
    if fmt not in OUTPUT_FORMATS:
        raise typer.BadParameter(f"--format is one of {', '.join(OUTPUT_FORMATS)}")
    raise typer.Exit(run_extract(paths or ["-"], input_format, _parse_date(published), fmt, sys.stdout))


@app.command()
def digest(
    week: Annotated[str | None, typer.Option(help="ISO week like 2021-W12.")] = None,
    since: Annotated[str | None, typer.Option(help="First day YYYY-MM-DD (with --until).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day YYYY-MM-DD (with --since).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md | html | json | csv | atom")] = "md",
    out_path: Annotated[Path | None, typer.Option("--out", help="File to write (default: stdout).")] = None,
    tz: Annotated[str, typer.Option("--tz", help="Time zone of the weeks.")] = "Asia/Shanghai",
    data_dir: DataDir = None,
) -> None:
    """Write the events of a week (or a date range) for editors."""
    from newsgraph.cli.digest import run_digest

    with _connect(data_dir) as graph:
        code = run_digest(
            graph, week=week, since=_parse_date(since), until=_parse_date(until), fmt=fmt, out=out_path, tz=tz
        )
    raise typer.Exit(code)


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
