"""What every subcommand shares: the consoles, the ``--data-dir`` option, connecting, reading dates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsgraph.graph import server
from newsgraph.graph.config import external_graph
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.schema import ensure_schema
from newsgraph.ingest.collect.timestamps import parse_timestamp

out = Console()
err = Console(stderr=True)

DataDir = Annotated[
    Path | None,
    typer.Option(
        "--data-dir", envvar="NEWSGRAPH_HOME", help="Folder for the embedded graph, logs and state."
    ),
]


def connect(data_dir: Path | None) -> Graph:
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


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date like 2021-03-11") from exc


def parse_stamp(value: str | None) -> datetime | None:
    """A date or date and time as the user typed it (no zone: UTC+8, as for the sources)."""
    if value is None:
        return None
    stamp = parse_timestamp(value)
    if stamp is None:
        raise typer.BadParameter(f"{value!r} is not a date like 2021-03-11 (or 2021-03-11T09:30)")
    return stamp
