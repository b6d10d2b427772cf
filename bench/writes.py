"""Graph writes: relationships merged per second by the writer's batches vs one row per transaction.

Usage: ``.venv/bin/python bench/writes.py --rels 100000``

On a fresh embedded server (temporary home), synthetic extractions (no NLP,
see :mod:`bench.facts`) are written three ways:

1. one row per transaction: every row of every writer statement in its own
   transaction (the naive way), until ``--baseline-rels`` relationships exist
   -- it is slow, so it runs on fewer relationships and its rate is
   extrapolated to ``--rels``;
2. ``GraphWriter.write`` in its batches (one transaction per ``--batch-size``
   articles, one UNWIND per kind of row) until ``--rels`` relationships exist;
3. the same articles written again: nothing may change (idempotency), and the
   time says what a re-ingest costs.

Besides wall time it counts CPU seconds of this process (the driver) and of the
server: on a shared machine wall time mostly says how long the writes waited
for a core, while relationships per CPU second stay comparable between runs.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

if not __package__:  # run as a file: import from the repository (bench/ingest.py would shadow `ingest`)
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from newsgraph.graph.admin import empty
from newsgraph.graph.config import embedded_memory_mb
from newsgraph.graph.connection import Graph
from newsgraph.graph.writer import (  # private: the baseline does the writer's own work
    BATCH_ARTICLES,
    GraphWriter,
    _add_article,
    _Batch,
)
from newsgraph.ingest.records import Article, Extraction

from bench.facts import FactGenerator
from bench.graphhome import embedded_graph, node_count, relationship_count
from bench.memory import MB
from bench.report import parser, print_table, write_json

#: Whether the driver encodes with the neo4j-rust-ext extension (a project dependency) or in Python.
DRIVER = "Rust (neo4j-rust-ext)" if importlib.util.find_spec("neo4j._rust") else "pure Python"
#: Articles written between two counts of the relationships (counting is not timed): batched, row by row.
BATCHED_STEP = 500
ROW_STEP = 25
#: About how many relationships one synthetic article makes (to keep steps small for small targets).
RELS_PER_ARTICLE = 20
#: Article counts at which the batched run reports the server's RSS: flat in N once its heap is full.
RSS_AT_ARTICLES = (1_000, 5_000, 10_000)
Pair = tuple[Article, Extraction]


@dataclass
class Clock:
    """Wall seconds, and CPU seconds of this process and of the server, summed over timed spans."""

    server: psutil.Process
    wall: float = 0.0
    client_cpu: float = 0.0
    server_cpu: float = 0.0
    rss_mb: dict[int, float] = field(default_factory=dict)  # server RSS after N articles

    def timed(self, work: Callable[[], object]) -> None:
        started = (time.perf_counter(), time.process_time(), self._server_cpu())
        work()
        self.wall += time.perf_counter() - started[0]
        self.client_cpu += time.process_time() - started[1]
        self.server_cpu += self._server_cpu() - started[2]

    def _server_cpu(self) -> float:
        times = self.server.cpu_times()
        return times.user + times.system


def write_row_by_row(graph: Graph, pair: Pair) -> None:
    """The writer's own statements and rows for one article, each row in its own transaction."""
    batch = _Batch()
    _add_article(batch, *pair)
    for statement, rows in batch.ordered():
        for row in rows:
            graph.write(lambda tx, s=statement, r=row: tx.run(s, rows=[r]).consume())
    for statement, ids in batch.recounts.items():
        for entity_id in sorted(ids):
            graph.write(lambda tx, s=statement, i=entity_id: tx.run(s, ids=[i]).consume())


