"""A type added from another folder goes all the way: extracted, written to the graph, shown in the digest.

The toy type ``product_launch`` (``toy_types/product_launch.yaml``) is one data
file that reuses a built-in frame builder. The commands run as subprocesses with
``NEWSGRAPH_EVENT_TYPES`` naming its folder, against a real embedded graph in a
home of their own (types are read once per process, so this process keeps the
built-in ones).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsgraph.graph import server
from newsgraph.graph.connection import embedded_graph
from newsgraph.ingest.event_types import ENV_VAR

TOY_TYPES = Path(__file__).with_name("toy_types")
ARTICLE = {
    "id": "launch-1",
    "url": "http://news.example.test/launch-1.html",
    "title": "澄星科技发布新品",
    "published": "2021-03-10T09:00:00+08:00",
    "text": "澄星科技于3月9日发布新品。",
}
NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("toy-home")
    yield folder
    server.stop(folder)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("toy-input") / "launch.jsonl"
    path.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def newsgraph(home: Path, *args: str) -> str:
    env = {**os.environ, "NEWSGRAPH_HOME": str(home), ENV_VAR: str(TOY_TYPES)}
    done = subprocess.run([NEWSGRAPH, *args], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def ingested(home: Path, article: Path) -> Path:
    newsgraph(home, "ingest", str(article))
    return home


def test_extract_reads_the_added_type(home: Path, article: Path) -> None:
    records = [json.loads(line) for line in newsgraph(home, "extract", str(article)).splitlines()]
    events = [r for r in records if r["record"] == "event"]
    assert [(e["type"], e["trigger"], e["org"]) for e in events] == [
        ("product_launch", "发布新品", "澄星科技")
    ]


def test_the_graph_has_its_label_and_edges(ingested: Path) -> None:
    with embedded_graph(ingested) as graph:  # ingest stopped the server it started
        rows = graph.read(
            "MATCH (e:ProductLaunch)-[i:INVOLVES]->(c:Company) MATCH (e)-[:REPORTED_IN]->(a:Article) "
            "RETURN e.type AS type, i.role AS role, c.name AS company, a.title AS title, e.date AS date"
        )
    assert [(r["type"], r["role"], r["company"], r["title"], str(r["date"])) for r in rows] == [
        ("product_launch", "org", "澄星科技", "澄星科技发布新品", "2021-03-09")
    ]


def test_the_digest_shows_its_section_and_headline(ingested: Path) -> None:
    data = json.loads(newsgraph(ingested, "digest", "--week", "2021-W10", "--format", "json"))
    section = next(s for s in data["sections"] if s["key"] == "products")
    assert [e["headline"] for e in section["events"]] == [
        {"zh": "澄星科技 发布新品", "en": "澄星科技 launched a product"}
    ]
    assert {c["type"]: c["count"] for c in data["counts"]}["product_launch"] == 1
    markdown = newsgraph(ingested, "digest", "--week", "2021-W10", "--format", "md")
    assert "## 新产品" in markdown and "### 澄星科技 发布新品" in markdown
    assert "| 产品发布 | 1 | 0 | +1 |" in markdown
