"""One connection to the graph, whichever server it is.

Callers never build drivers themselves: :func:`open_graph` picks the user's
Neo4j when ``NEO4J_URI`` is set and otherwise starts (or reuses) the embedded
server. Reads return plain Python values, so the UI and the digest never see
driver types and the same code runs on Neo4j and ArcadeDB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath
from neo4j.time import Date, DateTime, Time
from newsgraph.graph import server
from newsgraph.graph.config import EMBEDDED_DATABASE, EMBEDDED_READER, EMBEDDED_USER, external_graph, home_dir

T = TypeVar("T")
#: Runs one read query (with its parameters) and returns its rows as dicts of plain values.
Read = Callable[..., list[dict[str, Any]]]


@dataclass(frozen=True)
class Account:
    """A login to the graph; the reader's is one the server itself allows only to read."""

    uri: str
    user: str
    password: str = field(repr=False)
    database: str | None


@dataclass
class Graph:
    """A driver and the database name every session must use."""

    driver: Driver
    database: str | None
    uri: str
    embedded: bool
    #: The read-only account the console runs as (None: none on this Neo4j, the console is off).
    reader: Account | None = None
    #: Seconds the driver keeps retrying a write whose server is unreachable (None: the driver's 30 s).
    #: The ingest job lowers it so a batch is spooled at once instead of blocking while the graph is away.
    write_retry_time: float | None = None

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run a read query in a managed transaction; rows as dicts of plain values."""
        return self.read_together(lambda read: read(query, **params))

    def read_together(self, work: Callable[[Read], T]) -> T:
        """Run ``work`` with a ``read(query, **params)`` whose queries share one managed read transaction.

        For queries that pass element ids on to the next: they are only stable within a transaction.
        """

        def in_transaction(tx: ManagedTransaction) -> T:
            return work(
                lambda query, **params: [{k: plain(v) for k, v in r.items()} for r in tx.run(query, params)]
            )

        with self.driver.session(database=self.database) as session:
            return session.execute_read(in_transaction)

    def write(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run ``work`` in one managed write transaction (retried on transient errors)."""
        retry = {} if self.write_retry_time is None else {"max_transaction_retry_time": self.write_retry_time}
        with self.driver.session(database=self.database, **retry) as session:
            return session.execute_write(work)

    def run_write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """A single write statement in its own managed transaction."""
        return self.write(lambda tx: [{k: plain(v) for k, v in r.items()} for r in tx.run(query, params)])

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type (what `newsgraph stats` shows)."""
        nodes = self.read("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label")
        rels = self.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
        return {
            "nodes": {row["label"]: row["n"] for row in nodes},
            "relationships": {row["type"]: row["n"] for row in rels},
        }

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_graph(home: str | Path | None = None, *, start: bool = True, read_only: bool = False) -> Graph:
    """Connect to NEO4J_URI if set, else to the embedded server (started when ``start``).

    ``read_only`` logs in as the read-only account (the explorer's): on the embedded server it is
    always there; on Neo4j it is NEO4J_READER_USER when set, else NEO4J_USER (reads then rely on
    read access mode only).
    """
    external = external_graph()
    if external:
        reader = (
            Account(external.uri, external.reader_user, external.reader_password, external.database)
            if external.reader_user
            else None
        )
        login = (external.user, external.password)
        if read_only and reader:
            login = (reader.user, reader.password)
        driver = GraphDatabase.driver(external.uri, auth=login)
        return Graph(driver, external.database, external.uri, embedded=False, reader=reader)
    return embedded_graph(home_dir(home), start=start, read_only=read_only)


def embedded_graph(folder: Path, *, start: bool = True, read_only: bool = False) -> Graph:
    """The embedded server of the home ``folder`` (started when ``start``), whatever NEO4J_URI says."""
    # start() also waits for a server that another process is still starting
    info = server.start(folder)[0] if start else server.status(folder)
    if info is None:
        raise server.ServerError(
            "the embedded graph server is not running (start it with `newsgraph db start`)"
        )
    reader = Account(info.uri, EMBEDDED_READER, server.reader_password(folder), EMBEDDED_DATABASE)
    login = (reader.user, reader.password) if read_only else (EMBEDDED_USER, server.password(folder))
    driver = GraphDatabase.driver(info.uri, auth=login)
    return Graph(driver, EMBEDDED_DATABASE, info.uri, embedded=True, reader=reader)


def plain(value: Any, *, ids: bool = False) -> Any:
    """Driver values as plain Python: dates, maps and lists; nodes and paths as dicts.

    With ``ids``, nodes and relationships keep their element ids (and relationships their ends),
    which the console needs to draw what a query returned.
    """
    if type(value) in _SCALARS:
        return value
    if type(value) is list:  # before the isinstance checks: large results are lists of lists (of dates)
        return [v if type(v) in _SCALARS else plain(v, ids=ids) for v in value]
    if type(value) is Date:
        return value.to_native()
    if isinstance(value, (Date, DateTime, Time)):
        return value.to_native()
    if isinstance(value, Node):
        extra = {"_element": value.element_id} if ids else {}
        return {**extra, "_labels": sorted(value.labels), **plain(dict(value))}
    if isinstance(value, Relationship):
        extra = {"_element": value.element_id, **_ends(value)} if ids else {}
        return {**extra, "_type": value.type, **plain(dict(value))}
    if isinstance(value, GraphPath):
        return {
            "nodes": [plain(n, ids=ids) for n in value.nodes],
            "relationships": [plain(r, ids=ids) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: v if type(v) in _SCALARS else plain(v, ids=ids) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _SCALARS else plain(v, ids=ids) for v in value]
    return value


#: Values the driver gives as plain Python already: most of a large result, so they skip the calls.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _ends(relationship: Relationship) -> dict[str, str | None]:
    start, end = relationship.start_node, relationship.end_node
    return {"_start": start.element_id if start else None, "_end": end.element_id if end else None}


def chunks(rows: list[T], size: int) -> Iterable[list[T]]:
    """Consecutive slices of at most ``size`` rows (batching for UNWIND)."""
    for i in range(0, len(rows), size):
        yield rows[i : i + size]
