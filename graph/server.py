"""Start, stop and inspect the embedded graph server (a background process).

State kept in the home folder (only its owner may read the files):

- ``secret``: the root password, random at first start, mode 0600;
- ``reader-secret``: the password of the read-only ``reader`` account (the explorer's and the
  console's), likewise;
- ``server.json``: pid and ports of the server, and whether it is kept running (the pid file);
- ``leases/``: one locked file per command using a server that a command started;
- ``logs/server.log``: everything the server prints (mode 0600);
- ``graph/``: ArcadeDB's data.

Who stops the server: ``newsgraph db start`` (and :func:`start` by default) starts one that stays up
until ``newsgraph db stop``. A command that needs the graph uses :func:`for_command`: it starts a
server only when none runs, and the last command using a server that a command started stops it
when it ends, so Ctrl-C in ``newsgraph ui`` leaves no Java process behind.

A lock file makes two concurrent ``start`` calls share one server. A start can never leave a server
nobody knows about: ``server.json`` is written (atomically) right after the spawn, before waiting
for the server, and the process table is the truth: a server of this home found without a pid file
(its command line names the home and ports) is adopted, or stopped when it does not answer, instead
of blocking every later start on the database's lock.
"""

from __future__ import annotations

import fcntl
import itertools
import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import IO

import psutil
from newsgraph.graph.config import embedded_memory_mb

START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 30.0
#: Server-side bound on any one statement, root's included: ArcadeDB has no way to kill a query, so
#: this is what stops one the console gave up on (its own limit is at most 60 s). Above the slowest
#: legitimate statement (an ingest batch or an explorer query takes seconds on a large graph).
COMMAND_TIMEOUT_S = 120.0
PROCESS_MARKER = "newsgraph.graph.embedded"
#: What the server's process (and the console's) may see of the caller's environment: what Python,
#: Java and the locale need. NEO4J_PASSWORD, API keys, ARCADEDB_JVM_ARGS, JAVA_TOOL_OPTIONS and the
#: rest stay out of it (a query could read /proc/self/environ, a JVM option could change the server).
INHERITED_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ", "PYTHONPATH")

log = logging.getLogger(__name__)


class ServerError(RuntimeError):
    """The embedded server could not be started or reached; the message says where its log is."""


@dataclass(frozen=True)
class ServerInfo:
    """An embedded server, as recorded in ``server.json``."""

    pid: int
    bolt_port: int
    http_port: int
    #: False when a command started it: the last command using it stops it.
    kept: bool = True

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def same_process(self, other: ServerInfo) -> bool:
        return (self.pid, self.bolt_port, self.http_port) == (other.pid, other.bolt_port, other.http_port)


def password(home: Path) -> str:
    """The server's root password, created at random on first use and kept with mode 0600."""
    return _secret(home / "secret")


def reader_password(home: Path) -> str:
    """The password of the read-only account, created and kept like the root password."""
    return _secret(home / "reader-secret")


def _secret(path: Path) -> str:
    with suppress(FileExistsError):  # O_EXCL: two processes never write different passwords
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_urlsafe(24))
    return path.read_text(encoding="utf-8").strip()


def log_path(home: Path) -> Path:
    return home / "logs" / "server.log"


def status(home: Path) -> ServerInfo | None:
    """The server of this home, or None; a stale pid file is removed, a server without one adopted."""
    recorded = _read_state(home)
    found = _servers_of(home)
    if recorded and any(recorded.same_process(info) for info in found):
        return recorded
    (home / "server.json").unlink(missing_ok=True)
    if not found:
        return None
    log.warning(
        "found a graph server of %s (pid %d) without its pid file, left by an interrupted start; using it",
        home,
        found[0].pid,
    )
    adopted = replace(found[0], kept=False)  # as a command's: the next command to end stops it
    _write_state(home, adopted)
    return adopted


