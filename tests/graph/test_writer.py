"""The writer on the real embedded server: idempotent, alias-merging, atomic per article."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from newsgraph.graph.connection import Graph
from newsgraph.graph.schema import ensure_schema
from newsgraph.graph.writer import GraphWriter
from newsgraph.ingest.records import Article, Entity, Event, Extraction, Mention, Role

CST = timezone(timedelta(hours=8))


def article(n: int, day: int = 11, text: str = "原依图科技CTO颜水成已离职，加盟雪湖科技。") -> Article:
    return Article(
        id=f"art-{n}",
        url=f"http://news.example.test/{n}.html",
        title=f"报道{n}",
        text=text,
        published=datetime(2021, 3, day, 9, 0, tzinfo=CST),
        source="示例新闻",
        source_url="http://news.example.test/feed.xml",
    )


def departure_extraction(
    doc_id: str, yitu_spelling: str = "依图科技", modality: str = "asserted"
) -> Extraction:
    return Extraction(
        doc_id=doc_id,
        mentions=[
            Mention("Company", yitu_spelling, 1, 5, "yitu"),
            Mention("Person", "颜水成", 8, 11, "person-yan"),
        ],
        entities=[
            Entity("yitu", "Company", "依图科技", [yitu_spelling], 1, name_en="Yitu Technology", known=True),
            Entity("person-yan", "Person", "颜水成", ["颜水成"], 1),
            Entity("org-xuehu", "Company", "雪湖科技", ["雪湖科技"], 1),
        ],
        roles=[Role("person-yan", "yitu", "CTO", False, "原依图科技CTO颜水成已离职", 0, 13)],
        events=[
            Event(
                type="departure",
                trigger="离职",
                modality=modality,
                confidence=0.9,
                evidence="原依图科技CTO颜水成已离职，加盟雪湖科技。",
                start=0,
                end=21,
                person="person-yan",
                org="yitu",
                to_org="org-xuehu",
                role="CTO",
                date=date(2021, 3, 11),
            )
        ],
    )


def total_counts(graph: Graph) -> tuple[int, int]:
    counts = graph.counts()
    return sum(counts["nodes"].values()), sum(counts["relationships"].values())


def test_writing_the_same_article_twice_changes_nothing(graph: Graph) -> None:
    writer = GraphWriter(graph)
    items = [(article(1), departure_extraction("art-1"))]
    writer.write(items)
    first = graph.counts()
    report = writer.write(items)
    assert report.failed == []
    assert graph.counts() == first
    assert first["relationships"]["LEFT"] == 1
    assert first["relationships"]["JOINED"] == 1


def test_alias_spellings_stay_one_node_with_all_aliases(graph: Graph) -> None:
    writer = GraphWriter(graph)
    writer.write(
        [
            (article(1), departure_extraction("art-1", "依图")),
            (article(2), departure_extraction("art-2", "依圖")),
        ]
    )
    rows = graph.read(
        "MATCH (c:Company {id: 'yitu'}) RETURN c.name AS name, c.aliases AS aliases, c.mentions AS n"
    )
    assert len(rows) == 1
    assert rows[0]["name"] == "依图科技"
    assert {"依图", "依圖", "依图科技"} <= set(rows[0]["aliases"])
    assert rows[0]["n"] == 2


def test_event_reported_by_two_articles_is_one_node_with_two_sources(graph: Graph) -> None:
    writer = GraphWriter(graph)
    writer.write(
        [(article(1), departure_extraction("art-1")), (article(2, day=12), departure_extraction("art-2"))]
    )
    rows = graph.read(
        "MATCH (e:Departure)-[r:REPORTED_IN]->(a:Article) RETURN e.id AS id, e.sources AS sources, count(a) AS n"
    )
    assert len(rows) == 1
    assert rows[0]["sources"] == rows[0]["n"] == 2


def test_a_venue_the_article_only_implies_is_a_node_the_article_does_not_mention(graph: Graph) -> None:
    """ "赴港上市" makes 香港交易所 the listing's venue, but the article never names it."""
    extraction = departure_extraction("art-1")
    extraction.entities.append(Entity("hkex", "Exchange", "香港交易所", [], 0, known=True, kind="exchange"))
    GraphWriter(graph).write([(article(1), extraction)])
    rows = graph.read(
        "MATCH (x:Exchange {id: 'hkex'}) RETURN COUNT { (x)<-[:MENTIONS]-() } AS mentions, x.name AS name"
    )
    assert rows == [{"mentions": 0, "name": "香港交易所"}]
    assert graph.read("MATCH (:Article)-[m:MENTIONS]->(:Company {id: 'yitu'}) RETURN m.count AS n") == [
        {"n": 1}
    ]


