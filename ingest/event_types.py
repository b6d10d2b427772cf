"""Event types as data: one YAML file per type, loaded, validated and cross-checked once.

Each file under ``data/event_types`` (format: ``data/schema/event_type.schema.json``,
guide: ``data/event_types/README.md``) holds everything about one type: its slots
(fields of :class:`newsgraph.ingest.records.Event`), when it is complete, what
identifies it, its trigger words and frame builder, the graph label and edges it
becomes and its digest section and headline. Records, the event extractor, the
graph writer and the digest all read the types from here, so adding a type is one
data file (plus, at most, one frame builder module).

More types can be added from other folders: ``NEWSGRAPH_EVENT_TYPES`` lists them
(separated like ``PATH``), or :func:`load_event_types` takes them as a parameter.
Types are read once per process, at first use. As with schemata in a model of
entity types, each file is checked alone by its JSON Schema and then all types
together (every reference to a slot, type or section must resolve), so a
mistake fails loudly at start, naming the file, instead of extracting nothing.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from newsgraph.ingest.datafiles import DATA_DIR, DataFileError, load_yaml
from newsgraph.ingest.nlp.scripts import with_taiwan_words
from newsgraph.ingest.records import ENTITY_LABELS, Event

BUILTIN_DIR = DATA_DIR / "event_types"
#: Folders of more event types, separated by ``os.pathsep``.
ENV_VAR = "NEWSGRAPH_EVENT_TYPES"
LANGUAGES = ("zh", "en")
#: Event fields that every type has, so keys may use them besides the type's slots.
COMMON_KEY_FIELDS = ("date",)
#: Event fields that are not slots: what every event has whatever its type.
_BASE_FIELDS = (
    "type",
    "trigger",
    "modality",
    "confidence",
    "evidence",
    "start",
    "end",
    "date",
    "amount_low",
    "amount_high",
)
#: Trigger-group needs that name an event type, and the fixed ones.
_TYPE_NEEDS = ("sure", "near", "later", "any", "told")


class EventTypeError(DataFileError):
    """An event type file contradicts itself or the other types."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One Event field a type fills: an entity, a list of entities or a text value."""

    name: str
    kind: str
    labels: tuple[str, ...] = ()
    role: str = ""
    values: tuple[str, ...] = ()
    scored: bool = True
    # Whether two reports of an article giving different values of the slot are two events; a value that only
    # describes the event (the title of one leaving an organisation, worded by each report its own way) is not.
    tells_apart: bool = True
    title: Mapping[str, str] = field(default_factory=dict)
    not_kinds: frozenset[str] = frozenset()

    @property
    def is_entity(self) -> bool:
        return self.kind in ("entity", "entities")

    @property
    def is_list(self) -> bool:
        return self.kind == "entities"


