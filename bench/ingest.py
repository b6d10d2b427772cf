"""End-to-end ingest of synthetic articles from a local JSONL file into a fresh embedded graph.

Usage: ``.venv/bin/python bench/ingest.py --articles 1000``

Runs the real ``newsgraph ingest`` path (:func:`newsgraph.pipeline.run_ingest`:
collect, deduplicate, extract, write) on ``--articles`` seeded synthetic
articles (:mod:`bench.synthetic`, ~1,500 characters each), and samples the
resident memory of this process and of the graph server throughout. Memory
must stay flat in N: compare the snapshots within a run (every 10%: with
``--articles 10000`` they are at 1k, 2k ... 10k) and the peaks of runs at
other sizes. Goal: 20 articles/s on 2 cores.

First, in the same run, the same articles go through the extraction alone
(``Extractor.extract_many``, same batch size and workers, no graph): graph
writes overlap extraction, so the ingest should reach 90% of that rate.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

if not __package__:  # run as a file: import from the repository (this file would shadow `ingest`)
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from newsgraph.graph.writer import GraphWriter
from newsgraph.ingest.nlp.extract import Document, Extractor

from bench.graphhome import embedded_graph, node_count, relationship_count
from bench.memory import RssSampler
from bench.report import parser, print_table, write_json
from bench.synthetic import write_jsonl
from newsgraph.pipeline import IngestOptions, IngestSummary, default_workers, run_ingest

GOAL_ARTICLES_PER_S = 20.0
#: End-to-end throughput as a share of extraction alone (writes overlap extraction).
GOAL_OF_EXTRACTION = 0.9
SNAPSHOTS = 10


class Progress:
    """Prints progress and takes a memory snapshot every tenth of the articles."""

    def __init__(self, total: int, sampler: RssSampler) -> None:
        self.total = total
        self.sampler = sampler
        self.done = 0
        self.started = time.perf_counter()
        self.every = max(total // SNAPSHOTS, 1)

    def __call__(self, _label: str, count: int) -> None:
        self.done += count
        if self.done % self.every == 0 or self.done == self.total:
            self.sampler.snapshot(f"{self.done} collected")
            rate = self.done / (time.perf_counter() - self.started)
            latest = self.sampler.snapshots[-1]
            print(
                f"  {self.done:,}/{self.total:,} collected ({rate:.1f}/s), "
                f"RSS python {latest['python']:.0f} MB, server {latest['server']:.0f} MB",
                flush=True,
            )


@contextmanager
def time_spent_in(owner: type, method: str) -> Iterator[list[float]]:
    """Seconds spent in ``owner.method`` while in the block (a one-item list, filled as calls end).

    Says how much of an ingest is graph writing (the rest is collecting and
    extracting) without changing what the pipeline does.
    """
    original = getattr(owner, method)
    spent = [0.0]

    @functools.wraps(original)
    def wrapper(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    setattr(owner, method, wrapper)
    try:
        yield spent
    finally:
        setattr(owner, method, original)


def folder_mb(path: Path) -> float:
    """Disk size of a folder in MB."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / (1024 * 1024)


def extraction_only(source: Path, batch_size: int, workers: int) -> dict[str, float]:
    """Articles/s of the extraction alone on the articles of ``source`` (what the ingest could reach)."""
    with source.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    documents = [
        Document(r["url"], r["text"], datetime.fromisoformat(r["published"]).date(), r["title"])
        for r in records
    ]
    started = time.perf_counter()
    done = sum(1 for _ in Extractor().extract_many(documents, batch_size=batch_size, n_process=workers))
    seconds = time.perf_counter() - started
    return {"extraction_seconds": seconds, "extraction_articles_per_s": done / seconds}