def test_latest_report_decides_modality_whatever_the_write_order(graph: Graph) -> None:
    writer = GraphWriter(graph)
    rumor = (article(1, day=10), departure_extraction("art-1", modality="rumored"))
    confirmed = (article(2, day=12), departure_extraction("art-2", modality="asserted"))
    writer.write([confirmed])
    writer.write([rumor])
    rows = graph.read("MATCH (e:Departure) RETURN e.modality AS m, e.first_reported AS first")
    assert rows == [{"m": "asserted", "first": date(2021, 3, 10)}]


def test_a_departure_s_lines_carry_the_latest_report_s_sentence_whatever_the_write_order(
    graph: Graph,
) -> None:
    """The drawing shows a line's evidence from the line itself: the newest article's sentence."""
    first = (article(1, day=11), departure_extraction("art-1"))
    later = (article(2, day=18), departure_extraction("art-2"))
    later[1].events[0].evidence = "一周后，颜水成在雪湖科技首次公开亮相。"
    query = "MATCH ()-[r:LEFT|JOINED]->() RETURN type(r) AS line, r.sentence AS sentence ORDER BY line"
    for writes in ([[later], [first]], [[first], [later]], [[first, later]]):
        graph.run_write("MATCH (n) DETACH DELETE n")
        for items in writes:
            GraphWriter(graph).write(items)
        assert graph.read(query) == [
            {"line": "JOINED", "sentence": "一周后，颜水成在雪湖科技首次公开亮相。"},
            {"line": "LEFT", "sentence": "一周后，颜水成在雪湖科技首次公开亮相。"},
        ], writes


def test_the_first_report_s_date_stays_when_a_later_one_retells_it_vaguely(graph: Graph) -> None:
    """A week later an article says it happened 本月初 (the 1st): the event keeps the date of the news,
    on its node and its LEFT relationship, whatever the order or the batches of the writes."""
    first = (article(1, day=11), departure_extraction("art-1"))
    retold = (article(2, day=18), departure_extraction("art-2"))
    retold[1].events[0].date = date(2021, 3, 1)
    query = "MATCH (e:Departure), ()-[r:LEFT]->() RETURN e.date AS event, r.date AS left"
    for writes in ([[retold], [first]], [[first], [retold]], [[retold, first]]):
        graph.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
        for items in writes:
            GraphWriter(graph).write(items)
        assert graph.read(query) == [{"event": date(2021, 3, 11), "left": date(2021, 3, 11)}], writes


def test_a_batch_that_starts_with_a_known_article_links_a_new_article_s_facts(graph: Graph) -> None:
    """The known article comes first in the batch, yet the new one's event, involvements and mentions
    are all there: statements run stage by stage, not in the order of their first rows."""
    known = (article(1), departure_extraction("art-1"))
    new = (article(2, day=12, text="雪湖科技副总裁王小林离职。"), departure_extraction("art-2"))
    new[1].entities[1] = Entity("person-wang", "Person", "王小林", ["王小林"], 1)
    new[1].mentions[1] = Mention("Person", "王小林", 7, 10, "person-wang")
    new[1].roles.clear()
    new[1].events[0].person = "person-wang"
    GraphWriter(graph).write([known])
    GraphWriter(graph).write([known, new])
    batched = graph_snapshot(graph)
    graph.run_write("MATCH (n) DETACH DELETE n")
    for item in (known, new):
        GraphWriter(graph).write([item])
    assert graph_snapshot(graph) == batched
    assert graph.read(
        "MATCH (:Departure)-[:INVOLVES]->(p:Person {id: 'person-wang'}) RETURN p.mentions AS n"
    ) == [{"n": 1}]


