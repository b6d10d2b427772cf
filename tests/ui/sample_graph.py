"""A small, realistic graph written through the real writer, for the app's tests.

Hand-made ``newsgraph.ingest.records`` (not the NLP pipeline) so the tests know exactly
what the app must show: 依图科技 under three spellings, a departure to a named
company, partnerships, listings moving through several stages, a funding
round, and one article whose text is hostile HTML/Markdown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone

from newsgraph.graph.connection import Graph
from newsgraph.graph.writer import GraphWriter
from newsgraph.ingest.records import Article, Entity, Event, Extraction, Mention, Role

CST = timezone(timedelta(hours=8))

HOSTILE = "<script>alert(1)</script> [点我](http://evil.example) **粗体**"

ENTITIES = {
    "yitu": Entity(
        "yitu",
        "Company",
        "依图科技",
        ["依图", "依圖", "依圖科技", "Yitu"],
        name_en="Yitu Technology",
        known=True,
    ),
    "sensetime": Entity(
        "sensetime",
        "Company",
        "商汤科技",
        ["商汤", "商湯", "SenseTime"],
        name_en="SenseTime",
        tickers=["0020.HK"],
        known=True,
    ),
    "megvii": Entity(
        "megvii", "Company", "旷视科技", ["旷视", "曠視", "Megvii"], name_en="Megvii", known=True
    ),
    "cloudwalk": Entity(
        "cloudwalk", "Company", "云从科技", ["云从", "雲從", "CloudWalk"], name_en="CloudWalk", known=True
    ),
    "huawei": Entity("huawei", "Company", "华为", ["華為", "Huawei"], name_en="Huawei", known=True),
    "org-xuehu": Entity("org-xuehu", "Company", "雪湖科技", []),
    "sse": Entity(
        "sse",
        "Exchange",
        "上海证券交易所",
        ["上交所", "科创板"],
        name_en="Shanghai Stock Exchange",
        known=True,
    ),
    # A board of 上交所 (no sample story names it; tests of listing tracks do).
    "star": Entity("star", "Exchange", "科创板", [], name_en="STAR Market", parent="sse", known=True),
    "hkex": Entity("hkex", "Exchange", "香港交易所", ["港交所", "HKEX"], name_en="HKEX", known=True),
    "person-yan": Entity("person-yan", "Person", "颜水成", ["顏水成"]),
    "person-zhu": Entity("person-zhu", "Person", "朱龙", []),
    "person-li": Entity("person-li", "Person", "李明远", []),
}


@dataclass
class Story:
    """One article and the facts read from it (entity ids refer to :data:`ENTITIES`)."""

    n: int
    day: date | None
    title: str
    text: str
    entities: list[str]
    events: list[Event] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


def sample_event(event_type: str, sentence: str, day: date | None, **fields: object) -> Event:
    defaults: dict[str, object] = {"trigger": "", "modality": "asserted", "confidence": 0.9}
    return Event(
        type=event_type, evidence=sentence, start=0, end=len(sentence), date=day, **{**defaults, **fields}
    )  # type: ignore[arg-type]


def _listing(
    n: int,
    day: date,
    title: str,
    text: str,
    org: str,
    board: str,
    trigger: str,
    status: str,
    sentence: str = "",
) -> Story:
    """A story reporting one listing stage; the event's evidence is ``sentence`` (default: the whole text)."""
    evidence = sentence or text
    event = sample_event("listing", evidence, day, trigger=trigger, org=org, board=board, status=status)
    return Story(n, day, title, text, [org, board], [event])


