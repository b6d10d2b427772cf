"""`newsgraph export` and the entity page's download: files Gephi, Cytoscape and spreadsheets open,
read back here with networkx (and csv/json) to check every node and relationship kept its evidence."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from newsgraph.graph.connection import Graph
from streamlit.testing.v1 import AppTest

from newsgraph.cli.export import run_export
from tests.ui.sample_graph import ENTITIES, Story, sample_event, write_stories

OpenPage = Callable[..., AppTest]
DEPARTURE = "依图科技CTO颜水成已离职，加盟雪湖科技。"


def edges_of(exported: nx.MultiDiGraph, kind: str = "type") -> dict[tuple[str, str, str], dict]:
    return {(s, t, d[kind]): d for s, t, d in exported.edges(data=True)}


def test_the_command_writes_an_entity_network_graphml_reads_back_with_evidence(
    sample_graph: Graph, sample_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "yitu.graphml"
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "export", "--format", "graphml", "--entity", "yitu",
         "--out", str(out), "--data-dir", str(sample_home)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"wrote 5 entities and 8 relationships to {out}" in done.stderr
    read = nx.read_graphml(out)
    assert set(read.nodes) == {"yitu", "sse", "huawei", "megvii", "person-yan"}
    assert read.nodes["yitu"]["name"] == "依图科技" and read.nodes["yitu"]["label"] == "Company"
    assert "依圖" in read.nodes["yitu"]["aliases"]
    left = edges_of(read)[("person-yan", "yitu", "LEFT")]
    assert left["sentence"] == DEPARTURE
    assert (left["url"], left["article_source"]) == ("http://news.example.test/1.html", "示例新闻")
    assert left["published"].startswith("2021-03-11") and left["date"] == "2021-03-11"
    assert left["role"] == "CTO" and left["reports"] == 1
    listing_stages = {d["status"] for _, _, d in read.edges(data=True) if d["type"] == "LISTING"}
    assert listing_stages >= {"withdrawn", "inquiry"}


def test_gexf_names_nodes_for_gephi_and_keeps_the_relationship(sample_graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "g.gexf"
    assert run_export(sample_graph, fmt="gexf", out=out, entity="yitu", hops=2) == 0
    read = nx.read_gexf(out)
    assert read.nodes["yitu"]["label"] == "依图科技" and read.nodes["yitu"]["kind"] == "Company"
    assert "cloudwalk" in read.nodes, "two hops reach 华为's partner"
    assert ("person-yan", "yitu", "LEFT") in edges_of(read, "relationship")


def test_csv_writes_edges_and_nodes_tables_and_jsonl_one_object_a_line(
    sample_graph: Graph, tmp_path: Path
) -> None:
    assert run_export(sample_graph, fmt="csv", out=tmp_path / "all.csv") == 0
    edges = list(csv.DictReader((tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()))
    nodes = list(csv.DictReader((tmp_path / "all.nodes.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {row["id"] for row in nodes} >= {"yitu", "sensetime", "cloudwalk", "hkex", "person-zhu"}
    left = next(row for row in edges if row["type"] == "LEFT" and row["source"] == "person-yan")
    assert (left["source_name"], left["target_name"], left["sentence"]) == ("颜水成", "依图科技", DEPARTURE)
    assert not any(value == "None" for row in edges for value in row.values())

    assert run_export(sample_graph, fmt="jsonl", out=tmp_path / "all.jsonl") == 0
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {line["kind"] for line in lines} == {"node", "edge"}
    jsonl_edges = [line for line in lines if line["kind"] == "edge"]
    assert len(jsonl_edges) == len(edges)
    assert {"source": "person-yan", "target": "yitu"}.items() <= next(
        line for line in jsonl_edges if line["properties"]["type"] == "LEFT"
    ).items()


def test_a_date_window_keeps_only_relationships_dated_inside_it(sample_graph: Graph, tmp_path: Path) -> None:
    out = tmp_path / "dec.graphml"
    code = run_export(sample_graph, fmt="graphml", out=out, since=date(2021, 12, 1), until=date(2021, 12, 31))
    assert code == 0
    dates = [d["date"] for _, _, d in nx.read_graphml(out).edges(data=True) if "date" in d]
    assert dates and all("2021-12-01" <= day <= "2021-12-31" for day in dates)


def test_low_confidence_facts_are_exported_only_when_asked(graph: Graph, tmp_path: Path) -> None:
    write_stories(graph, [low_confidence_partnership()])
    out = tmp_path / "x.graphml"
    assert run_export(graph, fmt="graphml", out=out) == 0
    assert nx.read_graphml(out).number_of_edges() == 0
    assert run_export(graph, fmt="graphml", out=out, low_confidence=True) == 0
    assert [d["type"] for _, _, d in nx.read_graphml(out).edges(data=True)] == ["PARTNERS_WITH"]


def low_confidence_partnership() -> Story:
    """A rumour read with a confidence of 0.3: hidden from readers unless they ask."""
    text = "传闻商汤科技与云从科技洽谈合作。"
    event = sample_event(
        "partnership", text, date(2021, 5, 6), trigger="合作", modality="rumored", confidence=0.3,
        orgs=["sensetime", "cloudwalk"],
    )  # fmt: skip
    return Story(40, date(2021, 5, 6), "传闻合作", text, ["sensetime", "cloudwalk"], [event])


@pytest.mark.parametrize(
    ("typed", "expected"), [("依圖", "yitu (依图科技)"), ("nobody", "no entity with id")]
)
def test_an_unknown_entity_exits_2_and_names_entities_by_that_name(
    sample_graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str, expected: str
) -> None:
    assert run_export(sample_graph, fmt="gexf", out=tmp_path / "x.gexf", entity=typed) == 2
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "x.gexf").exists()


def test_the_entity_page_offers_the_same_file_for_download(sample_home: Path, open_page: OpenPage) -> None:
    app = open_page(sample_home, "views/entity.py", entity="yitu")
    assert not app.exception
    app.selectbox(key="export-format").select("gexf").run()
    [button] = [b for b in app.get("download_button") if "network" in b.proto.label]
    assert (
        button.proto.label == "Download this network · GEXF (Gephi) (5 nodes, 8 relationships, with evidence)"
    )
    assert ENTITIES["yitu"].name in app.title[0].value
