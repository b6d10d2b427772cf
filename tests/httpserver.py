"""A real HTTP server on 127.0.0.1 for tests: serves a folder, counts requests, and misbehaves on purpose.

Static files get ``ETag``/``Last-Modified`` and answer conditional requests with 304. Paths under
``/_/`` are routes that misbehave the way real news sites do (see :data:`ROUTES`).

Host rewriting lets a corpus written for made-up ``*.test`` hosts be served as is: a request for
``/<host>/<path>`` reads ``<root>/<host_dirs[host]>/<path>`` (default ``pages/<host>/<path>``), and
every ``http://<something>.test`` link inside a served text file is rewritten to
``http://127.0.0.1:PORT/<something>.test``, so feeds point back at this server.

    with LocalServer(tmp_path) as server:
        fetcher.get(server.url("/_/flaky/a"))
        assert server.count("/_/flaky/a") == 2
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import re
import threading
import time
import zlib
from collections import Counter
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: Size of the streamed body of /_/huge.
HUGE_BYTES = 50 * 1024 * 1024
CHUNK = 64 * 1024
#: What the few KB of /_/gzip-bomb (gzip inside gzip) expand to.
BOMB_BYTES = 512 * 1024 * 1024
#: Seconds between the bytes of the /_/trickle routes.
TRICKLE_S = 0.05
TEXT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".opml": "text/x-opml",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".jsonl": "application/jsonl",
}
_TEST_HOST_LINK = re.compile(rb"https?://([a-z0-9.-]+\.test)(?=[/\"'<\s:]|$)", re.I)

ARTICLE_TEXT = (
    "本报讯 一家位于深圳的机器人公司周二宣布完成新一轮融资，投资方包括多家产业基金。"
    "公司表示，这笔资金将用于扩大研发团队，并在华东地区建设新的生产线。"
    "公司创始人在发布会上说，今年的订单比去年增长了一倍，海外市场的需求尤其旺盛。"
    "业内人士认为，服务机器人行业正在从试点走向规模化应用，竞争也会更加激烈。"
)

#: The text of the pages served in legacy encodings (different from ARTICLE_TEXT, so never a duplicate).
GBK_TEXT = (
    "一家芯片设计公司昨天发布了新款人工智能推理芯片，功耗比上一代降低了三成。"
    "公司副总裁介绍说，新芯片已经在两家云计算厂商完成测试，明年一季度开始量产。"
    "研究机构预计，国内推理芯片市场规模将在三年内翻一番。"
)


def article_html(title: str, body: str = ARTICLE_TEXT, *, charset: str | None = "utf-8") -> str:
    """A small but realistic article page: navigation, the article, a footer."""
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{s}。</p>" for s in body.split("。") if s)
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
        '<nav><a href="/">首页</a> <a href="/tech">科技</a> <a href="/finance">财经</a></nav>'
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>版权所有 联系我们</footer></body></html>"
    )


EMPTY_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>频道</title></head><body>"
    "<nav><a href='/'>首页</a> <a href='/a'>科技</a></nav><div id='app'></div>"
    "<footer>版权所有</footer></body></html>"
)

TRUNCATED_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>截断的频道</title>'
    "<item><title>第一条完整的新闻</title><link>http://example.org/a1</link>"
    "<description>完整条目的摘要。</description></item>"
    "<item><title>第二条新闻</title><link>http://example.org/a2</link><descri"
)


@functools.cache
def gzip_bomb() -> bytes:
    """BOMB_BYTES of zeros, gzipped twice: about 6 KB."""
    inner = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(CHUNK * 16)
    layer = b"".join(inner.compress(block) for _ in range(BOMB_BYTES // len(block))) + inner.flush()
    return gzip.compress(layer, 9)


class LocalServer:
    """A threaded HTTP server on an ephemeral loopback port; use as a context manager."""

    def __init__(self, root: Path | None = None, *, host_dirs: dict[str, str] | None = None) -> None:
        self.root = root
        self.host_dirs = host_dirs or {}
        self.counts: Counter[str] = Counter()
        self.headers: dict[str, dict[str, str]] = {}
        self.bytes_sent: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def netloc(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"http://{self.netloc}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def count(self, path: str) -> int:
        """Requests seen for ``path`` (query strings ignored), 304s included."""
        with self._lock:
            return self.counts[path]

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _record(self, path: str, headers: dict[str, str]) -> int:
        with self._lock:
            self.counts[path] += 1
            self.headers[path] = headers
            return self.counts[path]


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        owner = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    owner: LocalServer
    server_version = "newsgraph-test"

    def log_message(self, format: str, *args: Any) -> None:  # the base class names it "format"
        """Silence the per-request log on stderr."""

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        nth = self.owner._record(path, {k.lower(): v for k, v in self.headers.items()})
        try:
            if path.startswith("/_/"):
                self._route(path, nth)
            else:
                self._static(path)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: that is what the size cap is for

    # -- routes ----------------------------------------------------------------------------

    def _route(self, path: str, nth: int) -> None:
        name = path.split("/")[2]
        if name == "slow":
            self._slow()
        elif name == "flaky":
            self._flaky(nth)
        elif name == "error":
            self._send(500, b"server error", "text/plain")
        elif name == "loop":
            self._redirect("/_/loop2/" if path.startswith("/_/loop/") else "/_/loop/")
        elif name == "loop2":
            self._redirect("/_/loop/")
        elif name == "redirect":
            self._redirect(path.removeprefix("/_/redirect"))
        elif name == "to-private":
            self._redirect(f"http://127.0.0.2:{self.owner.port}/secret")
        elif name == "huge":
            self._huge(path)
        elif name == "wrong-charset":
            self._send(
                200,
                article_html("错误编码", GBK_TEXT, charset=None).encode("gbk"),
                "text/html; charset=utf-8",
            )
        elif name == "gbk-no-header":
            self._send(200, article_html("国标编码", GBK_TEXT, charset=None).encode("gbk"), "text/html")
        elif name == "truncated-feed":
            self._send(200, TRUNCATED_FEED.encode("utf-8"), "application/rss+xml")
        elif name == "empty":
            self._send(200, EMPTY_PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif name == "article":
            self._send(200, article_html(path.rsplit("/", 1)[-1]).encode("utf-8"), "text/html; charset=utf-8")
        elif name == "gzipped":
            body = gzip.compress(gzip.compress(article_html("压缩的页面").encode("utf-8")))
            self._send(200, body, "text/html; charset=utf-8", {"Content-Encoding": "gzip, gzip"})
        elif name == "gzip-bomb":
            self._send(200, gzip_bomb(), "text/html; charset=utf-8", {"Content-Encoding": "gzip, gzip"})
        elif name == "brotli":
            self._send(200, b"\x1b\x00\x00", "text/html", {"Content-Encoding": "br"})
        elif name == "bad-location":
            self.send_response(302)
            self.send_header("Location", "http:\\\\host/")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif name == "trickle":
            self._trickle(headers_too=False)
        elif name == "trickle-headers":
            self._trickle(headers_too=True)
        else:
            self._send(404, b"no such route", "text/plain")

    def _slow(self) -> None:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not self.owner._stopping.is_set():
            time.sleep(0.05)
        self._send(200, article_html("迟到的页面").encode("utf-8"), "text/html; charset=utf-8")

    def _flaky(self, nth: int) -> None:
        if nth == 1:
            self._send(500, b"try again", "text/plain")
        else:
            self._send(200, article_html("第二次成功").encode("utf-8"), "text/html; charset=utf-8")

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _trickle(self, *, headers_too: bool) -> None:
        """One byte every TRICKLE_S seconds, of the body or already of the headers, until the client goes."""
        if headers_too:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Padding: ")
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")  # an ordinary page, at a byte per TRICKLE_S
            self.end_headers()
        while not self.owner._stopping.is_set():
            self.wfile.write(b"a")
            self.wfile.flush()
            time.sleep(TRICKLE_S)

    def _huge(self, path: str) -> None:
        """50 MB of page, streamed without Content-Length, stopping when the client hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        chunk = b"<p>" + b"x" * (CHUNK - 7) + b"</p>\n"
        sent = 0
        while sent < HUGE_BYTES and not self.owner._stopping.is_set():
            self.wfile.write(chunk)
            sent += len(chunk)
            self.owner.bytes_sent[path] = sent

    # -- static files ----------------------------------------------------------------------

    def _file_for(self, path: str) -> Path | None:
        root = self.owner.root
        if root is None:
            return None
        parts = [p for p in path.split("/") if p]
        if parts and parts[0].endswith(".test"):
            host = parts[0]
            parts = [*self.owner.host_dirs.get(host, f"pages/{host}").split("/"), *parts[1:]]
        candidate = root.joinpath(*parts).resolve() if parts else root.resolve()
        if candidate.is_dir():
            candidate = candidate / "index.html"
        inside = candidate.is_relative_to(root.resolve())
        return candidate if inside and candidate.is_file() else None

    def _static(self, path: str) -> None:
        file = self._file_for(path)
        if file is None:
            self._send(404, b"not found", "text/plain")
            return
        body = file.read_bytes()
        content_type = TEXT_TYPES.get(file.suffix.lower(), "application/octet-stream")
        if file.suffix.lower() in TEXT_TYPES:
            body = _TEST_HOST_LINK.sub(self.owner.base_url.encode() + rb"/\1", body)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        mtime = int(file.stat().st_mtime)
        if self._not_modified(etag, mtime):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(200, body, content_type, {"ETag": etag, "Last-Modified": formatdate(mtime, usegmt=True)})

    def _not_modified(self, etag: str, mtime: int) -> bool:
        if "If-None-Match" in self.headers:
            return etag in [t.strip() for t in self.headers["If-None-Match"].split(",")]
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            return mtime <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status, HTTPStatus(status).phrase)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
