"""Article-level passes over job changes: who an unnamed title is, and where a person went.

Reports of a job change are spread over an article: a headline says "X公司CTO离职", the body names the
CTO; one sentence says a person left, another where they went. These passes join what one sentence
alone cannot know, from the article's roles and its other events.
"""

from __future__ import annotations

from dataclasses import replace

from newsgraph.ingest.nlp.events.modality import ASSERTED, DENIED, PLANNED, RUMORED
from newsgraph.ingest.records import Event, Role


def with_named_people(events: list[Event], roles: list[Role], types: set[str]) -> list[Event]:
    """Events of ``types`` about an unnamed title ("X公司CTO离职") take the person the article gives that
    title at that organisation, when it gives exactly one."""
    out = []
    for event in events:
        if event.type in types and event.person is None and event.role and event.org:
            holders = {r.person for r in roles if r.org == event.org and r.title == event.role and r.person}
            if len(holders) == 1:
                event = replace(event, person=holders.pop())
        out.append(event)
    return out


def without_unnamed_repeats(events: list[Event], types: set[str]) -> list[Event]:
    """The events, less those of ``types`` about an unnamed title ("X公司高管离职") when the article names
    someone in an event of that type at that organisation: the headline's unnamed report is that one
    (titles differ between reports: 执行董事 in one, 董事会秘书 in the other). A denying unnamed report ("本公司未收到任何执行董事的辞呈")
    denies the rumoured or planned named one it stands for."""
    unnamed = [e for e in events if e.type in types and e.person is None]
    kept = []
    for event in events:
        if event.type in types and event.person is None:
            if not any(_repeats(event, other) for other in events):
                kept.append(event)
            continue
        if event.modality in (RUMORED, PLANNED) and any(
            u.modality == DENIED and _repeats(u, event) for u in unnamed
        ):
            event = replace(event, modality=DENIED)
        kept.append(event)
    return kept


def _repeats(unnamed: Event, named: Event) -> bool:
    """Whether an unnamed report tells the same job change as a named one."""
    return named.person is not None and (unnamed.type, unnamed.org) == (named.type, named.org)


def left_where_held(events: list[Event], roles: list[Role], departures: set[str]) -> list[Event]:
    """Departures whose organisation is their destination ("原COO张伟已离职，转投竞争对手X": a reading that took
    the one named as the organisation left) leave where the article gives the person their other post instead,
    when it gives exactly one, else no organisation: no one leaves for the place they leave."""
    out = []
    for event in events:
        if event.type in departures and event.org is not None and event.org == event.to_org:
            held = {r.org for r in roles if r.person == event.person and r.org and r.org != event.to_org}
            event = replace(event, org=held.pop() if len(held) == 1 else None)
        out.append(event)
    return out


def with_destinations(events: list[Event], departures: set[str], appointments: set[str]) -> list[Event]:
    """Departures that name no destination take the organisation the same person joins elsewhere in the
    article ("张三离开X。…他已加入Y"), when it is another one. A rumoured or planned departure of someone
    the article says did join its destination after it took place ("曝出张三即将辞职……然而他已加入Y")."""
    moves = [e for e in events if e.type in appointments and e.person and e.org]
    out = []
    for event in events:
        if event.type in departures and event.person:
            elsewhere = [m for m in moves if m.person == event.person and m.org != event.org]
            if elsewhere and not event.to_org:
                event = replace(event, to_org=elsewhere[0].org)
            if event.modality in (RUMORED, PLANNED) and any(_came_true(event, m) for m in elsewhere):
                event = replace(event, modality=ASSERTED)
        out.append(event)
    return out


def _came_true(departure: Event, move: Event) -> bool:
    """Whether ``move`` is the asserted arrival at the departure's destination, dated after the departure."""
    dated = departure.date is not None and move.date is not None and move.date > departure.date
    return move.org == departure.to_org and move.modality == ASSERTED and dated
