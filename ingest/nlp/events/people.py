"""Article-level passes over job changes: who an unnamed title is, and where a person went.

Reports of a job change are spread over an article: a headline says "X公司CTO离职", the body names the
CTO; one sentence says a person left, another where they went. These passes join what one sentence
alone cannot know, from the article's roles and its other events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsgraph.ingest.nlp.candidates import ORG_LABELS
from newsgraph.ingest.nlp.entities import TICKER_AFTER
from newsgraph.ingest.nlp.events.modality import ASSERTED, DENIED, PLANNED, RUMORED
from newsgraph.ingest.nlp.events.rules import Rules
from newsgraph.ingest.nlp.events.sentences import Name, title_object
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.nlp.scripts import to_simplified
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
    article ("张三离开X。…他已加入Y"), when it is another one joined in no earlier year than the departure (not
    where a career began: "张三退休。他2010年加入Y，2020年回到X"). A rumoured or planned departure of someone
    the article says did join its destination after it took place ("曝出张三即将辞职……然而他已加入Y"). A joining
    the article denies ("他并未加盟Y") is no destination."""
    moves = [e for e in events if e.type in appointments and e.person and e.org and e.modality != DENIED]
    out = []
    for event in events:
        if event.type in departures and event.person:
            elsewhere = [
                m
                for m in moves
                if m.person == event.person and m.org != event.org and not _years_before(m, event)
            ]
            if elsewhere and not event.to_org:
                event = replace(event, to_org=elsewhere[0].org)
            if event.modality in (RUMORED, PLANNED) and any(_came_true(event, m) for m in elsewhere):
                event = replace(event, modality=ASSERTED)
        out.append(event)
    return out


def without_earlier_moves(
    events: list[Event], careers: set[tuple[str, str | None, str | None]], departures: set[str]
) -> list[Event]:
    """The events, less the moves read from a person's career only (``careers``: (type, person, organisation
    left) of "王五曾任职于X，2019年加入Y") to an organisation the article tells them leave now ("近日，王五离开了
    Y"): the career is the background of the departure reported; leaving X is no news of the article."""
    left = {(e.type, e.person, e.org) for e in events if e.type in departures and e.person and e.org}

    def earlier(event: Event) -> bool:
        retold = (event.type, event.person, event.to_org) in left
        return event.to_org is not None and retold and (event.type, event.person, event.org) in careers

    return [e for e in events if e.type not in departures or not earlier(e)]


def _years_before(move: Event, departure: Event) -> bool:
    """Whether ``move`` is dated in an earlier year than the departure (years only: a date read from "2024年"
    stands for the whole year)."""
    return move.date is not None and departure.date is not None and move.date.year < departure.date.year


def _came_true(departure: Event, move: Event) -> bool:
    """Whether ``move`` is the asserted arrival at the departure's destination, dated after the departure."""
    dated = departure.date is not None and move.date is not None and move.date > departure.date
    return move.org == departure.to_org and move.modality == ASSERTED and dated


# How many people the article must name leaving an organisation for it to report an exodus, when it reports
# none unnamed ("X多位高管离职").
_EXODUS = 2


def with_exodus_moves(
    events: list[Event],
    roles: list[Role],
    departures: set[str],
    moving: dict[str, tuple[str, ...]],
    mentions: list[tuple[str, int]],
    beside: Beside,
) -> list[Event]:
    """A departure for each person the article gives a post at an organisation it reports people leaving (as
    a group, or two named ones: "X近期高管接连出走。…副总裁陈立新8月加盟Y"; one leaver beside the move is not
    enough: "X的CTO张伟离职，副总裁李强则加盟了Y" may give 李强 a post at Y), who joins another with a word of
    moving there (``moving``: the words by the destination's type, 加盟, 转投): the move is one of the exodus,
    from X to Y. Not for someone whose departure the article tells, nor one given posts at two such
    organisations, nor one the article tells join X, or whose sentence names X joined after the move
    (``mentions``: each entity named and where; a career told in order: "2015年加入Y，2018年加盟X").

    So is a move whose own sentence states the post the person holds at another company (``beside``: "X副总裁张三
    加盟Y"), unless what they take is a seat beside it (Y的董事, 顾问)."""
    leavers: dict[str, set[str | None]] = {}
    for e in events:
        if e.type in departures and e.org:
            leavers.setdefault(e.org, set()).add(e.person)
    exodus = {org for org, people in leavers.items() if None in people or len(people) >= _EXODUS}
    told = {(e.type, e.person) for e in events if e.type in departures}
    joined = {(e.person, e.org) for e in events if e.type in moving}
    added = []
    for event in events:
        if event.type not in moving or not event.person or not event.org:
            continue
        if to_simplified(event.trigger) not in moving[event.type] or event.modality == DENIED:
            continue
        held = {
            (r.org, r.title)
            for r in roles
            if r.person == event.person
            and r.org != event.org
            and (r.org in exodus or beside.posted(r, event))
        }
        origins = {org for org, _ in held}
        if len(origins) != 1 or any((event.person, org) in joined for org in origins):
            continue
        origin = origins.pop()
        if _joined_after(event, origin, moving[event.type], mentions):
            continue
        title = next(t for o, t in sorted(held) if o == origin)
        added += [
            replace(event, type=leaving, org=origin, to_org=event.org, role=title)
            for leaving in departures
            if (leaving, event.person) not in told
        ]
    return events + added


