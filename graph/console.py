"""Run an analyst's Cypher so that it can never change the graph, hang the app or fill its memory.

Read-only by construction: the query runs as the graph's read-only account (``Graph.reader``),
which the server itself allows to read records and nothing else, so no query, procedure or trick
(``CALL ... IN TRANSACTIONS``, ``COMMIT`` inside ``do.when``, ``CREATE USER``, ``LOAD CSV`` from a
file, ``DROP INDEX``) can write, change the schema or the users, or read the server's files. The
session is in READ access mode and its transaction is rolled back all the same. An obvious write
(``CREATE``, ``SET``, ...) is refused before it is sent, only to say so plainly: the server is the
guarantee, and :func:`run_as_reader` (what the tests attack) has no such filter.

Bounded by construction: the query runs in a worker process (:mod:`newsgraph.graph.console_worker`)
with a memory limit, which streams at most ``row_cap`` rows and :data:`MAX_RESULT_BYTES`, and is
killed at the time limit, so no result can grow the app's memory. The server stops the query itself
at its command timeout (:data:`newsgraph.graph.server.COMMAND_TIMEOUT_S`); Neo4j at the transaction
timeout the worker passes. A worker that answered in time stays logged in for the next query (its
start costs about a second), unless it grew past :data:`WORKER_KEEP_RSS`.
"""

from __future__ import annotations

import json
import queue
import re
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any

import psutil
from newsgraph.graph.connection import Account, Graph
from newsgraph.graph.console_worker import MAX_RESULT_BYTES, MAX_ROW_BYTES
from newsgraph.graph.server import child_env

#: What the console shows in its empty query box.
PLACEHOLDER_QUERY = "MATCH (c:Company) RETURN c.name AS name LIMIT 10"
DEFAULT_ROW_CAP = 1000
DEFAULT_TIME_LIMIT_S = 10.0
WORKER_START_S = 60.0  # a worker's own start and login, which no query's time limit counts
WORKER_KEEP_RSS = 256 << 20  # a worker past this after a query is not kept for the next one
IDLE_WORKERS = 2  # logged-in workers kept per account
NO_READER = (
    "the console needs a read-only account: set NEO4J_READER_USER and NEO4J_READER_PASSWORD "
    "(a user with only the reader role)"
)
#: Clauses that write, outside strings and comments: refused before sending, for a clear message.
WRITE_CLAUSE = re.compile(
    r"(?<![.$\w])(CREATE|MERGE|SET|DELETE|REMOVE|DROP|ALTER|RENAME|GRANT|REVOKE|DENY|LOAD\s+CSV"
    r"|IN\s+TRANSACTIONS)(?![\w:])",
    re.IGNORECASE,
)
LITERALS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


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
    """Run ``query`` as the read-only account, keeping at most ``row_cap`` rows and ``time_limit`` seconds."""
    if not query.strip():
        return ConsoleResult(error="the query is empty")
    if graph.reader is None:
        return ConsoleResult(error=NO_READER)
    if write := WRITE_CLAUSE.search(LITERALS_AND_COMMENTS.sub(" ", query)):
        clause = " ".join(write.group(1).upper().split())
        return ConsoleResult(error=f"the console is read-only: {clause} is refused (by the database too)")
    return run_as_reader(graph.reader, query, params, row_cap, time_limit)


def run_as_reader(
    account: Account,
    query: str,
    params: dict[str, Any] | None = None,
    row_cap: int = DEFAULT_ROW_CAP,
    time_limit: float = DEFAULT_TIME_LIMIT_S,
) -> ConsoleResult:
    """Run ``query`` in a worker logged in as ``account``, with no filter: the server decides."""
    started = time.monotonic()
    worker = _take_worker(account)
    if isinstance(worker, ConsoleResult):
        return worker  # the worker could not log in
    request = {"query": query, "params": params or {}, "row_cap": row_cap, "time_limit": time_limit}
    result, finished = _collect(worker, request, row_cap, time_limit)
    if finished and worker.rss() < WORKER_KEEP_RSS:
        _give_back(worker)
    else:
        worker.kill()  # mid-result (time limit, a cap) or grown: its memory goes with it
    result.elapsed = time.monotonic() - started
    return result


