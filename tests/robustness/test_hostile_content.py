"""Hostile article content is data: stored verbatim, never executed by the graph, shown escaped.

An article whose title and text carry HTML/JS, Markdown injection and Cypher-looking strings goes
through the real pipeline into the graph; the graph changes by that article only, and the app's
entity and evidence views and the digest's HTML and Markdown show the text without ever letting
it become markup.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import streamlit as st
from markdown_it import MarkdownIt
from newsgraph.graph.connection import Graph
from newsgraph.ingest.collect.collector import collect
from newsgraph.ingest.collect.fetch import Fetcher
from newsgraph.ingest.collect.sources import Inputs
from newsgraph.ingest.collect.state import State
from streamlit.testing.v1 import AppTest

from newsgraph.cli.digest import run_digest
from newsgraph.pipeline import IngestOptions, run_ingest
from tests.conftest import ROOT
from tests.robustness.support import Snapshot, snapshot

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
MD_LINK = "[x](javascript:alert(1))"
MD_IMAGE = "![](http://evil/)"
CYPHER = "'}) MATCH (n) DETACH DELETE n //"
HOSTILE_TITLE = f"{IMG}{MD_LINK}{CYPHER}"
HOSTILE_TEXT = (
    f"据悉，依图科技首席技术官颜水成{SCRIPT}已于3月8日离职，加盟雪湖科技{MD_IMAGE}。\n"
    f"公司回应称{MD_LINK}，相关业务不受影响{CYPHER}。"
)
BENIGN_TEXT = "据悉，商汤科技首席执行官徐立表示，公司将继续加大研发投入，今年计划在上海新建研发中心。"
#: The graph, and its snapshots before and after the hostile article.
Hostile = tuple[Graph, Snapshot, Snapshot]


def jsonl(folder: Path, name: str, record: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def hostile_graph(graph: Graph, tmp_path: Path) -> Iterator[Hostile]:
    """The scratch graph with a benign article, then the hostile one; snapshots before and after."""
    options = IngestOptions(home=tmp_path / "home")
    benign = {
        "url": "http://benign.example/1",
        "title": "商汤扩建研发中心",
        "text": BENIGN_TEXT,
        "published": "2021-03-08",
    }
    run_ingest([str(jsonl(tmp_path / "benign", "a.jsonl", benign))], graph, options)
    before = snapshot(graph)
    hostile = {
        "url": "http://hostile.example/a",
        "title": HOSTILE_TITLE,
        "text": HOSTILE_TEXT,
        "published": "2021-03-09",
    }
    summary = run_ingest([str(jsonl(tmp_path / "hostile", "h.jsonl", hostile))], graph, options)
    assert summary.written == 1 and summary.failed == 0
    yield graph, before, snapshot(graph)
    st.cache_resource.clear()  # the app's cached connection, before the server stops


def test_hostile_text_is_stored_verbatim_and_changes_nothing_else(hostile_graph: Hostile) -> None:
    graph, before, after = hostile_graph
    [article] = graph.read(
        "MATCH (a:Article {url: 'http://hostile.example/a'}) RETURN a.title AS title, a.text AS text"
    )
    assert article == {"title": HOSTILE_TITLE, "text": HOSTILE_TEXT}
    assert before.ids <= after.ids, "a node of the graph disappeared"
    assert dict(after.node_counts)["Article"] == dict(before.node_counts)["Article"] + 1
    [report] = graph.read("MATCH (:Departure)-[r:REPORTED_IN]->(:Article) RETURN r.sentence AS sentence")
    assert SCRIPT in report["sentence"], (
        "the hostile sentence must be the evidence (else the test proves nothing)"
    )


def test_the_digest_html_and_markdown_show_it_escaped(hostile_graph: Hostile, tmp_path: Path) -> None:
    graph, _, _ = hostile_graph
    pages = {}
    for fmt in ("html", "md"):
        out = tmp_path / f"digest.{fmt}"
        assert run_digest(graph, week="2021-W10", since=None, until=None, fmt=fmt, out=out) == 0
        pages[fmt] = out.read_text(encoding="utf-8")
    markdown_as_html = MarkdownIt("commonmark").render(pages["md"])  # raw HTML allowed, as in most readers
    for name, page in (("html", pages["html"]), ("md rendered", markdown_as_html)):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, f"{name}: the evidence is missing"
        assert injected_markup(page) == [], name
    assert "<script" not in pages["md"] and "<img" not in pages["md"]


def test_the_entity_and_evidence_views_show_it_escaped(hostile_graph: Hostile, graph_home: Path) -> None:
    graph, _, _ = hostile_graph
    [person] = graph.read("MATCH (p:Person)<-[:INVOLVES]-(:Departure) RETURN p.id AS id")
    app = entity_page(graph_home, person["id"])
    html_bodies = [e.proto.body for e in elements(app) if e.type == "html"]
    allowed_markdown = [e.value for e in elements(app) if e.type == "markdown" and e.proto.allow_html]
    assert any("&lt;script&gt;" in body for body in html_bodies), "the evidence view did not render"
    for body in [*html_bodies, *allowed_markdown]:
        assert injected_markup(body) == []


def entity_page(home: Path, entity_id: str) -> AppTest:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSGRAPH_HOME", str(home))
        app = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=120)
        app.switch_page("views/entity.py")
        app.query_params["entity"] = entity_id
        app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def elements(app: AppTest) -> list:
    """Every element of the page, inside tabs and expanders too."""
    found: list = []

    def visit(node: object) -> None:
        for child in getattr(node, "children", {}).values():
            found.append(child)
            visit(child)

    visit(app.main)
    return found


class _Markup(HTMLParser):
    """Collects the tags and attributes an article could only have injected."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "img", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            target = (value or "").strip().lower()
            if name.startswith("on") or target.startswith(("javascript:", "data:")) or "evil" in target:
                self.found.append(f"<{tag} {name}={value!r}>")


def injected_markup(page: str) -> list[str]:
    """Tags and attributes the hostile article would have added if it had not been escaped."""
    parser = _Markup()
    parser.feed(page)
    return parser.found


def test_the_markup_check_sees_markup() -> None:
    page = f"<p>{SCRIPT}{IMG}<a href='javascript:alert(1)'>x</a></p>"
    assert injected_markup(page) == [
        "<script>",
        "<img>",
        "<img onerror='alert(1)'>",
        "<a href='javascript:alert(1)'>",
    ]


def test_a_feed_entry_linking_to_javascript_never_becomes_an_article_url(tmp_path: Path) -> None:
    feed = tmp_path / "hostile.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>x</title><link>javascript:alert(1)</link><guid>g1</guid>"
        f"<description><![CDATA[<p>{HOSTILE_TEXT * 3}</p>]]></description></item></channel></rss>",
        encoding="utf-8",
    )
    with State(tmp_path / "state.sqlite") as state, Fetcher() as fetcher:
        run = collect(Inputs([str(feed)]), state, fetcher)
        [result] = list(run)
    assert result.article is not None
    assert not result.article.url.startswith("javascript:")
    assert result.article.text.startswith("据悉")
    assert any("javascript: URL, ignored" in warning for warning in run.stats.warnings)