def fill(
    graph: Graph,
    generator: FactGenerator,
    target: int,
    write: Callable[[list[Pair]], object],
    step_size: int,
    clock: Clock,
) -> list[Pair]:
    """Write generated articles with ``write`` (timed on ``clock``) until ``target`` relationships exist."""
    written: list[Pair] = []
    step_size = max(1, min(step_size, target // RELS_PER_ARTICLE))
    while relationship_count(graph) < target:
        step = [generator.pair(len(written) + i) for i in range(step_size)]
        clock.timed(lambda step=step: write(step))
        written += step
        clock.rss_mb[len(written)] = clock.server.memory_info().rss / MB
        print(
            f"  {len(written):,} articles, {relationship_count(graph):,} relationships, "
            f"graph server RSS {clock.rss_mb[len(written)]:,.0f} MB",
            flush=True,
        )
    return written


def baseline(graph: Graph, server: psutil.Process, target: int, seed: int) -> dict[str, float]:
    """Rate of one-row-per-transaction writes, then the graph is emptied again."""

    def write(pairs: list[Pair]) -> None:
        for pair in pairs:
            write_row_by_row(graph, pair)

    clock = Clock(server)
    pairs = fill(graph, FactGenerator(seed=seed), target, write, ROW_STEP, clock)
    rels = relationship_count(graph)
    empty(graph)
    return {
        "baseline_articles": len(pairs),
        "baseline_rels": rels,
        "baseline_rels_per_s": rels / clock.wall,
        "baseline_rels_per_cpu_s": rels / (clock.client_cpu + clock.server_cpu),
    }


def batched(
    graph: Graph, server: psutil.Process, target: int, batch_size: int, seed: int
) -> dict[str, float]:
    """Rate of the writer's batched writes, and of writing the same articles again."""
    writer = GraphWriter(graph, batch_size=batch_size)
    clock = Clock(server)
    pairs = fill(graph, FactGenerator(seed=seed), target, writer.write, BATCHED_STEP, clock)
    rels, nodes = relationship_count(graph), node_count(graph)
    started = time.perf_counter()
    writer.write(pairs)
    again = time.perf_counter() - started
    unchanged = (relationship_count(graph), node_count(graph)) == (rels, nodes)
    return {
        "articles": len(pairs),
        "rels": rels,
        "nodes": nodes,
        "seconds": clock.wall,
        "client_cpu_s": clock.client_cpu,
        "server_cpu_s": clock.server_cpu,
        "rels_per_s": rels / clock.wall,
        "rels_per_cpu_s": rels / (clock.client_cpu + clock.server_cpu),
        "articles_per_s": len(pairs) / clock.wall,
        "rewrite_seconds": again,
        "rewrite_articles_per_s": len(pairs) / again,
        "rewrite_changed_nothing": unchanged,
        "server_rss_mb": server.memory_info().rss / MB,
        **{f"server_rss_mb_at_{n}": clock.rss_mb[n] for n in RSS_AT_ARTICLES if n in clock.rss_mb},
    }


def table(figures: dict[str, float], batch_size: int) -> list[tuple[str, object]]:
    return [
        ("driver encoding", figures["driver"]),
        ("graph server heap (NEWSGRAPH_GRAPH_MEMORY, MB)", figures["server_heap_mb"]),
        (
            f"batched (writer, {batch_size} articles/tx)",
            f"{figures['rels']:,} rels + {figures['nodes']:,} nodes from {figures['articles']:,} articles "
            f"in {figures['seconds']:.1f} s",
        ),
        ("batched: relationships/s", figures["rels_per_s"]),
        (
            "batched: CPU seconds (driver + server)",
            f"{figures['client_cpu_s']:.1f} + {figures['server_cpu_s']:.1f}",
        ),
        ("batched: relationships per CPU second", figures["rels_per_cpu_s"]),
        ("batched: articles/s", figures["articles_per_s"]),
        (
            "one row per transaction",
            f"{figures['baseline_rels']:,} rels from {figures['baseline_articles']:,} articles",
        ),
        ("one row per tx: relationships/s", figures["baseline_rels_per_s"]),
        ("one row per tx: relationships per CPU second", figures["baseline_rels_per_cpu_s"]),
        ("batched / one row per tx (wall)", f"{figures['ratio']:.1f}x"),
        ("batched / one row per tx (CPU)", f"{figures['cpu_ratio']:.1f}x"),
        (
            f"one row per tx, {figures['rels']:,} rels (extrapolated)",
            f"{figures['baseline_extrapolated_s']:.0f} s",
        ),
        ("re-write of the same articles: articles/s", figures["rewrite_articles_per_s"]),
        ("re-write changed nothing (idempotent)", figures["rewrite_changed_nothing"]),
        *(
            (f"graph server RSS after {n:,} articles (MB)", figures[f"server_rss_mb_at_{n}"])
            for n in RSS_AT_ARTICLES
            if f"server_rss_mb_at_{n}" in figures
        ),
        ("graph server RSS at the end (MB)", figures["server_rss_mb"]),
    ]


def main(argv: list[str] | None = None) -> dict[str, float]:
    args_parser = parser(__doc__)
    args_parser.add_argument("--rels", type=int, default=100_000, help="relationships to write in batches")
    args_parser.add_argument(
        "--baseline-rels", type=int, default=5_000, help="relationships to write one row per transaction"
    )
    args_parser.add_argument(
        "--batch-size", type=int, default=BATCH_ARTICLES, help="articles per writer transaction"
    )
    args = args_parser.parse_args(argv)
    with embedded_graph() as bench:
        server = psutil.Process(bench.server_pid)
        print("one row per transaction:")
        figures = baseline(bench.graph, server, args.baseline_rels, args.seed)
        print("writer batches:")
        figures |= batched(bench.graph, server, args.rels, args.batch_size, args.seed)
    figures["driver"] = DRIVER
    figures["server_heap_mb"] = embedded_memory_mb()
    figures["ratio"] = figures["rels_per_s"] / figures["baseline_rels_per_s"]
    figures["cpu_ratio"] = figures["rels_per_cpu_s"] / figures["baseline_rels_per_cpu_s"]
    figures["baseline_extrapolated_s"] = figures["rels"] / figures["baseline_rels_per_s"]
    print_table("Graph writes", table(figures, args.batch_size))
    parameters = vars(args) | {"out": str(args.out)}
    write_json(args.out, "writes", parameters, figures)
    return figures


if __name__ == "__main__":
    main()
