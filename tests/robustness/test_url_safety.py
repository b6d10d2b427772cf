"""Other spellings of "this machine" are refused too, before any connection (tests/ingest/test_fetch.py
covers schemes, private ranges, redirects and the size cap)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from newsgraph.ingest.collect.fetch import Fetcher, FetchError, FetchSettings, UnsafeURL

from tests.httpserver import LocalServer

#: Loopback and "any address" written the ways URL parsers and resolvers accept.
LOOPBACK_SPELLINGS = [
    "http://[::1]:{port}/x",
    "http://0.0.0.0:{port}/x",
    "http://[::]:{port}/x",
    "http://2130706433:{port}/x",  # 127.0.0.1 as one decimal number
    "http://0x7f000001:{port}/x",  # ... in hex
    "http://017700000001:{port}/x",  # ... in octal
    "http://127.1:{port}/x",
    "http://[::ffff:7f00:1]:{port}/x",  # IPv4-mapped IPv6
    "http://①②⑦.0.0.1:{port}/x",  # full-width digits, normalised by IDNA
    "http://localhost:{port}/x",
    "http://LocalHost:{port}/x",
    "http://user:password@127.0.0.1:{port}/x",
]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
def strict() -> Iterator[Fetcher]:
    with Fetcher(FetchSettings(allow_private=False, retries=0, connect_timeout=2, read_timeout=2)) as fetcher:
        yield fetcher


@pytest.mark.parametrize("template", LOOPBACK_SPELLINGS)
def test_loopback_in_any_spelling_is_refused(server: LocalServer, strict: Fetcher, template: str) -> None:
    with pytest.raises(UnsafeURL):
        strict.get(template.format(port=server.port))
    assert server.count("/x") == 0


def test_localhost_with_a_trailing_dot_never_reaches_the_machine(
    server: LocalServer, strict: Fetcher
) -> None:
    """``localhost.`` resolves to loopback on most systems (refused as such) or not at all (a network error)."""
    with pytest.raises(FetchError):
        strict.get(f"http://localhost.:{server.port}/x")
    assert server.count("/x") == 0


def test_allowing_one_test_server_allows_no_other_local_address(server: LocalServer) -> None:
    with Fetcher(FetchSettings(retries=0), allowed_hosts={server.netloc}) as fetcher:
        assert fetcher.get(server.url("/_/article/ok")).status == 200
        with pytest.raises(UnsafeURL):
            fetcher.get(f"http://2130706433:{server.port}/x")
        with pytest.raises(UnsafeURL):
            fetcher.get(f"http://localhost:{server.port}/x")
    assert server.count("/x") == 0
