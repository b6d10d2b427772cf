"""`newsgraph export`: the graph, or one entity's neighbourhood, as a file for Gephi, Cytoscape or a spreadsheet.

The file is what the explorer's entity page offers for download (:mod:`newsgraph.graph.export`);
here it can be the whole graph, and the CSV format also writes the node table beside the edge
table. Exit codes: 0 written; 2 bad input (format, entity, dates); 1 the file could not be written.
Messages go to stderr.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from newsgraph.graph import export, queries
from newsgraph.graph.connection import Graph

EXIT_OK = 0
EXIT_WRITE_FAILED = 1
EXIT_BAD_INPUT = 2
#: How many entities an unknown ``--entity`` suggests.
SUGGESTIONS = 5


def bad_options(fmt: str, since: date | None, until: date | None, hops: int) -> str | None:
    """What is wrong with the options that need no graph, or None."""
    if fmt not in export.FORMATS:
        return f"unknown format {fmt!r}; choose one of: {', '.join(export.FORMATS)}"
    if since and until and since > until:
        return f"--since {since} is after --until {until}"
    if hops < 1:
        return "--hops is at least 1"
    return None


def run_export(
    graph: Graph,
    *,
    fmt: str,
    out: Path,
    entity: str | None = None,
    hops: int = 1,
    since: date | None = None,
    until: date | None = None,
    low_confidence: bool = False,
) -> int:
    """Write the export to ``out`` (CSV: and the node table beside it); returns the exit code."""
    problem = bad_options(fmt, since, until, hops)
    if problem is None and entity is not None and queries.entity(graph, entity) is None:
        problem = unknown_entity(graph, entity)
    if problem:
        return _fail(problem, EXIT_BAD_INPUT)
    floor = queries.EVERY_CONFIDENCE if low_confidence else queries.SHOWN_CONFIDENCE
    exported = export.build_export(
        graph, entity=entity, hops=hops, since=since, until=until, min_confidence=floor
    )
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        written = export.write_export(exported, fmt, out)
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}", EXIT_WRITE_FAILED)
    files = " and ".join(str(path) for path in written)
    print(
        f"wrote {exported.number_of_nodes()} entities and {exported.number_of_edges()} relationships to {files}",
        file=sys.stderr,
    )
    return EXIT_OK


def unknown_entity(graph: Graph, typed: str) -> str:
    """Says no entity has that id and names the ids of those whose names match, so the next try succeeds."""
    found = queries.search_entities(graph, typed, limit=SUGGESTIONS)
    if not found:
        return f"no entity with id {typed!r} (ids are shown in the explorer's address bar: ?entity=ID)"
    listed = ", ".join(f"{row['id']} ({row['name']})" for row in found)
    return f"no entity with id {typed!r}; entities by that name: {listed}"


def _fail(message: str, code: int) -> int:
    print(f"newsgraph export: {message}", file=sys.stderr)
    return code
