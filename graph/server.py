"""Start, stop and inspect the embedded graph server (a background process).

State kept in the home folder:

- ``secret``: the root password, random at first start, mode 0600;
- ``server.json``: pid and ports of the running server (the pid file);
- ``logs/server.log``: everything the server prints;
- ``graph/``: ArcadeDB's data.

A lock file makes two concurrent ``start`` calls share one server.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 30.0
PROCESS_MARKER = "newsgraph.graph.embedded"


class ServerError(RuntimeError):
    """The embedded server could not be started or reached; the message says where its log is."""


@dataclass(frozen=True)
class ServerInfo:
    """A running embedded server, as recorded in ``server.json``."""

    pid: int
    bolt_port: int
    http_port: int

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"


def password(home: Path) -> str:
    """The server's root password, created at random on first use and kept with mode 0600."""
    path = home / "secret"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_urlsafe(24))
    return path.read_text(encoding="utf-8").strip()


def log_path(home: Path) -> Path:
    return home / "logs" / "server.log"


def status(home: Path) -> ServerInfo | None:
    """The running server, or None; a stale pid file (dead or foreign process) is removed."""
    pid_file = home / "server.json"
    try:
        info = ServerInfo(**json.loads(pid_file.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    if _is_our_process(info.pid):
        return info
    pid_file.unlink(missing_ok=True)
    return None


def start(home: Path, *, timeout: float = START_TIMEOUT_S) -> tuple[ServerInfo, bool]:
    """Start the server unless one runs; returns it and whether this call started it."""
    with _lock(home):
        running = status(home)
        if running:
            return running, False
        secret = password(home)
        info = _spawn(home)
        try:
            _wait_until_ready(info, secret, home, timeout)
        except ServerError:
            _terminate(info.pid)
            raise
        (home / "server.json").write_text(json.dumps(asdict(info)), encoding="utf-8")
        return info, True


def stop(home: Path, *, timeout: float = STOP_TIMEOUT_S) -> bool:
    """Stop the running server; False when none was running."""
    with _lock(home):
        info = status(home)
        if info is None:
            return False
        _terminate(info.pid, timeout)
        (home / "server.json").unlink(missing_ok=True)
        return True


def free_port() -> int:
    """A TCP port free on loopback right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _lock(home: Path) -> Iterator[None]:
    with open(home / "server.lock", "w", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _spawn(home: Path) -> ServerInfo:
    bolt_port, http_port = free_port(), free_port()
    log = log_path(home)
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        PROCESS_MARKER,
        "--home",
        str(home),
        "--bolt-port",
        str(bolt_port),
        "--http-port",
        str(http_port),
    ]
    with open(log, "ab") as out:
        process = subprocess.Popen(
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C in the terminal must not kill the database mid-write
            cwd=str(home),
        )
    return ServerInfo(pid=process.pid, bolt_port=bolt_port, http_port=http_port)


def _wait_until_ready(info: ServerInfo, secret: str, home: Path, timeout: float) -> None:
    """Poll the Bolt port (cheap), then one authenticated query proves the database answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _is_alive(info.pid):
            raise ServerError(f"the embedded graph server exited during start; see {log_path(home)}")
        if _port_open(info.bolt_port) and _answers(info, secret, home):
            return
        time.sleep(0.2)
    raise ServerError(f"the embedded graph server did not answer within {timeout:.0f}s; see {log_path(home)}")


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _answers(info: ServerInfo, secret: str, home: Path) -> bool:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable
    from newsgraph.graph.config import EMBEDDED_DATABASE, EMBEDDED_USER

    try:
        with (
            GraphDatabase.driver(info.uri, auth=(EMBEDDED_USER, secret)) as driver,
            driver.session(database=EMBEDDED_DATABASE) as session,
        ):
            session.run("RETURN 1").consume()
        return True
    except AuthError as exc:
        raise ServerError(f"the embedded graph refused its stored password; see {log_path(home)}") from exc
    except (ServiceUnavailable, Neo4jError, OSError):
        return False  # listening, but the database is not open yet


def _terminate(pid: int, timeout: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM (the server flushes and closes its store), then SIGKILL if it hangs."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _is_alive(pid):
            return
        time.sleep(0.1)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return


def _is_alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except (OSError, IndexError):
        return False


def _is_our_process(pid: int) -> bool:
    """True when pid is alive and is an embedded graph server (not a reused pid)."""
    if not _is_alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return True  # no /proc: trust the live pid
    return PROCESS_MARKER in cmdline