def start(home: Path, *, timeout: float = START_TIMEOUT_S, kept: bool = True) -> tuple[ServerInfo, bool]:
    """Start the server unless one answers; returns it and whether this call started it.

    ``kept=False`` (a command's own server, see :func:`for_command`) only applies to a server this
    call starts; a running server keeps its state.
    """
    with _lock(home):
        root_password = password(home)
        reader_password(home)  # the server reads it at start
        running = status(home)
        if running:
            try:
                _wait_until_ready(running, root_password, home, timeout)
                return running, False
            except ServerError as exc:
                log.warning("restarting the graph server of %s (pid %d): %s", home, running.pid, exc)
        for leftover in _servers_of(home):  # a second server would only fail on the database's lock
            _terminate(leftover.pid)
        info = _spawn(home, kept)
        _write_state(home, info)  # before waiting: an interrupted start leaves a server that is known
        try:
            _wait_until_ready(info, root_password, home, timeout)
        except BaseException:  # Ctrl-C too: a server nobody waited for is not left behind
            _terminate(info.pid)
            (home / "server.json").unlink(missing_ok=True)
            raise
        return info, True


def keep(home: Path) -> None:
    """Keep the running server up after the commands using it end (``newsgraph db start``)."""
    with _lock(home):
        info = status(home)
        if info and not info.kept:
            _write_state(home, replace(info, kept=True))


def stop(home: Path, *, timeout: float = STOP_TIMEOUT_S) -> bool:
    """Stop every server of this home; False when none was running."""
    with _lock(home):
        return _stop(home, timeout)


@contextmanager
def for_command(home: Path) -> Iterator[ServerInfo]:
    """The server for one command: started if none runs, stopped after the last command using it.

    A server that was running already (``newsgraph db start``, another command) is left as it was,
    except that it is stopped at the end when a command had started it and no other command uses it.
    """
    lease = _take_lease(home)
    try:
        info, _ = start(home, kept=False)
        yield info
    finally:
        _release_lease(lease)
        with _lock(home):
            info = status(home)
            if info and not info.kept and not _leases_held(home):
                _stop(home, STOP_TIMEOUT_S)


def free_port() -> int:
    """A TCP port free on loopback right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child_env() -> dict[str, str]:
    """The environment of a process of ours that must not see the caller's secrets."""
    return {name: os.environ[name] for name in INHERITED_ENV if name in os.environ}


def _stop(home: Path, timeout: float) -> bool:
    status(home)  # clears a stale pid file
    found = _servers_of(home)
    for info in found:
        _terminate(info.pid, timeout)
    (home / "server.json").unlink(missing_ok=True)
    return bool(found)


