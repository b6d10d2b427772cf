"""The figures a benchmark reports: percentiles, the JSON file and the memory sampler."""

from __future__ import annotations

import json
import mmap
import os
from pathlib import Path

from bench.memory import RssSampler
from bench.report import percentile, write_json


def test_percentiles_interpolate_between_samples() -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == 2.5
    assert percentile([float(x) for x in range(1, 101)], 95) == 95.05
    assert percentile([7.0], 95) == 7.0


def test_the_json_result_names_the_machine_and_the_parameters(tmp_path: Path) -> None:
    path = write_json(tmp_path / "results", "demo", {"articles": 3}, {"rate": 1.5})
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert path.name == "demo.json"
    assert payload["parameters"] == {"articles": 3} and payload["figures"] == {"rate": 1.5}
    assert payload["machine"]["cpu_count"] == os.cpu_count()


def test_the_sampler_keeps_the_peak_and_labelled_snapshots() -> None:
    with RssSampler({"self": os.getpid()}, interval=0.01) as sampler:
        sampler.snapshot("start")
        ballast = _fresh_pages(64 * 1024 * 1024)
        sampler.snapshot("after 64 MB")
        ballast.close()
    assert [s["at"] for s in sampler.snapshots] == ["start", "after 64 MB"]
    assert sampler.snapshots[1]["self"] >= sampler.snapshots[0]["self"] + 50
    assert sampler.peak_mb["self"] >= sampler.snapshots[1]["self"] - 0.05  # snapshots are rounded to 0.1 MB


def _fresh_pages(size: int) -> mmap.mmap:
    """``size`` bytes of memory the process never had: a ``bytes`` of that size may reuse what earlier
    tests freed (the models' buffers) and leave the RSS where it was."""
    pages = mmap.mmap(-1, size)
    for offset in range(0, size, mmap.PAGESIZE):
        pages[offset] = 1
    return pages