def measure(articles: int, seed: int, batch_size: int, workers: int = 1) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-input-") as folder:
        source = write_jsonl(Path(folder) / "articles.jsonl", articles, seed)
        print("extraction alone:", flush=True)
        alone = extraction_only(source, batch_size, workers)
        print(f"  {alone['extraction_articles_per_s']:.2f} articles/s", flush=True)
        print("ingest:", flush=True)
        with embedded_graph() as bench:
            pids = {"python": os.getpid(), "server": bench.server_pid}
            with RssSampler(pids) as sampler:
                sampler.snapshot("server started")
                progress = Progress(articles, sampler)
                started = time.perf_counter()
                with time_spent_in(GraphWriter, "write") as writing:
                    summary = run_ingest(
                        [str(source)],
                        bench.graph,
                        IngestOptions(home=bench.home, batch_size=batch_size, workers=workers),
                        progress,
                    )
                seconds = time.perf_counter() - started
                sampler.snapshot("done")
            return (
                alone
                | _figures(summary, seconds, sampler)
                | {
                    "write_seconds": writing[0],
                    "nodes": node_count(bench.graph),
                    "rels": relationship_count(bench.graph),
                    "graph_disk_mb": round(folder_mb(bench.home / "graph"), 1),
                }
            )


def _figures(summary: IngestSummary, seconds: float, sampler: RssSampler) -> dict[str, object]:
    return {
        "written": summary.written,
        "failed": summary.failed + summary.not_written,
        "duplicate": summary.duplicate,
        "entities": summary.entities,
        "events": summary.events,
        "seconds": seconds,
        "articles_per_s": summary.written / seconds,
        "peak_rss_python_mb": round(sampler.peak_mb["python"], 1),
        "peak_rss_server_mb": round(sampler.peak_mb["server"], 1),
        "snapshots": sampler.snapshots,
    }


def table(figures: dict[str, object]) -> list[tuple[str, object]]:
    rate = float(figures["articles_per_s"])  # type: ignore[arg-type]
    verdict = "met" if rate >= GOAL_ARTICLES_PER_S else "MISSED"
    share = rate / float(figures["extraction_articles_per_s"])  # type: ignore[arg-type]
    share_verdict = "met" if share >= GOAL_OF_EXTRACTION else "MISSED"
    snapshots = figures["snapshots"]
    assert isinstance(snapshots, list)
    first, last = snapshots[1], snapshots[-1]
    return [
        (
            "articles written / failed / dropped as duplicates",
            f"{figures['written']:,} / {figures['failed']:,} / {figures['duplicate']:,}",
        ),
        ("entities / events extracted", f"{figures['entities']:,} / {figures['events']:,}"),
        ("graph nodes / relationships", f"{figures['nodes']:,} / {figures['rels']:,}"),
        ("graph on disk (MB)", figures["graph_disk_mb"]),
        ("wall time (s)", figures["seconds"]),
        ("graph writes (s, in their own thread)", figures["write_seconds"]),
        ("articles/s", f"{rate:.2f} (goal >= {GOAL_ARTICLES_PER_S:.0f}: {verdict})"),
        ("extraction alone, same articles: articles/s", figures["extraction_articles_per_s"]),
        ("ingest / extraction alone", f"{share:.0%} (goal >= {GOAL_OF_EXTRACTION:.0%}: {share_verdict})"),
        ("peak RSS python process (MB)", figures["peak_rss_python_mb"]),
        ("peak RSS graph server (MB)", figures["peak_rss_server_mb"]),
        (
            f"RSS python at {first['at']} -> {last['at']} (MB)",
            f"{first['python']:.0f} -> {last['python']:.0f}",
        ),
        (
            f"RSS server at {first['at']} -> {last['at']} (MB)",
            f"{first['server']:.0f} -> {last['server']:.0f}",
        ),
    ]


def main(argv: list[str] | None = None) -> dict[str, object]:
    args_parser = parser(__doc__)
    args_parser.add_argument("--articles", type=int, default=1000, help="synthetic articles to ingest")
    args_parser.add_argument(
        "--workers", type=int, default=default_workers(), help="extraction processes (the ingest's default)"
    )
    args_parser.add_argument(
        "--batch-size", type=int, default=IngestOptions.batch_size, help="articles per extract+write batch"
    )
    args = args_parser.parse_args(argv)
    figures = measure(args.articles, args.seed, args.batch_size, args.workers)
    print_table(f"Ingest of {args.articles:,} synthetic articles", table(figures))
    parameters = {
        "articles": args.articles,
        "seed": args.seed,
        "batch_size": args.batch_size,
        "workers": args.workers,
    }
    write_json(args.out, f"ingest-{args.articles}", parameters, figures)
    return figures


if __name__ == "__main__":
    main()
