"""The suite's own guard: tests run in a temporary NEWSGRAPH_HOME and leave no graph server behind."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import platformdirs
import pytest
from newsgraph.graph import server
from newsgraph.graph.config import home_dir
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, SESSION_HOME

LEAKY_TEST = """
from newsgraph.graph import server

def test_starts_a_server_and_forgets_it(tmp_path):
    server.start(tmp_path)
"""


def test_the_default_home_is_a_temporary_folder_not_the_users() -> None:
    assert os.environ["NEWSGRAPH_HOME"] == str(SESSION_HOME)
    assert home_dir() == SESSION_HOME
    assert not SESSION_HOME.is_relative_to(Path(platformdirs.user_data_dir()))


def test_a_test_that_leaves_a_server_running_fails_the_run_and_the_server_is_stopped(tmp_path: Path) -> None:
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "conftest.py").write_text(
        "from tests.conftest import _no_server_left_running, _session_home_stays_serverless  # noqa: F401\n"
    )
    (suite / "test_leak.py").write_text(LEAKY_TEST)
    basetemp = tmp_path / "basetemp"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--basetemp={basetemp}",
            str(suite),
        ],
        cwd=suite,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout[-3000:]
    assert "graph servers were left running in test homes" in done.stdout
    leaked = [pid_file.parent for pid_file in basetemp.rglob("server.json")]
    assert all(server.status(home) is None for home in leaked)


PAGE = """
from pathlib import Path
marker = Path(__file__).with_suffix(".runs")
marker.write_text(str(int(marker.read_text()) + 1) if marker.exists() else "1")
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Streamlit page that counts its runs in ``<page>.runs``."""
    path = tmp_path_factory.mktemp("page") / "page.py"
    path.write_text(PAGE)
    return path


def test_an_app_page_runs_in_this_process(page: Path) -> None:
    AppTest.from_file(str(page)).run()
    assert page.with_suffix(".runs").read_text() == "1"


def test_a_worker_process_started_after_it_does_not_run_that_page_again(page: Path) -> None:
    """Worker processes (spawn) run the parent's __main__: it must not be the last page AppTest ran."""
    with ProcessPoolExecutor(1, get_context("spawn")) as pool:
        assert pool.submit(os.getpid).result() != os.getpid()
    assert page.with_suffix(".runs").read_text() == "1"
