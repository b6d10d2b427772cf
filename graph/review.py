"""The graph side of corrections: forgetting the nodes a correction rebuilds, and the review queue.

Applying or undoing a correction deletes the entities, events and roles it affects
(:func:`forget`) and writes again, through the ordinary writer, every article that touches them;
the queue (:func:`review_queue`) reads the entities and events most likely wrong. Labels come
from the schema's constants; ids always travel as parameters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from neo4j import ManagedTransaction
from newsgraph.graph.connection import Graph
from newsgraph.graph.queries import kept
from newsgraph.graph.schema import ENTITY_LABELS, EVENT_LABELS, ORG_LABELS, label
from newsgraph.graph.writer import RECOUNT_EVENTS

#: Events whose highest report is below this confidence are worth a look.
LOW_CONFIDENCE = 0.6
#: How much each reason raises an item in the queue (the most likely wrong first).
WEIGHTS = {
    "two types": 5,
    "person named like an organisation": 5,
    "unusual name": 3,
    "missing side": 3,
    "low confidence": 2,
    "single mention": 1,
}


def _event_weight(kind: tuple[bool, bool]) -> int:
    """The weight of an event (missing side, low confidence), as :attr:`Item.score` counts it."""
    return WEIGHTS["missing side"] * kind[0] + WEIGHTS["low confidence"] * kind[1]


#: The reasons an event can have, as (missing side, low confidence), heaviest first.
EVENT_KINDS = sorted([(True, True), (True, False), (False, True)], key=_event_weight, reverse=True)

DELETE_EVENT_EDGES = """
UNWIND $ids AS id
MATCH (e:{label} {{id: id}})-[:INVOLVES]->(x)
MATCH (x)-[r]-()
WHERE r.event = id
WITH DISTINCT r
DELETE r
"""
DELETE_EVENTS = "UNWIND $ids AS id MATCH (e:{label} {{id: id}}) DETACH DELETE e"
DELETE_ENTITIES = "UNWIND $ids AS id MATCH (n:{label} {{id: id}}) DETACH DELETE n"
#: Events that keep living after their entity is deleted: they lose a side, so ``sides`` is recounted.
EVENTS_INVOLVING = """
UNWIND $ids AS id
MATCH (n:{label} {{id: id}})<-[:INVOLVES]-(e)
RETURN DISTINCT labels(e)[0] AS label, e.id AS id
"""
DELETE_ROLES = """
UNWIND $rows AS row
MATCH (p:Person {{id: row.person}})-[r:HOLDS_ROLE {{title: row.title}}]->(o:{label} {{id: row.org}})
DELETE r
"""


@dataclass
class Forget:
    """What a rebuild deletes before writing the affected articles again."""

    entities: set[str] = field(default_factory=set)
    #: event key -> event type
    events: dict[str, str] = field(default_factory=dict)
    #: (person, org, title) of roles
    roles: set[tuple[str, str, str]] = field(default_factory=set)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": sorted(self.entities),
            "events": dict(sorted(self.events.items())),
            "roles": sorted(list(r) for r in self.roles),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Forget:
        return cls(set(data["entities"]), dict(data["events"]), {tuple(r) for r in data["roles"]})  # type: ignore[misc]


def forget(graph: Graph, what: Forget) -> None:
    """Delete the given events (with their direct relationships), roles and entities, in one transaction."""
    events: dict[str, list[str]] = defaultdict(list)
    for key, event_type in what.events.items():
        if event_type in EVENT_LABELS:
            events[EVENT_LABELS[event_type]].append(key)
    roles = [{"person": p, "org": o, "title": t} for p, o, t in sorted(what.roles)]
    entities = sorted(what.entities)

    def work(tx: ManagedTransaction) -> None:
        for event_label, ids in events.items():
            tx.run(DELETE_EVENT_EDGES.format(label=label(event_label)), ids=sorted(ids)).consume()
            tx.run(DELETE_EVENTS.format(label=label(event_label)), ids=sorted(ids)).consume()
        if roles:
            for org_label in ORG_LABELS:
                tx.run(DELETE_ROLES.format(label=org_label), rows=roles).consume()
        if entities:
            _delete_entities(tx, entities)

    graph.write(work)


def _delete_entities(tx: ManagedTransaction, ids: list[str]) -> None:
    """Delete the entities ``ids``, then recount the sides of the events that involved them."""
    involving: dict[str, set[str]] = defaultdict(set)
    for entity_label in ENTITY_LABELS:
        for row in tx.run(EVENTS_INVOLVING.format(label=entity_label), ids=ids):
            involving[label(row["label"])].add(row["id"])
    for entity_label in ENTITY_LABELS:
        tx.run(DELETE_ENTITIES.format(label=entity_label), ids=ids).consume()
    for event_label, event_ids in involving.items():
        tx.run(RECOUNT_EVENTS.format(label=event_label), ids=sorted(event_ids)).consume()


def event(graph: Graph, event_id: str) -> dict[str, Any] | None:
    """An event's properties, label and participants, or None when no event has this id."""
    query = "\nUNION ALL\n".join(
        f"MATCH (e:{lbl} {{id: $id}}) RETURN '{lbl}' AS label, properties(e) AS props, "
        f"[(e)-[i:INVOLVES]->(x) | {{role: i.role, id: x.id, name: x.name, label: labels(x)[0]}}] AS participants"
        for lbl in EVENT_LABELS.values()
    )
    rows = graph.read(query, id=event_id)
    if not rows:
        return None
    return {"label": rows[0]["label"], "participants": rows[0]["participants"], **rows[0]["props"]}


