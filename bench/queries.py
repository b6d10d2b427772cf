"""Query latency of the explorer and the digest on a large synthetic graph.

Usage: ``.venv/bin/python bench/queries.py --articles 100000``

The graph (:mod:`bench.biggraph`: ~1 entity per 5 articles, ~10 relationships
per article) is built once into ``bench/.graph-<N>`` and reused by later runs
with the same size and seed (``--rebuild`` forces a new build). Each query is
the real function the app calls, run ``--runs`` times on varied inputs after
a few warm-up runs:

* search: ``queries.search_entities`` (full names and two-character prefixes);
* neighbourhood: ``queries.neighbourhood_edges`` (two hops),
  ``analytics.neighbourhood`` capped at 200 nodes and the sentences of lines that carry
  none (``queries.event_sentences``): the entity page's drawing, around
  sampled entities; neighbourhood_hubs: the same around the 10 most mentioned
  companies and people (their first hop fills the drawing);
* paths: ``queries.shortest_paths`` between two companies (all shortest paths, the app's default);
* digest: ``digest.build_digest`` for a week;
* departures page: ``queries.event_companies``, ``queries.events`` and
  ``queries.event_reports`` of the 10 newest (what the Departures page loads);
* overview: ``queries.active_entities`` of the latest week and the one before, and
  ``queries.events_per_week`` (the overview's movers and chart);
* listings page: the newest listings and the tracks of their companies (``queries.listing_tracks``);
* entity page: an entity's roles, events, articles, listing tracks and role reports (sampled
  entities and hubs; its drawing is the neighbourhood above);
* review queue: :func:`newsgraph.review.queue` (the Review page, read again after each ingest).

Goals: p95 < 100 ms for search and neighbourhood (hubs too), < 300 ms for every page's reads.
"""

from __future__ import annotations

import gc
import json
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

if not __package__:  # run as a file: import from the repository (bench/ingest.py would shadow `ingest`)
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from newsgraph.graph import analytics, queries, server
from newsgraph.graph.connection import Graph
from newsgraph.ui.digest.assemble import build_digest
from newsgraph.ui.digest.period import Period

from bench import biggraph
from bench.graphhome import BenchGraph, embedded_graph, node_count, relationship_count
from bench.report import parser, percentile, print_table, write_json
from newsgraph.review import queue

BENCH_DIR = Path(__file__).resolve().parent
MANIFEST = "bench-graph.json"
WARM_UP_RUNS = 3
NODE_CAP = 200
#: p95 goals in milliseconds.
GOALS_MS = {
    "search": 100,
    "neighbourhood": 100,
    "neighbourhood_hubs": 100,
    "paths": 300,
    "digest": 300,
    "departures_page": 300,
    "overview": 300,
    "listings_page": 300,
    "entity_page": 300,
    "review_queue": 300,
}
#: Hubs of each label the hub neighbourhood is drawn around.
HUBS_PER_LABEL = 5
#: Items the Review page shows.
REVIEW_QUEUE_SIZE = 30

Query = Callable[[Graph, int], object]


def search(samples: biggraph.Samples, _graph: Graph) -> Query:
    return lambda graph, i: queries.search_entities(
        graph, samples.search_terms[i % len(samples.search_terms)]
    )


def around(centers: list[dict[str, Any]]) -> Query:
    """The entity page's two-hop drawing around each of ``centers`` in turn."""

    def run(graph: Graph, i: int) -> analytics.Subgraph:
        center = centers[i % len(centers)]
        hop1, hop2 = queries.neighbourhood_edges(graph, center["id"], hops=2, nodes=NODE_CAP)
        sub = analytics.neighbourhood(center, hop1, hop2, cap=NODE_CAP)
        queries.event_sentences(graph, analytics.events_without_sentence(sub))  # the lines' hover text
        return sub

    return run


def neighbourhood(samples: biggraph.Samples, _graph: Graph) -> Query:
    return around(samples.centers)


def hubs(graph: Graph) -> list[dict[str, Any]]:
    """The most mentioned companies and people."""
    entries = queries.name_index(graph).entries
    return [
        {"id": e.id, "name": e.name, "label": e.label}
        for label in ("Company", "Person")
        for e in sorted((e for e in entries if e.label == label), key=lambda e: -e.mentions)[:HUBS_PER_LABEL]
    ]


