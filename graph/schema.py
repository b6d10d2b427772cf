"""The graph's labels, relationship types and constraints (documented in SCHEMA.md).

Cypher cannot take labels as parameters, so every label that reaches a query
string comes from these constants (checked by :func:`label`), never from
extracted text.
"""

from __future__ import annotations

from newsgraph.graph.connection import Graph

ENTITY_LABELS = ("Company", "Organization", "Government", "Exchange", "Person")
ORG_LABELS = ("Company", "Organization", "Government", "Exchange")
EVENT_LABELS = {
    "departure": "Departure",
    "appointment": "Appointment",
    "partnership": "Partnership",
    "listing": "Listing",
    "funding": "Funding",
    "layoff": "Layoff",
    "acquisition": "Acquisition",
}
NODE_LABELS = ("Article", "Source", *ENTITY_LABELS, *EVENT_LABELS.values())

#: Direct relationships written for exploration: event type -> (type, from role, to role).
DIRECT_RELATIONSHIPS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "departure": (("LEFT", "person", "org"), ("JOINED", "person", "to_org")),
    "appointment": (("JOINED", "person", "org"),),
    "partnership": (("PARTNERS_WITH", "partner", "partner"),),
    "listing": (("LISTING", "org", "board"),),
    "funding": (("INVESTED_IN", "investor", "org"),),
    "acquisition": (("ACQUIRED", "acquirer", "target"),),
    "layoff": (),
}
EXPLORATION_TYPES = ("LEFT", "JOINED", "HOLDS_ROLE", "PARTNERS_WITH", "LISTING", "INVESTED_IN", "ACQUIRED")
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
