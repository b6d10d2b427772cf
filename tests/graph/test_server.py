"""The embedded server's lifecycle as a user drives it: `newsgraph db start|status|stop`, the commands
that start a server of their own (`stats`, `digest`, `ingest`, `ui`), interrupted starts."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest
from newsgraph.graph.server import free_port

from tests.conftest import CORPUS


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


def test_the_servers_memory_is_the_one_set_and_taken_at_start(home: Path) -> None:
    """NEWSGRAPH_GRAPH_MEMORY fixes the heap the server reports, a quarter of it for its page cache.

    The heap is resident from the start, so the server's memory does not grow as the graph does.
    """
    assert newsgraph(home, "db", "start", extra_env={"NEWSGRAPH_GRAPH_MEMORY": "320m"}).returncode == 0
    info = json.loads((home / "server.json").read_text())
    answer = httpx.get(
        f"http://127.0.0.1:{info['http_port']}/api/v1/server?mode=default",
        auth=("root", (home / "secret").read_text().strip()),
        timeout=30,
    )
    profiler = answer.json()["metrics"]["profiler"]
    assert profiler["ramHeapMax"]["space"] == 320 * 1024 * 1024
    assert profiler["cacheMax"]["space"] == 80 * 1024 * 1024
    assert psutil.Process(info["pid"]).memory_info().rss >= 320 * 1024 * 1024


@pytest.mark.parametrize("memory", ["lots", "64m"])
def test_a_memory_setting_the_server_cannot_use_is_refused_before_it_starts(home: Path, memory: str) -> None:
    result = newsgraph(home, "stats", extra_env={"NEWSGRAPH_GRAPH_MEMORY": memory})
    assert result.returncode == 2
    assert "NEWSGRAPH_GRAPH_MEMORY" in result.stderr and "Traceback" not in result.stderr
    assert not (home / "server.json").exists()


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


def server_pids(home: Path) -> list[int]:
    """Processes of an embedded server of ``home``, whatever the pid file says."""
    found = []
    for process in psutil.process_iter(["pid", "cmdline"]):
        cmdline = process.info["cmdline"] or []
        if "newsgraph.graph.embedded" in cmdline and str(home.resolve()) in cmdline:
            found.append(process.info["pid"])
    return found


def wait_for(condition, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def test_a_start_killed_midway_leaves_a_server_the_next_commands_know(home: Path) -> None:
    """kill -9 of `db start` once the server is spawned, before it answers (the first start's JVM)."""
    env = {**os.environ, "NEWSGRAPH_HOME": str(home)}
    cli = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "db", "start"], env=env)
    wait_for(lambda: server_pids(home))
    cli.send_signal(signal.SIGKILL)
    cli.wait()
    pid = server_pids(home)[0]

    status = newsgraph(home, "db", "status")
    assert status.returncode == 0 and f"pid {pid}" in status.stdout, status.stdout + status.stderr
    start = newsgraph(home, "db", "start")
    assert start.returncode == 0, start.stderr
    assert newsgraph(home, "stats").returncode == 0
    assert "stopped" in newsgraph(home, "db", "stop").stdout
    assert server_pids(home) == []
    assert newsgraph(home, "db", "start").returncode == 0


def test_a_server_without_its_pid_file_is_found_and_stopped(home: Path) -> None:
    assert newsgraph(home, "db", "start").returncode == 0
    pid = json.loads((home / "server.json").read_text())["pid"]
    (home / "server.json").unlink()

    status = newsgraph(home, "db", "status")
    assert status.returncode == 0 and f"pid {pid}" in status.stdout
    again = newsgraph(home, "db", "start")
    assert again.returncode == 0 and "already running" in again.stdout, again.stderr
    (home / "server.json").unlink()
    assert "stopped" in newsgraph(home, "db", "stop").stdout
    assert server_pids(home) == []


def test_the_server_does_not_inherit_the_callers_secrets(home: Path) -> None:
    secrets = {
        "NEO4J_PASSWORD": "callers-neo4j-password",
        "SOME_API_TOKEN": "callers-api-token",
        "ARCADEDB_JVM_ARGS": "-Dcallers.jvm.option=1",
    }
    assert newsgraph(home, "db", "start", extra_env=secrets).returncode == 0
    pid = json.loads((home / "server.json").read_text())["pid"]
    environ = Path(f"/proc/{pid}/environ").read_bytes().decode(errors="replace")
    assert [name for name, value in secrets.items() if value in environ or name in environ] == []


