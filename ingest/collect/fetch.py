"""The HTTP client of the ingest stage: safe, bounded, polite and conditional.

Every fetch of a feed or a page goes through :class:`Fetcher`, so these rules hold everywhere:

* only ``http``/``https``; every hop (redirects are followed by hand, at most ``max_redirects``)
  is resolved and refused when it points at a private, loopback, link-local, multicast or
  reserved address, unless ``allow_private`` is set (local testing) or the host is listed in
  ``allowed_hosts``. The check runs before each connection; a DNS answer that changes between the
  check and the connection (rebinding) is not covered.
* bodies are streamed and reading stops at ``max_bytes``: a 50 MB page costs at most the cap.
* 5xx answers and timeouts are retried a bounded number of times with exponential backoff.
* ``ETag``/``Last-Modified`` validators are sent when given, so an unchanged URL costs one 304.

Errors form a small hierarchy rooted at :class:`FetchError`, each carrying the URL.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import time
from dataclasses import dataclass, field, replace
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import httpx

log = logging.getLogger(__name__)

ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ENV_ALLOW_PRIVATE = "NEWSGRAPH_ALLOW_PRIVATE"


def _version() -> str:
    """The installed package version; a source checkout that is not installed says 0.0.0."""
    try:
        return metadata.version("newsgraph")
    except metadata.PackageNotFoundError:
        return "0.0.0"


USER_AGENT = f"newsgraph/{_version()} (+https://github.com/newsgraph)"


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` is short enough for a failure list."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{reason}: {url}")
        self.url = url
        self.reason = reason


class UnsafeURL(FetchError):
    """Refused before connecting: bad scheme, or an address inside the private network."""


class TooLarge(FetchError):
    """The body went past the size cap; reading stopped there."""


class HTTPStatusError(FetchError):
    """The server answered with a status that is neither success, redirect nor 304."""

    def __init__(self, url: str, status: int) -> None:
        super().__init__(url, f"HTTP {status}")
        self.status = status


class Timeout(FetchError):
    """Connecting or reading took longer than the configured timeout (after retries)."""


class TooManyRedirects(FetchError):
    """More redirect hops than ``max_redirects``, e.g. a loop."""


class NetworkError(FetchError):
    """The connection failed (refused, reset, DNS failure)."""


def _env_allow_private() -> bool:
    return os.environ.get(ENV_ALLOW_PRIVATE, "").strip().lower() in ("1", "true", "yes")


@dataclass(frozen=True)
class FetchSettings:
    """Knobs of the client; the defaults suit news sites, tests shrink the delays and the cap."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    retries: int = 2
    backoff: float = 0.5
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = field(default_factory=_env_allow_private)
    allowed_hosts: frozenset[str] = frozenset()


@dataclass
class Response:
    """A fetched body (or a 304) with what the caller needs to store and decode it."""

    url: str
    final_url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_private: bool = False, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Raise :class:`UnsafeURL` unless ``url`` is http(s) and every address its host resolves to is public.

    ``allowed_hosts`` holds ``host`` or ``host:port`` strings trusted regardless of their address
    (a local test server), so a test can still see a redirect to another private address refused.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURL(url, f"scheme {parts.scheme or '(none)'!r} not allowed")
    host = parts.hostname
    if not host:
        raise UnsafeURL(url, "no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise UnsafeURL(url, f"bad port ({exc})") from exc
    if allow_private or host in allowed_hosts or f"{host}:{port}" in allowed_hosts:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise NetworkError(url, f"cannot resolve host {host!r}") from exc
    for info in infos:
        address = str(info[4][0])
        if not _is_public(address):
            raise UnsafeURL(url, f"host {host!r} resolves to non-public address {address}")


class Fetcher:
    """A reusable, thread-unsafe HTTP client applying the module's rules to every request."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        allow_private: bool | None = None,
        allowed_hosts: frozenset[str] | set[str] | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        if allow_private is not None:
            self.settings = replace(self.settings, allow_private=allow_private)
        if allowed_hosts is not None:
            self.settings = replace(self.settings, allowed_hosts=frozenset(allowed_hosts))
        s = self.settings
        timeout = httpx.Timeout(s.read_timeout, connect=s.connect_timeout)
        # trust_env=False: a proxy from the environment would bypass the address check.
        self._client = httpx.Client(
            timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}, trust_env=False
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """Fetch ``url`` following redirects by hand; 304 comes back as a Response, errors raise."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, redirects = url, []
        for _ in range(self.settings.max_redirects + 1):
            check_url(
                current, allow_private=self.settings.allow_private, allowed_hosts=self.settings.allowed_hosts
            )
            response = self._get_with_retries(current, headers)
            if isinstance(response, str):
                redirects.append(current)
                current = response
                continue
            response.url, response.redirects = url, redirects
            return response
        raise TooManyRedirects(url, f"more than {self.settings.max_redirects} redirects")

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> Response | str:
        """One hop: a Response, or the absolute URL a redirect points to."""
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers)
            except (Timeout, HTTPStatusError) as exc:
                retryable = isinstance(exc, Timeout) or exc.status >= 500
                if not retryable or attempt >= self.settings.retries:
                    raise
                delay = self.settings.backoff * (2**attempt)
                log.info("retrying %s in %.2fs after %s", url, delay, exc.reason)
                time.sleep(delay)
                attempt += 1

    def _get_once(self, url: str, headers: dict[str, str]) -> Response | str:
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                if r.status_code in REDIRECT_STATUSES:
                    location = r.headers.get("location")
                    if not location:
                        raise HTTPStatusError(url, r.status_code)
                    return urljoin(url, location)
                if r.status_code != 304 and not 200 <= r.status_code < 300:
                    raise HTTPStatusError(url, r.status_code)
                body = b"" if r.status_code == 304 else self._read_capped(url, r)
                return Response(
                    url=url,
                    final_url=url,
                    status=r.status_code,
                    content=body,
                    content_type=r.headers.get("content-type", ""),
                    etag=r.headers.get("etag"),
                    last_modified=r.headers.get("last-modified"),
                )
        except httpx.TimeoutException as exc:
            raise Timeout(url, f"timeout ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise NetworkError(url, f"network error ({type(exc).__name__}: {exc})") from exc

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise TooLarge(url, f"body of {int(declared)} bytes exceeds the {cap}-byte cap")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise TooLarge(url, f"body exceeds the {cap}-byte cap")
            chunks.append(chunk)
        return b"".join(chunks)
