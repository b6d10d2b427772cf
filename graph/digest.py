"""The weekly digest's Cypher: the rows :mod:`newsgraph.ui.digest.assemble` builds a digest from.

Which events belong to a period is decided by the assembly; these reads only
look events up by day. The queries use parameters and plain values only (no
APOC, no driver types), so they run on Neo4j 5 and on the embedded ArcadeDB
server alike, and every lookup is an equality on an indexed property: the
embedded server uses indexes for equality but scans for a range.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import ENTITY_LABELS, EVENT_LABELS

#: What the digest shows of an event; the previous period's counts read only the first line (with the
#: confidence, as low-confidence events count only when shown).
EVENT_PLACE = "e.id AS id, e.type AS type, e.date AS date, e.first_reported AS first_reported, e.confidence AS confidence"
EVENT_DETAILS = """, e.status AS status, e.modality AS modality, e.role AS role,
       e.kind AS kind, e.amount AS amount, e.currency AS currency, e.round AS round,
       e.scale AS scale, e.board AS board, e.confirmed AS confirmed"""


def _events_query(fields: str) -> str:
    """Events placed on one of ``$days`` by ``coalesce(date, first_reported)``, as two branches.

    An index lookup per day: the embedded server uses indexes for equality but scans for a
    range (``date >= $start``), and a ``coalesce`` in the WHERE scans on both servers.
    """
    return (
        f"UNWIND $days AS day MATCH (e:{{label}} {{{{date: day}}}}) RETURN {fields}\nUNION ALL\n"
        f"UNWIND $days AS day MATCH (e:{{label}} {{{{first_reported: day}}}}) WHERE e.date IS NULL "
        f"RETURN {fields}"
    )


#: The days of the reports of undated events: all the previous period's counts need.
REPORT_DAYS = """
UNWIND $ids_{label} AS event_id
MATCH (e:{label} {{id: event_id}})-[:REPORTED_IN]->(a:Article)
RETURN e.id AS event, a.published AS published, a.published_at AS published_at
"""

#: Sent as one list per label: ~1,000 rows would cost ~20 us each on the embedded server.
PARTICIPANTS = """
UNWIND $ids_{label} AS event_id
MATCH (e:{label} {{id: event_id}})-[i:INVOLVES]->(x)
RETURN collect([e.id, i.role, x.id, x.name, labels(x), x.mentions]) AS rows
"""
PARTICIPANT_FIELDS = ("event", "role", "id", "name", "labels", "mentions")

REPORTS = """
UNWIND $ids_{label} AS event_id
MATCH (e:{label} {{id: event_id}})-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (a)-[:FROM]->(s:Source)
RETURN e.id AS event, a.id AS article, a.title AS title, a.url AS url, a.source AS source,
       s.name AS source_name, a.published AS published, a.published_at AS published_at,
       r.sentence AS sentence, r.modality AS modality, r.confidence AS confidence
"""

EVENT_DAYS = """
MATCH (e:{label})
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
RETURN e.id AS id, e.date AS date, e.first_reported AS first_reported, e.confidence AS confidence,
       a.published AS published, a.published_at AS published_at
"""

#: Per label: how many entities were first seen on one of ``$days``, and the ``$limit`` first in the
#: digest's order (more mentions, seen earlier, name, id), so a busy week sends 20 rows, not thousands.
NEW_ENTITIES = """
UNWIND $days AS day
MATCH (n:{label} {{first_seen: day}})
WITH n ORDER BY coalesce(n.mentions, 0) DESC, n.first_seen,
     CASE WHEN n.name IS NULL OR n.name = '' THEN n.id ELSE n.name END, n.id
WITH collect(n) AS found
RETURN size(found) AS total,
       [n IN found[0..$limit] | {{id: n.id, name: n.name, labels: labels(n), mentions: n.mentions,
                                  first_seen: n.first_seen}}] AS top
"""


def _union(template: str, labels: Iterable[str] = EVENT_LABELS.values()) -> str:
    """One statement over several labels (schema constants: labels cannot be parameters)."""
    return "\nUNION ALL\n".join(template.format(label=lbl) for lbl in labels)


def ids_by_label(rows: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """Event ids as one parameter per label (``ids_Departure``...), so each lookup uses its label's index."""
    ids: dict[str, list[str]] = {f"ids_{lbl}": [] for lbl in EVENT_LABELS.values()}
    for row in rows:
        ids[f"ids_{EVENT_LABELS[row['type']]}"].append(row["id"])
    return {key: sorted(values) for key, values in ids.items()}


def events_on(graph: Graph, days: list[date], *, details: bool = True) -> list[dict[str, Any]]:
    """Events placed on one of ``days`` by their date, or by their first report when undated."""
    fields = EVENT_PLACE + EVENT_DETAILS if details else EVENT_PLACE
    return graph.read(_union(_events_query(fields)), days=days)


def participants(graph: Graph, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """(event, role, id, name, labels, mentions) of every entity taking part in ``events``."""
    found = graph.read(_union(PARTICIPANTS), **ids_by_label(events))
    return [dict(zip(PARTICIPANT_FIELDS, row, strict=True)) for branch in found for row in branch["rows"]]


def reports(graph: Graph, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every article reporting one of ``events``, with its source, date and the sentence it says it in."""
    return graph.read(_union(REPORTS), **ids_by_label(events))


def report_days(graph: Graph, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The publication date and timestamp of every report of ``events``."""
    return graph.read(_union(REPORT_DAYS), **ids_by_label(events))


def event_days(graph: Graph) -> list[dict[str, Any]]:
    """Every event with its date, first report and each report's publication: what weeks have events."""
    return graph.read(_union(EVENT_DAYS))


def new_entities(graph: Graph, days: list[date], limit: int) -> list[dict[str, Any]]:
    """Per entity label, how many were first seen on ``days`` and the ``limit`` most mentioned of them."""
    return graph.read(_union(NEW_ENTITIES, ENTITY_LABELS), days=days, limit=limit)
