"""Journalists' corrections of entities and facts, and the pure function that applies them.

A :class:`Correction` is a record: what (``action`` on ``target``, with a ``value``), who, when
and why. Corrections live in the ingest state (never only in the graph, which can be rebuilt),
and :meth:`Corrections.apply` turns an article's *raw* extraction into the corrected one the
graph writer sees. Every write applies them, so the graph is a function of (the articles'
extracted facts, the corrections): re-ingesting or re-extracting an article never brings back
a rejected fact or splits a merge, and a graph built anew from the same news and the same
corrections comes out the same.

Actions (``target`` is an entity id unless said otherwise):

============  =================================================================================
``merge``     the target's mentions become the entity ``value``; its names become aliases
``split``     mentions written as the alias ``value`` become an entity of their own
``rename``    ``value`` is the canonical name; an article naming the entity so maps to it
``retype``    ``value`` is the label (Person -> Company); it joins the entity of that name
``reject``    the target (entity, event or role) is no fact: its mentions make no node or event
``confirm``   the target (entity, event or role) is right: marked, and it outranks others
``fix``       the event's ``field`` takes ``value`` (an entity id for an entity slot)
============  =================================================================================

Ids: a correction's id is a hash of its content (action, target, field, value, when), so
exporting and importing are idempotent. Merges, retypes and renames map entity ids to other
ids (:meth:`Corrections.resolve`); the mapping applies to ids, so the next article's mention of
a merged name maps too. ``label`` and ``name`` describe what a correction touches (for the
history, and to compute the id a retyped or renamed entity takes).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Protocol

from newsgraph.ingest.event_types import EventType, event_types
from newsgraph.ingest.nlp.knowledge import Knowledge, load_knowledge, simplified_key
from newsgraph.ingest.records import ENTITY_LABELS, Entity, Event, Extraction, Mention, Role, stable_id

ENTITY_ACTIONS = ("merge", "split", "rename", "retype")
FACT_ACTIONS = ("reject", "confirm", "fix")
ACTIONS = (*ENTITY_ACTIONS, *FACT_ACTIONS)
#: Prefixes of the ids of facts (events, roles); every other id names an entity.
EVENT_PREFIX = "ev-"
ROLE_PREFIX = "role-"
#: Longest text accepted in a correction's fields (names, reasons).
MAX_TEXT = 2000
FIELDS = ("id", "action", "target", "value", "field", "label", "name", "who", "when", "why", "undone")


class CorrectionError(ValueError):
    """A correction that cannot be applied as given; the message says why, for the user."""


def kind_of(target: str) -> str:
    """``event``, ``role`` or ``entity``: what an id names."""
    if target.startswith(EVENT_PREFIX):
        return "event"
    if target.startswith(ROLE_PREFIX):
        return "role"
    return "entity"


def now() -> str:
    """The time a correction is made, as stored: UTC, to the microsecond (so two in a row differ)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction; see the module docstring for what ``action``, ``target`` and ``value`` mean."""

    action: str
    target: str
    value: str = ""
    field: str = ""
    #: The label of the entity the correction makes use of: the target's (its new one for a
    #: retype), the one merged into, or the entity a fix puts in an entity slot.
    label: str = ""
    #: The target's name (or an event's headline) when it was corrected, for people reading the history.
    name: str = ""
    who: str = ""
    when: str = ""
    why: str = ""
    #: When the correction was undone ("" while it holds).
    undone: str = ""

    @property
    def id(self) -> str:
        return stable_id(self.action, self.target, self.field, self.value, self.when, prefix="cor-")

    @property
    def active(self) -> bool:
        return not self.undone

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, **asdict(self)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Any) -> Correction:
        """A correction from its JSON form, checked (:func:`check`); a CorrectionError says what is wrong."""
        if not isinstance(data, dict):
            raise CorrectionError("a correction is a JSON object")
        unknown = set(data) - set(FIELDS)
        if unknown:
            raise CorrectionError(f"unknown field(s): {', '.join(sorted(unknown))}")
        if not all(isinstance(v, str) for v in data.values()):
            raise CorrectionError("every field of a correction is a string")
        missing = [name for name in ("action", "target", "who", "when") if not data.get(name)]
        if missing:
            raise CorrectionError(f"missing field(s): {', '.join(missing)}")
        correction = cls(**{k: v for k, v in data.items() if k != "id"})
        if data.get("id") and data["id"] != correction.id:
            raise CorrectionError(f"id {data['id']!r} does not match the correction's content")
        check(correction)
        return correction

    @classmethod
    def from_json(cls, line: str) -> Correction:
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorrectionError(f"not JSON: {exc.msg} (column {exc.colno})") from None
        return cls.from_dict(data)


def check(correction: Correction) -> None:
    """Raise a CorrectionError when a correction is malformed on its own (before any graph is asked)."""
    c = correction
    if c.action not in ACTIONS:
        raise CorrectionError(f"unknown action {c.action!r} (one of {', '.join(ACTIONS)})")
    if any(len(getattr(c, name)) > MAX_TEXT for name in FIELDS[1:]):
        raise CorrectionError(f"a field is longer than {MAX_TEXT} characters")
    if c.when:
        try:
            datetime.fromisoformat(c.when)
        except ValueError:
            raise CorrectionError(f"'when' is not an ISO date and time: {c.when!r}") from None
    kind = kind_of(c.target)
    if c.action in ENTITY_ACTIONS and kind != "entity":
        raise CorrectionError(f"{c.action} applies to entities, and {c.target!r} is an {kind} id")
    if c.action == "fix" and kind != "event":
        raise CorrectionError(f"fix applies to events, and {c.target!r} is not an event id")
    if c.action in ("merge", "split", "rename", "retype") and not c.value.strip():
        raise CorrectionError(f"{c.action} needs a value")
    if c.action == "merge" and c.value == c.target:
        raise CorrectionError("an entity cannot be merged into itself")
    if c.action == "merge" and kind_of(c.value) != "entity":
        raise CorrectionError(f"{c.value!r} is not an entity id")
    if c.action == "retype" and c.value not in ENTITY_LABELS:
        raise CorrectionError(f"unknown type {c.value!r} (one of {', '.join(ENTITY_LABELS)})")
    if c.action == "fix" and not c.field:
        raise CorrectionError("fix needs the field to change")
    if c.action in ("reject", "confirm") and (c.value or c.field):
        raise CorrectionError(f"{c.action} takes no value")


def parse_lines(lines: Iterable[str]) -> list[Correction]:
    """Corrections of a JSON Lines file, all checked first: one bad line raises, naming every bad line."""
    found: list[Correction] = []
    problems: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            found.append(Correction.from_json(line))
        except CorrectionError as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        raise CorrectionError("; ".join(problems))
    return found


class Namer(Protocol):
    """The ids entity resolution gives names, so a retyped or renamed entity joins the right node."""

    def natural_id(self, label: str, name: str) -> str: ...

    def known(self, entity_id: str) -> bool: ...


class KnowledgeNamer:
    """Ids as the NLP's entity resolution gives them, from the project's knowledge files."""

    def __init__(self, knowledge: Knowledge | None = None) -> None:
        self.knowledge = knowledge or load_knowledge()

    def natural_id(self, label: str, name: str) -> str:
        """The knowledge file's id of an organisation's name, else the id resolution gives it."""
        key = simplified_key(name)
        known = self.knowledge.entity_names.get(key) if label != "Person" else None
        return known or self.knowledge.entity_id(label, key)

    def known(self, entity_id: str) -> bool:
        return entity_id in self.knowledge.entities


def name_key(text: str) -> str:
    """The form in which two spellings of one name compare equal (script, width, case)."""
    return simplified_key(text).lower()


@dataclass
class Applied:
    """An article's corrected facts, and every id they had on the way (raw, intermediate, final).

    ``links`` maps each final id (entity id, event key, role key), kept or dropped, to the ids
    that led to it; ``refs`` is all of them: what the state indexes, so the articles touching an
    id are found whichever correction renamed it.
    """

    extraction: Extraction
    links: dict[str, set[str]] = field(default_factory=dict)
    #: Final event key -> (event type, participant ids), of kept and dropped events.
    events: dict[str, tuple[str, set[str]]] = field(default_factory=dict)
    #: Final role key -> (person, org, title), of kept and dropped roles.
    roles: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    #: Final entity id -> label, of kept and dropped entities.
    entities: dict[str, str] = field(default_factory=dict)

    @property
    def refs(self) -> set[str]:
        return {ref for final, chain in self.links.items() for ref in (final, *chain)}

    def link(self, final: str, *chain: str) -> None:
        self.links.setdefault(final, set()).update(chain)


class Corrections:
    """The active corrections, compiled once into lookups; :meth:`apply` corrects one article.

    Later corrections win over earlier ones (by ``when``, then id). A mapping that would make a
    cycle (merging an entity into one merged into it) is ignored.
    """

    def __init__(self, corrections: Iterable[Correction] = (), namer: Namer | None = None) -> None:
        self.all = sorted(corrections, key=lambda c: (c.when, c.id))
        self.namer = namer or KnowledgeNamer()
        #: entity id -> (id it became, how: merge, retype or rename).
        self.moved: dict[str, tuple[str, str]] = {}
        self.labels: dict[str, str] = {}
        self.names: dict[str, str] = {}
        #: entity id -> {name key of an alias: id of the entity split off}.
        self.splits: dict[str, dict[str, str]] = {}
        self.rejected: set[str] = set()
        self.confirmed: set[str] = set()
        #: event key -> [(field, value, label of an entity value)], in order.
        self.fixes: dict[str, list[tuple[str, str, str]]] = {}
        for correction in self.all:
            if correction.active:
                self._compile(correction)

    @property
    def active(self) -> list[Correction]:
        return [c for c in self.all if c.active]

    def _compile(self, c: Correction) -> None:
        if c.action == "merge":
            self._move(c.target, c.value, "merge")
            if c.label:
                self.labels[c.value] = c.label
        elif c.action == "retype":
            becomes = self.retyped_id(c)
            self._move(c.target, becomes, "retype")
            self.labels[becomes] = c.value
        elif c.action == "rename":
            self.names[c.target] = c.value
            if c.label:
                self._move(self.namer.natural_id(c.label, c.value), c.target, "rename")
        elif c.action == "split":
            self.splits.setdefault(c.target, {})[name_key(c.value)] = self.split_id(c)
        elif c.action == "reject":
            self.rejected.add(c.target)
            self.confirmed.discard(c.target)
        elif c.action == "confirm":
            self.confirmed.add(c.target)
            self.rejected.discard(c.target)
        elif c.action == "fix":
            self.fixes.setdefault(c.target, []).append((c.field, c.value, c.label))

    def _move(self, source: str, target: str, how: str) -> None:
        if source != target and self.resolve(target)[0] != source:
            self.moved[source] = (target, how)

    def retyped_id(self, c: Correction) -> str:
        """The id a retyped entity takes: that of its name under the new type (a known entity keeps its id)."""
        if self.namer.known(c.target) or not c.name:
            return c.target
        return self.namer.natural_id(c.value, c.name)

    def split_id(self, c: Correction) -> str:
        """The id of the entity split off: that of the alias on its own, or a new one if that is the target's."""
        natural = self.namer.natural_id(c.label or "Company", c.value)
        if natural != c.target:
            return natural
        prefix = "person-" if c.label == "Person" else "org-"
        return stable_id("split", c.target, name_key(c.value), prefix=prefix)

    def introduced(self, c: Correction) -> set[str]:
        """Every id a correction names or creates: the neighbourhood its applying or undoing touches."""
        ids = {c.target}
        if c.action == "merge":
            ids.add(c.value)
        elif c.action == "retype":
            ids.add(self.retyped_id(c))
        elif c.action == "rename" and c.label:
            ids.add(self.namer.natural_id(c.label, c.value))
        elif c.action == "split":
            ids.add(self.split_id(c))
        elif c.action == "fix" and c.label and c.value:
            ids.add(c.value)
        return ids

    def resolve(self, entity_id: str) -> tuple[str, bool, list[str]]:
        """(the id an entity id stands for now, whether it got there through a merge or rename, the chain)."""
        chain = [entity_id]
        borrowed = False
        while chain[-1] in self.moved:
            target, how = self.moved[chain[-1]]
            if target in chain:
                break
            borrowed |= how != "retype"
            chain.append(target)
        return chain[-1], borrowed, chain

    def apply(self, extraction: Extraction) -> Applied:
        """The corrected copy of an article's raw extraction (which is left as it is)."""
        return _Article(self, copy.deepcopy(extraction)).run()


