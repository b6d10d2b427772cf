"""The embedded graph server's own process: ArcadeDB with its Bolt plugin.

Run as ``python -m newsgraph.graph.embedded --home DIR --bolt-port P --http-port Q --command-timeout-ms T``
by :mod:`newsgraph.graph.server`, never imported by the CLI or the app: the JVM lives here, so a
crash or a long GC pause of the database never takes the caller with it. Its environment holds
nothing of the caller's but what Python and Java need (:func:`newsgraph.graph.server.child_env`).

Before the server starts, its security files are written from scratch (ArcadeDB documents both
formats): ``root`` may do everything, ``reader`` may only read records of the newsgraph database.
The server itself refuses the reader any write, schema change or user management, whatever the
query (``do.when``, ``CALL ... IN TRANSACTIONS``, ``COMMIT`` inside a procedure). Rewriting the
files at every start also drops any user or group that something else added since.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import secrets
import signal
import threading
from pathlib import Path

from newsgraph.graph.config import EMBEDDED_DATABASE, EMBEDDED_READER, EMBEDDED_USER

BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"
LOOPBACK = "127.0.0.1"
#: JVM-wide settings. They must be JVM system properties: ArcadeDB reads these per database from the
#: JVM's GlobalConfiguration, and a value in the server's own configuration never reaches the database
#: (measured: ``arcadedb.command.timeout`` set there did not stop a Bolt query).
JVM_SETTINGS = {
    "arcadedb.opencypher.loadCsv.allowFileUrls": "false",  # LOAD CSV never reads the server's files
    "arcadedb.opencypher.loadCsv.allowRemoteUrls": "false",  # nor makes the server fetch a URL
}
#: The page cache gets this fraction (1/N) of the heap, ArcadeDB's own ratio, now fixed.
PAGE_CACHE_SHARE = 4
#: Group permissions (server-groups.json). ``access`` lists database-wide rights: updateSecurity
#: (users, groups), updateSchema (types, indexes), updateDatabaseSettings; per type, record rights.
ADMIN_GROUP = {
    "access": ["updateSecurity", "updateSchema", "updateDatabaseSettings"],
    "resultSetLimit": -1,
    "readTimeout": -1,
    "types": {"*": {"access": ["createRecord", "readRecord", "updateRecord", "deleteRecord"]}},
}
READER_GROUP = {
    "access": [],
    "resultSetLimit": -1,
    "readTimeout": -1,
    "types": {"*": {"access": ["readRecord"]}},
}
NO_ACCESS_GROUP = {"access": [], "resultSetLimit": -1, "readTimeout": -1, "types": {"*": {"access": []}}}
PBKDF2_ITERATIONS = 65536  # ArcadeDB's default arcadedb.server.saltIterations
#: java.util.logging settings: ArcadeDB's own (arcadedb-log.properties) without its second copy of the
#: log in ./log, and without the warnings of failed queries, whose text may hold a password
#: (``CREATE USER ... SET PASSWORD``); the client gets the error anyway.
LOGGING = """\
handlers = java.util.logging.ConsoleHandler
.level = INFO
io.undertow.level = WARNING
org.xnio.level = WARNING
org.jboss.level = WARNING
com.arcadedb.level = INFO
com.arcadedb.bolt.level = SEVERE
com.arcadedb.server.http.handler.level = SEVERE
java.util.logging.ConsoleHandler.level = INFO
java.util.logging.ConsoleHandler.formatter = com.arcadedb.utility.AnsiLogFormatter
"""


def serve(home: Path, bolt_port: int, http_port: int, command_timeout_ms: int, memory_mb: int) -> None:
    """Start ArcadeDB on loopback, create the database if new, and block until SIGTERM/SIGINT.

    The heap is fixed at ``memory_mb``, taken whole at start, and the page cache, inside it, at a
    quarter: without a bound the JVM grows toward a quarter of the machine as the graph grows, and
    the server's memory with it.
    """
    from arcadedb_embedded import ArcadeDBServer

    root = home / "graph"
    write_security(root / "config", _secret(home / "secret"), _secret(home / "reader-secret"))
    logging_file = root / "config" / "logging.properties"
    _write_private(logging_file, LOGGING)
    settings = {
        **JVM_SETTINGS,
        "arcadedb.command.timeout": str(command_timeout_ms),
        "arcadedb.maxPageRAM": str(memory_mb // PAGE_CACHE_SHARE),
        "java.util.logging.config.file": str(logging_file),
    }
    server = ArcadeDBServer(
        root_path=str(root),
        config={
            "host": LOOPBACK,
            "http_port": http_port,
            "server_plugins": BOLT_PLUGIN,
            "bolt_port": bolt_port,
            "bolt_host": LOOPBACK,
        },
        jvm_kwargs={
            "heap_size": f"{memory_mb}m",
            "jvm_args": [
                *_whole_heap_up_front(memory_mb),
                *(f"-D{key}={value}" for key, value in settings.items()),
            ],
        },
    )
    server.start()
    server.create_database(EMBEDDED_DATABASE)
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stopping.set())
    print(f"newsgraph embedded graph ready on bolt://{LOOPBACK}:{bolt_port}", flush=True)
    stopping.wait()
    server.stop()
    print("newsgraph embedded graph stopped", flush=True)
    # The store is closed; leave at once: JPype's exit would wait for the threads of Bolt
    # connections that clients left open (30 s, then the SIGKILL of newsgraph.graph.server.stop).
    os._exit(0)


def _whole_heap_up_front(memory_mb: int) -> list[str]:
    """JVM options that take the whole heap at start, so the server's memory does not grow with the graph.

    A JVM commits its heap as it fills: the server's RSS rose with every article ingested until
    the bound (364, 431, 551 MB at 1k, 5k, 10k articles with 768 MB). Initial heap = maximum
    (Neo4j's advice) and every page touched at start (what Elasticsearch ships) make it one
    figure, known when the server starts: 1,002, 1,006, 1,019 MB (``bench/writes.py``).
    """
    return [f"-Xms{memory_mb}m", "-XX:+AlwaysPreTouch"]


def write_security(config: Path, root_password: str, reader_password: str) -> None:
    """Exactly two users and their groups; API tokens are not used, so none is kept."""
    config.mkdir(parents=True, exist_ok=True)
    users = [
        {"name": EMBEDDED_USER, "password": hash_password(root_password), "databases": {"*": ["admin"]}},
        {
            "name": EMBEDDED_READER,
            "password": hash_password(reader_password),
            "databases": {EMBEDDED_DATABASE: ["reader"]},
        },
    ]
    groups = {"admin": ADMIN_GROUP, "reader": READER_GROUP, "*": NO_ACCESS_GROUP}
    _write_private(config / "server-users.jsonl", "".join(json.dumps(u) + "\n" for u in users))
    _write_private(
        config / "server-groups.json", json.dumps({"databases": {"*": {"groups": groups}}, "version": 2})
    )
    (config / "server-api-tokens.json").unlink(missing_ok=True)


def hash_password(password: str) -> str:
    """ArcadeDB's stored form: PBKDF2-SHA256 keyed with the Base64 *text* of a random 32-byte salt."""
    salt = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
    key = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"), PBKDF2_ITERATIONS, 32)
    return f"PBKDF2WithHmacSHA256${PBKDF2_ITERATIONS}${salt}${base64.b64encode(key).decode('ascii')}"


def _write_private(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all (a crash leaves the old file), readable by this user only."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def _secret(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", type=Path, required=True)  # server.py finds a server by these three
    parser.add_argument("--bolt-port", type=int, required=True)
    parser.add_argument("--http-port", type=int, required=True)
    parser.add_argument("--command-timeout-ms", type=int, required=True)
    parser.add_argument("--memory-mb", type=int, required=True, help="JVM heap; a quarter caches pages")
    args = parser.parse_args()
    os.umask(0o077)  # every file the server writes (data, its own logs) is readable by this user only
    # The passwords are read from their 0600 files, never passed on the command line (visible in `ps`).
    serve(args.home, args.bolt_port, args.http_port, args.command_timeout_ms, args.memory_mb)


if __name__ == "__main__":
    main()
