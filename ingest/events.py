"""Business events (departures, appointments, partnerships, listings, funding, layoffs,
acquisitions) read from trigger words and the names standing around them.

Rules are data (``data/events.yaml``): per event type, trigger words with the
frame their arguments follow, plus status, kind and modality cue words. For
each trigger this module fills the type's slots from the trigger's clause,
then its sentence, then the article (the nearest earlier organisation, or a
person's organisation from ``doc._.roles``); names joined by coordinators
give one event per company. Every event keeps its evidence: the sentence of
the original (possibly Traditional) text with its offsets.

The spaCy component ``newsgraph_events`` runs last in the pipeline and
appends ``records.Event`` objects to ``doc._.events``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.dates import find_dates
from ingest.event_args import Finder
from ingest.event_rules import Rules, TriggerGroup, load_rules
from ingest.modality import TriggerSite, modality_of
from ingest.records import Event, Role
from ingest.sentences import Name, Sentence, split_sentences

# Slots whose value is a list of entity ids; the others hold one value or None.
_LIST_SLOTS = ("orgs", "investors")
# How many characters before an amount a cue may stand to disqualify it.
_CUE_WINDOW = 6


@dataclass(slots=True)
class ArticleView:
    """What the extractor needs from an NLP doc, so the rules can run on any source of mentions."""

    text: str
    original: str
    names: list[Name]
    roles: list[Role] = field(default_factory=list)
    published: date | None = None


@dataclass(slots=True)
class Trigger:
    """One trigger word found in a sentence, with the rule group it fires."""

    group: TriggerGroup
    start: int
    end: int
    word: str


@dataclass(slots=True)
class Draft:
    """An event being filled: slot values plus how many were inferred from outside the sentence."""

    trigger: Trigger
    values: dict[str, object] = field(default_factory=dict)
    inferred: int = 0
    anchor: int | None = None


class SentenceReader:
    """Reads the events of one sentence, given the article context before it."""

    def __init__(self, rules: Rules, sentence: Sentence, context: ArticleContext) -> None:
        self.rules = rules
        self.sentence = sentence
        self.find = Finder(rules, sentence)
        self.context = context
        self._triggers: list[Trigger] | None = None

    # --- triggers -------------------------------------------------------------------------------

    def triggers(self) -> list[Trigger]:
        """Every trigger of the sentence that passes its group's constraints, in text order."""
        if self._triggers is None:
            self._triggers = self._find_triggers()
        return self._triggers

    def _find_triggers(self) -> list[Trigger]:
        found = []
        names = [n for n in self.sentence.names if n.label != "Date"]
        for match in self.rules.trigger_pattern.finditer(self.sentence.text):
            start, end = self.sentence.start + match.start(), self.sentence.start + match.end()
            if any(n.start <= start and end <= n.end for n in names):
                continue
            for group in self.rules.groups_for(match.group()):
                if self._admits(group, start, end):
                    found.append(Trigger(group, start, end, match.group()))
        return found

    def _admits(self, group: TriggerGroup, start: int, end: int) -> bool:
        before = self.sentence.slice(self.sentence.start, start)
        after = self.sentence.slice(end, self.sentence.end)
        if any(before.endswith(w) for w in group.not_after) or any(after.startswith(w) for w in group.not_before):
            return False
        return not group.needs or any(self._has(need, start) for need in group.needs)

    def _has(self, need: str, position: int) -> bool:
        """Whether the sentence offers what a trigger group ``needs``."""
        names = self.find.names
        if need == "person":
            return any(self.find.is_person(n) for n in names)
        if need == "org2":
            return len({n.entity for n in names if self.find.is_org(n)}) >= 2
        if need == "exchange":
            return any(n.label == "Exchange" for n in names)
        if need == "listing":
            return any(
                g.event_type == "listing" and not g.needs
                for m in self.rules.trigger_pattern.finditer(self.sentence.text)
                for g in self.rules.groups_for(m.group())
            )
        pattern = {"amount": self.rules.amount, "round": self.rules.round, "scale": self.rules.scale}[need]
        return pattern.search(self.sentence.text) is not None

    # --- events ---------------------------------------------------------------------------------

    def events(self) -> list[Draft]:
        drafts = []
        for trigger in self.triggers():
            build = _BUILDERS[trigger.group.event_type]
            drafts += build(self, trigger)
        return [d for d in drafts if self._complete(d)]

    def _complete(self, draft: Draft) -> bool:
        type_rules = self.rules.types[draft.trigger.group.event_type]
        minimum = draft.trigger.group.min_orgs or type_rules.min_orgs
        if "orgs" in type_rules.slots and len(draft.values.get("orgs") or []) < minimum:
            return False
        return any(all(draft.values.get(slot) for slot in needed) for needed in type_rules.required)

    # --- shared slot helpers ----------------------------------------------------------------------

    def context_org(self, draft: Draft) -> str | None:
        """The article's last organisation, when the sentence refers back to one before the trigger."""
        before = self.sentence.slice(self.sentence.start, draft.trigger.start)
        if self.context.last_org and any(word in before for word in self.rules.anaphora):
            draft.inferred += 1
            return self.context.last_org
        return None

    def person_org(self, draft: Draft, person: Name, trigger: Trigger) -> str | None:
        """The organisation a person belongs to: named next to them, else their role, else the article's."""
        clause_start, _ = self.sentence.clause_of(person.start)
        lo, hi = sorted((person.end, trigger.start))
        between = self.find.in_range(self.find.is_org, lo, hi)
        if between:
            return between[0].entity
        before = self.find.before(self.find.is_org, person.start, clause_start)
        if before:
            return before[-1].entity
        role_org = self.context.role_org(person.entity)
        if role_org:
            return role_org
        earlier = self.find.before(self.find.is_org, person.start)
        if earlier:
            return earlier[-1].entity
        if self.context.last_org:
            draft.inferred += 1
        return self.context.last_org

    def title_near(self, person: Name, trigger: Trigger) -> str | None:
        """The title standing next to a person or as the trigger's object ("辞去CEO职务")."""
        titles = [n for n in self.find.names if n.label == "Title"]
        clause_start, clause_end = self.sentence.clause_of(trigger.start)
        near = [t for t in titles if clause_start <= t.start and t.end <= clause_end]
        if not near:
            return self.context.role_title(person.entity)
        return min(near, key=lambda t: min(abs(t.start - person.end), abs(person.start - t.end))).text

    def amount(self, trigger: Trigger) -> tuple[str | None, str | None]:
        """The money amount nearest the trigger, normalised, and its currency code."""
        match = _nearest(self.rules.amount, self.sentence, trigger, self.rules.amount_not_after)
        return _normalise_amount(self.rules, match.group()) if match else (None, None)

    def date(self, trigger: Trigger, published: date | None) -> date | None:
        """The date expression nearest the trigger (earlier ones preferred), else the publication date."""
        mentions = find_dates(self.sentence.text, published)
        if not mentions:
            return published
        at = trigger.start - self.sentence.start
        best = min(mentions, key=lambda m: (m.start > at, abs(m.start - at)))
        return best.value

    def status(self, trigger: Trigger, statuses: dict[str, tuple[str, ...]]) -> str | None:
        """The strongest status word of the trigger's clause (the file lists statuses strongest first)."""
        clause = self.sentence.slice(*self.sentence.clause_of(trigger.start))
        for status, words in statuses.items():
            if any(w in clause for w in words):
                return status
        return None


