"""``newsgraph ingest``: fetch, extract and write, with a progress bar and a summary."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from newsgraph.cli.common import DataDir, connect, err, out, parse_stamp
from newsgraph.graph.config import home_dir
from newsgraph.graph.connection import Graph, open_graph

if TYPE_CHECKING:
    from newsgraph.pipeline import IngestSummary


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
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date (YYYY-MM-DD, or with a time) of local files that give none of their own.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=1, help="Extraction processes (2 uses both cores of a 2-core machine)."
        ),
    ] = 1,
    reextract: Annotated[
        bool,
        typer.Option(
            "--reextract",
            help="First run the NLP again on every article already written (from its stored text), "
            "with the corrections.",
        ),
    ] = False,
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
    if not items and not reextract:
        err.print("nothing to ingest: give feed URLs or files, article URLs, or paths (see --help)")
        raise typer.Exit(2)
    if allow_private:
        err.print("[yellow]warning:[/yellow] --allow-private: feeds and pages may reach your own network")
    options = IngestOptions(
        home=home,
        allow_private=allow_private,
        workers=workers,
        reextract=reextract,
        published=parse_stamp(published),
    )
    with connect(home) as graph:
        while True:
            spooled = _ingest_once(items, graph, options, connect=lambda: open_graph(home, start=False))
            options.reextract = False  # once, not at every poll
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
    print_summary(summary)
    return summary.spooled


def print_summary(summary: IngestSummary) -> None:
    """The summary table (every count with what it means), then warnings and what to do about failures."""
    table = Table(title="ingest summary")
    for column, justify in (("", "left"), ("count", "right"), ("meaning", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for name, count, meaning in summary.rows():
        table.add_row(name, str(count), meaning, style=None if name.startswith(" ") else "bold")
    out.print(table)
    for warning in summary.warnings:
        err.print(f"[yellow]warning:[/yellow] {warning}")
    if notice := summary.graph_notice():
        err.print(f"[yellow]{notice}[/yellow]")
    if failed := summary.failed + summary.not_written:
        err.print(f"{failed} items failed: `newsgraph ingest --failed` lists them; the next run retries them")


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
