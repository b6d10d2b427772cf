"""The graph's labels, relationship types and constraints (documented in SCHEMA.md).

Cypher cannot take labels as parameters, so every label that reaches a query
string comes from these constants (checked by :func:`label`), never from
extracted text.
"""

from __future__ import annotations

from newsgraph.graph.connection import Graph
from newsgraph.ingest.event_types import event_types

ENTITY_LABELS = ("Company", "Organization", "Government", "Exchange", "Person")
ORG_LABELS = ("Company", "Organization", "Government", "Exchange")
#: Event type -> node label, from the event type files (see ``newsgraph.ingest.event_types``).
EVENT_LABELS = {t.name: t.label for t in event_types()}
NODE_LABELS = ("Article", "Source", *ENTITY_LABELS, *EVENT_LABELS.values())

#: Direct relationships written for exploration: event type -> (type, from slot, to slot).
DIRECT_RELATIONSHIPS: dict[str, tuple[tuple[str, str, str], ...]] = {
    t.name: tuple((e.type, e.source, e.target) for e in t.edges) for t in event_types()
}
#: The relationship of a person's title at an organisation, read from text (not an event).
ROLE_TYPE = "HOLDS_ROLE"
EXPLORATION_TYPES = tuple(
    dict.fromkeys([rel for edges in DIRECT_RELATIONSHIPS.values() for rel, _, _ in edges] + [ROLE_TYPE])
)
EVIDENCE_TYPES = ("FROM", "MENTIONS", "REPORTED_IN", "INVOLVES")

INDEXES = (
    ("article_published", "Article", "published"),
    ("person_name", "Person", "name"),
    *((f"{lbl.lower()}_name", lbl, "name") for lbl in ORG_LABELS),
    *((f"{lbl.lower()}_date", lbl, "date") for lbl in EVENT_LABELS.values()),
    # The digest's "new this week" and undated events read these by range.
    *((f"{lbl.lower()}_first_seen", lbl, "first_seen") for lbl in ENTITY_LABELS),
    *((f"{lbl.lower()}_first_reported", lbl, "first_reported") for lbl in EVENT_LABELS.values()),
)


def _check_names() -> None:
    """Event labels and edge types from the type files must not clash with the fixed parts of the schema."""
    clash = set(EVENT_LABELS.values()) & {"Article", "Source", *ENTITY_LABELS}
    event_edges = {rel for edges in DIRECT_RELATIONSHIPS.values() for rel, _, _ in edges}
    clash |= event_edges & {*EVIDENCE_TYPES, ROLE_TYPE}
    if clash:
        raise ValueError(f"event types reuse names of the graph schema: {sorted(clash)}")


_check_names()


def label(name: str) -> str:
    """``name`` if it is one of the schema's node labels; anything else is a programming error."""
    if name not in NODE_LABELS:
        raise ValueError(f"not a node label of the schema: {name!r}")
    return name


def ensure_schema(graph: Graph) -> None:
    """Create the id constraints and lookup indexes; safe to run at every start."""
    for node_label in NODE_LABELS:
        graph.run_write(
            f"CREATE CONSTRAINT {node_label.lower()}_id IF NOT EXISTS "
            f"FOR (n:{node_label}) REQUIRE n.id IS UNIQUE"
        )
    for name, node_label, prop in INDEXES:
        graph.run_write(f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{node_label}) ON (n.{prop})")
