"""Business events (departures, appointments, partnerships, listings, funding, layoffs,
acquisitions) read from trigger words and the names standing around them.

Rules are data: per event type (``data/event_types``), trigger words with the
frame their arguments follow, status and kind cue words, the slots to fill and
the keys that merge reports; shared cue words in ``data/events.yaml``. Each
sentence is read by :mod:`newsgraph.ingest.nlp.events.reader`, whose triggers are turned into
drafts by the builders of :mod:`newsgraph.ingest.nlp.events.frames`: slots are filled from the
trigger's clause, then its sentence, then the article (the nearest earlier
organisation, or a person's organisation from ``doc._.roles``), and names
joined by coordinators give one event per company. This module scores,
dates and qualifies the drafts, merges repeated reports, and is the spaCy
component ``newsgraph_events`` that appends ``records.Event`` objects to
``doc._.events``. Every event keeps its evidence: the sentence of the
original (possibly Traditional) text with its offsets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from newsgraph.ingest.event_types import EventType, Track
from newsgraph.ingest.nlp.candidates import doc_text
from newsgraph.ingest.nlp.events.amounts import read_amount
from newsgraph.ingest.nlp.events.confidence import features
from newsgraph.ingest.nlp.events.frames import builder, labelled_tenderers, with_labelled_tenderers
from newsgraph.ingest.nlp.events.modality import (
    ASSERTED,
    DENIED,
    PLANNED,
    RUMORED,
    TriggerSite,
    announces,
    answer_back,
    answered_as_ordinary,
    modality_of,
    own_modality,
)
from newsgraph.ingest.nlp.events.people import (
    Beside,
    cut_names,
    left_where_held,
    named_whole,
    stated_roles,
    with_destinations,
    with_exodus_moves,
    with_named_people,
    without_earlier_moves,
    without_unnamed_repeats,
)
from newsgraph.ingest.nlp.events.reader import ArticleContext, Draft, SentenceReader, Trigger
from newsgraph.ingest.nlp.events.rules import Rules, load_rules
from newsgraph.ingest.nlp.events.sentences import Name, Sentence, split_sentences
from newsgraph.ingest.nlp.events.tracks import follow_tracks, same_track
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.nlp.scripts import to_simplified
from newsgraph.ingest.records import Byline, Entity, Event, Role
from spacy.language import Language
from spacy.tokens import Doc, Span


@dataclass(slots=True)
class ArticleView:
    """What the extractor needs from an NLP doc, so the rules can run on any source of mentions."""

    text: str
    original: str
    names: list[Name]
    roles: list[Role] = field(default_factory=list)
    published: date | None = None


# --- assembly -----------------------------------------------------------------------------------

# The frames reading a move from a career: a former title ("X前高管张三") or a past post ("他曾任X副总裁").
_CAREER_FRAMES = ("former", "past")


def _drafts(reader: SentenceReader) -> list[Draft]:
    """Drafts of every trigger of the sentence that fill one of their type's required slot sets.

    Each trigger's organisation is remembered before the next trigger is read: a reference back in
    the same sentence is to the event just named ("X完成A轮融资，该轮融资由Y领投").
    """
    drafts: list[Draft] = []
    for trigger in reader.triggers():
        built = builder(reader.rules.types[trigger.group.event_type].builder)(reader, trigger)
        for draft in (d for d in built if _complete(reader.rules, d)):
            reader.context.remember(trigger.group.event_type, draft.values.get("org"))
            drafts.append(draft)
    return drafts


def _complete(rules: Rules, draft: Draft) -> bool:
    type_rules = rules.types[draft.trigger.group.event_type]
    unknown = set(draft.values) - set(type_rules.slots)
    if unknown:
        raise ValueError(
            f"builder {type_rules.builder!r} filled {sorted(unknown)}, not slots of {type_rules.name}"
        )
    minimum = draft.trigger.group.min_orgs or type_rules.min_orgs
    if "orgs" in type_rules.slots and len(draft.values.get("orgs") or []) < minimum:
        return False
    return any(all(draft.values.get(slot) for slot in needed) for needed in type_rules.required)


def _confidence(rules: Rules, draft: Draft) -> float:
    weights = rules.weights
    slots = rules.types[draft.trigger.group.event_type].scored_slots
    filled = sum(1 for slot in slots if draft.values.get(slot)) / len(slots)
    distance = (
        abs(draft.trigger.start - draft.anchor) if draft.anchor is not None else weights["max_distance"]
    )
    closeness = 1 - min(distance, weights["max_distance"]) / weights["max_distance"]
    score = (
        weights["trigger"] * draft.trigger.group.strength
        + weights["arguments"] * filled
        + weights["proximity"] * closeness
        - weights["inferred"] * draft.inferred
    )
    return round(min(max(score, 0.05), 1.0), 3)


def _cue_blockers(rules: Rules, reader: SentenceReader) -> list[tuple[int, int]]:
    """Spans of the participants that stop a modality cue from reaching a trigger after them.

    A companion after "与" shares the act the cue scopes ("X拟与Y签约", "X并未与Y签署协议"), and so does the
    object of a trigger word chained before the trigger ("张三将接替李四出任CEO", "张三拟离开X加盟Y"), or the one
    a trigger's 的-phrase describes there ("张三将接替已离职的李四出任CEO"): the cue scopes the chain. They block
    nothing; another participant may be the one the cue is about ("X将Y出售给Z").
    """
    text, offset = reader.sentence.text, reader.sentence.start
    ends = [t.end for t in reader.triggers()]
    chained = {*ends, *(end + 1 for end in ends if reader.sentence.slice(end, end + 1) == "的")}
    return [
        (n.start - offset, n.end - offset)
        for n in reader.find.names
        if (reader.find.is_person(n) or reader.find.is_org(n))
        # The space a Latin name is set off with ("与 AIA 合作") is no word between.
        and not text[: n.start - offset].rstrip().endswith(rules.comitative_markers)
        and n.start not in chained
    ]


def _parties(reader: SentenceReader) -> list[tuple[int, int]]:
    """Spans of the sentence's people and organisations (relative to the sentence): whom each clause is about."""
    offset = reader.sentence.start
    return [
        (n.start - offset, n.end - offset)
        for n in reader.find.names
        if reader.find.is_person(n) or reader.find.is_org(n)
    ]


