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
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsgraph.ingest.records import EVENT_TYPES, Article, Entity, Event, Extraction, Mention, Role

from bench.synthetic import CST, FIRST_PUBLISHED

EXCHANGES = ("sse_star", "szse_chinext", "hkex", "nasdaq")
ROLES = ("CEO", "CTO", "董事长", "总裁", "首席科学家")
#: Entities per article: organisations and people.
ORGS_PER_ARTICLE = (4, 7)
PEOPLE_PER_ARTICLE = (1, 2)
EVENTS_PER_ARTICLE = (1, 4)


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
        kind = rng.choice(EVENT_TYPES)
        org, other = rng.sample(orgs, 2)
        event = Event(kind, "触发词", "asserted", round(rng.uniform(0.5, 1.0), 2), "证据句。", 0, 5)
        event.date = published.date() if published else None
        if kind in ("departure", "appointment"):
            event.person, event.org, event.role = people[0], org, rng.choice(ROLES)
            event.to_org = other if kind == "departure" and rng.random() < 0.5 else None
        elif kind == "partnership":
            event.orgs = [org, other]
        elif kind == "listing":
            event.org, event.board, event.status = org, exchange, rng.choice(("filed", "inquiry", "listed"))
        elif kind == "funding":
            event.org, event.investors, event.round = org, [other], rng.choice(("A轮", "B轮", "C轮"))
        elif kind == "acquisition":
            event.acquirer, event.target = org, other
        else:
            event.org = org
        return event

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