def test_a_failing_article_leaves_nothing_and_does_not_block_the_batch(graph: Graph) -> None:
    bad = departure_extraction("art-bad")
    bad.entities.append(Entity("yitu", "Company", "依图科技", [], 1, known=True, tickers=[{"nested": "map"}]))  # type: ignore[list-item]
    report = GraphWriter(graph).write([(article(1), departure_extraction("art-1")), (article(9), bad)])
    assert report.written == ["art-1"]
    assert [article_id for article_id, _ in report.failed] == ["art-9"]
    assert graph.read("MATCH (a:Article {id: 'art-9'}) RETURN a.id AS id") == []
    mentioned = graph.read("MATCH (a:Article {id: 'art-1'})-[:MENTIONS]->(c:Company) RETURN c.id AS id")
    assert {row["id"] for row in mentioned} == {"yitu", "org-xuehu"}


def test_constraint_creation_is_idempotent(graph: Graph) -> None:
    ensure_schema(graph)
    ensure_schema(graph)
    GraphWriter(graph).write([(article(1), departure_extraction("art-1"))])
    assert graph.read("MATCH (c:Company {id: 'yitu'}) RETURN count(c) AS n") == [{"n": 1}]


def test_spooled_facts_round_trip_to_the_same_graph(graph: Graph) -> None:
    from newsgraph.ingest.records import dump_facts, load_facts

    original = (article(1), departure_extraction("art-1"))
    GraphWriter(graph).write([load_facts(dump_facts(*original))])
    after_spool = graph.counts()
    GraphWriter(graph).write([original])
    assert graph.counts() == after_spool
    assert load_facts(dump_facts(*original)) == original


def graph_snapshot(graph: Graph) -> tuple[list[str], list[str]]:
    """Every node and relationship with its properties, as sorted text (element ids left out).

    Lists (aliases, URLs) count as sets: their order is the order names were first seen.
    """
    nodes = graph.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = graph.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b"
    )

    def as_text(rows: list[dict[str, object]]) -> list[str]:
        for row in rows:
            props = row["props"]
            assert isinstance(props, dict)
            row["props"] = {k: sorted(v, key=str) if isinstance(v, list) else v for k, v in props.items()}
        return sorted(repr(sorted(row.items(), key=str)) for row in rows)

    return as_text(nodes), as_text(rels)


def test_one_batch_gives_the_graph_of_one_article_per_write_in_reverse(graph: Graph) -> None:
    """Rows repeated within a batch are folded, and new articles created: the result must not show it."""
    items = [
        (article(1, day=10), departure_extraction("art-1", "依图", modality="rumored")),
        (article(2, day=12), departure_extraction("art-2", "依圖")),
        (article(3, day=11), departure_extraction("art-3", "YITU")),
        (article(2, day=12), departure_extraction("art-2", "依圖")),  # the same article twice
    ]
    items[2][1].entities[0] = Entity("yitu", "Company", "依图", ["YITU"], 1, known=False)
    GraphWriter(graph).write(items)
    batched = graph_snapshot(graph)
    graph.run_write("MATCH (n) DETACH DELETE n")
    writer = GraphWriter(graph, batch_size=1)
    for item in reversed(items):
        writer.write([item])
    assert graph_snapshot(graph) == batched
    company = graph.read("MATCH (c:Company {id: 'yitu'}) RETURN c.name AS name, c.mentions AS n")
    assert company == [{"name": "依图科技", "n": 3}]


def test_the_articles_byline_is_kept_on_the_article_and_survives_the_spool(graph: Graph) -> None:
    from newsgraph.ingest.records import Byline, dump_facts, load_facts

    extraction = departure_extraction("art-1")
    extraction.byline = Byline(["澜海晚报"], ["周明远"], ["澜海晚报／记者周明远／台北报导"])
    GraphWriter(graph).write([load_facts(dump_facts(article(1), extraction))])
    row = graph.read(
        "MATCH (a:Article {id: 'art-1'}) RETURN a.byline_outlets AS outlets, a.byline_authors AS authors, "
        "a.byline_evidence AS evidence"
    )[0]
    assert (row["outlets"], row["authors"], row["evidence"]) == (
        ["澜海晚报"],
        ["周明远"],
        ["澜海晚报／记者周明远／台北报导"],
    )
    assert graph.read("MATCH (n {name: '澜海晚报'}) RETURN count(n) AS n")[0]["n"] == 0