def _adjuncts(rules: Rules, reader: SentenceReader) -> list[tuple[int, int]]:
    """Spans of the sentence's time, venue, amount and field phrases (relative to the sentence), which a plan word
    reaches over: they name no participant the plan could belong to instead."""
    offset = reader.sentence.start
    labels = rules.adjunct_labels | rules.plan_reach_labels
    named = [(n.start - offset, n.end - offset) for n in reader.find.names if n.label in labels]
    return named + [m.span() for m in rules.field_adjunct.finditer(reader.sentence.text)]


def _companions(rules: Rules, reader: SentenceReader, clause_start: int, trigger_start: int) -> list[int]:
    """Where the phrases naming a participant of the act open in the trigger's clause before it ("与Y" in "X拟与Y签约",
    "向Y" in "X将向Y供货"), or its means ("以" in "X拟以5亿元向Y收购Z"), relative to the sentence."""
    text, offset = reader.sentence.text, reader.sentence.start
    participants = [
        n.start - offset - len(marker)
        for n in reader.find.names
        if (reader.find.is_person(n) or reader.find.is_org(n)) and clause_start <= n.start < trigger_start
        for marker in rules.act_prepositions
        if text[: n.start - offset].endswith(marker)
    ]
    means = rules.means_opener.finditer(text, clause_start - offset, trigger_start - offset)
    return participants + [m.start() for m in means]


