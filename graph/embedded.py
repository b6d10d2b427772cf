"""The embedded graph server's own process: ArcadeDB with its Bolt plugin.

Run as ``python -m newsgraph.graph.embedded --home DIR --bolt-port P --http-port Q`` by
:mod:`newsgraph.graph.server`, never imported by the CLI or the app: the JVM lives here,
so a crash or a long GC pause of the database never takes the caller with it.
"""

from __future__ import annotations

import argparse
import os
import signal
import threading
from pathlib import Path

from newsgraph.graph.config import EMBEDDED_DATABASE

BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"
LOOPBACK = "127.0.0.1"


def serve(home: Path, bolt_port: int, http_port: int, password: str) -> None:
    """Start ArcadeDB on loopback, create the database if new, and block until SIGTERM/SIGINT."""
    from arcadedb_embedded import ArcadeDBServer

    server = ArcadeDBServer(
        root_path=str(home / "graph"),
        root_password=password,
        config={
            "host": LOOPBACK,
            "http_port": http_port,
            "server_plugins": BOLT_PLUGIN,
            "bolt_port": bolt_port,
            "bolt_host": LOOPBACK,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--bolt-port", type=int, required=True)
    parser.add_argument("--http-port", type=int, required=True)
    args = parser.parse_args()
    # The password is read from the 0600 file, never passed on the command line (visible in `ps`).
    password = (args.home / "secret").read_text(encoding="utf-8").strip()
    serve(args.home, args.bolt_port, args.http_port, password)


if __name__ == "__main__":
    main()