def test_every_start_keeps_exactly_the_two_accounts(home: Path) -> None:
    """A user added behind newsgraph's back (by an old console, say) is gone after a restart."""
    from newsgraph.graph.connection import open_graph

    assert newsgraph(home, "db", "start").returncode == 0
    with open_graph(home, start=False) as graph:
        graph.run_write("CREATE USER intruder SET PASSWORD 'intruder-password-1'")
        assert "intruder" in {row["user"] for row in graph.read("SHOW USERS")}
    newsgraph(home, "db", "stop")
    assert newsgraph(home, "db", "start").returncode == 0
    with open_graph(home, start=False) as graph:
        assert sorted(row["user"] for row in graph.read("SHOW USERS")) == ["reader", "root"]


def test_a_first_start_interrupted_by_ctrl_c_leaves_no_server(home: Path) -> None:
    """Ctrl-C in the terminal (SIGINT to the command's process group) while its server is starting."""
    cli = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "stats"],
        env={**os.environ, "NEWSGRAPH_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(lambda: server_pids(home))
    os.killpg(cli.pid, signal.SIGINT)
    cli.wait(timeout=60)
    wait_for(lambda: server_pids(home) == [], timeout=60)
    assert newsgraph(home, "stats").returncode == 0


def test_a_server_that_refuses_the_reader_is_restarted(home: Path) -> None:
    """A server from an older newsgraph has no reader account; the next start replaces it."""
    from newsgraph.graph.connection import open_graph

    assert newsgraph(home, "db", "start").returncode == 0
    old = json.loads((home / "server.json").read_text())["pid"]
    with open_graph(home, start=False) as graph:
        graph.run_write("DROP USER reader")
    again = newsgraph(home, "db", "start")
    assert again.returncode == 0 and "started" in again.stdout, again.stdout + again.stderr
    assert server_pids(home) != [old]
    with open_graph(home, start=False, read_only=True) as reader:
        assert reader.read("RETURN 1 AS one") == [{"one": 1}]


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [("stats",), ("digest", "--week", "2021-W10"), ("ingest", "{corpus}/articles.jsonl")],
    ids=["stats", "digest", "ingest"],
)
def test_a_command_stops_the_server_it_started(home: Path, command: tuple[str, ...]) -> None:
    args = [arg.format(corpus=CORPUS) for arg in command]
    result = newsgraph(home, *args)
    assert result.returncode in (0, 3), result.stderr  # digest: 3 when the week has no events
    assert server_pids(home) == [], "the command left its server running"
    assert not (home / "server.json").exists()


def test_a_server_started_by_db_start_survives_a_command(home: Path) -> None:
    assert newsgraph(home, "db", "start").returncode == 0
    pid = json.loads((home / "server.json").read_text())["pid"]
    assert newsgraph(home, "stats").returncode == 0
    assert server_pids(home) == [pid]


def ui_command(home: Path, port: int) -> subprocess.Popen[bytes]:
    """`newsgraph ui` in a process group of its own, as a terminal would run it."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "ui", "--no-browser", "--port", str(port)],
        env={**os.environ, "NEWSGRAPH_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def app_answers(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).text == "ok"
    except httpx.HTTPError:
        return False


@pytest.mark.slow
def test_ctrl_c_in_ui_stops_its_server_once_no_other_command_uses_it(home: Path) -> None:
    port = free_port()
    ui = ui_command(home, port)
    try:
        wait_for(lambda: app_answers(port))
        pid = server_pids(home)
        assert newsgraph(home, "stats").returncode == 0  # another command using the ui's server...
        assert server_pids(home) == pid  # ...leaves it running for the ui
    finally:
        os.killpg(ui.pid, signal.SIGINT)  # Ctrl-C
        ui.wait(timeout=90)
    assert server_pids(home) == []


@pytest.mark.slow
def test_ctrl_c_in_ui_leaves_a_server_started_by_db_start(home: Path) -> None:
    assert newsgraph(home, "db", "start").returncode == 0
    pid = server_pids(home)
    port = free_port()
    ui = ui_command(home, port)
    try:
        wait_for(lambda: app_answers(port))
    finally:
        os.killpg(ui.pid, signal.SIGINT)
        ui.wait(timeout=90)
    assert server_pids(home) == pid