@dataclass(frozen=True, slots=True)
class Edge:
    """A direct relationship written for exploration, from the entities of one slot to those of another."""

    type: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class Track:
    """Reports of one subject's progress on one venue, in stages (a company's listing on one exchange)."""

    subject: str
    venue: str
    stage: str
    # Vague stages and the stages that, told in the same article, make a report of them a restatement.
    superseded: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Stages that end a track: a report naming no venue with a stage of its own goes on a track still open.
    ended: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TriggerGroup:
    """Words announcing one event type, with the frame their arguments follow."""

    event_type: str
    words: tuple[str, ...]
    strength: float
    frame: str
    needs: tuple[str, ...] = ()
    not_with: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    # Strings after the trigger word that make it a role noun when a name or punctuation follows them
    # ("采购人X", "采购人：X"), not when they begin a longer word ("采购人工智能芯片").
    role_before: tuple[str, ...] = ()
    # Strings before the trigger word that make it part of a noun ("集中采购", "招标采购": a tender programme)
    # unless a name or "了" follows the word, which then acts on it ("通过招标采购星云科技的基站").
    noun_after: tuple[str, ...] = ()
    # Words before the trigger word in its clause telling of a past post ("此前在X担任研究员").
    not_in_clause: tuple[str, ...] = ()
    # Words one of which must stand before the trigger word in its clause, a name right after it: a noun that
    # tells a deal only when a named one's is entered ("进入X的供应链": a supplier of X; "X的供应链承压" ties no one).
    in_clause: tuple[str, ...] = ()
    # Strings one of which must stand right before the word: a noun that reports an event only as the one
    # referred back to (本轮 + 融资金额: the sum of the round told before).
    only_after: tuple[str, ...] = ()
    # Whether the word must open its sentence (after a lead such as 据悉 at most): a noun that reports an event
    # alone only as the one the article told last (融资金额为3亿元 after a round told).
    opens_sentence: bool = False
    # Whether an organisation must (True) or must not (False) follow the word right away; None: either. One
    # named there is what the word acts on (A与B共同投资C: C is the firm they put money in, funded by A and B,
    # no venture of the three).
    org_after: bool | None = None
    # Words after the trigger word in its clause naming what it acts on, which makes it another
    # event's word (签订 + 收购协议 is an acquisition's).
    not_object: tuple[str, ...] = ()
    # Words one of which must stand in the trigger word's clause, before or after it, for the word to tell an
    # event: talks tell a deal planned only when the deal is what they are about (商讨 + 合作事宜, 就合作 + 展开
    # 商讨), not any matter (探讨 + 发展趋势, 就专利纠纷 + 展开谈判).
    clause_needs: tuple[str, ...] = ()
    # Words of a part played instead of a post (评委, 代言人): no event where one is what the word acts on, before
    # any title after it in its clause ("担任大赛评委"); after a title they name a second part beside the post
    # taken ("出任X首席执行官兼品牌形象大使": CEO).
    not_post: tuple[str, ...] = ()
    # Words of a span of years a post has lasted (多年, 年来): no event where one closes what the word acts on, only
    # names and maybe a count between ("执掌X多年", "出任CEO三年来"); elsewhere they describe something named
    # after them ("出任深耕自动驾驶多年的X CTO").
    tenure_spans: tuple[str, ...] = ()
    # A pattern of what may not follow the word right away, read in Simplified, unless a date stands before the
    # word in its clause ("X的IPO一直备受关注" is talk of a listing; "X昨日上市引发关注" dated tells it done):
    # a phrase the word is the subject of, where one of ``not_object`` anywhere after it would block too much.
    not_followed: re.Pattern[str] | None = None
    # Words one of which must close a post named after the trigger word in its clause (辞 + 董事长 + 职务): a
    # word that alone is part of many others (致辞, 推辞) counts only then.
    post_closing: tuple[str, ...] = ()
    # Whether what the word lands on must be a venue named after it in its clause: anything else makes it an
    # arrival elsewhere ("X登陆Y平台": a store opened on a platform, a game released, no listing).
    venue_object: bool = False
    # Whether the word with the post after it may describe a name instead of telling a move: a title closed by 的
    # right before a person or an organisation ("担任CTO的张三表示", "由张三担任董事长的X公司") says who they are.
    not_describing: bool = False
    # What the word itself tells of the act, when no cue says otherwise: talks (洽谈) are a deal to come, planned.
    modality: str | None = None
    status: str | None = None
    kind: str | None = None
    min_orgs: int | None = None


#: A key part: alternatives (field, transform), the first non-empty one counts.
KeyPart = tuple[tuple[str, str | None], ...]


@dataclass(frozen=True, slots=True)
class MergeCase:
    """A merge key for the events whose fields have the given values."""

    when: Mapping[str, str]
    key: tuple[KeyPart, ...]


