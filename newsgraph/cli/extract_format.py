"""The output of ``newsgraph extract``: JSON records and a human-readable table.

Records are flat dicts, one JSON line each, in the order byline, mentions, entities,
roles, events. The byline record (only when the article has one) gives the outlet and
reporters its own dateline, byline or source line names, with those tags as evidence:
the article's metadata, which no entity record repeats. Entity records (and the table's entities) are the organisations
and people the article names: a board of an exchange (科创板) is a listing's
venue, and a venue the article only implies ("赴港" -> 香港交易所) is no mention
of it; both stay in the events that name them (and in the graph, as venues).
Roles and events name entities as the article does: by the form its mentions
use most often (in Simplified script; the first of equals),
which is the entity record's ``name`` or one of its ``aliases``. A role or event
then reads like its evidence sentence ("广汽埃安", not the knowledge's short
"埃安"), and the entity record still gives the canonical name. A venue is the exception: few and
all known, it is named by its canonical name (纳斯达克 where a Taiwan paper writes 那斯達克), so that one
venue reads the same in every article. Optional event fields appear only when they have a value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.records import Entity, Event, Extraction

_EVENT_ENTITY_FIELDS = ("person", "org", "to_org", "board", "acquirer", "target")
_EVENT_ENTITY_LISTS = ("orgs", "investors")
_EVENT_VALUE_FIELDS = (
    "role",
    "status",
    "kind",
    "amount",
    "currency",
    "amount_low",
    "amount_high",
    "round",
    "scale",
)


def records_for(extraction: Extraction, doc_id: str) -> Iterator[dict[str, Any]]:
    """The JSON records of one document's extraction."""
    entities = extraction.entity_map()
    written = _article_names(extraction)

    def name(entity_id: str | None) -> str | None:
        return _name(entities, written, entity_id)

    byline = extraction.byline
    if byline.outlets or byline.authors:
        yield {
            "record": "byline",
            "doc": doc_id,
            "outlets": list(byline.outlets),
            "authors": list(byline.authors),
            "evidence": list(byline.evidence),
        }
    for m in extraction.mentions:
        yield {
            "record": "mention",
            "doc": doc_id,
            "label": m.label,
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "entity": m.entity,
        }
    for e in _named(extraction):
        yield {
            "record": "entity",
            "doc": doc_id,
            "id": e.id,
            "label": e.label,
            "kind": e.kind or None,
            "name": e.name,
            "aliases": list(e.aliases),
            "mentions": e.mentions,
        }
    for r in extraction.roles:
        yield {
            "record": "role",
            "doc": doc_id,
            "person": name(r.person),
            "org": name(r.org),
            "title": r.written or r.title,
            "normalised_title": r.title,
            "current": r.current,
            "evidence": r.evidence,
            "start": r.start,
            "end": r.end,
        }

    def venue(entity_id: str | None) -> str | None:
        entity = entities.get(entity_id or "")
        return entity.name if entity else name(entity_id)

    for event in extraction.events:
        yield _event_record(event, doc_id, name, venue)


def _named(extraction: Extraction) -> list[Entity]:
    """The entities the article names: mentioned, and no board (a venue, see the module docstring)."""
    return [e for e in extraction.entities if e.mentions and e.kind != "board"]


def _article_names(extraction: Extraction) -> dict[str, str]:
    """Each mentioned entity's most frequent written form, in Simplified script (the first of equals)."""
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for mention in extraction.mentions:
        if mention.entity:
            forms[mention.entity][to_simplified(mention.text)] += 1
    return {entity_id: counts.most_common(1)[0][0] for entity_id, counts in forms.items()}


def _name(entities: dict[str, Entity], written: dict[str, str], entity_id: str | None) -> str | None:
    """How the article names an entity id; its canonical name when no mention names it (a venue read
    from "赴港"), the id itself if the extraction lacks that entity."""
    if entity_id is None:
        return None
    entity = entities.get(entity_id)
    return written.get(entity_id) or (entity.name if entity else entity_id)


def _event_record(
    event: Event,
    doc_id: str,
    name: Callable[[str | None], str | None],
    venue: Callable[[str | None], str | None],
) -> dict[str, Any]:
    record: dict[str, Any] = {"record": "event", "doc": doc_id, "type": event.type, "trigger": event.trigger}
    for field in _EVENT_ENTITY_FIELDS:
        if getattr(event, field):
            record[field] = (venue if field == "board" else name)(getattr(event, field))
    for field in _EVENT_ENTITY_LISTS:
        if getattr(event, field):
            record[field] = [name(i) for i in getattr(event, field)]
    for field in _EVENT_VALUE_FIELDS:
        if getattr(event, field) is not None:
            record[field] = getattr(event, field)
    if event.date is not None:
        record["date"] = event.date.isoformat()
    record.update(
        modality=event.modality,
        confidence=event.confidence,
        evidence=event.evidence,
        start=event.start,
        end=event.end,
    )
    return record


def format_table(extractions: Iterable[Extraction], out: TextIO) -> None:
    """Entities, roles and events of each document as tables, for reading in a terminal."""
    console = Console(file=out, width=160, soft_wrap=False)
    for extraction in extractions:
        console.rule(f"{extraction.doc_id} ({extraction.script})")
        console.print(_entity_table(extraction))
        records = list(records_for(extraction, extraction.doc_id))
        roles = [r for r in records if r["record"] == "role"]
        events = [r for r in records if r["record"] == "event"]
        if roles:
            console.print(_role_table(roles))
        if events:
            console.print(_event_table(events))


def _entity_table(extraction: Extraction) -> Table:
    table = Table("label", "name", "id", "mentions", "aliases", title="entities")
    for e in sorted(_named(extraction), key=lambda e: (e.label, -e.mentions, e.name)):
        table.add_row(e.label, e.name, e.id, str(e.mentions), "、".join(e.aliases))
    return table


def _role_table(roles: list[dict[str, Any]]) -> Table:
    table = Table("person", "title", "organisation", "current", "evidence", title="roles")
    for r in roles:
        table.add_row(
            r["person"], r["title"], r["org"] or "", "yes" if r["current"] else "former", r["evidence"]
        )
    return table


def _event_table(events: list[dict[str, Any]]) -> Table:
    table = Table("type", "participants", "details", "date", "modality", "conf.", "evidence", title="events")
    for e in events:
        participants = [f"{f}={e[f]}" for f in _EVENT_ENTITY_FIELDS if f in e]
        participants += [f"{f}={'、'.join(e[f])}" for f in _EVENT_ENTITY_LISTS if f in e]
        details = [f"{f}={e[f]}" for f in _EVENT_VALUE_FIELDS if f in e]
        table.add_row(
            e["type"],
            "\n".join(participants),
            "\n".join(details),
            e.get("date", ""),
            e["modality"],
            f"{e['confidence']:.2f}",
            e["evidence"],
        )
    return table
