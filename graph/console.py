"""Run an analyst's Cypher so that it can never change the graph or hang the app.

Every query runs in an explicit transaction that is always rolled back, so a
``CREATE``, ``MERGE``, ``SET`` or ``DELETE`` typed in the console is undone
whatever it was. Rows are fetched only up to a cap.

Schema and administration commands are refused before they are sent: the
embedded ArcadeDB server applies ``CREATE INDEX`` or ``DROP CONSTRAINT`` at
once, outside the transaction, so a rollback would not undo them.

The time limit is enforced on the client: the embedded ArcadeDB server does
not honour transaction timeouts (Neo4j does, so ``timeout=`` is passed too).
The query runs in a worker thread on its own session; when the limit passes,
the session's connection is killed, which makes the blocked worker fail and
frees the caller at once.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from neo4j import READ_ACCESS, Session
from neo4j.exceptions import Neo4jError
from newsgraph.graph.connection import Graph, plain

#: Commands that change the schema or the server rather than the data (never transactional everywhere).
SCHEMA_COMMAND = re.compile(
    r"\b(?:(?:CREATE|DROP|ALTER|START|STOP)\s+(?:(?:RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+)?"
    r"(?:INDEX|CONSTRAINT|DATABASE|COMPOSITE\s+DATABASE|ALIAS|USER|ROLE|SERVER)"
    r"|GRANT|REVOKE|DENY)\b",
    re.IGNORECASE,
)
#: String literals and comments, blanked before looking for commands (a name may say "drop index").
LITERALS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)

#: What the console shows in its empty query box.
PLACEHOLDER_QUERY = "MATCH (c:Company) RETURN c.name AS name LIMIT 10"
DEFAULT_ROW_CAP = 1000
DEFAULT_TIME_LIMIT_S = 10.0


@dataclass
class ConsoleResult:
    """What the console shows: rows (plain values), their columns, and what went wrong, if anything."""

    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    truncated: bool = False
    elapsed: float = 0.0
    error: str | None = None
    timed_out: bool = False


def run_readonly(
    graph: Graph,
    query: str,
    params: dict[str, Any] | None = None,
    row_cap: int = DEFAULT_ROW_CAP,
    time_limit: float = DEFAULT_TIME_LIMIT_S,
) -> ConsoleResult:
    """Run ``query`` in a rolled-back transaction, keeping at most ``row_cap`` rows and ``time_limit`` seconds."""
    if not query.strip():
        return ConsoleResult(error="the query is empty")
    if SCHEMA_COMMAND.search(LITERALS_AND_COMMENTS.sub(" ", query)):
        return ConsoleResult(
            error="schema and administration commands are not allowed in the console (read-only)"
        )
    session = graph.driver.session(database=graph.database, default_access_mode=READ_ACCESS)
    result = ConsoleResult()
    started = time.monotonic()
    worker = threading.Thread(
        target=_fetch, args=(session, query, params or {}, row_cap, time_limit, result), daemon=True
    )
    worker.start()
    worker.join(time_limit)
    if worker.is_alive():
        _kill(session)
        worker.join(2.0)
        result.rows, result.columns, result.truncated = [], [], False
        result.timed_out = True
        result.error = f"stopped after the time limit of {time_limit:g} s (nothing was changed)"
    result.elapsed = time.monotonic() - started
    return result


def _fetch(
    session: Session, query: str, params: dict[str, Any], row_cap: int, time_limit: float, out: ConsoleResult
) -> None:
    """The worker: read up to ``row_cap`` rows, then roll back whatever the query did."""
    try:
        with session.begin_transaction(timeout=time_limit) as tx:
            try:
                records = tx.run(query, params)
                out.columns = list(records.keys())
                for record in records:
                    if len(out.rows) == row_cap:
                        out.truncated = True
                        break
                    out.rows.append({k: plain(v, ids=True) for k, v in record.items()})
            finally:
                tx.rollback()
    except Neo4jError as exc:
        out.error = exc.message or str(exc)
    except Exception as exc:  # a killed connection or a driver-side error: report, never raise into the UI
        out.error = f"{type(exc).__name__}: {exc}"
    finally:
        with contextlib.suppress(Exception):  # the connection may already be killed by the time limit
            session.close()


def _kill(session: Session) -> None:
    """Close the session's connection under the running query.

    The sync driver has no public cancel; ``_handle_cancellation`` is what the
    driver itself uses on cancellation (it releases the killed connection to
    the pool, which is thread-safe).
    """
    session._handle_cancellation(message="console time limit")


def graph_elements(rows: list[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The nodes (by element id) and relationships found anywhere in the rows, for drawing."""
    nodes: dict[str, dict[str, Any]] = {}
    rels: dict[str, dict[str, Any]] = {}

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            if "_labels" in value and "_element" in value:
                nodes[value["_element"]] = value
            elif "_type" in value and "_element" in value:
                rels[value["_element"]] = value
            for item in value.values():
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    for row in rows:
        visit(row)
    drawable = [r for r in rels.values() if r["_start"] in nodes and r["_end"] in nodes]
    return nodes, drawable