_OPTIONAL = re.compile(r"\[([^\[\]]*)\]|([^\[\]]+)")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class Headline:
    """A one-line heading template: ``{slot}`` placeholders, parts in ``[...]`` dropped when a slot in them is empty.

    The template is split into parts once; rendering never rescans filled-in
    text, so a name that contains braces or brackets shows as written.
    """

    template: str
    parts: tuple[tuple[bool, tuple[str, ...]], ...]

    @classmethod
    def parse(cls, template: str) -> Headline:
        """The template split into (optional?, pieces) parts; pieces alternate literal text and slot names."""
        matches = list(_OPTIONAL.finditer(template))
        if sum(len(m.group()) for m in matches) != len(template):
            raise ValueError(f"unbalanced or nested brackets in headline {template!r}")
        parts = tuple(
            (m.group(1) is not None, tuple(_PLACEHOLDER.split(m.group(1) or m.group(2) or "")))
            for m in matches
        )
        return cls(template, parts)

    @property
    def slots(self) -> set[str]:
        return {name for _, pieces in self.parts for name in pieces[1::2]}

    def render(self, values: Mapping[str, str], unknown: str) -> str:
        """The headline with ``values`` by slot name; an empty slot outside brackets shows as ``unknown``."""
        text = []
        for optional, pieces in self.parts:
            if optional and not all(values.get(name) for name in pieces[1::2]):
                continue
            text += [piece if i % 2 == 0 else values.get(piece) or unknown for i, piece in enumerate(pieces)]
        return "".join(text)


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the digest: the events of some types, or of one type split by the values of a slot."""

    key: str
    order: int
    title: Mapping[str, str]
    types: tuple[str, ...]
    by: str | None = None
    stages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventType:
    """One event type, as its file declares it (see the module docstring)."""

    name: str
    label: str
    title: Mapping[str, str]
    order: int
    builder: str
    slots: Mapping[str, Slot]
    required: tuple[tuple[str, ...], ...]
    min_orgs: int
    key: tuple[KeyPart, ...]
    merge_key: tuple[KeyPart, ...]
    merge_cases: tuple[MergeCase, ...]
    edges: tuple[Edge, ...]
    section: str
    headline: Mapping[str, Headline]
    triggers: tuple[TriggerGroup, ...]
    source: Path
    destination_type: str | None = None
    status_by_modality: Mapping[str, str] = field(default_factory=dict)
    # Statuses that only tell what happened: stated in a plan or rumour, they change by status_by_modality too.
    happened_statuses: tuple[str, ...] = ()
    # Statuses a planned report of the trigger's own act still tells as reached: scheduling it needs them.
    planned_keeps: tuple[str, ...] = ()
    # What the trigger's clause before it must show for ``planned_keeps`` to hold: set dates, not an intention.
    planned_keeps_when: re.Pattern[str] | None = None
    # Statuses a rumoured report of the trigger's own act keeps: the rumour is of that stage.
    rumoured_keeps: tuple[str, ...] = ()
    kinds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    statuses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    investor_before: tuple[str, ...] = ()
    investor_after: tuple[str, ...] = ()
    tenderer_before: tuple[str, ...] = ()
    tenderer_after: tuple[str, ...] = ()
    cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    venues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    track: Track | None = None

    def cue(self, name: str) -> tuple[str, ...]:
        """The type's cue words of one name (none when the type lists none)."""
        return self.cues.get(name, ())

    @property
    def scored_slots(self) -> tuple[str, ...]:
        """The slots whose share filled makes up the arguments part of an event's confidence."""
        return tuple(name for name, slot in self.slots.items() if slot.scored)

    @property
    def entity_slots(self) -> tuple[Slot, ...]:
        return tuple(slot for slot in self.slots.values() if slot.is_entity)

    @property
    def roles(self) -> tuple[str, ...]:
        """The participant roles of the type's events, in the order its slots list them."""
        return tuple(slot.role for slot in self.entity_slots)

    def identity(self, event: Event) -> tuple[object, ...]:
        """The parts of ``Event.key()``: the key's values, a list slot giving its sorted members."""
        return tuple(part for value in _key_values(event, self.key) for part in _spread(value))

    def merge_identity(self, event: Event) -> tuple[object, ...]:
        """Reports of one article with equal merge identities are one event."""
        for index, case in enumerate(self.merge_cases):
            if all(getattr(event, name) == value for name, value in case.when.items()):
                return (self.name, index, *_key_values(event, case.key))
        return (self.name, -1, *_key_values(event, self.merge_key))

    def participants(self, event: Event) -> list[tuple[str, str]]:
        """(role, entity id) pairs of the event's entity slots, in slot order."""
        pairs: list[tuple[str, str]] = []
        for slot in self.entity_slots:
            value = getattr(event, slot.name)
            pairs += [(slot.role, v) for v in (value if slot.is_list else [value]) if v]
        return pairs

    def role_title(self, role: str, lang: str = "zh") -> str:
        """The readers' name of a participant role (the role itself when the type has no such slot)."""
        return next((s.title[lang] for s in self.entity_slots if s.role == role), role)