def _to_event(rules: Rules, reader: SentenceReader, draft: Draft, article: ArticleView) -> Event:
    trigger = draft.trigger
    names = _cue_blockers(rules, reader)
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    site = TriggerSite(
        trigger.start - reader.sentence.start,
        trigger.end - reader.sentence.start,
        clause_start - reader.sentence.start,
        names,
        clause_end - reader.sentence.start,
        companions=_companions(rules, reader, clause_start, trigger.start),
        adjuncts=_adjuncts(rules, reader),
        parties=_parties(reader),
    )
    modality = modality_of(rules, reader.sentence.text, site)
    if modality == RUMORED and answered_as_ordinary(
        rules, reader.sentence.text, site, trigger.group.event_type
    ):
        modality = DENIED
    if modality == ASSERTED and reader.dated_after(trigger, article.published):
        modality = PLANNED
    if draft.presupposed and modality in (PLANNED, DENIED):
        modality = ASSERTED
    if modality == ASSERTED:
        text = reader.sentence.text
        modality = draft.told_modality or own_modality(rules, text, site, trigger.group.modality) or ASSERTED
    values = dict(draft.values)
    event_type = rules.types[trigger.group.event_type]
    kept = _kept_statuses(event_type, modality, reader, trigger)
    if values.get("status") and values["status"] == trigger.group.status and trigger.group.status not in kept:
        values["status"] = event_type.status_by_modality.get(modality, values["status"])
    sentence = reader.sentence
    return Event(
        type=trigger.group.event_type,
        trigger=article.original[trigger.start : trigger.end],
        modality=modality,
        confidence=_confidence(rules, draft),
        evidence=article.original[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
        # The sentence's date is the news's: an event it takes as known happened before ("继A之后，B也于昨日上市").
        date=None if draft.presupposed else reader.date(trigger, article.published),
        **values,  # type: ignore[arg-type]
    )


def _kept_statuses(
    event_type: EventType, modality: str, reader: SentenceReader, trigger: Trigger
) -> tuple[str, ...]:
    """The statuses a planned or rumoured report of the trigger's own act keeps. A planned one keeps them only when
    scheduled (``planned_keeps_when``): "X将于5日至10日招股" is past its approval, "X有意最快明年招股" is not."""
    if modality == RUMORED:
        return event_type.rumoured_keeps
    if modality != PLANNED:
        return ()
    when = event_type.planned_keeps_when
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    if when is not None and not when.search(reader.sentence.slice(clause_start, trigger.start)):
        return ()
    return event_type.planned_keeps


def _scalar_slots(event_type: EventType) -> list[str]:
    return [name for name, slot in event_type.slots.items() if not slot.is_list]


def _conflicts(
    rules: Rules, event_type: EventType, kept: Event, event: Event, slots: tuple[str, ...] | None = None
) -> bool:
    """Whether two reports disagree on a value both give (then they are different events).

    Values agree when one contains the other: "千万元" in a headline and
    "数千万元" in the body are one amount; so are two amounts written differently that stand
    for the same sum ("超十亿" and "超10亿元"). Only ``slots`` are compared when given:
    within a sentence, two sums are two transactions ("去年获5亿元，今年又获3亿元").
    """
    for slot in slots if slots is not None else _scalar_slots(event_type):
        if slot in event_type.slots and not event_type.slots[slot].tells_apart:
            continue
        a, b = getattr(kept, slot), getattr(event, slot)
        if a is None or b is None or a in b or b in a:
            continue
        if slot != "amount" or not _same_sum(rules, a, b):
            return True
    return False


def _same_sum(rules: Rules, written: str, other: str) -> bool:
    """Whether two written amounts stand for the same range in no two different currencies."""
    a, b = read_amount(rules, written), read_amount(rules, other)
    currencies = {a.currency, b.currency} - {None}
    return (a.low, a.high) == (b.low, b.high) != (None, None) and len(currencies) < 2


def _merge(
    rules: Rules,
    events: list[Event],
    within_sentence: bool,
    stated: list[bool] | None = None,
    named: frozenset[str] = frozenset(),
) -> list[Event]:
    """Merge reports of one event, filling the first one's empty slots from the later ones.

    Within a sentence, triggers sharing a main participant are one event
    whatever else they say ("完成融资，由X领投") unless they give two amounts or two stages at two dates; a status a word states beats one a
    trigger implies ("IPO获受理": filed), and of two stated ones the stronger wins
    (``stated`` tells, per event, whether its status was stated); two leavings of one person from two
    organisations the sentence names (``named``) are two. Across an article,
    later reports merge only when they do not contradict it ("本轮融资由X领投"), and
    the event keeps the evidence of its first report.
    """
    stated = stated or [False] * len(events)
    order = sorted(range(len(events)), key=lambda i: not stated[i]) if within_sentence else range(len(events))
    kept: dict[int, tuple[Event, bool]] = {}
    for i in order:
        event = events[i]
        event_type = rules.types[event.type]
        key = _merge_key(rules, event)
        same = (
            j
            for j, (k, _) in kept.items()
            if _merge_key(rules, k) == key
            and not (_conflicts(rules, event_type, k, event, ("amount",) if within_sentence else None))
            and not (within_sentence and _two_rounds(k, event))
            and not (within_sentence and _two_stints(rules, event_type, k, event, named))
            and not (
                within_sentence and event_type.track is not None and _tracks_apart(event_type.track, k, event)
            )
            and not (not within_sentence and event_type.destination_type and _stints_apart(k, event))
        )
        index = next(same, None)
        if index is None:
            kept[i] = (event, stated[i])
        else:
            previous, previous_stated = kept.pop(index)
            both = previous_stated and stated[i]
            if within_sentence and _reached_before_planned(event_type, previous, event):
                previous, event = event, previous
            announced = not within_sentence and announces(rules, event.evidence, event.trigger)
            kept[min(index, i)] = (_combined(event_type, previous, event, both, announced), previous_stated)
    return [kept[i][0] for i in sorted(kept)]


def _within_larger_deals(rules: Rules, events: list[Event]) -> list[Event]:
    """A sentence's events without those whose parties are some of a larger one's of the same type: a deal of
    three ("X联合A、B成立合资公司", "X、A与B三方签署协议") is one event among the three, as annotated news counts
    it, and the pairs a word of joining reads from it (X-A, X-B) are only parts of it, folded into it."""
    kept = list(events)
    for event in events:
        parties = _deal_parties(rules, event)
        if not parties:
            continue
        larger = next(
            (
                i
                for i, k in enumerate(kept)
                if k.type == event.type and parties < (_deal_parties(rules, k) or parties)
            ),
            None,
        )
        if larger is not None:
            kept[larger] = _combined(rules.types[event.type], kept[larger], event)
            kept.remove(event)
    return kept


def _deal_parties(rules: Rules, event: Event) -> frozenset[str] | None:
    """The members of the list slot that alone tells an event of its type from another (a partnership's
    organisations), or None when the type's events are told apart otherwise."""
    event_type = rules.types[event.type]
    key = event_type.merge_key
    if len(key) != 1 or len(key[0]) != 1 or key[0][0][1] is not None:
        return None
    slot = event_type.slots.get(key[0][0][0])
    if slot is None or not slot.is_list or event_type.merge_identity(event)[1] != -1:
        return None
    return frozenset(getattr(event, slot.name))


def _two_stints(
    rules: Rules, event_type: EventType, kept: Event, event: Event, named: frozenset[str]
) -> bool:
    """Whether two leavings of one sentence name two organisations left, both named in it (``named``): a career
    told before the news ("离开A三年后，张三近日从B离职", "2019年离开A的张三，近日又从B离职") has the person leave
    each. One guessed from elsewhere in the article ("张三从A离职，将重返学术界": the article's last firm for the
    second word) is only a worse reading of the same leaving."""
    return (
        event_type.destination_type is not None
        and {kept.org, event.org} <= named
        and _conflicts(rules, event_type, kept, event, ("org",))
    )


def _reached_before_planned(event_type: EventType, kept: Event, event: Event) -> bool:
    """Whether a sentence tells a stage of a track reached and the next one planned ("X今起招股，预计下周挂牌"):
    the stage reached is the event, whichever report a status word made come first; the plan only fills its gaps.
    So is a stage a scheduled act tells reached (``planned_keeps``: "X将于5日至10日招股，预计15日挂牌").
    A stage that only tells what happened (a first trading day, "两年内进行IPO") beside a plan is that plan told
    again, no stage reached."""
    return (
        event_type.track is not None
        and kept.modality == PLANNED
        and (event.modality == ASSERTED or event.status in event_type.planned_keeps)
        and event.status is not None
        and event.status not in event_type.happened_statuses
    )


# How many calendar years apart two reports of a person leaving one organisation must be dated to be two
# departures: a year's difference may be a date read from the text beside the publication date ("去年12月离职"
# in a January article), more is another stint.
_STINT_YEARS = 2


def _stints_apart(kept: Event, event: Event) -> bool:
    """Whether two reports of a person leaving one organisation are dated years apart, the earlier one for
    somewhere else: two stints, each left ("2009年离开X，加入Y……2021年回归X……2024年退休": the second leaving has no
    destination of the first). An earlier leaving for nowhere named is the one departure told again later
    ("2021年离开X。今年，他离开X后创办的Y…")."""
    if kept.date is None or event.date is None:
        return False
    earlier = kept if kept.date <= event.date else event
    return abs(kept.date.year - event.date.year) >= _STINT_YEARS and earlier.to_org is not None


def _two_rounds(kept: Event, event: Event) -> bool:
    """Whether two reports of one sentence name two rounds of a series ("完成A轮融资，三年后又获B轮融资"): two
    events. A kind of money ("战略投资") is no round of the series and names no other event."""
    rounds = (kept.round, event.round)
    return None not in rounds and kept.round != event.round and all(r.endswith("轮") for r in rounds)


def _tracks_apart(track: Track, kept: Event, event: Event) -> bool:
    """Whether two reports of one sentence are two events of a tracked type: two stages at two dates, or one
    subject's reports on two venues ("X冲刺科创板IPO失败，如今已向港交所递交招股书": the 科创板 track ended, the
    Hong Kong one is filed)."""
    return _stages_apart(kept, event) or not same_track(track, kept, event)


def _stages_apart(kept: Event, event: Event) -> bool:
    """Whether two reports of one sentence tell two stages of a track at two dates, both as facts ("去年6月首次递表，
    其后申请失效，今年3月再度递表，并于上周通过聆讯"): the track's steps, each an event, not one outcome told twice
    ("终止审核，撤回申请") nor a filing and the plan it serves ("递交招股书，计划当年上半年登陆纳斯达克")."""
    dated = kept.date is not None and event.date is not None and kept.date != event.date
    told = kept.modality == event.modality == ASSERTED
    return dated and told and None not in (kept.status, event.status) and kept.status != event.status


def _merge_key(rules: Rules, event: Event) -> tuple[object, ...]:
    """Events of one sentence with the same type and main participants (their type's merge key) are one event."""
    return rules.types[event.type].merge_identity(event)


def _combined(
    event_type: EventType, kept: Event, event: Event, stronger_status: bool = False, announced: bool = False
) -> Event:
    """``kept`` with its empty slots filled from ``event`` and both reports' lists joined.

    With ``stronger_status``, the stronger of the two statuses is kept (the type lists its statuses strongest first).
    ``announced`` tells that ``event`` is a later sentence's, told by the organisation or the person themself.
    """
    updates: dict[str, object] = {
        slot: getattr(event, slot) for slot in _scalar_slots(event_type) if getattr(kept, slot) is None
    }
    for slot in (name for name, spec in event_type.slots.items() if spec.is_list):
        updates[slot] = list(dict.fromkeys([*getattr(kept, slot), *getattr(event, slot)]))
    if stronger_status and kept.status and event.status:
        updates["status"] = _stronger_status(event_type, kept.status, event.status)
    if DENIED in (kept.modality, event.modality):
        updates["modality"] = DENIED  # a report that denies the event stands for it
    elif kept.modality == PLANNED and event.modality == ASSERTED and event_type.track is None:
        updates["modality"] = ASSERTED  # talks, then the deal signed: what was to come happened
    elif kept.modality == RUMORED and event.modality == ASSERTED and announced:
        # The lead's rumour an announcement later tells as a fact ("张三传出请辞。X公告称，张三辞任CTO"); the
        # article's own echo of it ("张三离开后，团队将重组") confirms nothing.
        updates["modality"] = ASSERTED
    updates["confidence"] = max(kept.confidence, event.confidence)
    return replace(kept, **updates)  # type: ignore[arg-type]


def _stronger_status(event_type: EventType, kept: str, other: str) -> str:
    """Of two stated statuses of one event, the stronger ("终止审核，撤回申请": withdrawn)."""
    order = list(event_type.statuses)
    return min((kept, other), key=lambda s: order.index(s) if s in order else len(order))


def _with_person_nouns(rules: Rules, text: str, names: list[Name]) -> list[Name]:
    """``names`` plus a Title mention for each person noun outside them ("两名高管离职").

    Many reports of a job change name no one ("X公司高管离职", "国脚退出国家队"); the
    noun then fills the person slot as a title does, with the organisation named next to it.
    """
    extra = [
        Name("Title", m.start(), m.end(), m.group(), None)
        for m in rules.person_nouns.finditer(text)
        if not any(n.start < m.end() and m.start() < n.end for n in names)
    ]
    return sorted([*names, *extra], key=lambda n: n.start)


def _each_of_group(
    rules: Rules, sentence: Sentence, previous: list[Event], article: ArticleView
) -> list[Event]:
    """The job changes of the people a sentence with none of its own names one by one (``each_markers`` opening
    its clauses, the first one too: "第一位是CTO张伟，第二位是CFO李强") or says are among them (``among_markers``:
    "前CTO张伟、前CFO李强也在其中") right after a sentence reporting a group's with no one named (``previous``:
    "X近一年来已有三位高管离开"): each of them is one of the group."""
    group = next(
        (e for e in previous if e.person is None and e.org and rules.types[e.type].destination_type), None
    )
    if group is None:
        return []
    among = _among_clause(rules, sentence, article)
    if among is not None:
        people = [n for n in sentence.names if among[0] <= n.start < among[1] and n.label == "Person"]
    else:
        people = _named_one_by_one(rules, sentence, article)
    evidence = article.original[sentence.start : sentence.end]
    return [
        replace(group, person=p.entity, role=None, evidence=evidence, start=sentence.start, end=sentence.end)
        for p in people
        if p.entity
    ]


def _identified(rules: Rules, sentence: Sentence, previous: list[Event], article: ArticleView) -> list[Event]:
    """The events of the sentence before (``previous``), a job change it told of a title alone at a named
    organisation ("X CTO近日离职") given the person this sentence says it was (``identity_markers`` right before
    them, maybe titles between: "据悉，此人为张伟"). Only when one such change was told: of two, the name
    fits either."""
    unnamed = [
        i
        for i, e in enumerate(previous)
        if e.person is None and e.org and e.role and rules.types[e.type].destination_type
    ]
    person = _named_identity(rules, sentence, article) if len(unnamed) == 1 else None
    if person is None:
        return previous
    return [replace(e, person=person.entity) if i == unnamed[0] else e for i, e in enumerate(previous)]


def _named_identity(rules: Rules, sentence: Sentence, article: ArticleView) -> Name | None:
    """The person named right after an ``identity_markers`` word of the sentence, only titles between."""
    text = article.text[sentence.start : sentence.end]
    for marker in rules.identity_markers:
        at = text.find(marker)
        if at < 0:
            continue
        end = sentence.start + at + len(marker)
        for name in sorted((n for n in sentence.names if n.start >= end), key=lambda n: n.start):
            if article.text[end : name.start].strip():
                break
            if name.label == "Person" and name.entity:
                return name
            if name.label != "Title":
                break
            end = name.end
    return None


def _among_clause(rules: Rules, sentence: Sentence, article: ArticleView) -> tuple[int, int] | None:
    """The clause an ``among_markers`` word stands in, if one does: it names the people among the group, the
    clauses after it others ("A、B也在其中，CEO C对此表示遗憾": C did not leave)."""
    text = article.text[sentence.start : sentence.end]
    at = min((text.find(m) for m in rules.among_markers if m in text), default=-1)
    return None if at < 0 else sentence.clause_of(sentence.start + at)


def _named_one_by_one(rules: Rules, sentence: Sentence, article: ArticleView) -> list[Name]:
    """The first person of each clause an ``each_markers`` word opens, when one opens the sentence."""
    people: list[Name] = []
    for index, (start, end) in enumerate(sentence.clauses):
        opening = article.text[start:end].lstrip(rules.clause_ends + " ")
        if not opening.startswith(rules.each_markers):
            if index == 0:
                return []
            continue
        people += [n for n in sentence.names if start <= n.start < end and n.label == "Person"][:1]
    return people


def extract_events(article: ArticleView, rules: Rules | None = None) -> list[Event]:
    """Every event the rules find in the article, sentence by sentence, in text order."""
    rules = rules or load_rules()
    context = ArticleContext(article.roles, article.names)
    reports: list[tuple[Sentence, list[Event]]] = []
    # Each event read from a career, and each told in words of its own, by (type, person, organisation).
    careers: set[tuple[str, str | None, str | None]] = set()
    worded: set[tuple[str, str | None, str | None]] = set()
    # The tenderers each sentence labels away from a bid's verb ("招标人：Y"), for the bids that name none.
    labelled: list[frozenset[str]] = []
    names = _with_person_nouns(rules, article.text, article.names)
    for sentence in split_sentences(article.text, rules.sentence_ends, rules.clause_ends, names):
        reader = SentenceReader(rules, sentence, context)
        drafts = _drafts(reader)
        events_here = [_to_event(rules, reader, d, article) for d in drafts]
        events_here = _posts_taken_over(rules, reader, drafts, events_here)
        events_here = _continued_modalities(rules, reader, drafts, events_here)
        events_here = _without_denied_destinations(rules, events_here)
        named = frozenset(n.entity for n in sentence.names if n.entity)
        merged = _within_larger_deals(
            rules, _merge(rules, events_here, True, [d.stated_status for d in drafts], named)
        )
        found = _without_moves_within(rules, drafts, events_here, merged)
        found = found or _each_of_group(rules, sentence, reports[-1][1] if reports else [], article)
        if reports:
            reports[-1] = (reports[-1][0], _identified(rules, sentence, reports[-1][1], article))
        for event in found:
            context.remember(event.type, event.org or event.acquirer or next(iter(event.orgs), None))
        context.told(found, rules.deal_roles)
        moves = [
            e for d, e in zip(drafts, events_here, strict=True) if d.trigger.group.frame in _CAREER_FRAMES
        ]
        context.told_careers(moves)
        careers.update((e.type, e.person, e.org) for e in moves)
        worded.update((e.type, e.person, e.org) for e in events_here if e not in moves)
        reports.append((sentence, found))
        labelled.append(labelled_tenderers(reader, found))
        context.advance(reader.find)
    events = with_labelled_tenderers(answer_back(rules, reports), labelled)
    events = _merge(rules, follow_tracks(rules.types, article.text, _merge(rules, events, False)), False)
    events = _merge(rules, _with_people(rules, events, article.roles, article.names), False)
    leaving = {t.name for t in rules.types if t.destination_type}
    events = without_earlier_moves(events, careers - worded, leaving)
    events = named_whole(events, leaving, cut_names(article.text, article.names))
    return [_with_amount_range(rules, _as_happened(rules, e)) for e in events]


def _without_moves_within(
    rules: Rules, drafts: list[Draft], reports: list[Event], found: list[Event]
) -> list[Event]:
    """The sentence's merged events (``found``) without a leaving read from a former post alone where the same
    person rises to a new post at the same organisation, as the merged reports tell it (``reports``: the sentence's
    events before merging, of ``drafts``; one of them may guess the post's organisation from the former title):
    "星河智能原副总裁陈静升任总裁" is a promotion, no one leaves 星河智能; a leaving word of its own ("原CEO张三已离职，
    转任顾问") still tells one. Only a word of rising (``rising``) tells a promotion: "原X董事长Y出任董事长" may be at
    another organisation the sentence names elsewhere."""
    joining = {t.destination_type for t in rules.types if t.destination_type}
    rising = {w for t in rules.types if t.name in joining for w in t.cue("rising")}
    taken = {(e.person, e.org) for e in found if e.type in joining and to_simplified(e.trigger) in rising}
    told = [
        (d.trigger.group.frame == "former", (e.type, e.person, e.org))
        for d, e in zip(drafts, reports, strict=True)
    ]
    only_former = {k for former, k in told if former} - {k for former, k in told if not former}
    return [e for e in found if not ((e.type, e.person, e.org) in only_former and (e.person, e.org) in taken)]


def _continued_modalities(
    rules: Rules, reader: SentenceReader, drafts: list[Draft], events: list[Event]
) -> list[Event]:
    """The sentence's events, those of a trigger of a later clause with no cue of its own taking the plan or rumour
    of the report it goes on with (see :func:`_told_before`). Every report of the word gets it: one word tells one
    act (李四's leaving is as planned as 王五's taking over). Left asserted, a merged appointment would be a fact."""
    told: dict[int, str] = {}
    for i, (draft, event) in enumerate(zip(drafts, events, strict=True)):
        modality = (
            _told_before(rules, reader, draft, event, events[:i]) if event.modality == ASSERTED else None
        )
        if modality is not None:
            told[draft.trigger.start] = modality
    return [
        replace(e, modality=told[d.trigger.start])
        if e.modality == ASSERTED and d.trigger.start in told
        else e
        for d, e in zip(drafts, events, strict=True)
    ]


def _told_before(
    rules: Rules, reader: SentenceReader, draft: Draft, event: Event, earlier: list[Event]
) -> str | None:
    """The plan or rumour a clause after the sentence's first takes from an earlier report: one its trigger opens
    goes on with the predicate before it ("王五将出任X CTO，接替李四": the same appointment, which 将 scopes); one a
    successor opener of the type opens names who takes the post a leaving before it frees ("张三将卸任CEO，由李四
    接任": taken when it is left). None when there is no such report."""
    clause_start, _ = reader.sentence.clause_of(draft.trigger.start)
    if clause_start == reader.sentence.start:
        return None
    opening = reader.sentence.slice(clause_start, draft.trigger.start)
    key = _merge_key(rules, event)
    if not opening:
        told = [e.modality for e in earlier if _merge_key(rules, e) == key]
    elif opening.startswith(rules.types[event.type].cue("successor_openers")):
        told = [e.modality for e in earlier if rules.types[e.type].destination_type == event.type]
    else:
        return None
    return next((m for m in reversed(told) if m in (PLANNED, RUMORED)), None)


def _posts_taken_over(
    rules: Rules, reader: SentenceReader, drafts: list[Draft], events: list[Event]
) -> list[Event]:
    """The sentence's events, one of a word taking over a post (``takeover``) that names no post as its object
    given the post a leaving before it in the sentence frees ("张三辞去CEO，由现任COO李四接任": CEO). The title
    the builder finds by the successor is the post they hold now, which describes them, not the one taken."""
    taken: list[Event] = []
    for i, (draft, event) in enumerate(zip(drafts, events, strict=True)):
        freed = _post_freed(rules, reader, draft, event, events[:i])
        taken.append(replace(event, role=freed.role, org=event.org or freed.org) if freed else event)
    return taken


def _post_freed(
    rules: Rules, reader: SentenceReader, draft: Draft, event: Event, earlier: list[Event]
) -> Event | None:
    """The latest leaving before a takeover word with no post object whose post the event's person takes: one of
    another person, at the event's organisation when it has one. None for any other word. A founder's title is
    no post freed ("创始人张三退休，由李四接棒": 李四 takes the lead, not the founding), so none is given."""
    word = to_simplified(reader.sentence.slice(draft.trigger.start, draft.trigger.end))
    if word not in rules.types[event.type].cue("takeover") or reader.post_object(draft.trigger):
        return None
    if event.role and not _describes_successor(rules, reader, draft, event):
        return None
    freed = next(
        (
            e
            for e in reversed(earlier)
            if rules.types[e.type].destination_type == event.type
            and e.role
            and e.person != event.person
            and (event.org is None or e.org in (None, event.org))
        ),
        None,
    )
    return replace(freed, role=None) if freed and freed.role in rules.founder_titles else freed


def _describes_successor(rules: Rules, reader: SentenceReader, draft: Draft, event: Event) -> bool:
    """Whether the title the event has, as written before the takeover word in its clause, describes the
    successor: it stands right before a person's name or after a cue of a post held now ("由现任COO李四接任").
    A title standing alone ("其中CFO一职由李四接任") is the post taken; one not written there is no one's."""
    clause_start, _ = reader.sentence.clause_of(draft.trigger.start)
    current = rules.types[event.type].cue("current_marks")
    people = {n.start for n in reader.sentence.names if n.label == "Person"}
    titles = [
        n
        for n in reader.sentence.names
        if n.label == "Title"
        and clause_start <= n.start
        and n.end <= draft.trigger.start
        and to_simplified(reader.sentence.slice(n.start, n.end)) == to_simplified(event.role or "")
    ]
    return not titles or any(
        n.end in people or reader.sentence.slice(clause_start, n.start).endswith(current) for n in titles
    )


def _without_denied_destinations(rules: Rules, events: list[Event]) -> list[Event]:
    """The sentence's events, a leaving one without the destination its own sentence denies the person went to
    ("张三已离职，但并未加盟Y", "原X副总裁张三并未如传言所说加盟Y": the joining of Y, of the type's
    ``destination_type``, is denied, so Y is where no one went)."""
    denied = {(e.type, e.person, e.org) for e in events if e.modality == DENIED}
    return [
        replace(e, to_org=None)
        if e.to_org and (rules.types[e.type].destination_type, e.person, e.to_org) in denied
        else e
        for e in events
    ]


def _as_happened(rules: Rules, event: Event) -> Event:
    """The event with a status that only tells what happened changed by its modality: a plan or rumour
    of a first trading day ("最快年内挂牌上市") is no listing yet."""
    event_type = rules.types[event.type]
    if event.status not in event_type.happened_statuses:
        return event
    return replace(event, status=event_type.status_by_modality.get(event.modality, event.status))


def _with_people(rules: Rules, events: list[Event], roles: list[Role], names: Sequence[Name]) -> list[Event]:
    """Job changes completed from the rest of the article: unnamed titles named, the moves of an exodus or from
    a post stated beside them told as departures, destinations filled (``names``: the article's mentions, which
    say where each entity is named and which are companies)."""
    mentions = [(n.entity, n.start) for n in names if n.entity]
    companies = frozenset(n.entity for n in names if n.entity and n.label == "Company")
    spans = frozenset((n.entity, n.start, n.end) for n in names if n.entity)
    leaving = {t.name for t in rules.types if t.destination_type}
    joining = {t.destination_type for t in rules.types if t.destination_type}
    seats = tuple(w for t in rules.types if t.name in joining for w in t.cue("seats_beside"))
    named = {t.name for t in rules.types if "person" in t.slots and "role" in t.slots}
    moving = {
        t.destination_type: t.cue("gone_to") for t in rules.types if t.destination_type and t.cue("gone_to")
    }
    events = with_exodus_moves(
        with_named_people(events, roles, named),
        roles,
        leaving,
        moving,
        mentions,
        Beside(companies, seats, spans, rules.clause_ends + rules.sentence_ends + "、"),
    )
    events = without_unnamed_repeats(events, named)
    return left_where_held(with_destinations(events, leaving, joining), roles, leaving)


def _with_amount_range(rules: Rules, event: Event) -> Event:
    """The event with the range its amount stands for (see :mod:`.amounts`)."""
    if not event.amount:
        return event
    amount = read_amount(rules, event.amount)
    return replace(event, amount_low=amount.low, amount_high=amount.high)


# --- spaCy component ----------------------------------------------------------------------------


def _doc_attr(doc: Doc, name: str, default: object) -> object:
    return getattr(doc._, name) if Doc.has_extension(name) else default


def _without_authors(names: list[Name], original: str, byline: Byline | None) -> list[Name]:
    """``names`` without the people the article's byline names as its writers (记者张三 in a dateline):
    they stay Person mentions of the text, but report the news and take no part in it, so no event may
    take one as its participant (the person who left, the one appointed)."""
    authors = frozenset(byline.authors if byline else ())
    if not authors:
        return names
    return [
        n
        for n in names
        if n.label != "Person" or (n.text not in authors and original[n.start : n.end] not in authors)
    ]


def article_view(doc: Doc) -> ArticleView:
    """The mentions, roles and dates an NLP doc carries, as the extractor's input."""
    has_id = Span.has_extension("entity_id")
    has_canonical = Span.has_extension("canonical")
    names = [
        Name(
            e.label_,
            e.start_char,
            e.end_char,
            e.text,
            e._.entity_id if has_id else None,
            e._.canonical if has_canonical else None,
        )
        for e in doc.ents
    ]
    text = doc_text(doc)
    original = str(_doc_attr(doc, "text_original", "") or text)
    return ArticleView(
        text=text,
        original=original,
        names=_without_authors(names, original, _doc_attr(doc, "byline", None)),  # type: ignore[arg-type]
        roles=list(_doc_attr(doc, "roles", None) or []),  # type: ignore[call-overload]
        published=_doc_attr(doc, "published", None),  # type: ignore[arg-type]
    )


class EventComponent:
    """Pipeline component: appends the article's events to ``doc._.events``."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        #: The types of taking a post (an appointment), whose events state the role they give.
        self.joining = {t.destination_type for t in rules.types if t.destination_type}
        for event_type in rules.types:
            builder(event_type.builder)  # a type naming a builder that does not exist fails here, at start
        if not Doc.has_extension("events"):
            Doc.set_extension("events", default=None)

    def __call__(self, doc: Doc) -> Doc:
        article = article_view(doc)
        events = extract_events(article, self.rules)
        if Doc.has_extension("entities") and doc._.entities is not None:
            _add_known_participants(doc._.entities, events)
            events = calibrated(self.rules, events, doc._.entities)
        doc._.events = [*(doc._.events or []), *events]
        if Doc.has_extension("roles") and doc._.roles is not None:
            stated = stated_roles(
                events, doc._.roles, article.names, article.original, self.rules, self.joining
            )
            doc._.roles = [*doc._.roles, *stated]
        return doc


def calibrated(rules: Rules, events: list[Event], entities: dict[str, Entity]) -> list[Event]:
    """The events with their report scores turned into calibrated chances (see :mod:`.confidence`)."""
    if rules.calibration is None:
        return events
    return [
        replace(
            e,
            confidence=rules.calibration.probability(
                features(e, entities, e.confidence, events, rules.calibration.weights), e.type
            ),
        )
        for e in events
    ]


def _add_known_participants(entities: dict[str, Entity], events: list[Event]) -> None:
    """Known entities an event names by a word that is no mention ("赴港" -> 香港交易所) join the article's
    entities, so its records and the graph can name them."""
    knowledge = load_knowledge()
    for event in events:
        for _, entity_id in event.participants():
            known = knowledge.entities.get(entity_id)
            if known is not None and entity_id not in entities:
                entities[entity_id] = Entity(
                    id=known.id,
                    label=known.label,
                    name=known.name,
                    name_en=known.name_en,
                    tickers=list(known.tickers),
                    parent=known.parent,
                    known=True,
                    kind=known.kind,
                )


@Language.factory("newsgraph_events")
def make_event_component(nlp: Language, name: str) -> EventComponent:
    """Factory registered with spaCy so the pipeline can ``add_pipe("newsgraph_events")``."""
    return EventComponent(load_rules())
