"""The HTTP client against a real local server: retries, caps, redirects, SSRF refusal, conditional GET."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsgraph.ingest.collect.fetch import (
    USER_AGENT,
    Fetcher,
    FetchSettings,
    HTTPStatusError,
    Timeout,
    TooLarge,
    TooManyRedirects,
    UnsafeURL,
    check_url,
)

from tests.httpserver import HUGE_BYTES, LocalServer


def test_sends_a_user_agent_that_names_the_project(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.get(server.url("/_/article/hello"))
    assert response.status == 200
    assert server.headers["/_/article/hello"]["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("newsgraph/")


def test_a_500_then_ok_is_retried_into_success(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.get(server.url("/_/flaky/page"))
    assert "第二次成功" in response.content.decode("utf-8")
    assert server.count("/_/flaky/page") == 2


def test_a_page_that_always_fails_gives_up_after_the_retries(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(HTTPStatusError) as raised:
        fetcher.get(server.url("/_/error"))
    assert raised.value.status == 500
    assert raised.value.url == server.url("/_/error")
    assert server.count("/_/error") == fetcher.settings.retries + 1


def test_a_missing_page_is_not_retried(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(HTTPStatusError):
        fetcher.get(server.url("/nothing-here.html"))
    assert server.count("/nothing-here.html") == 1


def test_a_slow_page_times_out(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(Timeout):
        fetcher.get(server.url("/_/slow"))


def test_a_redirect_loop_stops(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(TooManyRedirects):
        fetcher.get(server.url("/_/loop/"))
    hops = server.count("/_/loop/") + server.count("/_/loop2/")
    assert hops == fetcher.settings.max_redirects + 1


def test_a_redirect_is_followed_to_its_target(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.get(server.url("/_/redirect/_/article/target"))
    assert response.final_url == server.url("/_/article/target")
    assert response.redirects == [server.url("/_/redirect/_/article/target")]


def test_a_50_mb_body_is_cut_off_at_the_cap(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(TooLarge):
        fetcher.get(server.url("/_/huge"))
    # the client hung up: the server never got to send most of the 50 MB
    assert server.bytes_sent["/_/huge"] < HUGE_BYTES // 4


def test_a_declared_oversized_body_is_refused_before_reading(site: Path, server: LocalServer) -> None:
    (site / "big.html").write_bytes(b"<p>" + b"y" * 5000 + b"</p>")
    settings = FetchSettings(max_bytes=1000)
    with Fetcher(settings, allowed_hosts={server.netloc}) as small, pytest.raises(TooLarge):
        small.get(server.url("/big.html"))


def test_loopback_is_refused_when_private_addresses_are_not_allowed(server: LocalServer) -> None:
    with Fetcher(FetchSettings(allow_private=False)) as strict:
        for url in (server.url("/_/article/x"), f"http://localhost:{server.port}/_/article/x"):
            with pytest.raises(UnsafeURL):
                strict.get(url)
    assert server.count("/_/article/x") == 0


def test_a_redirect_to_a_private_address_is_refused(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(UnsafeURL) as raised:
        fetcher.get(server.url("/_/to-private"))
    assert "127.0.0.2" in raised.value.reason
    assert server.count("/secret") == 0


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/feed.xml",
        "gopher://example.org/",
        "http://10.0.0.1/",
        "http://192.168.1.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http:///no-host",
    ],
)
def test_unsafe_urls_are_refused_without_connecting(url: str) -> None:
    with pytest.raises(UnsafeURL):
        check_url(url)


def test_no_environment_variable_turns_the_address_check_off(
    monkeypatch: pytest.MonkeyPatch, server: LocalServer
) -> None:
    """NEWSGRAPH_ALLOW_PRIVATE used to, silently; only an explicit --allow-private does now."""
    monkeypatch.setenv("NEWSGRAPH_ALLOW_PRIVATE", "1")
    with Fetcher(FetchSettings(read_timeout=2)) as strict, pytest.raises(UnsafeURL):
        strict.get(server.url("/_/article/env"))
    assert server.count("/_/article/env") == 0


def test_file_urls_are_refused_even_when_private_addresses_are_allowed() -> None:
    with Fetcher(allow_private=True) as local, pytest.raises(UnsafeURL):
        local.get("file:///etc/passwd")


def test_an_unchanged_page_costs_one_304(site: Path, server: LocalServer, fetcher: Fetcher) -> None:
    (site / "a.html").write_text("<p>你好</p>", encoding="utf-8")
    first = fetcher.get(server.url("/a.html"))
    assert first.status == 200 and first.etag and first.last_modified
    second = fetcher.get(server.url("/a.html"), etag=first.etag)
    by_date = fetcher.get(server.url("/a.html"), last_modified=first.last_modified)
    assert second.not_modified and second.content == b""
    assert by_date.not_modified
    assert server.count("/a.html") == 3