@dataclass(frozen=True, slots=True)
class Beside:
    """What tells a post stated beside an arrival as the one left: the article's companies, and the titles of seats
    taken beside a post (a board's, an adviser's), which leave none."""

    companies: frozenset[str]
    seats: tuple[str, ...]
    # Each entity the article names, where it starts and ends: a post counts only where its company stands right
    # before it and the person ("X副总裁李强加盟Y"), not where the company comes from the context ("X的CTO离职，
    # 副总裁李强加盟Y").
    spans: frozenset[tuple[str, int, int]]
    # Marks that part the company from the person (clause and sentence ends, a list mark): no post between.
    breaks: str

    def posted(self, role: Role, event: Event) -> bool:
        """Whether ``role`` is a current post at another company stated, with that company, in the arrival's own
        sentence, and the arrival takes no seat beside it (named as its role or after its word: "加入Y董事会")."""
        if not (
            role.current
            and role.org in self.companies
            and event.org in self.companies
            and event.start <= role.start < event.end
        ):
            return False
        evidence = to_simplified(event.evidence)
        taken = (event.role or "") + evidence[max(evidence.find(to_simplified(event.trigger)), 0) :]
        return not any(seat in taken for seat in self.seats) and self._written_before(role, event)

    def _written_before(self, role: Role, event: Event) -> bool:
        """Whether the post's company and title stand right before the person in the arrival's sentence."""
        people = [
            (s, e) for entity, s, e in self.spans if entity == event.person and event.start <= s < event.end
        ]
        orgs = [(s, e) for entity, s, e in self.spans if entity == role.org and event.start <= s < event.end]
        return any(
            0 < p_start - o_end <= _POST_REACH
            and not any(
                mark in event.evidence[o_end - event.start : p_start - event.start] for mark in self.breaks
            )
            for _, o_end in orgs
            for p_start, _ in people
        )


# How far a company may stand before the person its post is written with ("X + 人工智能实验室首席科学家 + 张伟").
_POST_REACH = 16


def _joined_after(event: Event, origin: str, words: tuple[str, ...], mentions: list[tuple[str, int]]) -> bool:
    """Whether the sentence of an arrival names ``origin`` after it right after one of ``words`` of moving there
    ("2015年加入Y，2018年加盟X"): a career told in order, X joined after Y."""
    evidence = to_simplified(event.evidence)
    moved_at = max(evidence.find(to_simplified(event.trigger)), 0)
    return any(
        entity == origin
        and moved_at < at - event.start < len(evidence)
        and evidence[: at - event.start].rstrip().endswith(words)
        for entity, at in mentions
    )


def stated_roles(
    events: list[Event],
    roles: list[Role],
    names: list[Name],
    original: str,
    rules: Rules,
    types: set[str],
) -> list[Role]:
    """The roles appointments state that no role statement gave ("去年加入X并出任CFO的张伟", "由A、及B担任临时共同CEO"):
    an asserted appointment of ``types`` whose trigger gives its title as its object (see
    :func:`~.sentences.title_object`). A plan gives no role yet, as a role statement's ``future_cues`` say."""
    held = {(r.person, r.org, r.title) for r in roles}
    stated: list[Role] = []
    for event in events:
        person, org = event.person, event.org
        if (
            event.type not in types
            or event.modality != ASSERTED
            or person is None
            or org is None
            or event.role is None
        ):
            continue
        title = _given_title(event, names, original, rules)
        if (
            title is None
            or {(person, org, t) for t in (title.text, title.canonical)} & held
            or _read_with_its_field(roles, person, org, title)
        ):
            continue
        held.add((person, org, title.text))
        stated.append(
            Role(
                person=person,
                org=org,
                title=title.text,
                current=True,
                evidence=event.evidence,
                start=event.start,
                end=event.end,
                written=original[title.start : title.end],
            )
        )
    return stated


