"""Tracks: one subject's progress on one venue (a company's listing on one exchange), told several times.

An article tells a listing in pieces: the plan, the filing, the hearing, the first trading day, each
in its own sentence and often without naming the venue again. Per type with a ``track`` (its file
names the subject, venue and stage slots), reports that name no venue take the one the article gives
for the same subject, and a bare restatement (a sentence with no stage word: "X的上市之路") adds
no stage to a subject whose track the article states elsewhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from newsgraph.ingest.event_types import EventType, EventTypes, Track
from newsgraph.ingest.records import Event


def follow_tracks(types: EventTypes, text: str, events: list[Event]) -> list[Event]:
    """``events`` with each tracked type's venues filled in and bare restatements dropped."""
    for event_type in types:
        if event_type.track is not None:
            events = _one_type(event_type, event_type.track, text, events)
    return events


def _one_type(event_type: EventType, track: Track, text: str, events: list[Event]) -> list[Event]:
    ours = [e for e in events if e.type == event_type.name]
    venues: dict[str, set[str]] = defaultdict(set)
    for event in ours:
        if getattr(event, track.subject) and getattr(event, track.venue):
            venues[getattr(event, track.subject)].add(getattr(event, track.venue))
    stage_words = [w for words in event_type.statuses.values() for w in words]
    told: dict[str | None, int] = defaultdict(int)
    for event in ours:
        told[getattr(event, track.subject)] += 1

    def bare(event: Event) -> bool:
        return told[getattr(event, track.subject)] > 1 and not any(
            w in text[event.start : event.end] for w in stage_words
        )

    kept = []
    for event in events:
        if event.type != event_type.name:
            kept.append(event)
        elif not bare(event):
            subject_venues = venues.get(getattr(event, track.subject), set())
            if not getattr(event, track.venue) and len(subject_venues) == 1:
                event = replace(event, **{track.venue: next(iter(subject_venues))})
            kept.append(event)
    return kept
