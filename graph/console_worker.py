"""Console queries, run in a process of their own: ``python -m newsgraph.graph.console_worker``.

Reads JSON lines on stdin: first the account (uri, user, password, database), then one request
(query, parameters, row cap, time limit) per line, until stdin closes. Writes JSON lines on stdout:
``{"ready": true}`` once logged in (or ``{"error": ...}``, then it ends), then for each request
``{"columns": [...]}``, one ``{"row": {...}}`` per record, and ``{"end": true}``,
``{"truncated": true}`` or ``{"error": ...}``.

Why a process: the driver decodes a record whole before anyone can look at it, so one value
(``RETURN range(1, 20000000)``) can take gigabytes however small the row cap. Here it takes at most
:data:`MEMORY_LIMIT` of this process's memory, and :mod:`newsgraph.graph.console` can kill the
process at its time limit without reaching into the driver.
"""

from __future__ import annotations

import contextlib
import json
import resource
import sys
from typing import Any

MEMORY_LIMIT = 1 << 30  # address space; the interpreter and the driver take ~400 MB of it
MAX_ROW_BYTES = 1 << 20  # one row as JSON; graph.console checks it too
MAX_RESULT_BYTES = 8 << 20  # all the rows of one answer, as JSON; graph.console checks it too
MAX_FETCH = 1000  # records the server sends per request (the driver's default fetch size)
#: Optional extras the driver imports when present (for ``to_df`` and vectors, which the worker never
#: uses); marking them absent halves the worker's start.
SKIPPED_IMPORTS = ("numpy", "pandas", "pyarrow")


def main() -> None:
    sys.modules.update(dict.fromkeys(SKIPPED_IMPORTS))  # None in sys.modules: `import numpy` fails
    _limit_memory(MEMORY_LIMIT)
    from neo4j import GraphDatabase

    account = json.loads(sys.stdin.readline())
    with GraphDatabase.driver(account["uri"], auth=(account["user"], account["password"])) as driver:
        try:
            driver.verify_connectivity()
        except Exception as exc:
            _emit({"error": _reason(exc)})
            return
        _emit({"ready": True})
        for line in sys.stdin:
            try:
                _emit(_answer(driver, account["database"], json.loads(line)))
            except MemoryError:
                _emit({"error": f"the result is too large for the console (over {MEMORY_LIMIT >> 20} MB)"})
                return  # its memory may be in pieces: the next query gets a fresh worker
            except Exception as exc:
                _emit({"error": _reason(exc)})


def _answer(driver: Any, database: str | None, request: dict[str, Any]) -> dict[str, Any]:
    """Write at most ``row_cap`` rows of a READ transaction, roll it back; the answer's last message."""
    from neo4j import READ_ACCESS
    from newsgraph.graph.connection import plain

    cap = request["row_cap"]
    fetch_size = min(cap + 1, MAX_FETCH)
    with driver.session(database=database, default_access_mode=READ_ACCESS, fetch_size=fetch_size) as session:
        tx = session.begin_transaction(timeout=request["time_limit"])
        try:
            records = tx.run(request["query"], request["params"])
            _emit({"columns": list(records.keys())})
            size = 0
            for count, record in enumerate(records):
                line = _line({"row": {k: plain(v, ids=True) for k, v in record.items()}})
                if len(line) > MAX_ROW_BYTES:
                    return {"error": f"row {count + 1} is larger than {MAX_ROW_BYTES >> 10} KB"}
                size += len(line)
                if count == cap or size > MAX_RESULT_BYTES:
                    return {"truncated": True}
                sys.stdout.buffer.write(line)
                sys.stdout.flush()
            return {"end": True}
        finally:
            tx.close()  # a rollback: the console never commits


def _reason(exc: Exception) -> str:
    """What to show for a failed query or login: the server's message, never a traceback."""
    from neo4j.exceptions import Neo4jError

    if isinstance(exc, Neo4jError):
        return exc.message or str(exc)
    return f"{type(exc).__name__}: {exc}"


def _limit_memory(limit: int) -> None:
    with contextlib.suppress(ValueError, OSError):  # no such limit (macOS): the time limit still holds
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _line(message: dict[str, Any]) -> bytes:
    """One message as a JSON line; dates and times as ISO text."""
    text = json.dumps(
        message, ensure_ascii=False, default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v)
    )
    return (text + "\n").encode("utf-8")


def _emit(message: dict[str, Any]) -> None:
    sys.stdout.buffer.write(_line(message))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