def _stories() -> list[Story]:
    d = date
    s1 = "依图科技CTO颜水成已离职，加盟雪湖科技。"
    s2 = "依圖與華為宣佈達成戰略合作。"
    s3 = "Yitu filed for a STAR Market IPO on the Shanghai exchange."
    s4 = "上交所已受理依图科技科创板上市申请，并进入问询阶段。"
    s5 = "因财务资料过期，依图科技科创板IPO中止审核。"
    s6 = "依图科技主动撤回科创板上市申请。"
    s7 = "商汤科技向港交所递交上市申请。"
    s8 = "商汤科技今日在港交所正式挂牌上市。"
    s9 = "据悉，商汤科技与云从科技或将合作。"
    s10 = "云从科技完成C轮融资，华为参与投资。"
    s11 = "旷视科技任命李明远为首席财务官。"
    s12 = "知情人士称，商汤科技副总裁朱龙已离职。"
    return [
        Story(
            1,
            d(2021, 3, 11),
            "依图科技CTO颜水成离职",
            s1,
            ["yitu", "person-yan", "org-xuehu"],
            [
                sample_event(
                    "departure",
                    s1,
                    d(2021, 3, 11),
                    trigger="离职",
                    person="person-yan",
                    org="yitu",
                    to_org="org-xuehu",
                    role="CTO",
                )
            ],
            [Role("person-yan", "yitu", "CTO", False, s1, 0, len(s1))],
        ),
        Story(
            2,
            d(2021, 4, 2),
            "依圖與華為合作",
            s2,
            ["yitu", "huawei"],
            [
                sample_event(
                    "partnership",
                    s2,
                    d(2021, 4, 2),
                    trigger="合作",
                    orgs=["yitu", "huawei"],
                    kind="strategic",
                )
            ],
        ),
        _listing(3, d(2020, 11, 6), "Yitu files for STAR IPO", s3, "yitu", "sse", "filed", "filed"),
        _listing(4, d(2020, 12, 1), "依图科创板IPO进入问询", s4, "yitu", "sse", "问询", "inquiry"),
        _listing(5, d(2021, 6, 30), "依图IPO中止", s5, "yitu", "sse", "中止", "suspended"),
        _listing(6, d(2021, 7, 16), "依图撤回IPO申请", s6, "yitu", "sse", "撤回", "withdrawn"),
        _listing(7, d(2021, 8, 27), "商汤递表港交所", s7, "sensetime", "hkex", "递交", "filed"),
        _listing(8, d(2021, 12, 30), "商汤挂牌", s8, "sensetime", "hkex", "挂牌", "listed"),
        Story(
            9,
            d(2021, 12, 28),
            "商汤云从或合作",
            s9,
            ["sensetime", "cloudwalk"],
            [
                sample_event(
                    "partnership",
                    s9,
                    d(2021, 12, 28),
                    trigger="合作",
                    modality="rumored",
                    confidence=0.6,
                    orgs=["sensetime", "cloudwalk"],
                )
            ],
        ),
        Story(
            10,
            d(2021, 12, 29),
            "云从C轮",
            s10,
            ["cloudwalk", "huawei"],
            [
                sample_event(
                    "funding",
                    s10,
                    d(2021, 12, 29),
                    trigger="融资",
                    org="cloudwalk",
                    investors=["huawei"],
                    round="C",
                    amount="18亿",
                    currency="CNY",
                    amount_low=1.8e9,
                    amount_high=1.8e9,
                )
            ],
        ),
        Story(
            11,
            d(2021, 12, 27),
            "旷视新CFO",
            s11,
            ["megvii", "person-li"],
            [
                sample_event(
                    "appointment",
                    s11,
                    d(2021, 12, 27),
                    trigger="任命",
                    person="person-li",
                    org="megvii",
                    role="首席财务官",
                )
            ],
            [Role("person-li", "megvii", "首席财务官", True, s11, 0, len(s11))],
        ),
        Story(
            12,
            d(2021, 12, 30),
            "商汤副总裁离职",
            s12,
            ["sensetime", "person-zhu"],
            [
                sample_event(
                    "departure",
                    s12,
                    d(2021, 12, 30),
                    trigger="离职",
                    modality="rumored",
                    confidence=0.7,
                    person="person-zhu",
                    org="sensetime",
                    role="副总裁",
                )
            ],
            [Role("person-zhu", "sensetime", "副总裁", False, s12, 0, len(s12))],
        ),
        Story(
            13,
            d(2021, 12, 31),
            f"{HOSTILE} 依图",
            f"{HOSTILE} 依图科技与旷视科技合作。",
            ["yitu", "megvii"],
            [
                sample_event(
                    "partnership",
                    f"{HOSTILE} 依图科技与旷视科技合作。",
                    d(2021, 12, 31),
                    trigger="合作",
                    orgs=["yitu", "megvii"],
                )
            ],
        ),
        _listing(
            14,
            d(2021, 12, 30),
            "商湯上市首日",
            "商湯科技上市首日大漲。" + s8,
            "sensetime",
            "hkex",
            "挂牌",
            "listed",
            sentence=s8,
        ),
    ]


def _records(story: Story) -> tuple[Article, Extraction]:
    article = Article(
        id=f"art-{story.n}",
        url=f"http://news.example.test/{story.n}.html",
        title=story.title,
        text=story.text,
        published=datetime.combine(story.day, datetime.min.time(), CST).replace(hour=9)
        if story.day
        else None,
        source="示例新闻",
        source_url="http://news.example.test/feed.xml",
    )
    mentions = [
        Mention(e.label, alias, story.text.find(alias), story.text.find(alias) + len(alias), e.id)
        for e in (ENTITIES[i] for i in story.entities)
        for alias in (e.name, *e.aliases)
        if alias in story.text
    ]
    counts = Counter(m.entity for m in mentions)
    entities = [replace(ENTITIES[i], mentions=max(counts[i], 1)) for i in story.entities]
    extraction = Extraction(f"art-{story.n}", mentions, entities, story.roles, story.events)
    return article, extraction


def write_sample(graph: Graph) -> None:
    """Write every sample story; fails loudly if the writer rejects one."""
    write_stories(graph, _stories())


def write_stories(graph: Graph, stories: list[Story]) -> None:
    report = GraphWriter(graph).write([_records(s) for s in stories])
    assert not report.failed, report.failed


def departure_story(
    n: int, day: date | None, sentence: str, person: str, org: str, to_org: str | None = None
) -> Story:
    """One article reporting one departure (``day`` None: neither the article nor the event is dated),
    to ``to_org`` when given."""
    event = sample_event("departure", sentence, day, trigger="离职", person=person, org=org, to_org=to_org)
    entities = [person, org] if to_org is None or to_org == org else [person, org, to_org]
    return Story(n, day, sentence[:12], sentence, entities, [event])
