"""What every subcommand shares: the consoles, the ``--data-dir`` option, connecting, reading dates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsgraph.graph import server
from newsgraph.graph.config import external_graph, home_dir
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


@contextmanager
def connect(data_dir: Path | None) -> Iterator[Graph]:
    """The graph for one command, with its schema in place.

    An embedded server this command had to start is stopped when the command ends (Ctrl-C too),
    unless another command still uses it; one started by ``newsgraph db start`` stays up.
    """
    with ExitStack() as stack:
        try:
            if not external_graph():
                stack.enter_context(server.for_command(home_dir(data_dir)))
            graph = stack.enter_context(open_graph(data_dir, start=False))
            graph.driver.verify_connectivity()  # fails at once, where a first write would retry for 30 s
            ensure_schema(graph)
        except server.ServerError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from exc
        except Exception as exc:
            where = external_graph().uri if external_graph() else "the embedded graph"
            err.print(f"[red]error:[/red] cannot reach {where}: {type(exc).__name__}: {exc}")
            raise typer.Exit(2) from exc
        yield graph


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
