"""A large seeded synthetic graph in the shape of ``graph/SCHEMA.md``, for the query benchmark.

Going through the NLP and the writer would take hours for 100k articles, and
the queries only see the graph's shape, so the rows are made directly and
written with batched ``UNWIND ... CREATE`` statements on an empty graph. The
shape follows real news: about one entity per five articles, each article
mentioning ~7 of them (a few big names very often), about one event per three
articles, most events reported by one article and some by several, and the
exploration relationships (LEFT, JOINED, PARTNERS_WITH...) the writer derives
from events, carrying the same properties.

Everything is derived from the seed, so the same spec gives the same graph,
and the sample inputs the benchmark queries with (names, ids, weeks) are
returned with it.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from newsgraph.graph.admin import create_nodes, create_relationships
from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import DIRECT_RELATIONSHIPS
from newsgraph.ingest.event_types import EventType, event_types

from bench.facts import slot_values
from bench.synthetic import CST, GIVEN_NAME_CHARS, vocabulary

ROWS_PER_STATEMENT = 5000
GENERATOR_VERSION = 5
FIRST_DAY = date(2021, 1, 4)
#: Articles per day: 100k articles span about two years.
ARTICLES_PER_DAY = 140
MENTIONS_PER_ARTICLE = (5, 9)
EVENTS_PER_ARTICLE = 0.35
ROLES_PER_ARTICLE = 0.25
#: Share of each entity label (the rest are people); exchanges are the real ones.
LABEL_SHARES = (("Company", 0.6), ("Organization", 0.08), ("Government", 0.02))
NAME_CHARS = "星辰云岫澜图极光青檀北辰语智华睿芯元目深蓝衡川远途驰禾数据算力视觉灵犀天枢启明鸿蒙"
NAME_SUFFIXES = ("科技", "智能", "数据", "芯片", "机器人", "智算", "信息", "网络", "研究院", "资本")
ROLES = ("CEO", "CTO", "COO", "董事长", "总裁", "首席科学家", "副总裁")
#: Event properties the direct relationships carry, as the writer writes them.
DIRECT_PROPERTIES = ("date", "status", "modality", "confidence", "role", "kind", "round", "amount")
SOURCE_COUNT = 20


@dataclass
class Spec:
    """What to build: the number of articles (entities and events follow from it) and the seed."""

    articles: int
    seed: int = 7
    #: Bumped whenever the generator changes, so a saved graph of an older generator is rebuilt.
    version: int = GENERATOR_VERSION

    @property
    def entities(self) -> int:
        return max(self.articles // 5, 50)


@dataclass
class Samples:
    """Inputs for the benchmark queries, taken from the generated graph."""

    search_terms: list[str] = field(default_factory=list)
    centers: list[dict[str, str]] = field(default_factory=list)
    company_pairs: list[tuple[str, str]] = field(default_factory=list)
    weeks: list[str] = field(default_factory=list)


@dataclass
class _Rows:
    """Rows to create, keyed by the statement they go to."""

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[tuple[str, str, str], list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def rel(self, rel_type: str, src_label: str, dst_label: str, row: dict[str, Any]) -> None:
        self.rels[(rel_type, src_label, dst_label)].append(row)


class _Generator:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.rows = _Rows()
        self.entities: list[dict[str, Any]] = []
        self.by_label: dict[str, list[int]] = defaultdict(list)
        self.explored: Counter[str] = Counter()
        self.index: dict[str, int] = {}

    def pick(self, label: str) -> dict[str, Any]:
        """An entity of ``label``, skewed so the first ones (the big names) come up often."""
        pool = self.by_label[label]
        return self.entities[pool[int(len(pool) * self.rng.random() ** 3)]]

    def make_entities(self) -> None:
        vocab = vocabulary()
        real = iter(vocab.companies)
        names: set[str] = set()
        for index in range(self.spec.entities):
            label = self._label()
            name = self._name(label, real, names)
            self._add_entity(f"{label.lower()}-{index:06d}", label, name)
        for label in (*(share[0] for share in LABEL_SHARES), "Person"):
            if not self.by_label[label]:  # a tiny graph still has every label
                self._add_entity(f"{label.lower()}-extra", label, self._name(label, real, names))
        for index, name in enumerate(vocab.exchanges):
            self._add_entity(f"exchange-{index:03d}", "Exchange", name)
        self.index = {e["id"]: i for i, e in enumerate(self.entities)}

    def _label(self) -> str:
        draw = self.rng.random()
        for label, share in LABEL_SHARES:
            if draw < share:
                return label
            draw -= share
        return "Person"

    def _name(self, label: str, real: Iterator[str], names: set[str]) -> str:
        while True:
            if label == "Person":
                given = "".join(self.rng.choices(GIVEN_NAME_CHARS, k=self.rng.choice((1, 2, 2))))
                name = self.rng.choice(vocabulary().surnames) + given
            else:
                name = next(real, None) or "".join(self.rng.sample(NAME_CHARS, 2)) + self.rng.choice(
                    NAME_SUFFIXES
                )
            if name not in names:
                names.add(name)
                return name

    def _add_entity(self, entity_id: str, label: str, name: str) -> None:
        self.by_label[label].append(len(self.entities))
        self.entities.append({"id": entity_id, "label": label, "name": name, "mentions": 0, "days": []})

    def make_articles(self) -> None:
        sources = [f"src-{i:02d}" for i in range(SOURCE_COUNT)]
        for i, source in enumerate(sources):
            self.rows.nodes["Source"].append({"id": source, "name": f"来源{i}", "url": "", "kind": "feed"})
        for index in range(self.spec.articles):
            published = datetime.combine(FIRST_DAY, datetime.min.time(), CST) + timedelta(
                days=index / ARTICLES_PER_DAY
            )
            article = self._article(index, published, sources)
            mentioned = {
                self.pick(self._label())["id"]: None for _ in range(self.rng.randint(*MENTIONS_PER_ARTICLE))
            }
            for entity_id in mentioned:
                entity = self._entity(entity_id)
                entity["mentions"] += 1
                entity["days"].append(published.date())
                self.rows.rel(
                    "MENTIONS",
                    "Article",
                    entity["label"],
                    {"src": article["id"], "dst": entity_id, "count": 1, "first": 0},
                )

    def _article(self, index: int, published: datetime, sources: list[str]) -> dict[str, Any]:
        source = sources[index % len(sources)]
        url = f"http://news{index % SOURCE_COUNT}.bench.test/{index}.html"
        article = {
            "id": f"art-{index:07d}",
            "url": url,
            "urls": [url],
            "title": f"合成报道第{index}号",
            "text": "合成正文。" * 20,
            "published": published.date(),
            "published_at": published.isoformat(),
            "author": "",
            "source": source,
            "content_hash": f"h{index}",
            "script": "simplified",
        }
        self.rows.nodes["Article"].append(article)
        self.rows.rel("FROM", "Article", "Source", {"src": article["id"], "dst": source})
        return article

    def _entity(self, entity_id: str) -> dict[str, Any]:
        return self.entities[self.index[entity_id]]

    def make_events(self) -> None:
        count = int(self.spec.articles * EVENTS_PER_ARTICLE)
        for index in range(count):
            self._event(index)
        for index in range(int(self.spec.articles * ROLES_PER_ARTICLE)):
            self._role(index)

    def _event(self, index: int) -> None:
        event_type = self.rng.choice(list(event_types()))
        label = event_type.label
        first = self.rng.randrange(self.spec.articles)
        day = FIRST_DAY + timedelta(days=first / ARTICLES_PER_DAY)
        slots = slot_values(event_type, self.rng, self._pick_other)
        event = {
            "id": f"ev-{index:07d}",
            "type": event_type.name,
            "date": day if self.rng.random() < 0.7 else None,
            "first_reported": day,
            "modality": self.rng.choice(("asserted", "asserted", "asserted", "rumored", "planned")),
            "confidence": round(self.rng.uniform(0.5, 1.0), 2),
            **{name: value for name, value in slots.items() if not event_type.slots[name].is_entity},
        }
        reports = 1 + min(int(self.rng.expovariate(1.5)), 5)
        event["sources"] = reports
        self.rows.nodes[label].append(event)
        for offset in range(reports):
            article = f"art-{min(first + offset * 7, self.spec.articles - 1):07d}"
            self.rows.rel(
                "REPORTED_IN",
                label,
                "Article",
                {
                    "src": event["id"],
                    "dst": article,
                    "sentence": "证据句。",
                    "start": 0,
                    "end": 4,
                    "trigger": "触发",
                    "modality": event["modality"],
                    "confidence": event["confidence"],
                },
            )
        sides = [
            (slot.role, entity) for slot in event_type.entity_slots for entity in _listed(slots[slot.name])
        ]
        event["sides"] = len(sides)  # as the writer keeps it
        for role, entity in sides:
            self.rows.rel(
                "INVOLVES", label, entity["label"], {"src": event["id"], "dst": entity["id"], "role": role}
            )
        self._direct(event_type, event, slots)

    def _pick_other(self, label: str, taken: list[dict[str, Any]]) -> dict[str, Any]:
        """An entity of ``label`` that is not one of ``taken`` (when the label has another)."""
        entity = self.pick(label)
        while entity in taken and len(self.by_label[label]) > len(taken):
            entity = self.pick(label)
        return entity

    def _direct(self, event_type: EventType, event: dict[str, Any], slots: dict[str, Any]) -> None:
        props = {k: event.get(k) for k in DIRECT_PROPERTIES}
        for rel, src_slot, dst_slot in DIRECT_RELATIONSHIPS[event_type.name]:
            if src_slot == dst_slot:
                members = sorted(slots[src_slot], key=lambda e: e["id"])
                pairs = [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
            else:
                pairs = [(a, b) for a in _listed(slots[src_slot]) for b in _listed(slots[dst_slot])]
            for src, dst in pairs:
                self.explored.update((src["id"], dst["id"]))
                row = {
                    "src": src["id"],
                    "dst": dst["id"],
                    "event": event["id"],
                    "sentence": "证据句。",
                    **props,
                }
                self.rows.rel(rel, src["label"], dst["label"], row)

    def _role(self, index: int) -> None:
        person, org = self.pick("Person"), self.pick("Company")
        article = f"art-{self.rng.randrange(self.spec.articles):07d}"
        self.explored.update((person["id"], org["id"]))
        self.rows.rel(
            "HOLDS_ROLE",
            "Person",
            "Company",
            {
                "src": person["id"],
                "dst": org["id"],
                "title": self.rng.choice(ROLES),
                "current": True,
                "article": article,
                "sentence": "任职句。",
                "event": "",
                "date": None,
            },
        )

    def finish_entities(self) -> None:
        for entity in self.entities:
            days = entity.pop("days")
            self.rows.nodes[entity["label"]].append(
                {
                    "id": entity["id"],
                    "name": entity["name"],
                    "aliases": [entity["name"]],
                    "name_en": None,
                    "known": False,
                    "mentions": entity["mentions"],
                    "first_seen": min(days, default=None),
                    "last_seen": max(days, default=None),
                }
            )

    def samples(self) -> Samples:
        explored = [e for e in self.entities if self.explored[e["id"]]]
        companies = [e for e in explored if e["label"] == "Company"]
        chosen = self.rng.sample(explored, min(50, len(explored)))
        terms = [
            e["name"][:2] if i % 2 else e["name"] for i, e in enumerate(self.rng.sample(self.entities, 50))
        ]
        last_day = FIRST_DAY + timedelta(days=self.spec.articles / ARTICLES_PER_DAY)
        weeks = sorted(
            {
                (FIRST_DAY + timedelta(days=self.rng.randrange((last_day - FIRST_DAY).days + 1))).isoformat()
                for _ in range(50)
            }
        )
        return Samples(
            search_terms=terms,
            centers=[{"id": e["id"], "name": e["name"], "label": e["label"]} for e in chosen],
            company_pairs=[tuple(e["id"] for e in self.rng.sample(companies, 2)) for _ in range(50)],
            weeks=weeks,
        )


def _listed(value: Any) -> list[Any]:
    """A slot's entities: the list of a list slot, the one entity of another."""
    return value if isinstance(value, list) else [value]


