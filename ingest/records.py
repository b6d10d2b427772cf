"""Typed records passed between the pipeline's stages.

The pipeline is a one-way stream: fetch -> text -> NLP doc -> facts -> graph.
Each stage takes and returns these small records so it can be tested alone and
so the graph writer never sees a spaCy object or an HTTP response.

Entity-valued fields of :class:`Role` and :class:`Event` hold *entity ids*
(see :class:`Entity`); the ``extract`` command's JSON turns them into
canonical names, the graph writer uses the ids as node keys.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgraph.ingest.event_types import EventType

ENTITY_LABELS = ("Company", "Organization", "Government", "Exchange", "Person")
MENTION_LABELS = (*ENTITY_LABELS, "Title", "Location", "Date", "Money")
MODALITIES = ("asserted", "rumored", "planned", "denied")


def stable_id(*parts: object, prefix: str = "") -> str:
    """A short id that is the same on every run for the same key parts.

    Ids are hashes of normalised key parts (not counters), so re-ingesting the
    same article reproduces the same ids and MERGE changes nothing.
    """
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return f"{prefix}{digest}"


@dataclass(slots=True)
class FeedEntry:
    """One item of an RSS/Atom feed, before its page is fetched."""

    feed_url: str
    url: str
    title: str = ""
    published: datetime | None = None
    summary: str = ""
    author: str = ""
    content_html: str = ""
    guid: str = ""
    feed_title: str = ""


@dataclass(slots=True)
class Article:
    """An article's main text and metadata, ready for extraction.

    ``id`` is derived from the canonical URL (or the content hash when there
    is no URL); ``urls`` collects every URL under which the same story was
    seen (syndicated copies, tracking variants).
    """

    id: str
    url: str
    title: str
    text: str
    published: datetime | None = None
    author: str = ""
    source: str = ""
    source_url: str = ""
    urls: list[str] = field(default_factory=list)
    content_hash: str = ""
    simhash: int = 0

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None


@dataclass(slots=True)
class Mention:
    """A span of the input text that names something, with offsets in the original text."""

    label: str
    text: str
    start: int
    end: int
    entity: str | None = None


@dataclass(slots=True)
class Entity:
    """A resolved entity: one node in the graph, whatever spelling the article used."""

    id: str
    label: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    name_en: str = ""
    tickers: list[str] = field(default_factory=list)
    parent: str | None = None
    known: bool = False
    # The knowledge's kind (company, investor, bank, exchange, board, media, ...); empty when unknown.
    kind: str = ""


@dataclass(slots=True)
class Role:
    """A person's title at an organisation, as one sentence states it."""

    person: str
    org: str | None
    title: str
    current: bool
    evidence: str
    start: int
    end: int
    # The title as the article writes it, in Simplified script (共同执行长, 产品部门执行长), where ``title``
    # is its normalised form (联席CEO, 产品部门CEO); empty when the title was not written out.
    written: str = ""

    def key(self) -> str:
        """The stable id of the relationship this role becomes: person, organisation and title, hashed."""
        return stable_id(self.person, self.org, self.title, prefix="role-")


@dataclass(slots=True)
class Event:
    """One event read from one sentence, with its evidence.

    ``type`` names an event type (:mod:`newsgraph.ingest.event_types`), which
    says which of the optional fields (its slots) it fills. Entity fields hold
    entity ids. ``key()`` identifies the real-world event independently of the
    article, so several reports of it merge into one node.
    """

    type: str
    trigger: str
    modality: str
    confidence: float
    evidence: str
    start: int
    end: int
    person: str | None = None
    org: str | None = None
    orgs: list[str] = field(default_factory=list)
    to_org: str | None = None
    role: str | None = None
    board: str | None = None
    status: str | None = None
    kind: str | None = None
    amount: str | None = None
    currency: str | None = None
    # The range the amount stands for, in its currency (equal for an exact amount; None: no bound that way).
    amount_low: float | None = None
    amount_high: float | None = None
    round: str | None = None
    scale: str | None = None
    investors: list[str] = field(default_factory=list)
    acquirer: str | None = None
    target: str | None = None
    date: date | None = None

    def key(self) -> str:
        """The stable id of the real-world event this report is about: its type's ``key`` parts, hashed."""
        return stable_id(self.type, *_event_type(self.type).identity(self), prefix="ev-")

    def participants(self) -> list[tuple[str, str]]:
        """(role in the event, entity id) pairs, the event's links in the graph, in its type's slot order."""
        return _event_type(self.type).participants(self)


