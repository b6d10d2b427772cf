"""The HTTP client of the ingest stage: safe, bounded, polite and conditional.

Every fetch of a feed or a page goes through :class:`Fetcher`, so these rules hold everywhere:

* only ``http``/``https``; every hop (redirects are followed by hand, at most ``max_redirects``)
  is resolved and refused when it points at a private, loopback, link-local, multicast or
  reserved address, an IPv6 address that embeds such an IPv4 address (IPv4-mapped, -compatible,
  -translated, NAT64, 6to4, Teredo) or 192.0.0.0/24, unless ``allow_private`` is set (the
  ``--allow-private`` option, for local testing) or the host is listed in ``allowed_hosts``. The
  check runs before each connection; a DNS answer that changes between the check and the
  connection (rebinding) is not covered.
* bounded in every dimension: the body is streamed and reading stops at ``max_bytes``, counted
  after *each* layer of content encoding is undone (a 3 KB double-gzip bomb costs at most the cap);
  one fetch, redirects, retries and every read included, ends at ``total_timeout`` however slowly
  the server trickles its bytes.
* 5xx answers and timeouts are retried a bounded number of times with exponential backoff.
* ``ETag``/``Last-Modified`` validators are sent when given, so an unchanged URL costs one 304.

Errors form a small hierarchy rooted at :class:`FetchError`, each carrying the URL: a malformed
URL, redirect or header is a failure of that one item, never an internal error.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from importlib import metadata
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

log = logging.getLogger(__name__)

ALLOWED_SCHEMES = ("http", "https")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
#: Content encodings undone here, with zlib's window bits; anything else is refused, not guessed.
ENCODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
MAX_ENCODINGS = 2  # layers of content encoding; more is never legitimate
INFLATE_BLOCK = 64 * 1024  # bytes one decompression step may produce
#: IPv4 space some Python versions call global although it is not the public internet.
NOT_PUBLIC_V4 = (ipaddress.IPv4Network("192.0.0.0/24"),)  # IETF protocol assignments (DS-Lite, NAT64...)
#: IPv6 prefixes whose last 32 bits are an IPv4 address: IPv4-compatible, IPv4-translated, NAT64.
IPV4_IN_LAST_32_BITS = tuple(ipaddress.IPv6Network(n) for n in ("::/96", "::ffff:0:0:0/96", "64:ff9b::/96"))
NOT_PUBLIC_V6 = (ipaddress.IPv6Network("64:ff9b:1::/48"),)  # local-use NAT64


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
    """Connecting or reading took longer than its timeout (after retries), or the whole fetch longer
    than ``total_timeout``."""


class TooManyRedirects(FetchError):
    """More redirect hops than ``max_redirects``, e.g. a loop."""


class NetworkError(FetchError):
    """The connection failed (refused, reset, DNS failure)."""


class BadResponse(FetchError):
    """The answer cannot be used: a malformed redirect, an unknown or corrupt content encoding."""


@dataclass(frozen=True)
class FetchSettings:
    """Knobs of the client; the defaults suit news sites, tests shrink the delays and the cap."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    retries: int = 2
    backoff: float = 0.5
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False
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
    """Whether ``address`` is on the public internet; an IPv6 one that embeds IPv4 is judged by that."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv4Address):
        return ip.is_global and not ip.is_multicast and not any(ip in net for net in NOT_PUBLIC_V4)
    embedded = _embedded_ipv4(ip)
    if embedded:
        return all(_is_public(str(v4)) for v4 in embedded)
    return ip.is_global and not ip.is_multicast and not any(ip in net for net in NOT_PUBLIC_V6)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, ...]:
    """The IPv4 addresses an IPv6 address carries (and reaches through a gateway), if any."""
    if ip.ipv4_mapped:
        return (ip.ipv4_mapped,)
    if ip.sixtofour:
        return (ip.sixtofour,)
    if ip.teredo:
        return ip.teredo  # the Teredo server and the client behind it
    if any(ip in net for net in IPV4_IN_LAST_32_BITS):
        return (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF),)
    return ()


def check_url(url: str, *, allow_private: bool = False, allowed_hosts: frozenset[str] = frozenset()) -> None:
    """Raise :class:`UnsafeURL` unless ``url`` is http(s) and every address its host resolves to is public.

    ``allowed_hosts`` holds ``host`` or ``host:port`` strings trusted regardless of their address
    (a local test server), so a test can still see a redirect to another private address refused.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:  # "http://[::1", "http://h:99999"
        raise UnsafeURL(url, f"malformed URL ({exc})") from exc
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURL(url, f"scheme {parts.scheme or '(none)'!r} not allowed")
    if not host:
        raise UnsafeURL(url, "no host")
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
        self._watchdog = _Watchdog()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """Fetch ``url`` following redirects by hand; 304 comes back as a Response, errors raise."""
        headers = {"Accept-Encoding": ", ".join(ENCODINGS)}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.settings.total_timeout
        current, redirects = url, []
        with self._watchdog.until(deadline):
            for _ in range(self.settings.max_redirects + 1):
                check_url(
                    current,
                    allow_private=self.settings.allow_private,
                    allowed_hosts=self.settings.allowed_hosts,
                )
                response = self._get_with_retries(current, headers, deadline)
                if isinstance(response, str):
                    redirects.append(current)
                    current = response
                    continue
                response.url, response.redirects = url, redirects
                return response
        raise TooManyRedirects(url, f"more than {self.settings.max_redirects} redirects")

    def _get_with_retries(self, url: str, headers: dict[str, str], deadline: float) -> Response | str:
        """One hop: a Response, or the absolute URL a redirect points to."""
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers, deadline)
            except (Timeout, HTTPStatusError) as exc:
                retryable = isinstance(exc, Timeout) or exc.status >= 500
                delay = self.settings.backoff * (2**attempt)
                if not retryable or attempt >= self.settings.retries or time.monotonic() + delay >= deadline:
                    raise
                log.info("retrying %s in %.2fs after %s", url, delay, exc.reason)
                time.sleep(delay)
                attempt += 1

    def _get_once(self, url: str, headers: dict[str, str], deadline: float) -> Response | str:
        try:
            timeout = self._timeout(url, deadline)
            trace = {"trace": self._watchdog.trace}
            with self._client.stream("GET", url, headers=headers, timeout=timeout, extensions=trace) as r:
                if r.status_code in REDIRECT_STATUSES:
                    return _redirect_target(url, r)
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
            if time.monotonic() >= deadline:  # the watchdog cut the connection
                raise self._overdue(url) from exc
            raise NetworkError(url, f"network error ({type(exc).__name__}: {exc})") from exc
        except (httpx.InvalidURL, ValueError, UnicodeError) as exc:  # e.g. a redirect to "http:\\host/"
            raise BadResponse(url, f"malformed URL or header ({type(exc).__name__}: {exc})") from exc

    def _timeout(self, url: str, deadline: float) -> httpx.Timeout:
        """The per-operation timeouts, none past what is left of the whole fetch."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise self._overdue(url)
        s = self.settings
        return httpx.Timeout(min(s.read_timeout, left), connect=min(s.connect_timeout, left), pool=left)

    def _overdue(self, url: str) -> Timeout:
        return Timeout(url, f"the whole fetch took longer than {self.settings.total_timeout:g} s")

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        """The body with every content encoding undone, never more than ``max_bytes`` at any layer."""
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise TooLarge(url, f"body of {int(declared)} bytes exceeds the {cap}-byte cap")
        encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",")]
        encodings = [e for e in encodings if e and e != "identity"]
        unknown = [e for e in encodings if e not in ENCODINGS]
        if unknown or len(encodings) > MAX_ENCODINGS:
            raise BadResponse(url, f"unsupported content encoding {', '.join(encodings)!r}")
        chunks = _capped(url, response.iter_raw(), cap)
        for encoding in reversed(encodings):  # the last one applied is undone first
            chunks = _capped(url, _inflate(url, chunks, ENCODINGS[encoding]), cap)
        return b"".join(chunks)


class _Watchdog:
    """Cuts the client's connections at a fetch's deadline.

    httpx's timeouts bound each read, not their sum: a server trickling its headers or its body a
    byte a second would hold one fetch for hours. Shutting the sockets down wakes the blocked read.
    """

    def __init__(self) -> None:
        self._sockets: list[socket.socket] = []

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: note each socket the client opens (TLS wraps the TCP one)."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            opened = info["return_value"].get_extra_info("socket")
            self._sockets = [s for s in self._sockets if s.fileno() != -1] + [opened]

    @contextmanager
    def until(self, deadline: float) -> Iterator[None]:
        timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._cut)
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def _cut(self) -> None:
        for opened in self._sockets:  # idle pooled connections too: the pool reconnects when needed
            with suppress(OSError):
                opened.shutdown(socket.SHUT_RDWR)


def _redirect_target(url: str, response: httpx.Response) -> str:
    """The absolute URL a redirect points to (httpx has refused a malformed ``Location`` already)."""
    location = response.headers.get("location")
    if not location:
        raise HTTPStatusError(url, response.status_code)
    return urljoin(url, location)


def _capped(url: str, chunks: Iterator[bytes], cap: int) -> Iterator[bytes]:
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > cap:
            raise TooLarge(url, f"body exceeds the {cap}-byte cap")
        yield chunk


def _inflate(url: str, chunks: Iterator[bytes], wbits: int) -> Iterator[bytes]:
    """One layer of gzip or deflate undone in steps of at most :data:`INFLATE_BLOCK` bytes of output.

    Bounded steps are the point: a whole-chunk decompression (what HTTP clients do) turns 3 KB of
    nested gzip into gigabytes before any cap can look at it.
    """
    inflater = zlib.decompressobj(wbits)
    try:
        for chunk in chunks:
            data = chunk
            while not inflater.eof:
                out = inflater.decompress(data, INFLATE_BLOCK)
                data = inflater.unconsumed_tail
                if out:
                    yield out
                if not data and len(out) < INFLATE_BLOCK:  # input used up and nothing more inside zlib
                    break
    except zlib.error as exc:
        raise BadResponse(url, f"corrupt compressed body ({exc})") from exc