def neighbourhood_hubs(_samples: biggraph.Samples, graph: Graph) -> Query:
    return around(hubs(graph))


def paths(samples: biggraph.Samples, _graph: Graph) -> Query:
    def run(graph: Graph, i: int) -> list[dict[str, Any]]:
        source, target = samples.company_pairs[i % len(samples.company_pairs)]
        return queries.shortest_paths(graph, source, target)

    return run


def digest(samples: biggraph.Samples, _graph: Graph) -> Query:
    return lambda graph, i: build_digest(
        graph, Period.week_of(date.fromisoformat(samples.weeks[i % len(samples.weeks)]))
    )


def departures_page(_samples: biggraph.Samples, _graph: Graph) -> Query:
    def run(graph: Graph, _i: int) -> list[dict[str, Any]]:
        queries.event_companies(graph, "departure")
        rows = queries.events(graph, "departure")
        return queries.event_reports(graph, [row["id"] for row in rows[:10]])

    return run


def overview(_samples: biggraph.Samples, graph: Graph) -> Query:
    latest = queries.latest_article_date(graph)
    assert latest is not None

    def run(graph: Graph, i: int) -> list[dict[str, Any]]:
        for weeks_back in (i % 4, i % 4 + 1):  # the week shown and the one it is compared with
            queries.active_entities(graph, *queries.week_window(latest, weeks_back))
        return queries.events_per_week(graph)

    return run


def listings_page(_samples: biggraph.Samples, _graph: Graph) -> Query:
    def run(graph: Graph, _i: int) -> list[dict[str, Any]]:
        rows = queries.events(graph, "listing", limit=queries.EVENTS_PAGE + 1)
        companies = sorted({p["id"] for row in rows for p in row["participants"] if p["role"] == "org"})
        return queries.listing_tracks(graph, companies)

    return run


def entity_page(samples: biggraph.Samples, graph: Graph) -> Query:
    """Everything the entity page reads but its drawing, around sampled entities and hubs in turn."""
    ids = [c["id"] for c in samples.centers] + [h["id"] for h in hubs(graph)]

    def run(graph: Graph, i: int) -> list[dict[str, Any]]:
        entity_id = ids[i % len(ids)]
        queries.entity(graph, entity_id)
        queries.entity_events(graph, entity_id)
        queries.entity_articles(graph, entity_id)
        queries.listing_tracks(graph, [entity_id])
        roles = queries.entity_roles(graph, entity_id)
        return queries.role_reports(graph, [r["article"] for r in roles if r["article"]])

    return run


def review_queue(_samples: biggraph.Samples, _graph: Graph) -> Query:
    return lambda graph, _i: queue(graph, REVIEW_QUEUE_SIZE)


QUERIES: dict[str, Callable[[biggraph.Samples, Graph], Query]] = {
    "search": search,
    "neighbourhood": neighbourhood,
    "neighbourhood_hubs": neighbourhood_hubs,
    "paths": paths,
    "digest": digest,
    "departures_page": departures_page,
    "overview": overview,
    "listings_page": listings_page,
    "entity_page": entity_page,
    "review_queue": review_queue,
}


def latencies(graph: Graph, query: Query, runs: int, budget: float) -> dict[str, float]:
    """p50/p95/max in ms over ``runs`` runs on varied inputs, after warm-up runs (the first one reported).

    A query that is very slow stops after ``budget`` seconds of measured runs, so one
    bad query cannot make the run last hours; ``runs`` in the result says how many ran.
    """
    first = _ms(lambda: query(graph, 0))
    for i in range(1, WARM_UP_RUNS):
        query(graph, i)
    samples: list[float] = []
    for i in range(runs):
        if sum(samples) >= budget * 1000:
            break
        samples.append(_ms(lambda i=i: query(graph, i)))
    return {
        "runs": len(samples),
        "first_ms": first,
        "p50_ms": percentile(samples, 50),
        "p95_ms": percentile(samples, 95),
        "max_ms": max(samples),
    }


