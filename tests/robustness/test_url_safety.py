"""Other spellings of "this machine" are refused too, before any connection, and a hostile server cannot
hold a fetch for long or fill memory (tests/ingest/test_fetch.py covers schemes, private ranges,
redirects and the size cap)."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.ingest.collect.fetch import (
    BadResponse,
    Fetcher,
    FetchError,
    FetchSettings,
    Timeout,
    TooLarge,
    UnsafeURL,
    check_url,
)
from newsgraph.ingest.collect.state import State

from newsgraph.pipeline import IngestOptions, run_ingest, state_path
from tests.httpserver import LocalServer, gzip_bomb

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


#: IPv6 addresses that carry a private IPv4 address (a gateway or the stack may deliver them there),
#: and IETF space that Python 3.11 calls global.
EMBEDDED_PRIVATE = [
    "http://[::127.0.0.1]/",  # IPv4-compatible
    "http://[::ffff:0:127.0.0.1]/",  # IPv4-translated
    "http://[::a9fe:a9fe]/",  # IPv4-compatible 169.254.169.254, the cloud metadata service
    "http://[::ffff:a9fe:a9fe]/",  # IPv4-mapped
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64
    "http://[64:ff9b:1::a9fe:a9fe]/",  # local-use NAT64
    "http://[2002:a9fe:a9fe::]/",  # 6to4
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo, client 127.0.0.1
    "http://192.0.0.8/",  # IETF protocol assignments
]


@pytest.mark.parametrize("url", EMBEDDED_PRIVATE)
def test_an_ipv6_spelling_of_a_private_ipv4_address_is_refused(url: str) -> None:
    with pytest.raises(UnsafeURL):
        check_url(url)


def test_a_public_site_behind_nat64_is_allowed() -> None:
    """An IPv6-only network's DNS64 answers 64:ff9b::/96 for every IPv4 site: judged by that address."""
    check_url("http://[64:ff9b::808:808]/")


@pytest.fixture
def fetcher(server: LocalServer) -> Iterator[Fetcher]:
    settings = FetchSettings(retries=0, read_timeout=2, total_timeout=2.0, max_bytes=1024 * 1024)
    with Fetcher(settings, allowed_hosts={server.netloc}) as client:
        yield client


def test_a_gzip_bomb_costs_at_most_the_cap(server: LocalServer, fetcher: Fetcher) -> None:
    """6 KB of gzip inside gzip that expand to 512 MB: refused with at most a few MB in memory."""
    gzip_bomb()  # built before measuring
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge):
            fetcher.get(server.url("/_/gzip-bomb"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held"


def test_every_layer_of_content_encoding_is_undone(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.get(server.url("/_/gzipped"))
    assert "压缩的页面" in response.content.decode("utf-8")


def test_an_unknown_content_encoding_is_a_clear_failure(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(BadResponse, match="unsupported content encoding 'br'"):
        fetcher.get(server.url("/_/brotli"))


@pytest.mark.parametrize("route", ["/_/trickle", "/_/trickle-headers"])
def test_a_page_trickled_byte_by_byte_stops_at_the_total_deadline(
    server: LocalServer, fetcher: Fetcher, route: str
) -> None:
    started = time.monotonic()
    with pytest.raises(Timeout, match="whole fetch"):
        fetcher.get(server.url(route))
    assert time.monotonic() - started < fetcher.settings.total_timeout + 1.5


def test_a_malformed_redirect_is_a_clear_failure(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(BadResponse, match="malformed URL or header"):
        fetcher.get(server.url("/_/bad-location"))


def test_a_malformed_redirect_fails_its_item_only(server: LocalServer, graph: Graph, tmp_path: Path) -> None:
    """Through the ingest job: the item's failure says what was wrong, never "internal error"."""
    items = [server.url("/_/bad-location"), server.url("/_/article/fine")]
    summary = run_ingest(items, graph, IngestOptions(home=tmp_path, allow_private=True))
    assert (summary.written, summary.failed) == (1, 1)
    with State(state_path(tmp_path)) as state:
        [failure] = state.failures()
    assert "malformed" in failure.reason and "internal" not in failure.reason
