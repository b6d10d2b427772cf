"""No password in the code, the logs, the process list or any message; logs and secrets readable by
their owner only (tests/graph/test_server.py covers the embedded server's own output, its environment
and loopback-only listening)."""

from __future__ import annotations

import logging
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError
from newsgraph.graph import server
from newsgraph.graph.config import EMBEDDED_USER, external_graph, home_dir
from newsgraph.graph.connection import open_graph

from tests.conftest import ROOT
from tests.robustness.support import Home

WRONG_PASSWORD = "Wr0ng-passw0rd-for-the-test"
SOURCE_DIRS = ("graph", "ingest", "newsgraph", "ui", "bench")
SOURCE_SUFFIXES = {".py", ".yaml", ".yml", ".toml", ".json", ".cfg", ".ini", ".md", ".cypher", ".sh"}
HARD_CODED = [
    re.compile(r"(?i)\b\w*(password|passwd|secret|token|api_?key)\w*\s*[:=]\s*['\"][^'\"\s]{4,}['\"]"),
    re.compile(r"auth\s*=\s*\(\s*['\"][^'\"]*['\"]\s*,\s*['\"][^'\"]+['\"]\s*\)"),
    re.compile(r"(?i)\b(bolt|neo4j)(\+s|\+ssc)?://[^/\s:@]+:[^/\s@]+@"),
]


@pytest.fixture(scope="module")
def running(own_home: Home) -> Iterator[tuple[Home, server.ServerInfo, str]]:
    """The module's server, its connection info and its password."""
    own_home.start()
    info = server.status(own_home.path)
    assert info is not None
    yield own_home, info, server.password(own_home.path)


def source_files() -> list[Path]:
    files = [ROOT / name for name in ("Makefile", "pyproject.toml", "README.md")]
    for folder in SOURCE_DIRS:
        files += [
            p for p in (ROOT / folder).rglob("*") if p.suffix in SOURCE_SUFFIXES and ".venv" not in p.parts
        ]
    return [p for p in files if p.is_file()]


def test_no_password_is_written_in_the_code() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in source_files()
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
        if any(pattern.search(line) for pattern in HARD_CODED)
    ]
    assert found == []


def test_the_patterns_catch_a_hard_coded_password() -> None:
    lines = [
        'NEO4J_PASSWORD = "s3cret-value"',
        'driver(uri, auth=("neo4j", "letmein"))',
        "bolt://neo4j:pw@host:7687",
    ]
    assert all(any(p.search(line) for p in HARD_CODED) for line in lines)


def test_the_password_is_in_its_file_only(running: tuple[Home, server.ServerInfo, str]) -> None:
    home, info, password = running
    leaks = [
        str(path)
        for path in home.path.rglob("*")
        if path.is_file() and path.name != "secret" and password.encode() in path.read_bytes()
    ]
    assert leaks == []
    cmdline = Path(f"/proc/{info.pid}/cmdline").read_bytes()
    assert password.encode() not in cmdline, "visible to every user in `ps`"


def test_a_failed_login_reveals_no_password(running: tuple[Home, server.ServerInfo, str]) -> None:
    home, info, password = running
    with (
        GraphDatabase.driver(info.uri, auth=(EMBEDDED_USER, WRONG_PASSWORD)) as driver,
        pytest.raises(AuthError) as refused,
    ):
        driver.verify_connectivity()
    assert WRONG_PASSWORD not in str(refused.value) and password not in str(refused.value)
    log = server.log_path(home.path).read_text(encoding="utf-8", errors="replace")
    assert WRONG_PASSWORD not in log
    assert password not in log


def newsgraph(home: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full_env = {"PATH": "/usr/bin:/bin", "NEWSGRAPH_HOME": str(home), "COLUMNS": "200", **env}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_cli_never_echoes_neo4j_password(
    running: tuple[Home, server.ServerInfo, str], tmp_path: Path
) -> None:
    _, info, password = running
    right = {"NEO4J_URI": info.uri, "NEO4J_USER": EMBEDDED_USER, "NEO4J_PASSWORD": password}
    wrong = {**right, "NEO4J_PASSWORD": WRONG_PASSWORD}
    outputs = []
    for env, args in (
        (right, ("db", "status")),
        (right, ("stats",)),
        (right, ("settings",)),
        (wrong, ("stats",)),
        (wrong, ("db", "start")),
    ):
        result = newsgraph(tmp_path, *args, env=env)
        outputs.append((args, env["NEO4J_PASSWORD"], result))
    assert outputs[1][2].returncode == 0, outputs[1][2].stderr  # the right password works...
    assert outputs[3][2].returncode == 2  # ...the wrong one is refused, with a message
    assert "cannot reach" in outputs[3][2].stderr
    for args, secret, result in outputs:
        assert secret not in result.stdout + result.stderr, args


def test_reprs_and_driver_logs_hide_the_password(
    running: tuple[Home, server.ServerInfo, str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    home, info, password = running
    caplog.set_level(logging.DEBUG)
    with open_graph(home.path, start=False) as graph:
        graph.read("RETURN 1 AS one")
        assert password not in repr(graph)
    monkeypatch.setenv("NEO4J_URI", info.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    assert password not in repr(external_graph())
    assert password not in caplog.text


def test_a_password_in_a_failed_command_reaches_no_log(running: tuple[Home, server.ServerInfo, str]) -> None:
    """The server used to log a failing user command whole, password included, in a 0644 file."""
    home, _, _ = running
    typed = "Typed-passw0rd-in-a-command"
    with open_graph(home.path, start=False) as graph:
        for attempt in (
            f"CREATE USER root SET PASSWORD '{typed}'",
            f"ALTER USER nobody SET PASSWORD '{typed}'",
        ):
            with pytest.raises(Neo4jError):
                graph.run_write(attempt)
    leaks = [str(p) for p in home.path.rglob("*") if p.is_file() and typed.encode() in p.read_bytes()]
    assert leaks == []


def test_logs_and_secrets_are_readable_by_their_owner_only(
    running: tuple[Home, server.ServerInfo, str],
) -> None:
    home, _, _ = running
    private = [server.log_path(home.path), home.path / "secret", home.path / "reader-secret"]
    private += [p for p in (home.path / "graph" / "config").iterdir() if p.is_file()]
    private += [p for p in (home.path / "graph" / "log").rglob("*") if p.is_file()]
    assert {str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in private if p.stat().st_mode & 0o077} == {}


def test_a_new_home_is_its_owners_only(tmp_path: Path) -> None:
    assert stat.S_IMODE(home_dir(tmp_path / "new-home").stat().st_mode) == 0o700