def generate(spec: Spec) -> tuple[_Rows, Samples]:
    """All rows of the graph and the sample query inputs; the same spec gives the same result."""
    generator = _Generator(spec)
    generator.make_entities()
    generator.make_articles()
    generator.make_events()
    generator.finish_entities()
    return generator.rows, generator.samples()


def write(graph: Graph, rows: _Rows, progress: Callable[[str, int], None]) -> None:
    """Create every node, then every relationship, in batches of :data:`ROWS_PER_STATEMENT`."""
    for label, node_rows in rows.nodes.items():
        create_nodes(
            graph, label, node_rows, lambda n, lbl=label: progress(f"{lbl} nodes", n), ROWS_PER_STATEMENT
        )
    for (rel_type, src, dst), rel_rows in rows.rels.items():
        split = [_split(r) for r in rel_rows]
        create_relationships(
            graph,
            rel_type,
            (src, dst),
            split,
            lambda n, t=rel_type: progress(f"{t} relationships", n),
            ROWS_PER_STATEMENT,
        )


def _split(row: dict[str, Any]) -> dict[str, Any]:
    """The endpoints apart from the properties the relationship keeps."""
    props = {k: v for k, v in row.items() if k not in ("src", "dst") and v is not None}
    return {"src": row["src"], "dst": row["dst"], "props": props}