@dataclass
class _Part:
    """The share of one raw entity record that goes to one final id."""

    final: str
    label: str
    names: list[str]
    mentions: int
    own: bool
    record: Entity


class _Article:
    """Applying the corrections to one article: entities, then roles, then events."""

    def __init__(self, corrections: Corrections, extraction: Extraction) -> None:
        self.c = corrections
        self.x = extraction
        self.applied = Applied(extraction)
        #: Mentions after correction: (start, end, final id before any split, final id).
        self.spans: list[tuple[int, int, str, str]] = []

    def run(self) -> Applied:
        self._entities()
        self._roles()
        self._events()
        return self.applied

    # -- entities ------------------------------------------------------------------------

    def _entities(self) -> None:
        per_record: dict[str, Counter[str]] = {}
        kept: list[Mention] = []
        for mention in self.x.mentions:
            if not mention.entity:
                kept.append(mention)
                continue
            raw = mention.entity
            whole = self.c.resolve(raw)[0]
            final = self.c.splits.get(whole, {}).get(name_key(mention.text), whole)
            per_record.setdefault(raw, Counter())[final] += 1
            self.spans.append((mention.start, mention.end, whole, final))
            if final not in self.c.rejected:
                mention.entity = final
                mention.label = self.c.labels.get(final, mention.label)
                kept.append(mention)
        self.x.mentions = kept
        parts = [p for record in self.x.entities for p in self._parts(record, per_record.get(record.id))]
        grouped: dict[str, list[_Part]] = {}
        for part in parts:
            grouped.setdefault(part.final, []).append(part)
            self.applied.link(part.final, *self.c.resolve(part.record.id)[2])
        self.x.entities = []
        for final, group in grouped.items():
            entity = self._merged(final, group)
            self.applied.entities[final] = entity.label
            if final not in self.c.rejected:
                self.x.entities.append(entity)

    def _parts(self, record: Entity, counts: Counter[str] | None) -> list[_Part]:
        """Where one raw entity record goes: its final id, and the ids split off it by alias."""
        whole, borrowed, _ = self.c.resolve(record.id)
        label = self.c.labels.get(whole, record.label)
        splits = self.c.splits.get(whole, {})
        names = list(dict.fromkeys([record.name, *record.aliases]))
        split_names: dict[str, list[str]] = {}
        for name in names:
            if name_key(name) in splits:
                split_names.setdefault(splits[name_key(name)], []).append(name)
        counts = counts or Counter()
        parts = [
            _Part(sid, self.c.labels.get(sid, record.label), moved, max(counts[sid], 1), True, record)
            for sid, moved in split_names.items()
        ]
        rest = [n for n in names if name_key(n) not in splits]
        remaining = record.mentions - sum(p.mentions for p in parts)
        if rest and remaining > 0:
            parts.insert(0, _Part(whole, label, rest, remaining, not borrowed, record))
        return parts

    def _merged(self, final: str, parts: list[_Part]) -> Entity:
        """One entity record of the parts that go to one id: its own name first, every other name an alias."""
        own = [p for p in parts if p.own] or parts
        base = own[0]
        names = list(dict.fromkeys(n for p in (*own, *parts) for n in p.names))
        name = self.c.names.get(final, names[0])
        reviewed = self.x.reviewed
        if final in self.c.names:
            reviewed.named.append(final)
        elif not any(p.own for p in parts):
            reviewed.borrowed.append(final)
        if final in self.c.confirmed:
            reviewed.confirmed.append(final)
        native = base.record.id == final
        return replace(
            base.record,
            id=final,
            label=self.c.labels.get(final, base.label),
            name=name,
            aliases=[n for n in names if n != name],
            mentions=sum(p.mentions for p in parts),
            name_en=base.record.name_en if native else "",
            tickers=list(base.record.tickers) if native else [],
            parent=base.record.parent if native else None,
            known=base.record.known and native,
        )

    def _owner(self, raw: str | None, start: int, end: int) -> str | None:
        """The final id of a role's or event's participant; None when that entity is rejected.

        When the entity has aliases split off, the participant is the split entity if every
        mention of it inside the fact's sentence is written as that alias.
        """
        if not raw:
            return None
        whole = self.c.resolve(raw)[0]
        final = whole
        if whole in self.c.splits:
            inside = {f for s, e, w, f in self.spans if w == whole and s >= start and e <= end}
            if len(inside) == 1:
                final = inside.pop()
        return None if final in self.c.rejected else final

    # -- roles ---------------------------------------------------------------------------

    def _roles(self) -> None:
        kept: list[Role] = []
        for role in self.x.roles:
            raw_key = role.key()
            person = self._owner(role.person, role.start, role.end)
            org = self._owner(role.org, role.start, role.end)
            if person is None:
                continue
            if role.org and org is None:
                continue
            role.person, role.org = person, org
            key = role.key()
            self.applied.link(key, raw_key)
            self.applied.roles[key] = (person, org, role.title)
            if {key, raw_key} & self.c.rejected:
                continue
            if {key, raw_key} & self.c.confirmed:
                self.x.reviewed.confirmed.append(key)
            kept.append(role)
        self.x.roles = kept

    # -- events --------------------------------------------------------------------------

    def _events(self) -> None:
        kept: list[Event] = []
        for event in self.x.events:
            event_type = event_types()[event.type]
            chain = [event.key()]
            complete = self._remap(event, event_type)
            chain.append(event.key())
            self._fix(event, event_type, chain)
            key = chain[-1]
            participants = {entity for _, entity in event.participants()}
            self.applied.link(key, *chain)
            for participant in participants:  # also one the article does not mention (named by a fix)
                self.applied.link(participant)
            self.applied.events[key] = (event.type, participants)
            if not complete or any(k in self.c.rejected for k in chain):
                continue
            if any(k in self.c.confirmed for k in chain):
                event.confidence = 1.0
                self.x.reviewed.confirmed.append(key)
            kept.append(event)
        self.x.events = kept

    def _remap(self, event: Event, event_type: EventType) -> bool:
        """Participants as corrected; False when a rejected entity leaves the event incomplete."""
        for slot in event_type.entity_slots:
            value = getattr(event, slot.name)
            if slot.is_list:
                owners = (self._owner(v, event.start, event.end) for v in value)
                setattr(event, slot.name, list(dict.fromkeys(o for o in owners if o)))
            else:
                setattr(event, slot.name, self._owner(value, event.start, event.end))
        return any(all(getattr(event, name) for name in needed) for needed in event_type.required)

    def _fix(self, event: Event, event_type: EventType, chain: list[str]) -> None:
        """Apply the fixes of the event, also those made to it after an earlier fix changed its key."""
        done: set[tuple[str, int]] = set()
        while True:
            pending = [
                (n, fix)
                for n, fix in enumerate(self.c.fixes.get(chain[-1], []))
                if (chain[-1], n) not in done
            ]
            if not pending:
                return
            for n, (name, value, value_label) in pending:
                done.add((chain[-1], n))
                self._set(event, event_type, name, value, value_label)
            key = event.key()
            if key in chain:
                return
            chain.append(key)

    def _set(self, event: Event, event_type: EventType, name: str, value: str, value_label: str) -> None:
        slot = event_type.slots.get(name)
        if name == "date":
            event.date = date.fromisoformat(value) if value else None
        elif slot is None or slot.is_list:
            return
        elif slot.is_entity:
            final = self.c.resolve(value)[0] if value else None
            setattr(event, name, final)
            if final and value_label and final not in {e.id for e in self.x.entities}:
                self.x.reviewed.referenced[final] = self.c.labels.get(final, value_label)
        else:
            setattr(event, name, value or None)