def _ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def prepared_home(home: Path, spec: biggraph.Spec, rebuild: bool) -> dict[str, Any] | None:
    """The saved manifest when ``home`` holds a finished build of ``spec``; else None (the folder is cleared)."""
    manifest = home / MANIFEST
    if manifest.exists() and not rebuild:
        saved = json.loads(manifest.read_text(encoding="utf-8"))
        if saved["spec"] == asdict(spec):
            return saved
    if home.exists():
        server.stop(home)
        shutil.rmtree(home)
    return None


def build(bench: BenchGraph, spec: biggraph.Spec) -> dict[str, Any]:
    """Generate and write the graph; the manifest written last marks the build as complete."""
    started = time.perf_counter()
    rows, samples = biggraph.generate(spec)
    total = sum(map(len, rows.nodes.values())) + sum(map(len, rows.rels.values()))
    print(f"building {total:,} nodes and relationships into {bench.home}", flush=True)
    done = 0

    def progress(what: str, count: int) -> None:
        nonlocal done
        done += count
        rate = done / (time.perf_counter() - started)
        print(f"  {done:,}/{total:,} ({what}, {rate:,.0f} rows/s)", flush=True)

    biggraph.write(bench.graph, rows, progress)
    saved = {
        "spec": asdict(spec),
        "samples": asdict(samples),
        "build_seconds": round(time.perf_counter() - started, 1),
        "nodes": node_count(bench.graph),
        "rels": relationship_count(bench.graph),
    }
    (bench.home / MANIFEST).write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    return saved


def table(figures: dict[str, Any]) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [
        (
            "graph: articles / nodes / relationships",
            f"{figures['articles']:,} / {figures['nodes']:,} / {figures['rels']:,}",
        ),
        ("graph build (s, this run or the cached build)", figures["build_seconds"]),
    ]
    for name, result in figures["queries"].items():
        goal = GOALS_MS.get(name)
        verdict = (
            ""
            if goal is None
            else f"  (goal p95 < {goal} ms: {'met' if result['p95_ms'] < goal else 'MISSED'})"
        )
        rows.append(
            (
                f"{name} ms: p50 / p95 / max / first (runs)",
                f"{result['p50_ms']:.0f} / {result['p95_ms']:.0f} / {result['max_ms']:.0f} / "
                f"{result['first_ms']:.0f} ({result['runs']}){verdict}",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args_parser = parser(__doc__)
    args_parser.add_argument("--articles", type=int, default=100_000, help="articles in the synthetic graph")
    args_parser.add_argument("--runs", type=int, default=50, help="measured runs per query")
    args_parser.add_argument("--budget", type=float, default=120, help="max seconds of runs per query")
    args_parser.add_argument("--home", type=Path, help="graph home folder (default bench/.graph-<articles>)")
    args_parser.add_argument("--rebuild", action="store_true", help="build the graph even if a build exists")
    args_parser.add_argument("--only", nargs="*", choices=list(QUERIES), help="run only these queries")
    args = args_parser.parse_args(argv)
    spec = biggraph.Spec(args.articles, args.seed)
    home = args.home or BENCH_DIR / f".graph-{args.articles}"
    saved = prepared_home(home, spec, args.rebuild)
    with embedded_graph(home) as bench:
        saved = saved or build(bench, spec)
        samples = biggraph.Samples(**saved["samples"])
        gc.freeze()  # what the app does once started (ui/app.py): collections skip what it holds for good
        results = {}
        for name in args.only or QUERIES:
            print(f"{name}: {args.runs} runs", flush=True)
            query = QUERIES[name](samples, bench.graph)
            results[name] = latencies(bench.graph, query, args.runs, args.budget)
    figures = {
        "articles": args.articles,
        "nodes": saved["nodes"],
        "rels": saved["rels"],
        "build_seconds": saved["build_seconds"],
        "queries": results,
    }
    print_table(f"Query latency on {args.articles:,} synthetic articles", table(figures))
    parameters = {"articles": args.articles, "runs": args.runs, "seed": args.seed, "home": str(home)}
    write_json(args.out, f"queries-{args.articles}", parameters, figures)
    return figures


if __name__ == "__main__":
    main()