def entity_labels(graph: Graph, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """id -> (label, name) of the entities among ``ids`` that the graph holds."""
    query = "\nUNION ALL\n".join(
        f"UNWIND $ids AS id MATCH (n:{lbl} {{id: id}}) RETURN n.id AS id, '{lbl}' AS label, n.name AS name"
        for lbl in ENTITY_LABELS
    )
    return {row["id"]: (row["label"], row["name"]) for row in graph.read(query, ids=sorted(set(ids)))}


# --- the review queue ----------------------------------------------------------------------------


@dataclass
class Item:
    """One entry of the review queue: an entity or an event, why it may be wrong, and its evidence."""

    kind: str
    id: str
    label: str
    name: str
    reasons: list[str]
    mentions: int = 0
    confidence: float | None = None
    evidence: str = ""
    article: str = ""
    participants: list[dict[str, Any]] = field(default_factory=list)
    #: Entities of another type with this name ({id, label, name}): what it may be merged into.
    others: list[dict[str, Any]] = field(default_factory=list)

    @property
    def score(self) -> int:
        return sum(WEIGHTS[r.split(":")[0]] for r in self.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "score": self.score,
            "reasons": self.reasons,
            "mentions": self.mentions,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "article": self.article,
            "participants": self.participants,
            "others": self.others,
        }


#: Every label's unconfirmed entities in one round trip, as columns (lists of lists cost the driver
#: and server about twice as much).
ENTITIES = "\nUNION ALL\n".join(
    f"MATCH (n:{lbl}) WHERE n.confirmed IS NULL RETURN '{lbl}' AS label, collect(n.id) AS ids,"
    " collect(n.name) AS names, collect(coalesce(n.aliases, [])) AS aliases,"
    " collect(coalesce(n.mentions, 0)) AS mentions"
    for lbl in ENTITY_LABELS
)
#: The unconfirmed events with the given reasons, from the number of sides the writer keeps (``sides``;
#: a plain property test, far cheaper than counting INVOLVES on every event); the events written
#: before it kept them are all read, counted, and sorted out in Python.
EVENTS = "\nUNION ALL\n".join(
    f"""MATCH (e:{lbl}) WHERE e.confirmed IS NULL
  AND (e.sides IS NULL OR ((e.sides < 2) = $missing AND coalesce(e.confidence < $low, false) = $unsure))
RETURN collect([e.id, e.type, e.confidence, coalesce(e.sides, COUNT {{ (e)-[:INVOLVES]->() }})]) AS rows"""
    for lbl in EVENT_LABELS.values()
)
PARTICIPANTS = """
UNWIND $ids AS id
MATCH (e:{label} {{id: id}})
RETURN id, [(e)-[i:INVOLVES]->(x) | {{role: i.role, id: x.id, name: x.name, label: labels(x)[0]}}] AS participants
"""
FIRST_MENTION = """
UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(n:{label} {{id: id}})
WITH id, a, m ORDER BY a.published, a.id
WITH id, collect([a.title, a.text, m.first])[0] AS first
RETURN id, first[0] AS title, first[1] AS text, first[2] AS offset
"""
BEST_REPORT = """
UNWIND $ids AS id
MATCH (e:{label} {{id: id}})-[r:REPORTED_IN]->(a:Article)
WITH id, a, r ORDER BY r.confidence DESC, a.published, a.id
WITH id, collect([a.title, r.sentence])[0] AS best
RETURN id, best[0] AS title, best[1] AS sentence
"""
#: Characters of article text shown on either side of an entity's first mention.
CONTEXT_CHARS = 40
_LATIN = re.compile(r"[A-Za-z]")
_ODD = re.compile(r"[\d\W_]", re.UNICODE)


def review_queue(graph: Graph, org_suffixes: Iterable[str] = (), limit: int = 50) -> list[Item]:
    """The entities and events most likely wrong, first; each with its reasons and evidence.

    Confirmed entities and events never appear. ``org_suffixes`` are the endings of
    organisation names (科技, 公司): a person's name ending so is most likely an organisation.
    """
    entities = _entity_items(graph, tuple(org_suffixes))
    items = sorted([*entities, *_heavy_events(graph, entities, limit)], key=_rank)
    if 0 < limit < len(items):  # the names of events decide only among equals of the last one shown
        last = _rank(items[limit - 1])
        items = [i for i in items if _rank(i) <= last]
    _add_participants(graph, [i for i in items if i.kind == "event"])
    items = [replace(i) for i in sorted(items, key=lambda i: (*_rank(i), i.name, i.id))[:limit]]  # kept ones
    _add_evidence(graph, items)
    return items


def _rank(item: Item) -> tuple[int, int, float]:
    """The queue's order before names: the most reasons' weight first, then the least mentioned and confident."""
    return (-item.score, item.mentions, item.confidence or 0.0)


def _heavy_events(graph: Graph, entities: tuple[Item, ...], limit: int) -> list[Item]:
    """The events that can be among the first ``limit`` items, read by their reasons, heaviest first.

    Events of a weight are read only while fewer than ``limit`` items (the entities, the events read)
    weigh more: otherwise every item shown weighs more (a lighter one cannot even tie with the last),
    so the lighter events -- usually most of them -- are never read.
    """
    events: list[Item] = []
    for kind in EVENT_KINDS:
        if 0 < limit <= sum(1 for i in (*entities, *events) if i.score > _event_weight(kind)):
            break
        events += _event_items(graph, *kind)
    return events


def _entity_items(graph: Graph, org_suffixes: tuple[str, ...]) -> tuple[Item, ...]:
    """The unconfirmed entities that have a reason, kept per graph version (:func:`kept`): the read of
    every entity and their reasons cost ~100 ms each at 100k articles. Callers copy an item to change it."""
    return kept(graph, ("review entities", org_suffixes), lambda: _read_entity_items(graph, org_suffixes))


def _read_entity_items(graph: Graph, org_suffixes: tuple[str, ...]) -> tuple[Item, ...]:
    """Every unconfirmed entity is read, as a name spelled like another type's entity is a reason;
    only those with a reason become items (a few among thousands)."""
    rows = [
        (row["label"], *entity)
        for row in sorted(graph.read(ENTITIES), key=lambda r: ENTITY_LABELS.index(r["label"]))
        for entity in zip(row["ids"], row["names"], row["aliases"], row["mentions"], strict=True)
    ]
    by_name = _by_spelling(rows)
    items = []
    for lbl, entity_id, name, _, mentions in rows:
        others = [
            {"id": i, "label": other, "name": n}
            for i, other, n in by_name.get((name or "").lower(), ())
            if other != lbl
        ]
        reasons = _entity_reasons(lbl, name or "", others, mentions, org_suffixes)
        if reasons:
            items.append(
                Item("entity", entity_id, lbl, name or entity_id, reasons, mentions=mentions, others=others)
            )
    return tuple(items)


def _by_spelling(rows: list[tuple[Any, ...]]) -> dict[str, list[tuple[str, str, str]]]:
    """Lower-cased name or alias -> (id, label, name) of the entities spelled so (tuples: cheaper than dicts)."""
    by_name: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for lbl, entity_id, name, aliases, _ in rows:
        entry = (entity_id, lbl, name)
        for spelling in {name, *aliases}:
            if spelling:
                by_name[spelling.lower()].append(entry)
    return by_name


def _entity_reasons(
    entity_label: str, name: str, others: list[dict[str, Any]], mentions: int, org_suffixes: tuple[str, ...]
) -> list[str]:
    """An entity's reasons, in the queue's order of reasons (the heaviest first)."""
    reasons = []
    if others:
        reasons.append(f"two types: also a {', '.join(sorted({o['label'] for o in others}))}")
    if entity_label == "Person" and name.endswith(org_suffixes):
        reasons.append("person named like an organisation")
    if _unusual(entity_label, name):
        reasons.append("unusual name")
    if mentions <= 1:
        reasons.append("single mention")
    return reasons


def _unusual(entity_label: str, name: str) -> bool:
    """A name unlike the entities of its type: one character, very long, digits or symbols, a Latin person."""
    if len(name) < 2 or len(name) > 20:
        return True
    if entity_label == "Person":
        return bool(_LATIN.search(name)) or bool(_ODD.search(name.replace("·", "")))
    return False


def _event_items(graph: Graph, missing: bool, unsure: bool) -> list[Item]:
    """The unconfirmed events missing a side or not (``missing``), of low confidence or not (``unsure``),
    named by their type until :func:`_add_participants`; the scan of every event is kept per graph version."""
    rows = kept(
        graph,
        ("review events", missing, unsure),
        lambda: graph.read(EVENTS, missing=missing, unsure=unsure, low=LOW_CONFIDENCE),
    )
    items = []
    for row in rows:
        for event_id, event_type, confidence, sides in row["rows"]:
            low = confidence is not None and confidence < LOW_CONFIDENCE
            if (sides < 2, low) != (missing, unsure):
                continue  # written before the writer kept sides: read with every kind
            reasons = ["missing side"] if missing else []
            if low:
                reasons.append(f"low confidence: {confidence:.2f}")
            items.append(Item("event", event_id, event_type, event_type, reasons, confidence=confidence))
    return items


def _add_participants(graph: Graph, events: list[Item]) -> None:
    """Each event's sides, and its name from them (the type's when none is named)."""
    by_id = {i.id: i for i in events}
    for row in _per_label(graph, PARTICIPANTS, events):
        item = by_id[row["id"]]
        item.participants = row["participants"]
        item.name = " / ".join(p["name"] for p in item.participants if p["name"]) or item.name


def _add_evidence(graph: Graph, items: list[Item]) -> None:
    """The first mention's context for entities, the most confident report's sentence for events."""
    by_id = {i.id: i for i in items}
    for row in _per_label(graph, FIRST_MENTION, [i for i in items if i.kind == "entity"]):
        text, offset = row["text"] or "", row["offset"] or 0
        start = max(offset - CONTEXT_CHARS, 0)
        by_id[row["id"]].evidence = text[start : offset + CONTEXT_CHARS].replace("\n", " ")
        by_id[row["id"]].article = row["title"] or ""
    for row in _per_label(graph, BEST_REPORT, [i for i in items if i.kind == "event"]):
        by_id[row["id"]].evidence = row["sentence"] or ""
        by_id[row["id"]].article = row["title"] or ""


def _per_label(graph: Graph, template: str, items: list[Item]) -> list[dict[str, Any]]:
    """``template`` run once per node label of ``items`` (an indexed lookup each)."""
    ids: dict[str, list[str]] = defaultdict(list)
    for item in items:
        ids[item.label if item.kind == "entity" else EVENT_LABELS[item.label]].append(item.id)
    return [
        row for lbl, group in ids.items() for row in graph.read(template.format(label=label(lbl)), ids=group)
    ]