class ArticleContext:
    """What earlier sentences of the article tell about the current one."""

    def __init__(self, roles: list[Role]) -> None:
        self.roles = roles
        self.last_org: str | None = None

    def role_org(self, person: str | None) -> str | None:
        return next((r.org for r in self.roles if r.person == person and r.org), None)

    def role_title(self, person: str | None) -> str | None:
        return next((r.title for r in self.roles if r.person == person and r.title), None)

    def advance(self, finder: Finder) -> None:
        orgs = [n for n in finder.names if finder.is_org(n)]
        if orgs:
            self.last_org = orgs[-1].entity


# --- per-type builders --------------------------------------------------------------------------


def _is_title(name: Name) -> bool:
    return name.label == "Title"


def _holders(reader: SentenceReader, trigger: Trigger) -> tuple[list[Name], list[Name]]:
    """The organisations acting on a job change, and the people (or bare titles) it happens to.

    A named person is preferred; a title stands in for an unnamed one
    ("X公司CTO离职"). The trigger's clause is searched before the rest of the sentence.
    """
    find = reader.find
    if trigger.group.frame == "object":
        agent, people = find.agent_patient(find.is_org, find.is_person, (trigger.start, trigger.end))
        if not people:
            agent, people = find.agent_patient(find.is_org, _is_title, (trigger.start, trigger.end))
        return agent, people
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    successor = lambda n: find.is_person(n) and not find.preceded_by(n, reader.rules.predecessor_markers)  # noqa: E731
    for pick, lo in ((successor, clause_start), (_is_title, clause_start), (successor, None)):
        people = find.before(pick, trigger.start, lo)
        if people:
            return [], people
    return [], []