@contextmanager
def _lock(home: Path) -> Iterator[None]:
    with open(home / "server.lock", "w", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _take_lease(home: Path) -> IO[str]:
    """A file locked for as long as this command uses the server; the kernel frees it if we die."""
    folder = home / "leases"
    with _lock(home):  # never while another process looks for held leases
        folder.mkdir(mode=0o700, exist_ok=True)
        handle = open(folder / f"{os.getpid()}-{secrets.token_hex(4)}", "w", encoding="utf-8")  # noqa: SIM115
        fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def _release_lease(handle: IO[str]) -> None:
    Path(handle.name).unlink(missing_ok=True)
    handle.close()


def _leases_held(home: Path) -> bool:
    """Whether a live command holds a lease; leases of dead ones are removed. Call under the lock."""
    held = False
    for path in (home / "leases").glob("*"):
        with open(path, encoding="utf-8") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                held = True
                continue
            path.unlink(missing_ok=True)
    return held


def _read_state(home: Path) -> ServerInfo | None:
    try:
        return ServerInfo(**json.loads((home / "server.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _write_state(home: Path, info: ServerInfo) -> None:
    """``server.json`` whole or not at all: a crash mid-write must not leave half a pid file."""
    tmp = home / "server.json.tmp"
    tmp.write_text(json.dumps(asdict(info)), encoding="utf-8")
    os.replace(tmp, home / "server.json")


def _spawn(home: Path, kept: bool) -> ServerInfo:
    try:
        memory_mb = embedded_memory_mb()
    except ValueError as exc:
        raise ServerError(str(exc)) from exc
    bolt_port, http_port = free_port(), free_port()
    command = [
        sys.executable, "-m", PROCESS_MARKER,
        "--home", str(home.resolve()), "--bolt-port", str(bolt_port), "--http-port", str(http_port),
        "--command-timeout-ms", str(round(COMMAND_TIMEOUT_S * 1000)), "--memory-mb", str(memory_mb),
    ]  # fmt: skip
    with _private_log(log_path(home)) as out:
        process = subprocess.Popen(
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C in the terminal must not kill the database mid-write
            cwd=str(home),
            env=child_env(),
        )
    return ServerInfo(pid=process.pid, bolt_port=bolt_port, http_port=http_port, kept=kept)


def _private_log(path: Path) -> IO[bytes]:
    """The log opened for appending, readable by its owner only (an older one is made so too)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "ab")


def _wait_until_ready(info: ServerInfo, root_password: str, home: Path, timeout: float) -> None:
    """Poll the Bolt port (cheap), then one authenticated query proves the database answers.

    The reader must log in too: a server started by an older newsgraph, or whose accounts someone
    changed, does not know it (every start writes the accounts afresh, so a restart heals that).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _is_alive(info.pid):
            raise ServerError(f"the embedded graph server exited during start; see {log_path(home)}")
        if _port_open(info.bolt_port) and _answers(info, root_password, home):
            _login(info, "reader", reader_password(home), home)
            return
        time.sleep(0.2)
    raise ServerError(f"the embedded graph server did not answer within {timeout:.0f}s; see {log_path(home)}")


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _answers(info: ServerInfo, root_password: str, home: Path) -> bool:
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    try:
        _login(info, "root", root_password, home)
        return True
    except (ServiceUnavailable, Neo4jError, OSError):
        return False  # listening, but the database is not open yet


def _login(info: ServerInfo, who: str, secret: str, home: Path) -> None:
    """One query as ``who`` (root or reader); ServerError when the server refuses the password."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError
    from newsgraph.graph.config import EMBEDDED_DATABASE, EMBEDDED_READER, EMBEDDED_USER

    user = EMBEDDED_USER if who == "root" else EMBEDDED_READER
    try:
        with (
            GraphDatabase.driver(info.uri, auth=(user, secret)) as driver,
            driver.session(database=EMBEDDED_DATABASE) as session,
        ):
            session.run("RETURN 1").consume()
    except AuthError as exc:
        raise ServerError(
            f"the embedded graph refused the stored {who} password; see {log_path(home)}"
        ) from exc


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


def _servers_of(home: Path) -> list[ServerInfo]:
    """Live embedded servers of ``home``, oldest first, found by their command line (pid file or not)."""
    home = home.resolve()
    found = []
    for process in psutil.process_iter(["pid", "cmdline", "create_time"]):
        parsed = _server_of(process.info["cmdline"] or [], process.info["pid"])
        if parsed and parsed[0] == home and _is_alive(parsed[1].pid):
            found.append((process.info["create_time"], parsed[1]))
    return [info for _, info in sorted(found, key=lambda item: item[0])]


def _server_of(cmdline: list[str], pid: int) -> tuple[Path, ServerInfo] | None:
    """The home and ports of an embedded server's command line, or None for any other process."""
    if PROCESS_MARKER not in cmdline:
        return None
    option = dict(itertools.pairwise(cmdline))  # each word to the one after it
    try:
        ports = int(option["--bolt-port"]), int(option["--http-port"])
        return Path(option["--home"]).resolve(), ServerInfo(pid=pid, bolt_port=ports[0], http_port=ports[1])
    except (KeyError, ValueError):
        return None
