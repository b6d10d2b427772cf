"""The digest as JSON for other tools, following ``digest.schema.json`` (JSON Schema draft 2020-12).

Keys come in a fixed order, dates are ISO strings, timestamps carry the
digest's zone offset and confidences are rounded to 3 decimals, so the bytes
only change when the graph does. Text is stored as found (JSON escaping is
the consumer's safety); the Chinese display words are left to the other
formats, except each event's headline, given in Chinese and English.

The event types and section keys the schema allows come from the event type
files; ``python -m newsgraph.ui.digest.json_export`` rewrites the shipped
schema after a type is added (a test fails until it is).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsgraph.ingest.event_types import LANGUAGES, event_types
from newsgraph.ui.digest import base
from newsgraph.ui.digest.model import Digest, DigestEvent, SourceArticle
from newsgraph.ui.digest.period import Period
from newsgraph.ui.vocabulary import Words, words

SCHEMA_PATH = Path(__file__).with_name("digest.schema.json")
SCHEMA_ID = "https://newsgraph.invalid/schema/digest-1.json"
FORMAT_VERSION = 1


def to_data(digest: Digest) -> dict[str, Any]:
    """The digest as plain JSON values, in the shape the schema documents."""
    return {
        "$schema": SCHEMA_ID,
        "version": FORMAT_VERSION,
        "period": {**_period(digest.period), "previous": _period(digest.period.previous())},
        "updated": digest.updated.isoformat(),
        "empty": digest.empty,
        "counts": [
            {"type": c.type, "count": c.count, "previous": c.previous, "delta": c.delta}
            for c in digest.counts
        ],
        "active_companies": [
            {"id": c.id, "name": c.name, "events": c.events} for c in digest.active_companies
        ],
        "new_entities": {
            "total": digest.new_entities_total,
            "items": [
                {
                    "id": e.id,
                    "name": e.name,
                    "label": e.label,
                    "mentions": e.mentions,
                    "first_seen": e.first_seen.isoformat(),
                }
                for e in digest.new_entities
            ],
        },
        "sections": [
            {"key": s.key, "stage": s.stage, "events": [_event(e) for e in s.events]} for s in digest.sections
        ],
    }


def _period(period: Period) -> dict[str, Any]:
    return {
        "label": period.label,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "tz": period.tz,
    }


def _event(event: DigestEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "headline": {lang: base.headline(event, words(lang)) for lang in LANGUAGES},
        "date": _iso(event.date),
        "first_reported": _iso(event.first_reported),
        "status": event.status,
        "modality": event.modality,
        "tentative": event.tentative,
        "confidence": round(event.confidence, 3),
        "confirmed": event.confirmed,
        "details": dict(event.details),
        "participants": [
            {"role": p.role, "id": p.id, "name": p.name, "label": p.label, "mentions": p.mentions}
            for p in event.participants
        ],
        "evidence": event.evidence,
        "sources": [_source(s) for s in event.sources],
    }


def _source(source: SourceArticle) -> dict[str, Any]:
    return {
        "article": source.article,
        "title": source.title,
        "url": source.url,
        "source": source.source,
        "published": _iso(source.published),
        "published_at": _iso(source.published_at),
        "sentence": source.sentence,
        "modality": source.modality,
        "confidence": round(source.confidence, 3),
    }


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def render(digest: Digest, w: Words) -> bytes:
    """The same JSON whatever the language: it holds raw values and the headline in every language."""
    return (json.dumps(to_data(digest), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema the output follows: the shipped file with the event types and sections of this process."""
    data = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    types = event_types()
    data["$defs"]["event_type"]["enum"] = list(types.names())
    data["$defs"]["section_key"]["enum"] = [section.key for section in types.sections]
    return data


def schema_text() -> str:
    """:func:`schema` as the shipped file writes it."""
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"


EXPORTER = base.Exporter("json", "JSON", "json", "application/json", render)

if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
