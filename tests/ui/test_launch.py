"""`newsgraph ui` as a new user meets it: an account that never ran Streamlit, no terminal, no display.

Streamlit's first run asks for an e-mail address on the terminal and, without one, exits; the
explorer must start without a question, say its URL and answer its health check.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from newsgraph.graph.server import free_port

START_TIMEOUT_S = 90


def test_the_explorer_starts_without_questions_on_a_fresh_account(sample_home: Path, tmp_path: Path) -> None:
    port = free_port()
    fresh_account = tmp_path / "home"
    fresh_account.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env = {**env, "HOME": str(fresh_account), "NEWSGRAPH_HOME": str(sample_home)}
    log = tmp_path / "ui.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsgraph.cli", "ui", "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # streamlit runs as a child: stop the whole group
        )
    try:
        healthy = _wait_for_health(f"http://127.0.0.1:{port}", process)
        output = log.read_text(encoding="utf-8", errors="replace")
        assert healthy, f"the explorer did not come up (exit code {process.poll()}):\n{output}"
        assert "Email" not in output
        assert f"http://127.0.0.1:{port}" in output
        assert not (fresh_account / ".streamlit" / "credentials.toml").exists()
    finally:
        with contextlib.suppress(ProcessLookupError):  # gone already when it exited at the prompt
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _wait_for_health(url: str, process: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{url}/_stcore/health", timeout=2).text == "ok":
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    return False
