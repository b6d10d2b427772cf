"""Seeded synthetic extractions (articles with their facts) for the graph-write benchmark.

The writer's cost depends on the shape of what it writes, not on the text, so
these records skip the NLP: each article names a handful of organisations and
people drawn from fixed pools (a few are named often, most rarely, as in news),
states a role, and reports a few events whose participants are among its
entities. Events drawn twice (same type and key participants) are reports of
the same event, so the writer's merging is exercised too.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from newsgraph.ingest.event_types import EventType, event_types
from newsgraph.ingest.records import Article, Entity, Event, Extraction, Mention, Role

from bench.synthetic import CST, FIRST_PUBLISHED

EXCHANGES = ("sse_star", "szse_chinext", "hkex", "nasdaq")
ROLES = ("CEO", "CTO", "董事长", "总裁", "首席科学家")
#: Entities per article: organisations and people.
ORGS_PER_ARTICLE = (4, 7)
PEOPLE_PER_ARTICLE = (1, 2)
EVENTS_PER_ARTICLE = (1, 4)
#: Typical values of value slots that list no values of their own.
TYPICAL_VALUES = {"role": ROLES, "round": ("A轮", "B轮", "C轮")}

T = TypeVar("T")


def slot_values(
    event_type: EventType, rng: random.Random, pick: Callable[[str, list[T]], T]
) -> dict[str, Any]:
    """Synthetic values for every slot of ``event_type``.

    ``pick(label, taken)`` gives an entity of ``label`` that is not in ``taken`` (one event
    names an entity once); a list slot gets as many as the type needs. A value slot gets one
    of its values, a typical value, or an amount.
    """
    values: dict[str, Any] = {}
    taken: list[T] = []
    for slot in event_type.slots.values():
        if slot.is_entity:
            chosen = []
            for _ in range(event_type.min_orgs if slot.is_list else 1):
                chosen.append(pick(slot.labels[0], taken))
                taken.append(chosen[-1])
            values[slot.name] = chosen if slot.is_list else chosen[0]
        elif slot.name == "amount":
            values[slot.name] = f"{rng.randint(1, 50)}亿元"
        else:
            choices = slot.values or TYPICAL_VALUES.get(slot.name)
            values[slot.name] = rng.choice(choices) if choices else None
    return values


@dataclass
class FactGenerator:
    """Makes (Article, Extraction) pairs over pools of ``companies`` and ``people``."""

    companies: int = 2000
    people: int = 3000
    seed: int = 7

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.published = FIRST_PUBLISHED

    def pick(self, prefix: str, pool: int, count: tuple[int, int]) -> list[str]:
        """Distinct ids from a pool, skewed so that low indexes (the big names) come up often.

        With the cube of a uniform draw, the first 1% of the pool gets about a fifth of the picks.
        """
        wanted = self.rng.randint(*count)
        ids: set[str] = set()
        while len(ids) < wanted:
            ids.add(f"{prefix}-{int(pool * self.rng.random() ** 3):05d}")
        return sorted(ids)

    def pair(self, index: int) -> tuple[Article, Extraction]:
        """One article and its extraction."""
        self.published += timedelta(minutes=self.rng.expovariate(1 / 48))
        article = _article(index, self.published)
        orgs = self.pick("co", self.companies, ORGS_PER_ARTICLE)
        people = self.pick("person", self.people, PEOPLE_PER_ARTICLE)
        exchange = self.rng.choice(EXCHANGES)
        entities = [_entity(e, "Company") for e in orgs]
        entities += [_entity(p, "Person") for p in people]
        entities.append(_entity(exchange, "Exchange"))
        mentions = [
            Mention(e.label, e.name, 10 * i, 10 * i + len(e.name), e.id) for i, e in enumerate(entities)
        ]
        roles = [Role(people[0], orgs[0], self.rng.choice(ROLES), True, "任职句。", 0, 5)]
        count = self.rng.randint(*EVENTS_PER_ARTICLE)
        events = [self.event(orgs, people, exchange, article.published) for _ in range(count)]
        return article, Extraction(article.id, mentions, entities, roles, events)

    def event(self, orgs: list[str], people: list[str], exchange: str, published: datetime | None) -> Event:
        """One event of a random type, its participants taken from the article's entities."""
        rng = self.rng
        event_type = rng.choice(list(event_types()))
        pools = {"Person": people, "Exchange": [exchange]}

        def pick(label: str, taken: list[str]) -> str:
            pool = pools.get(label, orgs)
            return rng.choice([e for e in pool if e not in taken] or pool)

        return Event(
            event_type.name,
            "触发词",
            "asserted",
            round(rng.uniform(0.5, 1.0), 2),
            "证据句。",
            0,
            5,
            date=published.date() if published else None,
            **slot_values(event_type, rng, pick),
        )

    def pairs(self, count: int) -> list[tuple[Article, Extraction]]:
        return [self.pair(i) for i in range(count)]


def _article(index: int, published: datetime) -> Article:
    host = f"news{index % 4}.bench.test"
    return Article(
        id=f"art-{index:07d}",
        url=f"http://{host}/{index}.html",
        title=f"合成报道{index}",
        text="合成正文。" * 40,
        published=published.astimezone(CST),
        source=host,
        source_url=f"http://{host}/feed.xml",
    )


def _entity(entity_id: str, label: str) -> Entity:
    name = f"合成{label}{entity_id.rsplit('-', 1)[-1]}"
    return Entity(entity_id, label, name, [name], mentions=1)