def _read_with_its_field(roles: list[Role], person: str, org: str, title: Name) -> bool:
    """Whether a role statement of the sentence already read this post with the field or unit written before the
    title mention ("在X担任AI部门主管": its AI部门主管 is the post the appointment's 主管 names, no second one)."""
    forms = tuple(to_simplified(t) for t in (title.text, title.canonical) if t)
    return any(
        r.person == person and r.org == org and r.start <= title.start < r.end and r.title.endswith(forms)
        for r in roles
    )


def _given_title(event: Event, names: list[Name], original: str, rules: Rules) -> Name | None:
    """The title mention the event's trigger gives as its object in the event's sentence, if it is the event's."""
    at = original.find(event.trigger, event.start, event.end)
    if at < 0:
        return None
    start = at + len(event.trigger)
    clause_end = next((i for i in range(start, event.end) if original[i] in rules.clause_ends), event.end)
    # A title written with another organisation is a post held there, not the one taken at the event's ("之前担任
    # 星云科技CTO的张伟已加入百度": CTO is 星云科技's, 百度 gives none).
    given = title_object(
        names,
        original,
        start,
        clause_end,
        rules.former_markers,
        lambda n: n.label in rules.org_labels and n.entity == event.org,
    )
    return given if given is not None and event.role in (given.canonical, given.text) else None


# Marks joining a piece of a Latin name to the letters or digits before it (7-Eleven, Na'Vi).
_LATIN_JOINERS = "-\u2010\u2013\u2019'"
# A run of Chinese characters and a ticker right after a mention: the name goes on to the ticker.
_RUN_TO_TICKER = re.compile(rf"([\u4e00-\u9fff]{{1,8}}){TICKER_AFTER.pattern}")


def cut_names(text: str, names: Sequence[Name]) -> frozenset[str]:
    """The organisations the article names only by pieces of longer written names: the tail of a Latin name
    joined by a hyphen or an apostrophe ("3-Eleven" read as Eleven), the word ending a product's name ("星火App"
    read as App), or the head of a listed company's name
    written up to its ticker ("小米远航资本(08123.HK)" read as 小米, where 远航资本 is no legal form). Such a
    piece names nothing the article tells of, or the wrong firm when it links to a known one."""
    cut: dict[str, bool] = {}
    for name in names:
        if name.entity and name.label in ORG_LABELS:
            cut[name.entity] = cut.get(name.entity, True) and _cut(text, name)
    return frozenset(entity for entity, pieces in cut.items() if pieces)


def _cut(text: str, name: Name) -> bool:
    """Whether this mention is a piece of a longer written name (see :func:`cut_names`)."""
    before = text[max(0, name.start - 2) : name.start]
    latin_tail = (
        len(before) == 2
        and before[1] in _LATIN_JOINERS
        and before[0].isascii()
        and before[0].isalnum()
        and name.text[:1].isascii()
        and name.text[:1].isalnum()
    )
    run = _RUN_TO_TICKER.match(text, name.end)
    # The name goes on to the ticker with more than organisation suffixes (小米 + 远航资本): it was cut.
    cut_before_ticker = run is not None and load_knowledge().without_suffixes(run.group(1)) != ""
    return latin_tail or _product_tail(text, name) or cut_before_ticker


def _product_tail(text: str, name: Name) -> bool:
    """Whether the mention is only the word ending a product's name, glued to the name before it (星火 + App,
    X + 大模型): a piece of the product's name, no firm."""
    glued = name.start > 0 and text[name.start - 1].isalnum()
    return glued and name.text.lower() in {t.lower() for t in load_knowledge().product_tails}


def named_whole(events: list[Event], departures: set[str], cut: frozenset[str]) -> list[Event]:
    """Departures without an organisation (left or gone to) the article names only by a piece of a longer name
    (``cut``, see :func:`cut_names`): no organisation is better than a wrong one."""
    out = []
    for event in events:
        if event.type in departures and (event.org in cut or event.to_org in cut):
            event = replace(
                event,
                org=None if event.org in cut else event.org,
                to_org=None if event.to_org in cut else event.to_org,
            )
        out.append(event)
    return out
