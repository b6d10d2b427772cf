"""The embedded server's lifecycle as a user drives it: `newsgraph db start|status|stop`, `stats`."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest


def newsgraph(
    home: Path, *args: str, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSGRAPH_HOME": str(home), "COLUMNS": "200", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env, timeout=180
    )


@pytest.fixture
def home(tmp_path: Path):
    yield tmp_path
    newsgraph(tmp_path, "db", "stop")


def test_start_twice_runs_one_server_and_stop_says_when_none_runs(home: Path) -> None:
    first = newsgraph(home, "db", "start")
    assert first.returncode == 0, first.stderr
    assert "started" in first.stdout
    pid = json.loads((home / "server.json").read_text())["pid"]

    second = newsgraph(home, "db", "start")
    assert "already running" in second.stdout
    assert json.loads((home / "server.json").read_text())["pid"] == pid

    stats = newsgraph(home, "stats")
    assert stats.returncode == 0, stats.stderr
    assert "total" in stats.stdout

    assert "stopped" in newsgraph(home, "db", "stop").stdout
    again = newsgraph(home, "db", "stop")
    assert again.returncode == 0
    assert "no embedded graph server is running" in again.stdout


def test_password_is_random_private_and_never_printed(home: Path) -> None:
    result = newsgraph(home, "db", "start")
    secret = home / "secret"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    password = secret.read_text().strip()
    assert len(password) >= 24
    log = (home / "logs" / "server.log").read_text(errors="replace")
    assert password not in result.stdout + result.stderr + log


def listening_addresses(port: int) -> list[str]:
    """Local addresses (hex, as the kernel writes them) of sockets listening on ``port``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


LOOPBACK_HEX = {"0100007F", "0000000000000000FFFF00000100007F"}  # 127.0.0.1, ::ffff:127.0.0.1


def test_server_listens_on_loopback_only(home: Path) -> None:
    newsgraph(home, "db", "start")
    info = json.loads((home / "server.json").read_text())
    for port in (info["bolt_port"], info["http_port"]):
        addresses = listening_addresses(port)
        assert addresses, f"nothing listens on {port}"
        assert set(addresses) <= LOOPBACK_HEX, addresses


def test_a_stale_pid_file_is_cleaned_up(home: Path) -> None:
    (home / "server.json").write_text(json.dumps({"pid": 2**22 + 12345, "bolt_port": 1, "http_port": 2}))
    status = newsgraph(home, "db", "status")
    assert status.returncode == 1
    assert "not running" in status.stdout
    assert not (home / "server.json").exists()
    assert newsgraph(home, "db", "stop").returncode == 0


def test_with_neo4j_uri_set_it_never_starts_its_own(home: Path) -> None:
    env = {"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "hunter2-secret"}
    result = newsgraph(home, "db", "start", extra_env=env)
    assert "never starts its own" in result.stderr
    assert not (home / "server.json").exists()
    stats = newsgraph(home, "stats", extra_env=env)
    assert stats.returncode == 2
    assert "cannot reach bolt://127.0.0.1:9" in stats.stderr
    assert "hunter2-secret" not in stats.stdout + stats.stderr
