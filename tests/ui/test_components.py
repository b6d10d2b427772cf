"""Rendering helpers and graph shaping, without a server: escaping, highlighting, capping."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from newsgraph.graph import analytics
from newsgraph.graph.examples import ExamplesError, load_examples
from newsgraph.graph.queries import search_variants
from newsgraph.ui.components import blank_missing, csv_safe, escape_markdown, highlight, safe_link


def test_highlight_escapes_html_and_marks_the_longest_name() -> None:
    marked = highlight("<b>依图科技</b>与依图的合作", ["依图", "依图科技"])
    assert marked == "&lt;b&gt;<mark>依图科技</mark>&lt;/b&gt;与<mark>依图</mark>的合作"


def test_links_only_for_http_urls_and_always_escaped() -> None:
    assert safe_link("javascript:alert(1)", "点我") == "点我"
    link = safe_link('http://example.test/?a="b"', "<i>标题</i>")
    assert 'href="http://example.test/?a=&quot;b&quot;"' in link
    assert "&lt;i&gt;标题&lt;/i&gt;" in link


def test_markdown_escaping_keeps_links_and_emphasis_literal() -> None:
    assert escape_markdown("[点我](http://x) **粗体**") == r"\[点我\]\(http\://x\) \*\*粗体\*\*"


def test_csv_cells_cannot_become_formulas() -> None:
    frame = csv_safe(pd.DataFrame({"name": ["=HYPERLINK(1)", "依图科技"], "who": [["甲", "乙"], []]}))
    assert list(frame["name"]) == ["'=HYPERLINK(1)", "依图科技"]
    assert frame["who"][0] == "甲; 乙"


@pytest.mark.parametrize(("typed", "expected"), [("依圖", "依图"), ("ＹＩＴＵ", "yitu"), ("  Yitu ", "yitu")])
def test_search_tries_the_simplified_lower_case_form(typed: str, expected: str) -> None:
    assert expected in search_variants(typed)


def edge(near: str, far: str, mentions: int = 0) -> dict:
    return {
        "near": near, "far": far, "far_name": far, "far_label": "Company", "far_mentions": mentions,
        "src": near, "dst": far, "type": "PARTNERS_WITH", "event": f"ev-{near}-{far}", "role": None, "date": None,
    }  # fmt: skip


def test_neighbourhood_cap_keeps_the_most_tied_neighbours_and_says_so() -> None:
    center = {"id": "c", "name": "中心", "label": "Company"}
    hop1 = [edge("c", f"n{i}", mentions=i) for i in range(10)] + [edge("c", "n0") | {"event": "ev-2"}]
    sub = analytics.neighbourhood(center, hop1, cap=4)
    assert list(sub.nodes) == ["c", "n0", "n9", "n8"]  # n0 has two relationships, then most mentioned
    assert sub.capped and sub.total == 11
    assert all(e["src"] in sub.nodes and e["dst"] in sub.nodes for e in sub.edges)


def test_parallel_relationships_draw_as_one_line_with_a_count() -> None:
    center = {"id": "c", "name": "中心", "label": "Company"}
    hop1 = [
        edge("c", "x") | {"event": f"ev-{i}", "type": "LISTING", "status": s}
        for i, s in enumerate(["filed", "listed"])
    ]
    bundled = analytics.bundled_edges(analytics.neighbourhood(center, hop1))
    assert [(b["type"], b["count"], b["details"]) for b in bundled] == [("LISTING", 2, "filed, listed")]


def test_a_malformed_examples_file_names_the_example_at_fault(tmp_path: Path) -> None:
    bad = tmp_path / "examples.yaml"
    bad.write_text("examples:\n  - name: x\n    description: y\n", encoding="utf-8")
    with pytest.raises(ExamplesError, match="query"):
        load_examples(bad)


def test_there_are_at_least_twelve_examples() -> None:
    assert len(load_examples()) >= 12


def test_the_examples_document_lists_every_example() -> None:
    document = (Path(__file__).resolve().parents[2] / "graph" / "EXAMPLES.md").read_text(encoding="utf-8")
    for example in load_examples():
        assert f"## {example.name}" in document
        assert example.query.strip() in document


def test_missing_text_shows_blank_whatever_the_column_holds() -> None:
    """pandas keeps None as NaN in a column that also holds text; both kinds of column show blanks."""
    frame = pd.DataFrame([{"role": None, "org": None, "n": 1}, {"role": "CTO", "org": None, "n": 2}])
    shown = blank_missing(frame)
    assert list(shown["role"]) == ["", "CTO"] and list(shown["org"]) == ["", ""]
    assert list(shown["n"]) == [1, 2] and not shown.isna().any().any()
