"""Tracks: one subject's progress on one venue (a company's listing on one exchange), told several times.

An article tells a listing in pieces: the plan, the filing, the hearing, the first trading day, each
in its own sentence and often without naming the venue again. Per type with a ``track`` (its file
names the subject, venue and stage slots), reports that name no venue take the one the article gives
for the same subject (its board, when they name its exchange and the article one board of it), and a bare restatement (a sentence with no stage word: "X的上市之路") adds
no stage to a subject whose track the article states elsewhere (a report with a stage of its own goes on a track
still open, not one a withdrawal or termination ended: the type's track ``ended``); nor does a vague stage the article
tells more of ("X冲刺港股IPO" beside "X递交招股书": the filing stands, the track's ``superseded``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from newsgraph.ingest.event_types import EventType, EventTypes, Track
from newsgraph.ingest.nlp.events.modality import ASSERTED, PLANNED
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.records import Event


def follow_tracks(types: EventTypes, text: str, events: list[Event]) -> list[Event]:
    """``events`` with each tracked type's venues filled in and bare or superseded restatements dropped."""
    for event_type in types:
        if event_type.track is not None:
            events = _one_type(event_type, event_type.track, text, events)
    return events


def _one_type(event_type: EventType, track: Track, text: str, events: list[Event]) -> list[Event]:
    ours = [e for e in events if e.type == event_type.name]
    venues = _subject_venues(track, ours)
    open_venues = _subject_venues(track, [e for e in ours if getattr(e, track.stage) not in track.ended])
    everywhere = _boards({v for found in venues.values() for v in found})
    stage_words = [w for words in event_type.statuses.values() for w in words]

    def bare(event: Event) -> bool:
        """A restatement with no stage word of a track the article tells elsewhere: one on another venue
        ("2021年5月在纳斯达克上市" beside a hearing in Hong Kong) is a track of its own."""
        return any(other is not event and same_track(track, event, other) for other in ours) and not any(
            w in text[event.start : event.end] for w in stage_words
        )

    def superseded(event: Event) -> bool:
        """A vague stage of a track whose later stage the article tells (on its venue, or either names none):
        asserted, or planned when the later one is planned too ("拟于今天递件" beside "预计今天申请在X板上市") or
        told as done (the plan carried out: "X计划赴美上市" beside "X已递交招股书"). A denied or rumoured one
        stays: denying the filing is not denying the preparation, and a denial answers the rumour of its own stage."""
        later = track.superseded.get(getattr(event, track.stage), ())
        return any(
            (
                event.modality == ASSERTED
                or (event.modality == PLANNED and other.modality in (PLANNED, ASSERTED))
            )
            and getattr(other, track.stage) in later
            and same_track(track, event, other)
            and not bare(other)
            for other in ours
        )

    kept = []
    for event in events:
        if event.type != event_type.name:
            kept.append(event)
        elif not bare(event) and not superseded(event):
            subject = getattr(event, track.subject)
            ends = getattr(event, track.stage) in track.ended
            found = (None if ends else open_venues.get(subject)) or venues.get(subject, set())
            own = _refined(found, everywhere)
            kept.append(_with_venue(event, track, own or everywhere))
    return kept


def _subject_venues(track: Track, events: list[Event]) -> dict[str, set[str]]:
    """Each subject's venues the reports name, its boards for an exchange the article names a board of."""
    venues: dict[str, set[str]] = defaultdict(set)
    for event in events:
        if getattr(event, track.subject) and getattr(event, track.venue):
            venues[getattr(event, track.subject)].add(getattr(event, track.venue))
    return {subject: _boards(found) for subject, found in venues.items()}


def same_track(track: Track, event: Event, other: Event) -> bool:
    """Whether two reports are of one subject on one venue (a report naming no venue may be of any, one naming
    an exchange or a market may be of any of its boards: "上交所终止X的审核" or "X计划登陆A股" beside "X撤回科创板申请")."""
    venues = {getattr(event, track.venue), getattr(other, track.venue)}
    return getattr(event, track.subject) == getattr(other, track.subject) and (
        None in venues or len(_boards(venues)) == 1
    )


def _with_venue(event: Event, track: Track, venues: set[str]) -> Event:
    """The event on the one venue its subject's track (or the article) names, when it names none or an exchange
    or market the venue belongs to."""
    if len(venues) != 1:
        return event
    venue = next(iter(venues))
    current = getattr(event, track.venue)
    if current is None or current in _ancestors(venue):
        return replace(event, **{track.venue: venue})
    return event


def _refined(own: set[str], everywhere: set[str]) -> set[str]:
    """A subject's venues, an exchange or a market replaced by the one board of it the article names ("深交所中止X的
    审核" in an article about X's 创业板 IPO: 创业板)."""
    refined: set[str] = set()
    for venue in own:
        boards = {b for b in everywhere if venue in _ancestors(b)}
        refined |= boards if len(boards) == 1 else {venue}
    return refined


def _ancestors(venue: str) -> set[str]:
    """The exchanges and markets a venue belongs to (科创板: 上交所, A股市场)."""
    found: set[str] = set()
    known = load_knowledge().entities.get(venue)
    while known is not None and known.parent and known.parent not in found:
        found.add(known.parent)
        known = load_knowledge().entities.get(known.parent)
    return found


def _boards(venues: set[str]) -> set[str]:
    """``venues`` without the exchanges and markets whose own boards are among them (科创板 and 上交所: 科创板)."""
    above = {a for v in venues for a in _ancestors(v)}
    return {v for v in venues if v not in above}