@dataclass(slots=True)
class Reviewed:
    """What journalists' corrections add to an article's facts (:mod:`newsgraph.ingest.corrections`).

    The NLP leaves it empty; the graph writer reads it to mark confirmed facts, to let a name a
    journalist chose outrank every report, and to link facts to entities the article never names.
    """

    #: Entity ids, event keys and role keys a journalist confirmed.
    confirmed: list[str] = field(default_factory=list)
    #: Entity ids whose canonical name a journalist set.
    named: list[str] = field(default_factory=list)
    #: Entity ids this article names only by the name of an entity merged into them: their name
    #: comes from the articles that name them directly.
    borrowed: list[str] = field(default_factory=list)
    #: Entity id -> label of entities a corrected fact names that the article does not mention.
    referenced: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Byline:
    """Who publishes and writes an article, as its own tags say (【星云日报】, 记者张明／台北报导, 来源：星云网).

    The outlet and reporters there are the article's source and authors, not entities of its news
    (:mod:`newsgraph.ingest.nlp.bylines`): they never become mentions, and the graph keeps them on the Article.
    """

    #: Outlets named as the article's own publisher or source, as written.
    outlets: list[str] = field(default_factory=list)
    #: Reporters, editors and translators named in its byline, as written.
    authors: list[str] = field(default_factory=list)
    #: The tags' text, in the order they stand.
    evidence: list[str] = field(default_factory=list)

    def merged(self, other: Byline) -> Byline:
        """This byline and ``other``'s (a later chunk's tags), without repeats."""
        return Byline(
            _unique([*self.outlets, *other.outlets]),
            _unique([*self.authors, *other.authors]),
            _unique([*self.evidence, *other.evidence]),
        )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


@dataclass(slots=True)
class Extraction:
    """Everything the NLP found in one article."""

    doc_id: str
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    script: str = "simplified"
    reviewed: Reviewed = field(default_factory=Reviewed)
    byline: Byline = field(default_factory=Byline)

    def entity_map(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}


def _event_type(name: str) -> EventType:
    """The event type ``name`` (imported here: the type loader reads this module's Event fields)."""
    from newsgraph.ingest.event_types import event_type

    return event_type(name)


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of a record (dates as ISO strings, nested records as dicts)."""
    return _jsonable(asdict(record))


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def dump_facts(article: Article, extraction: Extraction) -> str:
    """One article and its facts as JSON: what the spool keeps while the graph is away."""
    return json.dumps({"article": to_dict(article), "extraction": to_dict(extraction)}, ensure_ascii=False)


def load_facts(payload: str) -> tuple[Article, Extraction]:
    """The inverse of :func:`dump_facts`."""
    data = json.loads(payload)
    article = Article(**data["article"])
    if article.published:
        article.published = datetime.fromisoformat(str(article.published))
    raw = data["extraction"]
    events = [Event(**e) for e in raw.pop("events")]
    for event in events:
        if event.date:
            event.date = date.fromisoformat(str(event.date))
    extraction = Extraction(
        doc_id=raw["doc_id"],
        mentions=[Mention(**m) for m in raw["mentions"]],
        entities=[Entity(**e) for e in raw["entities"]],
        roles=[Role(**r) for r in raw["roles"]],
        events=events,
        script=raw["script"],
        byline=Byline(**raw.get("byline", {})),
    )
    return article, extraction