@dataclass(frozen=True)
class EventTypes:
    """All event types in their order (``order``, then name), and the digest sections they fill."""

    types: Mapping[str, EventType]
    sections: tuple[Section, ...]

    def __getitem__(self, name: str) -> EventType:
        try:
            return self.types[name]
        except KeyError:
            raise KeyError(f"unknown event type {name!r} (known: {', '.join(self.types)})") from None

    def __iter__(self) -> Iterator[EventType]:
        return iter(self.types.values())

    def __len__(self) -> int:
        return len(self.types)

    def names(self) -> tuple[str, ...]:
        return tuple(self.types)


# --- keys ----------------------------------------------------------------------------------------


def _key_part(item: str | list[str]) -> KeyPart:
    alternatives = [item] if isinstance(item, str) else item
    return tuple((name, transform or None) for name, _, transform in (a.partition(":") for a in alternatives))


def _field_value(event: Event, name: str, transform: str | None) -> object:
    value = getattr(event, name)
    if transform == "first":
        return value[0] if value else None
    if transform == "month":
        return value.strftime("%Y-%m") if value else None
    return tuple(sorted(value)) if isinstance(value, list) else value


def _key_values(event: Event, key: tuple[KeyPart, ...]) -> tuple[object, ...]:
    values = []
    for alternatives in key:
        options = [_field_value(event, name, transform) for name, transform in alternatives]
        values.append(next((v for v in options if v), options[-1]))
    return tuple(values)


