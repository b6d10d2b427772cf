"""Each benchmark script runs from the command line at a tiny size and writes its JSON result."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def run_bench(script: str, out: Path, *args: str) -> dict:
    """Run ``bench/<script>.py`` as a user would (a file, not a module) and return its JSON result."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / f"{script}.py"), "--out", str(out), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "cores (os.cpu_count)" in done.stdout
    [result] = out.glob("*.json")
    payload = json.loads(result.read_text(encoding="utf-8"))
    assert payload["machine"]["cpu_count"] >= 1
    return payload["figures"]


def test_extraction_compares_full_extraction_with_raw_lac(tmp_path: Path) -> None:
    figures = run_bench("extraction", tmp_path, "--chars", "1500", "--workers", "2")
    assert figures["chars"] == 1500
    assert figures["raw_lac_chars_per_s"] > 0 and figures["full_1_chars_per_cpu_s"] > 0
    assert figures["speedup"] > 0


def test_ingest_writes_every_article_and_samples_both_processes(tmp_path: Path) -> None:
    figures = run_bench("ingest", tmp_path, "--articles", "5")
    assert (figures["written"], figures["failed"]) == (5, 0)
    assert figures["peak_rss_python_mb"] > 0 and figures["peak_rss_server_mb"] > 0


def test_writes_compares_batches_with_single_rows(tmp_path: Path) -> None:
    figures = run_bench("writes", tmp_path, "--rels", "300", "--baseline-rels", "50")
    assert figures["rels"] >= 300 and figures["baseline_rels"] >= 50
    assert figures["rewrite_changed_nothing"] is True


def test_queries_builds_the_graph_once_and_times_every_query(tmp_path: Path) -> None:
    home = tmp_path / "graph"
    args = ("--articles", "200", "--runs", "2", "--home", str(home))
    first = run_bench("queries", tmp_path / "first", *args)
    again = run_bench("queries", tmp_path / "again", *args)
    assert set(first["queries"]) == {
        "search",
        "neighbourhood",
        "neighbourhood_hubs",
        "paths",
        "digest",
        "departures_page",
        "overview",
        "listings_page",
        "entity_page",
        "review_queue",
    }
    assert again["build_seconds"] == first["build_seconds"]  # the saved build was reused