def _people_events(
    reader: SentenceReader, trigger: Trigger, fill: Callable[[Draft, Name], None], people: list[Name]
) -> list[Draft]:
    """One draft per person (or title) of a coordinated group, each filled by ``fill``."""
    drafts = []
    for person in people:
        if _is_title(person):
            draft = Draft(trigger, {"person": None, "role": person.text}, anchor=person.start)
        else:
            draft = Draft(trigger, {"person": person.entity}, anchor=person.start)
        fill(draft, person)
        drafts.append(draft)
    return drafts


def _departure(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    find = reader.find
    agent, people = _holders(reader, trigger)
    _, clause_end = reader.sentence.clause_of(trigger.start)
    appointment_at = _next_trigger(reader, trigger, "appointment")
    object_orgs = find.after(find.is_org, trigger.end, appointment_at or clause_end)

    def fill(draft: Draft, person: Name) -> None:
        if agent:
            draft.values["org"] = agent[0].entity
        elif object_orgs and trigger.group.frame == "subject":
            draft.values["org"] = object_orgs[0].entity
        else:
            draft.values["org"] = reader.person_org(draft, person, trigger)
        draft.values["role"] = draft.values.get("role") or reader.title_near(person, trigger)
        if appointment_at is not None:
            to_org = find.after(find.is_org, appointment_at)
            draft.values["to_org"] = to_org[0].entity if to_org else None

    return _people_events(reader, trigger, fill, people)


def _appointment(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    find = reader.find
    _, clause_end = reader.sentence.clause_of(trigger.start)
    agent, people = _holders(reader, trigger)
    org_names = agent or find.after(find.is_org, trigger.end, clause_end)

    def fill(draft: Draft, person: Name) -> None:
        draft.values["org"] = org_names[0].entity if org_names else reader.person_org(draft, person, trigger)
        draft.values["role"] = draft.values.get("role") or reader.title_near(person, trigger)

    return _people_events(reader, trigger, fill, people)


def _partnership(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    find = reader.find
    type_rules = reader.rules.types["partnership"]
    clause_start, clause_end = reader.sentence.clause_of(trigger.start)
    if trigger.group.frame == "bid":
        names = _bid_parties(reader, trigger)
        if names is None:
            return []
    else:
        names = find.in_range(find.is_org, clause_start, clause_end)
        if len({n.entity for n in names}) < (trigger.group.min_orgs or type_rules.min_orgs):
            names = find.before(find.is_org, clause_start) + names
    draft = Draft(trigger, {"orgs": list(dict.fromkeys(n.entity for n in names))})
    draft.anchor = names[0].start if names else None
    if not names and (org := reader.context_org(draft)):
        draft.values["orgs"] = [org]
    clause = reader.sentence.slice(clause_start, clause_end)
    kinds = [k for k, words in type_rules.kinds.items() if any(w in clause for w in words)]
    draft.values["kind"] = trigger.group.kind if trigger.group.kind in kinds or not kinds else kinds[0]
    draft.values["status"] = reader.status(trigger, type_rules.statuses) or "active"
    return [draft]


def _bid_parties(reader: SentenceReader, trigger: Trigger) -> list[Name] | None:
    """Winners first (the group before "中标"), then the party that tendered (marked, or its object).

    None when only a tenderer is named: the winner must come first, so such a bid is not reported.
    """
    find = reader.find
    type_rules = reader.rules.types["partnership"]
    tenderers = find.marked(find.is_org, type_rules.tenderer_after, type_rules.tenderer_before)
    bidder = lambda n: find.is_org(n) and n not in tenderers  # noqa: E731
    winners = find.subject(bidder, trigger.start)
    _, clause_end = reader.sentence.clause_of(trigger.start)
    if not winners:
        winners = find.after(bidder, trigger.end, clause_end)
    else:
        tenderers = tenderers or find.after(bidder, trigger.end, clause_end)[:1]
    if tenderers and not winners:
        return None
    return winners + [t for t in tenderers if t not in winners]


def _org_events(reader: SentenceReader, trigger: Trigger, names: list[Name]) -> Iterator[Draft]:
    """One draft per organisation of the group (the article's last one if the sentence names none)."""
    if names:
        for name in names:
            yield Draft(trigger, {"org": name.entity}, anchor=name.start)
        return
    draft = Draft(trigger)
    draft.values["org"] = reader.context_org(draft)
    yield draft


def _listing(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    find = reader.find
    subject = find.subject(lambda n: find.is_org(n), trigger.start)
    exchanges = [n for n in find.names if n.label == "Exchange"]
    board = min(exchanges, key=lambda n: abs(n.start - trigger.start)).entity if exchanges else None
    status = reader.status(trigger, reader.rules.types["listing"].statuses) or trigger.group.status
    drafts = list(_org_events(reader, trigger, subject))
    for draft in drafts:
        draft.values.update(board=board, status=status)
    return drafts


def _funding(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    find = reader.find
    investors = _investors(reader, trigger)
    not_investor = lambda n: find.is_org(n) and n not in investors  # noqa: E731
    if trigger.group.frame == "invest":
        _, clause_end = reader.sentence.clause_of(trigger.start)
        funded = find.after(not_investor, trigger.end, clause_end) or find.before(not_investor, trigger.start)
    else:
        _, clause_end = reader.sentence.clause_of(trigger.start)
        funded = find.before(not_investor, trigger.start) or find.after(not_investor, trigger.end, clause_end)
    amount, currency = reader.amount(trigger)
    round_match = _nearest(reader.rules.round, reader.sentence, trigger)
    drafts = list(_org_events(reader, trigger, funded[:1]))
    for draft in drafts:
        draft.values.update(
            amount=amount,
            currency=currency,
            round=_normalise_round(round_match.group()) if round_match else None,
            investors=list(dict.fromkeys(n.entity for n in investors if n.entity != draft.values["org"])),
        )
    return drafts


def _investors(reader: SentenceReader, trigger: Trigger) -> list[Name]:
    """Organisations the sentence marks as investors: "由X领投", "获X投资", "投资方为X"."""
    find = reader.find
    type_rules = reader.rules.types["funding"]
    found = find.marked(find.is_org, type_rules.investor_after, type_rules.investor_before)
    if trigger.group.frame == "invest":
        found += [n for n in find.before(find.is_org, trigger.start) if n not in found]
    return found


def _layoff(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    find = reader.find
    subject = find.subject(lambda n: find.is_org(n), trigger.start)
    scale = _nearest(reader.rules.scale, reader.sentence, trigger)
    drafts = list(_org_events(reader, trigger, subject))
    for draft in drafts:
        draft.values["scale"] = re.sub(r"\s+", "", scale.group()) if scale else None
    return drafts


def _acquisition(reader: SentenceReader, trigger: Trigger) -> list[Draft]:
    find = reader.find
    if trigger.group.frame == "sell":
        seller = find.subject(find.is_org, trigger.start)
        recipient = find.marker_after(reader.rules.recipient_markers, trigger.end)
        buyer = find.after(find.is_org, recipient) if recipient is not None else []
        _, clause_end = reader.sentence.clause_of(trigger.start)
        sold = find.in_range(find.is_org, trigger.end, recipient or clause_end)[:1]
        acquirer, target = buyer, sold or seller
    else:
        acquirer, target = find.agent_patient(find.is_org, find.is_org, (trigger.start, trigger.end))
    amount, currency = reader.amount(trigger)
    anchor = (target or acquirer or [None])[0]
    draft = Draft(
        trigger,
        {
            "acquirer": acquirer[0].entity if acquirer else None,
            "target": target[0].entity if target else None,
            "amount": amount,
            "currency": currency,
        },
        anchor=anchor.start if anchor else None,
    )
    return [draft]


_BUILDERS: dict[str, Callable[[SentenceReader, Trigger], list[Draft]]] = {
    "departure": _departure,
    "appointment": _appointment,
    "partnership": _partnership,
    "listing": _listing,
    "funding": _funding,
    "layoff": _layoff,
    "acquisition": _acquisition,
}


# --- small helpers ------------------------------------------------------------------------------


def _next_trigger(reader: SentenceReader, trigger: Trigger, event_type: str) -> int | None:
    """End offset of the next trigger of ``event_type`` after ``trigger`` in the sentence, if any."""
    for other in reader.triggers():
        if other.start >= trigger.end and other.group.event_type == event_type:
            return other.end
    return None


def _nearest(
    pattern: re.Pattern[str], sentence: Sentence, trigger: Trigger, not_after: tuple[str, ...] = ()
) -> re.Match[str] | None:
    """The match of ``pattern`` nearest the trigger, preferring its clause.

    A match right after one of ``not_after`` is skipped ("估值达10亿元" is no funding amount).
    """
    clause_start, clause_end = sentence.clause_of(trigger.start)
    matches = [
        m
        for m in pattern.finditer(sentence.text)
        if not any(w in sentence.text[max(m.start() - _CUE_WINDOW, 0) : m.start()] for w in not_after)
    ]
    if not matches:
        return None
    at = trigger.start - sentence.start

    def rank(m: re.Match[str]) -> tuple[bool, int]:
        in_clause = clause_start <= sentence.start + m.start() < clause_end
        return (not in_clause, min(abs(m.start() - at), abs(m.end() - at)))

    return min(matches, key=rank)


def _normalise_amount(rules: Rules, written: str) -> tuple[str, str | None]:
    """"人民币 5 亿元" -> ("5亿元", "CNY"); "1.2亿美金" -> ("1.2亿美元", "USD")."""
    text = re.sub(r"\s+", "", written)
    currency = None
    for word in sorted(rules.currencies, key=len, reverse=True):
        if word in text:
            currency = rules.currencies[word]
            text = text.replace(word, "")
            break
    return text + (rules.currency_words.get(currency, "") if currency else ""), currency


def _normalise_round(written: str) -> str:
    """"pre-A 轮" -> "Pre-A轮"; "B+" stays; "战略融资" stays."""
    text = re.sub(r"\s+", "", written).replace("系列", "轮")
    text = re.sub(r"^[Pp]re-?", "Pre-", text)
    if re.fullmatch(r"(?:Pre-)?[A-H][+\d]*|Pre-IPO", text):
        text += "轮"
    return text


# --- assembly -----------------------------------------------------------------------------------


def _confidence(rules: Rules, draft: Draft) -> float:
    weights = rules.weights
    slots = rules.types[draft.trigger.group.event_type].slots
    filled = sum(1 for slot in slots if draft.values.get(slot)) / len(slots)
    distance = abs(draft.trigger.start - draft.anchor) if draft.anchor is not None else weights["max_distance"]
    closeness = 1 - min(distance, weights["max_distance"]) / weights["max_distance"]
    score = (
        weights["trigger"] * draft.trigger.group.strength
        + weights["arguments"] * filled
        + weights["proximity"] * closeness
        - weights["inferred"] * draft.inferred
    )
    return round(min(max(score, 0.05), 1.0), 3)


def _to_event(rules: Rules, reader: SentenceReader, draft: Draft, article: ArticleView) -> Event:
    trigger = draft.trigger
    participants = [n for n in reader.find.names if reader.find.is_person(n) or reader.find.is_org(n)]
    names = [(n.start - reader.sentence.start, n.end - reader.sentence.start) for n in participants]
    clause_start, _ = reader.sentence.clause_of(trigger.start)
    site = TriggerSite(
        trigger.start - reader.sentence.start,
        trigger.end - reader.sentence.start,
        clause_start - reader.sentence.start,
        names,
    )
    modality = modality_of(rules, reader.sentence.text, site)
    values = dict(draft.values)
    if trigger.group.event_type == "listing" and values.get("status") == trigger.group.status:
        values["status"] = {"rumored": "rumored", "planned": "preparing"}.get(modality, values["status"])
    sentence = reader.sentence
    return Event(
        type=trigger.group.event_type,
        trigger=article.original[trigger.start : trigger.end],
        modality=modality,
        confidence=_confidence(rules, draft),
        evidence=article.original[sentence.start : sentence.end],
        start=sentence.start,
        end=sentence.end,
        date=reader.date(trigger, article.published),
        **values,  # type: ignore[arg-type]
    )


def _merge_key(event: Event) -> tuple[object, ...]:
    """Events of one sentence with the same type and main participants are one event."""
    if event.type == "partnership":
        return (event.type, tuple(sorted(event.orgs)))
    if event.type == "acquisition":
        return (event.type, event.acquirer, event.target)
    return (event.type, event.person or event.org)


_SCALAR_SLOTS = ("org", "to_org", "role", "board", "status", "kind", "amount", "currency", "round", "scale")


def _conflicts(kept: Event, event: Event) -> bool:
    """Whether two reports disagree on a value both give (then they are different events).

    Values agree when one contains the other: "千万元" in a headline and
    "数千万元" in the body are one amount.
    """
    for slot in _SCALAR_SLOTS:
        a, b = getattr(kept, slot), getattr(event, slot)
        if a is not None and b is not None and a not in b and b not in a:
            return True
    return False


def _merge(events: list[Event], within_sentence: bool) -> list[Event]:
    """Merge reports of one event, filling the first one's empty slots from the later ones.

    Within a sentence, triggers sharing a main participant are one event
    whatever they say ("完成融资，由X领投"); across an article, later reports
    merge only when they do not contradict it ("本轮融资由X领投"), and the
    event keeps the evidence of its first report.
    """
    kept: list[Event] = []
    for event in events:
        key = _merge_key(event)
        same = (i for i, k in enumerate(kept) if _merge_key(k) == key and (within_sentence or not _conflicts(k, event)))
        index = next(same, None)
        if index is None:
            kept.append(event)
        else:
            kept[index] = _combined(kept[index], event)
    return kept


def _combined(kept: Event, event: Event) -> Event:
    """``kept`` with its empty slots filled from ``event`` and both reports' lists joined."""
    updates: dict[str, object] = {slot: getattr(event, slot) for slot in _SCALAR_SLOTS if getattr(kept, slot) is None}
    for slot in _LIST_SLOTS:
        updates[slot] = list(dict.fromkeys([*getattr(kept, slot), *getattr(event, slot)]))
    updates["confidence"] = max(kept.confidence, event.confidence)
    return replace(kept, **updates)  # type: ignore[arg-type]


def extract_events(article: ArticleView, rules: Rules | None = None) -> list[Event]:
    """Every event the rules find in the article, sentence by sentence, in text order."""
    rules = rules or load_rules()
    context = ArticleContext(article.roles)
    events: list[Event] = []
    for sentence in split_sentences(article.text, rules.sentence_ends, rules.clause_ends, article.names):
        reader = SentenceReader(rules, sentence, context)
        events += _merge([_to_event(rules, reader, draft, article) for draft in reader.events()], True)
        context.advance(reader.find)
    return _merge(events, within_sentence=False)


# --- spaCy component ----------------------------------------------------------------------------


def _doc_attr(doc: Doc, name: str, default: object) -> object:
    return getattr(doc._, name) if Doc.has_extension(name) else default


def article_view(doc: Doc) -> ArticleView:
    """The mentions, roles and dates an NLP doc carries, as the extractor's input."""
    has_id = Span.has_extension("entity_id")
    names = [Name(e.label_, e.start_char, e.end_char, e.text, e._.entity_id if has_id else None) for e in doc.ents]
    original = _doc_attr(doc, "text_original", "") or doc.text
    return ArticleView(
        text=doc.text,
        original=str(original),
        names=names,
        roles=list(_doc_attr(doc, "roles", None) or []),  # type: ignore[call-overload]
        published=_doc_attr(doc, "published", None),  # type: ignore[arg-type]
    )


class EventComponent:
    """Pipeline component: appends the article's events to ``doc._.events``."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        if not Doc.has_extension("events"):
            Doc.set_extension("events", default=None)

    def __call__(self, doc: Doc) -> Doc:
        events = extract_events(article_view(doc), self.rules)
        doc._.events = [*(doc._.events or []), *events]
        return doc


@Language.factory("newsgraph_events")
def make_event_component(nlp: Language, name: str) -> EventComponent:
    """Factory registered with spaCy so the pipeline can ``add_pipe("newsgraph_events")``."""
    return EventComponent(load_rules())
