"""The Extractor facade and its JSON records."""

from __future__ import annotations

import cProfile
import json
import pstats
from datetime import date

import pytest
from newsgraph.ingest.nlp.extract import Document, Extractor, chunk_bounds

from newsgraph.cli.extract_format import records_for

PARAGRAPH = "澄星科技首席执行官林若溪表示，公司将在上海建设新工厂。原依图科技CTO颜水成已加盟该公司。\n"


def test_a_200_kb_article_is_read_in_bounded_chunks_with_exact_offsets(extractor: Extractor) -> None:
    text = PARAGRAPH * (200_000 // len(PARAGRAPH.encode()))
    extraction = extractor.extract(text, "long")
    assert all(text[m.start : m.end] == m.text for m in extraction.mentions)
    assert max(m.end for m in extraction.mentions) > len(text) - len(PARAGRAPH)
    people = {e.name: e for e in extraction.entities if e.label == "Person"}
    assert people["林若溪"].mentions == text.count("林若溪")
    assert len(extraction.entities) < 10
    assert all(text[r.start : r.end] == r.evidence for r in extraction.roles)


def test_work_grows_with_the_names_a_text_lists_not_their_square(extractor: Extractor) -> None:
    """The time limit is checked between chunks, so one chunk listing a firm thousands of times (a table pasted as
    text) must cost in proportion to it: twice the names, about twice the work (counted in function calls, which
    unlike a clock do not depend on the machine). Each name used to be matched against every other one."""

    def work(names: int) -> int:
        profile = cProfile.Profile()
        profile.runcall(extractor.extract, "阿里巴巴、" * names, "listed")
        return pstats.Stats(profile).total_calls

    assert work(1000) < 2.3 * work(500)


@pytest.mark.parametrize("text", ["星云科技首席执行官 ", "月光智能董事長 "])
def test_a_text_ending_in_a_title_and_a_space_keeps_its_firm_and_title(
    extractor: Extractor, text: str
) -> None:
    """The space after a title is where a name in Latin letters would start; at the end of a text no word
    follows, and the whole chunk used to fail (and lose its facts) looking for one."""
    labels = {m.text: m.label for m in extractor.extract(text, "ending").mentions}
    assert labels[text[:4]] == "Company" and "Title" in labels.values()


def test_chunks_are_cut_between_paragraphs() -> None:
    text = PARAGRAPH * 100
    bounds = chunk_bounds(text, 1000)
    assert all(end - start <= 1000 for start, end in bounds)
    assert all(text[end - 1] == "\n" for _, end in bounds)
    assert [b[0] for b in bounds[1:]] == [b[1] for b in bounds[:-1]]


def test_a_document_over_the_time_limit_keeps_its_first_chunk(extractor: Extractor) -> None:
    hasty = Extractor(extractor.nlp, max_chunk_chars=500, time_limit=0.0)
    text = PARAGRAPH * 20
    extraction = hasty.extract(text, "slow")
    assert extraction.mentions
    assert max(m.end for m in extraction.mentions) <= 500


def test_extract_many_keeps_the_input_order(extractor: Extractor) -> None:
    documents = [Document(f"d{i}", f"澄星科技第{i}次发布新品。") for i in range(5)]
    assert [e.doc_id for e in extractor.extract_many(documents, batch_size=2)] == [
        "d0",
        "d1",
        "d2",
        "d3",
        "d4",
    ]


def test_extract_many_in_worker_processes_gives_the_same_result(extractor: Extractor) -> None:
    documents = [Document("a", "商汤CEO徐立表示。"), Document("b", "澄星科技有限公司宣布裁员。")]
    serial = list(extractor.extract_many(documents))
    parallel = list(extractor.extract_many(documents, batch_size=1, n_process=2))
    assert parallel == serial


def test_records_name_entities_as_the_article_writes_them(extractor: Extractor) -> None:
    extraction = extractor.extract("商汤CEO徐立表示。", "a", published=date(2024, 3, 1))
    records = list(records_for(extraction, "a"))
    assert {
        "record": "mention",
        "doc": "a",
        "label": "Person",
        "text": "徐立",
        "start": 5,
        "end": 7,
        "entity": extraction.mentions[2].entity,
    } in records
    entity = next(r for r in records if r["record"] == "entity" and r["id"] == "sensetime")
    assert entity == {
        "record": "entity",
        "doc": "a",
        "id": "sensetime",
        "label": "Company",
        "kind": "company",
        "name": "商汤科技",
        "aliases": ["商汤"],
        "mentions": 1,
    }
    role = next(r for r in records if r["record"] == "role")
    # The role names the company as the article does; the entity record gives the canonical name.
    assert (role["person"], role["org"], role["title"], role["current"]) == ("徐立", "商汤", "CEO", True)
    json.dumps(records, ensure_ascii=False)


def test_events_name_an_entity_by_its_most_frequent_form_in_simplified(extractor: Extractor) -> None:
    text = "商湯科技宣佈裁員。商湯今年已兩次調整架構，商湯表示將專注大模型。"
    records = list(records_for(extractor.extract(text, "a", published=date(2024, 3, 1)), "a"))
    layoff = next(r for r in records if r["record"] == "event" and r["type"] == "layoff")
    entity = next(r for r in records if r["record"] == "entity" and r["id"] == "sensetime")
    assert layoff["org"] == "商汤"
    assert entity["name"] == "商汤科技"


def test_a_role_record_gives_the_title_as_written_and_normalised(extractor: Extractor) -> None:
    extraction = extractor.extract(
        "星雲科技共同執行長張明表示，公司將擴大研發。", "a", published=date(2024, 3, 1)
    )
    role = next(r for r in records_for(extraction, "a") if r["record"] == "role")
    assert (role["person"], role["org"]) == ("张明", "星云科技")
    assert (role["title"], role["normalised_title"]) == ("共同执行长", "联席CEO")