def _spread(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else (value,)


# --- loading -------------------------------------------------------------------------------------


def _words(values: Iterable[str | list[str]] | None) -> tuple[str, ...]:
    """The words of a list, an item that is a list itself giving its words in its place: a group reuses another
    group's list by its YAML anchor and adds its own (成交's ``not_before: [*not_before_bid, 笔]``), so a list
    two groups share is written once."""
    return tuple(w for value in values or () for w in ([value] if isinstance(value, str) else value))


def _spoken(values: Iterable[str | list[str]] | None) -> tuple[str, ...]:
    """The words of a list of language (triggers, cues), with the words Taiwan writes for them
    (:func:`with_taiwan_words`: 项目 and 专案), since Traditional text keeps its own vocabulary."""
    return tuple(with_taiwan_words(_words(values)))


def _slot(name: str, data: dict[str, Any]) -> Slot:
    return Slot(
        name=name,
        kind=data["kind"],
        labels=_words(data.get("labels")),
        role=data.get("role", name) if data["kind"] != "value" else "",
        values=_words(data.get("values")),
        scored=data.get("scored", True),
        tells_apart=data.get("tells_apart", True),
        title=data.get("title", {}),
        not_kinds=frozenset(data.get("not_kinds", ())),
    )


def _trigger_group(name: str, data: dict[str, Any]) -> TriggerGroup:
    return TriggerGroup(
        event_type=name,
        words=_spoken(data["words"]),
        strength=data["strength"],
        frame=data["frame"],
        needs=_words(data.get("needs")),
        not_with=_words(data.get("not_with")),
        not_after=_spoken(data.get("not_after")),
        not_before=_spoken(data.get("not_before")),
        role_before=_spoken(data.get("role_before")),
        noun_after=_spoken(data.get("noun_after")),
        not_in_clause=_spoken(data.get("not_in_clause")),
        in_clause=_spoken(data.get("in_clause")),
        only_after=_spoken(data.get("only_after")),
        opens_sentence=data.get("opens_sentence", False),
        org_after=data.get("org_after"),
        not_object=_spoken(data.get("not_object")),
        clause_needs=_spoken(data.get("clause_needs")),
        not_post=_spoken(data.get("not_post")),
        tenure_spans=_spoken(data.get("tenure_spans")),
        not_followed=re.compile(data["not_followed"]) if "not_followed" in data else None,
        post_closing=_spoken(data.get("post_closing")),
        venue_object=data.get("venue_object", False),
        not_describing=data.get("not_describing", False),
        modality=data.get("modality"),
        status=data.get("status"),
        kind=data.get("kind"),
        min_orgs=data.get("min_orgs"),
    )


def _headlines(path: Path, data: dict[str, str]) -> dict[str, Headline]:
    try:
        return {lang: Headline.parse(data[lang]) for lang in LANGUAGES}
    except ValueError as exc:
        raise EventTypeError(f"{path}: {exc}") from None


def _section(path: Path, data: dict[str, Any], slots: dict[str, Any]) -> Section:
    """A section a type defines; one split ``by`` a slot takes its stages from the type's slot."""
    by = data.get("by")
    stages = _words(slots.get(by, {}).get("values")) if by else ()
    if by and not stages:
        raise EventTypeError(
            f"{path}: digest section {data['key']!r}: 'by' needs a slot with values, not {by!r}"
        )
    return Section(data["key"], data["order"], data["title"], (), by, stages)


def _event_type(path: Path, data: dict[str, Any]) -> tuple[EventType, Section | None]:
    name = data["name"]
    digest = data["digest"]
    section = digest["section"]
    defined = None
    if isinstance(section, dict):
        defined = _section(path, section, data["slots"])
        section = section["key"]
    event_type = EventType(
        name=name,
        label=data["label"],
        title=data["title"],
        order=data["order"],
        builder=data["builder"],
        slots={slot: _slot(slot, spec) for slot, spec in data["slots"].items()},
        required=tuple(_words(alternative) for alternative in data["required"]),
        min_orgs=data.get("min_orgs", 1),
        key=tuple(_key_part(item) for item in data["key"]),
        merge_key=tuple(_key_part(item) for item in data["merge_key"]),
        merge_cases=tuple(
            MergeCase(case["when"], tuple(_key_part(item) for item in case["key"]))
            for case in data.get("merge_key_cases", [])
        ),
        edges=tuple(Edge(e["type"], e["from"], e["to"]) for e in data["edges"]),
        section=section,
        headline=_headlines(path, digest["headline"]),
        triggers=tuple(_trigger_group(name, group) for group in data["triggers"]),
        source=path,
        destination_type=data.get("destination_type"),
        status_by_modality=data.get("status_by_modality", {}),
        happened_statuses=_words(data.get("happened_statuses")),
        planned_keeps=_words(data.get("planned_keeps")),
        planned_keeps_when=re.compile(data["planned_keeps_when"]) if "planned_keeps_when" in data else None,
        rumoured_keeps=_words(data.get("rumoured_keeps")),
        kinds={k: _spoken(v) for k, v in data.get("kinds", {}).items()},
        statuses={k: _spoken(v) for k, v in data.get("statuses", {}).items()},
        investor_before=_spoken(data.get("investor_before")),
        investor_after=_spoken(data.get("investor_after")),
        tenderer_before=_spoken(data.get("tenderer_before")),
        tenderer_after=_spoken(data.get("tenderer_after")),
        cues={k: _spoken(v) for k, v in data.get("cues", {}).items()},
        venues={k: _spoken(v) for k, v in data.get("venues", {}).items()},
        track=_track(data["track"]) if "track" in data else None,
    )
    return event_type, defined


def _track(data: dict[str, Any]) -> Track:
    superseded = {stage: _words(later) for stage, later in data.get("superseded", {}).items()}
    return Track(data["subject"], data["venue"], data["stage"], superseded, _words(data.get("ended")))


def type_files(folders: Iterable[Path]) -> list[Path]:
    """The type files of ``folders``, built-in ones first."""
    return [path for folder in [BUILTIN_DIR, *folders] for path in sorted(Path(folder).glob("*.yaml"))]


def load_event_types(extra_dirs: Iterable[Path | str] = ()) -> EventTypes:
    """The built-in types plus those in ``extra_dirs``, validated and cross-checked."""
    folders = [Path(d) for d in extra_dirs]
    for folder in folders:
        if not folder.is_dir():
            raise EventTypeError(f"{ENV_VAR}: {folder} is not a folder")
    types: dict[str, EventType] = {}
    defined: list[Section] = []
    for path in type_files(folders):
        event_type, section = _event_type(path, load_yaml(path, "event_type"))
        if event_type.name in types:
            raise EventTypeError(
                f"{path}: type {event_type.name!r} is already defined in {types[event_type.name].source}"
            )
        types[event_type.name] = event_type
        defined += [section] if section else []
    ordered = dict(sorted(types.items(), key=lambda item: (item[1].order, item[0])))
    for event_type in ordered.values():
        _check_type(event_type, ordered)
    _check_unique(ordered)
    return EventTypes(ordered, _sections(ordered, defined))


def extra_dirs_from_env() -> list[Path]:
    """The folders ``NEWSGRAPH_EVENT_TYPES`` names (none when it is unset or empty)."""
    return [Path(part) for part in os.environ.get(ENV_VAR, "").split(os.pathsep) if part.strip()]


@cache
def event_types() -> EventTypes:
    """The process's event types: the built-in ones and those of ``NEWSGRAPH_EVENT_TYPES`` (read once)."""
    return load_event_types(extra_dirs_from_env())


def event_type(name: str) -> EventType:
    """One type of :func:`event_types` by name (a KeyError naming the known types otherwise)."""
    return event_types()[name]


# --- cross-checks --------------------------------------------------------------------------------

#: Event fields that can be slots, with whether they hold a list.
_SLOT_FIELDS = {
    f.name: str(f.type).startswith("list") for f in dataclasses.fields(Event) if f.name not in _BASE_FIELDS
}


def _check_type(event_type: EventType, types: Mapping[str, EventType]) -> None:
    """Every reference inside one type resolves; raises EventTypeError naming the file and the reference."""
    problems = [
        *_slot_problems(event_type),
        *_key_problems(event_type),
        *_reference_problems(event_type, types),
        *_trigger_problems(event_type, types),
    ]
    if event_type.source.stem != event_type.name:
        problems.append(f"the file of type {event_type.name!r} must be named {event_type.name}.yaml")
    if problems:
        raise EventTypeError(f"{event_type.source}: {problems[0]}")


def _slot_problems(event_type: EventType) -> Iterator[str]:
    for slot in event_type.slots.values():
        if slot.name not in _SLOT_FIELDS:
            yield f"slot {slot.name!r} is not a field of Event (slots are: {', '.join(_SLOT_FIELDS)})"
        elif _SLOT_FIELDS[slot.name] != slot.is_list:
            yield f"slot {slot.name!r} must be of kind {'entities' if _SLOT_FIELDS[slot.name] else 'entity or value'}"
    roles = [slot.role for slot in event_type.entity_slots]
    if len(set(roles)) != len(roles):
        yield f"two entity slots share a role: {roles}"
    if not event_type.scored_slots:
        yield "no slot is scored"


def _key_problems(event_type: EventType) -> Iterator[str]:
    slots = event_type.slots
    keys = [("key", event_type.key), ("merge_key", event_type.merge_key)]
    keys += [("merge_key_cases", case.key) for case in event_type.merge_cases]
    for where, key in keys:
        for name, transform in (alternative for part in key for alternative in part):
            if name not in slots and name not in COMMON_KEY_FIELDS:
                yield f"{where}: {name!r} is not a slot of the type"
            elif transform == "first" and not (name in slots and slots[name].is_list):
                yield f"{where}: {name}:first needs a list slot"
            elif transform == "month" and name != "date":
                yield f"{where}: {name}:month needs the date"
    for case in event_type.merge_cases:
        for name, value in case.when.items():
            yield from _value_problems(event_type, name, value, "merge_key_cases")
    for alternative in event_type.required:
        yield from (f"required: {name!r} is not a slot" for name in alternative if name not in slots)


def _value_problems(event_type: EventType, name: str, value: str | None, where: str) -> Iterator[str]:
    """Problems with ``value`` as a value of the slot ``name`` (none when the value is None)."""
    if value is None:
        return
    slot = event_type.slots.get(name)
    if slot is None:
        yield f"{where}: {name!r} is not a slot of the type"
    elif slot.values and value not in slot.values:
        yield f"{where}: {value!r} is not one of the values of slot {name!r} ({', '.join(slot.values)})"


def _reference_problems(event_type: EventType, types: Mapping[str, EventType]) -> Iterator[str]:
    entity_slots = {slot.name for slot in event_type.entity_slots}
    for edge in event_type.edges:
        for end in (edge.source, edge.target):
            if end not in entity_slots:
                yield f"edge {edge.type}: {end!r} is not an entity slot of the type"
    for lang, headline in event_type.headline.items():
        unknown = headline.slots - set(event_type.slots)
        missing = entity_slots - headline.slots
        if unknown:
            yield f"headline ({lang}): {sorted(unknown)} are not slots of the type"
        if missing:
            yield f"headline ({lang}) must name every entity slot; it leaves out {sorted(missing)}"
    if event_type.destination_type is not None:
        if event_type.destination_type not in types:
            yield f"destination_type: no event type {event_type.destination_type!r}"
        if "to_org" not in event_type.slots:
            yield "destination_type needs a to_org slot to fill"
    for status in (
        *event_type.status_by_modality.values(),
        *event_type.happened_statuses,
        *event_type.planned_keeps,
        *event_type.rumoured_keeps,
    ):
        yield from _value_problems(event_type, "status", status, "status_by_modality")
    track = event_type.track
    if track is not None:
        for part in (track.subject, track.venue, track.stage):
            if part not in event_type.slots or event_type.slots[part].is_list:
                yield f"track: {part!r} is not a single-valued slot of the type"
        for stage, later in track.superseded.items():
            for value in (stage, *later):
                yield from _value_problems(event_type, track.stage, value, "track superseded")


def _trigger_problems(event_type: EventType, types: Mapping[str, EventType]) -> Iterator[str]:
    for group in event_type.triggers:
        yield from _value_problems(event_type, "status", group.status, f"trigger {group.words[0]}")
        yield from _value_problems(event_type, "kind", group.kind, f"trigger {group.words[0]}")
        for need in (*group.needs, *group.not_with):
            scope, _, other = need.partition(":")
            if scope in _TYPE_NEEDS and other not in types:
                yield f"trigger {group.words[0]}: {need!r} names no event type"
    for name, cues in (("kind", event_type.kinds), ("status", event_type.statuses)):
        for value in cues:
            yield from _value_problems(event_type, name, value, f"cue words of {name}")


def _check_unique(types: Mapping[str, EventType]) -> None:
    """Graph labels are unique and none is an entity label."""
    seen: dict[str, EventType] = {}
    for event_type in types.values():
        if event_type.label in ENTITY_LABELS:
            raise EventTypeError(f"{event_type.source}: label {event_type.label!r} is an entity label")
        if event_type.label in seen:
            raise EventTypeError(
                f"{event_type.source}: label {event_type.label!r} is already used by {seen[event_type.label].source}"
            )
        seen[event_type.label] = event_type


def _sections(types: Mapping[str, EventType], defined: list[Section]) -> tuple[Section, ...]:
    """The digest sections in reading order, each with its types; every section a type names must be defined once."""
    by_key: dict[str, Section] = {}
    for section in defined:
        if section.key in by_key:
            raise EventTypeError(f"digest section {section.key!r} is defined by more than one type")
        by_key[section.key] = section
    sections = [
        dataclasses.replace(section, types=tuple(t.name for t in types.values() if t.section == key))
        for key, section in by_key.items()
    ]
    for event_type in types.values():
        if event_type.section not in by_key:
            raise EventTypeError(
                f"{event_type.source}: digest section {event_type.section!r} is defined by no type"
            )
    return tuple(sorted(sections, key=lambda s: (s.order, s.key)))
