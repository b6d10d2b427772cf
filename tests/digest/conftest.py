"""A small, realistic graph for the digest, written through the real GraphWriter.

Fictional companies and people, three weeks of news:

- 2021-W09 (03-01..03-07): two departures and a funding round;
- 2021-W10 (03-08..03-14): eight events, one of each kind plus a second
  funding round and a second listing stage; rumoured, planned and denied
  reports; an event reported twice; an article full of hostile text;
- an appointment published Sunday 2021-03-14 20:00 UTC, which is Monday of
  2021-W11 in Shanghai but still 2021-W10 in UTC;
- a departure dated in W09 but first reported in W10 (the event date wins).

The graph is written once for the whole package (tests here only read it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.graph.writer import GraphWriter
from newsgraph.ingest.records import Article, Entity, Event, Extraction, Mention

CST = timezone(timedelta(hours=8))
WEEK = "2021-W10"
EMPTY_WEEK = "2021-W20"
HOSTILE_TITLE = '=HYPERLINK("http://evil.test")<script>alert(1)</script>'
HOSTILE_SENTENCE = "示例科技裁员300人 [click](javascript:alert(1)) **bold** <img src=x onerror=alert(1)>"
HOSTILE_SOURCE = "<b>恶意</b>报"

ENTITIES = {
    "xinghe": ("Company", "星河智能"),
    "org-yunfan": ("Company", "云帆科技"),
    "shenlan": ("Company", "深蓝视觉"),
    "tiangong": ("Company", "天工数据"),
    "org-beichen": ("Company", "北辰资本"),
    "hkex": ("Exchange", "香港交易所"),
    "org-mou": ("Company", "某某智能"),
    "org-shili": ("Company", "示例科技"),
    "org-xiaowei": ("Company", "小微科技"),
    "person-zhang": ("Person", "张伟"),
    "person-li": ("Person", "李明"),
    "person-wang": ("Person", "王强"),
    "person-zhao": ("Person", "赵磊"),
}


@dataclass
class Report:
    """One hand-made article and the single event the NLP would have read from it."""

    n: str
    published: datetime
    event: Event
    title: str = ""
    url: str = ""
    source: str = "甲报"

    def item(self) -> tuple[Article, Extraction]:
        url = self.url or f"http://news.example.test/{self.n}.html"
        article = Article(
            id=f"art-{self.n}",
            url=url,
            title=self.title or f"报道{self.n}",
            text=self.event.evidence,
            published=self.published,
            source=self.source,
            source_url=url,
        )
        ids = sorted({entity for _, entity in self.event.participants()})
        mentions = [Mention(ENTITIES[i][0], ENTITIES[i][1], 0, len(ENTITIES[i][1]), i) for i in ids]
        entities = [Entity(i, ENTITIES[i][0], ENTITIES[i][1], [ENTITIES[i][1]], 1) for i in ids]
        return article, Extraction(article.id, mentions, entities, events=[self.event])


def at(day: int, hour: int = 9, tz: timezone = CST) -> datetime:
    return datetime(2021, 3, day, hour, 0, tzinfo=tz)


def event(
    event_type: str, sentence: str, *, modality: str = "asserted", confidence: float = 0.8, **args: object
) -> Event:
    return Event(
        type=event_type,
        trigger="",
        modality=modality,
        confidence=confidence,
        evidence=sentence,
        start=0,
        end=len(sentence),
        **args,  # type: ignore[arg-type]
    )


DEPARTURE = event(
    "departure",
    "星河智能CTO张伟离职，加盟云帆科技。",
    person="person-zhang",
    org="xinghe",
    to_org="org-yunfan",
    role="CTO",
    date=date(2021, 3, 11),
    confidence=0.9,
)
REPORTS = [
    Report("1", at(11, 10), DEPARTURE),
    Report("2", at(12), DEPARTURE, source="乙报"),
    Report(
        "3",
        at(9),
        event(
            "funding",
            "云帆科技完成1亿元B轮融资，北辰资本领投。",
            org="org-yunfan",
            investors=["org-beichen"],
            round="B轮",
            amount="1亿元",
            currency="CNY",
            confidence=0.9,
        ),
    ),
    Report(
        "4",
        at(10),
        event(
            "listing",
            "深蓝视觉向香港交易所递交上市申请。",
            org="shenlan",
            board="hkex",
            status="filed",
            date=date(2021, 3, 10),
        ),
    ),
    Report(
        "5",
        at(10, 15),
        event("listing", "传天工数据拟赴港上市。", org="tiangong", status="rumored", modality="rumored"),
    ),
    Report(
        "6",
        at(12),
        event(
            "partnership",
            "星河智能将与深蓝视觉开展战略合作。",
            orgs=["xinghe", "shenlan"],
            kind="战略合作",
            modality="planned",
            date=date(2021, 3, 12),
        ),
    ),
    Report(
        "7",
        at(13),
        event(
            "acquisition",
            "星河智能否认收购某某智能。",
            acquirer="xinghe",
            target="org-mou",
            modality="denied",
            date=date(2021, 3, 13),
        ),
    ),
    Report(
        "hostile",
        at(13, 11),
        event("layoff", HOSTILE_SENTENCE, org="org-shili", scale="300人"),
        title=HOSTILE_TITLE,
        url="javascript:alert(1)",
        source=HOSTILE_SOURCE,
    ),
    Report(
        "12",
        at(9, 11),
        event(
            "funding",
            "小微科技获深蓝视觉天使轮投资。",
            org="org-xiaowei",
            investors=["shenlan"],
            round="天使轮",
            date=date(2021, 3, 9),
            confidence=0.6,
        ),
    ),
    Report(
        "8",
        at(14, 20, UTC),
        event(
            "appointment",
            "李明出任深蓝视觉首席科学家。",
            person="person-li",
            org="shenlan",
            role="首席科学家",
        ),
    ),
    Report(
        "9",
        at(8),
        event(
            "departure",
            "天工数据副总裁王强已于3月5日离职。",
            person="person-wang",
            org="tiangong",
            date=date(2021, 3, 5),
        ),
    ),
    Report(
        "10",
        at(2),
        event("departure", "深蓝视觉赵磊离职。", person="person-zhao", org="shenlan", date=date(2021, 3, 2)),
    ),
    Report(
        "11",
        at(4),
        event("funding", "云帆科技完成A轮融资。", org="org-yunfan", round="A轮", date=date(2021, 3, 4)),
    ),
]


@pytest.fixture(scope="package")
def digest_graph(_scratch_graph: Graph) -> Iterator[Graph]:
    """The scratch graph holding the reports above (emptied first; no test here writes to it)."""
    _scratch_graph.run_write("MATCH (n) DETACH DELETE n")
    report = GraphWriter(_scratch_graph).write([r.item() for r in REPORTS])
    assert report.failed == []
    yield _scratch_graph