def prepare(graph: Graph) -> None:
    """Log a worker in, in the background, so the first query does not wait for it."""
    account = graph.reader
    if account is None:
        return
    with _idle_lock:
        if _idle.get(account) or account in _warming:
            return
        _warming.add(account)

    def warm() -> None:
        worker = _Worker(account)
        if worker.wait_ready() is None:
            _give_back(worker)
        else:
            worker.kill()
        with _idle_lock:
            _warming.discard(account)

    threading.Thread(target=warm, daemon=True).start()


class _Worker:
    """A ``console_worker`` process logged in as one account, and its output as a queue of messages."""

    def __init__(self, account: Account) -> None:
        self.account = account
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsgraph.graph.console_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_env(),
        )
        self.messages: queue.Queue[tuple[dict[str, Any], int] | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.send(asdict(account))  # the password goes through the pipe, never argv or the environment

    def send(self, message: dict[str, Any]) -> bool:
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(json.dumps(message).encode("utf-8") + b"\n")
            self.process.stdin.flush()
            return True
        except (BrokenPipeError, OSError):
            return False

    def next(self, timeout: float) -> tuple[dict[str, Any], int] | None:
        """The next message and its size; None when the worker ended; queue.Empty after ``timeout`` s."""
        return self.messages.get(timeout=max(0.0, timeout))

    def wait_ready(self) -> str | None:
        """None once logged in, else why not."""
        try:
            message = self.next(WORKER_START_S)
        except queue.Empty:
            return f"the console's query process did not start within {WORKER_START_S:g} s"
        if message is None:
            return "the console's query process stopped unexpectedly"
        return message[0].get("error")

    def alive(self) -> bool:
        return self.process.poll() is None

    def rss(self) -> int:
        try:
            return int(psutil.Process(self.process.pid).memory_info().rss)
        except psutil.Error:
            return WORKER_KEEP_RSS

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()

    def _read(self) -> None:
        """JSON lines into the queue; an over-long line ends the worker with an error; then None."""
        assert self.process.stdout is not None
        while line := self.process.stdout.readline(MAX_ROW_BYTES + 1):
            if not line.endswith(b"\n"):  # the worker checks this too: never reached by a sound worker
                self.process.kill()
                self.messages.put(({"error": f"a row is larger than {MAX_ROW_BYTES >> 10} KB"}, len(line)))
                break
            self.messages.put((json.loads(line), len(line)))
        self.messages.put(None)


_idle: dict[Account, list[_Worker]] = {}
_warming: set[Account] = set()  # accounts a worker is being logged in for by prepare()
_idle_lock = threading.Lock()


def _take_worker(account: Account) -> _Worker | ConsoleResult:
    """A logged-in worker for ``account``: an idle one, or a new one (or the reason it failed)."""
    with _idle_lock:
        for other in [a for a in _idle if a != account]:  # the server moved (new port) or the account changed
            for stale in _idle.pop(other):
                stale.kill()
        while _idle.get(account):
            worker = _idle[account].pop()
            if worker.alive():
                return worker
    worker = _Worker(account)
    problem = worker.wait_ready()
    if problem is None:
        return worker
    worker.kill()
    return ConsoleResult(error=problem)


def _give_back(worker: _Worker) -> None:
    with _idle_lock:
        kept = _idle.setdefault(worker.account, [])
        if len(kept) < IDLE_WORKERS:
            kept.append(worker)
            return
    worker.kill()


def _collect(
    worker: _Worker, request: dict[str, Any], row_cap: int, time_limit: float
) -> tuple[ConsoleResult, bool]:
    """The worker's answer to ``request``, and whether it finished it (it can take another then)."""
    result = ConsoleResult()
    if not worker.send(request):
        return ConsoleResult(error="the console's query process stopped unexpectedly"), False
    deadline = time.monotonic() + time_limit
    size = 0
    while True:
        try:
            item = worker.next(deadline - time.monotonic())
        except queue.Empty:
            stopped = f"stopped after the time limit of {time_limit:g} s (nothing was changed)"
            return ConsoleResult(timed_out=True, error=stopped), False
        if item is None:
            result.error = result.error or "the console's query process stopped unexpectedly"
            return result, False
        message, length = item
        size += length
        if "row" in message:
            result.rows.append(message["row"])
        result.columns = message.get("columns", result.columns)
        result.error = message.get("error")
        result.truncated = bool(message.get("truncated"))
        if len(result.rows) > row_cap or size > MAX_RESULT_BYTES:  # the worker checks; so does the app
            del result.rows[row_cap:]
            result.truncated = True
            return result, False
        if result.error or result.truncated or message.get("end"):
            return result, True


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
