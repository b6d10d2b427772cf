"""``run_extract``: files in, JSON records or tables out, bad input reported and skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsgraph.cli.extract import run_extract


def records(out: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_with_a_bad_line_reports_it_and_extracts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    good = {"id": "a", "text": "商汤CEO徐立表示，公司将继续投入。", "published": "2024-03-01"}
    source.write_text(
        json.dumps(good, ensure_ascii=False) + "\nnot json\n" + '{"id": "b"}\n', encoding="utf-8"
    )
    out = io.StringIO()
    assert run_extract([str(source)], "auto", None, "jsonl", out) == 1
    errors = capsys.readouterr().err
    assert f"{source}:2" in errors and f"{source}:3" in errors
    found = records(out)
    assert {r["doc"] for r in found} == {"a"}
    role = next(r for r in found if r["record"] == "role")
    assert (role["person"], role["org"], role["title"]) == ("徐立", "商汤科技", "CEO")


def test_a_text_file_is_one_document_with_offsets_into_it(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    text = "原依圖科技CTO顏水成已離職。"
    source.write_text(text, encoding="utf-8")
    out = io.StringIO()
    assert run_extract([str(source)], "auto", None, "jsonl", out) == 0
    mentions = [r for r in records(out) if r["record"] == "mention"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert {m["entity"] for m in mentions if m["text"] == "依圖科技"} == {"yitu"}


def test_a_missing_file_is_an_error_but_not_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "ok.txt"
    source.write_text("澄星科技发布新芯片。", encoding="utf-8")
    out = io.StringIO()
    assert run_extract([str(tmp_path / "missing.txt"), str(source)], "text", None, "jsonl", out) == 1
    assert "missing.txt" in capsys.readouterr().err
    assert any(r["text"] == "澄星科技" for r in records(out))


def test_the_table_shows_entities_and_roles(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text("商汤CEO徐立表示，公司将继续投入。", encoding="utf-8")
    out = io.StringIO()
    run_extract([str(source)], "auto", None, "table", out)
    assert "商汤科技" in out.getvalue() and "CEO" in out.getvalue()


def test_event_participants_are_canonical_names_not_ids(tmp_path: Path) -> None:
    """The contract names entities by their canonical names everywhere, the listing board included."""
    path = tmp_path / "a.txt"
    path.write_text("依圖科技撤回了科創板招股書。", encoding="utf-8")
    out = io.StringIO()
    run_extract([str(path)], "text", None, "jsonl", out)
    events = [r for r in map(json.loads, out.getvalue().splitlines()) if r["record"] == "event"]
    assert events and events[0]["board"] == "科创板"
    assert events[0]["org"] == "依图科技"
