"""Fixtures for the ingest tests: a real local HTTP server, a fast fetcher trusting only it, a state file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from newsgraph.ingest.collect.fetch import Fetcher, FetchSettings
from newsgraph.ingest.collect.state import State

from tests.httpserver import LocalServer

CORPUS = Path(__file__).resolve().parents[2] / "corpora"
#: Small caps and delays so misbehaving routes fail fast.
TEST_SETTINGS = FetchSettings(
    connect_timeout=1.0, read_timeout=0.5, retries=1, backoff=0.01, max_bytes=1024 * 1024, allow_private=False
)


@pytest.fixture
def fetch_settings() -> FetchSettings:
    return TEST_SETTINGS


@pytest.fixture(scope="module")
def corpus_dir() -> Path:
    if not (CORPUS / "manifest.json").is_file():
        pytest.skip("the sample corpus is not there yet")
    return CORPUS


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The folder the server serves; tests write their pages and feeds here."""
    folder = tmp_path / "site"
    folder.mkdir()
    return folder


@pytest.fixture
def server(site: Path) -> Iterator[LocalServer]:
    with LocalServer(site) as running:
        yield running


@pytest.fixture
def fetcher(server: LocalServer) -> Iterator[Fetcher]:
    """A fetcher that refuses private addresses except this test's own server."""
    with Fetcher(TEST_SETTINGS, allowed_hosts={server.netloc}) as client:
        yield client


@pytest.fixture
def state(tmp_path: Path) -> Iterator[State]:
    with State(tmp_path / "state" / "ingest.sqlite") as opened:
        yield opened


@pytest.fixture(scope="module")
def corpus_server() -> Iterator[LocalServer]:
    """The sample corpus, served with its *.test hosts rewritten to this server."""
    if not (CORPUS / "feeds").is_dir():
        pytest.skip("the sample corpus is not there yet")
    with LocalServer(CORPUS, host_dirs={"feeds.newsgraph.test": "feeds"}) as running:
        yield running
