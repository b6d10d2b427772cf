"""The facts the confidence fit is offered besides the report score: shapes of the sentence and the
article that say as much on news the rules never saw as on the news they were tuned on."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.ingest.nlp.events.confidence import features

from tests.events.conftest import Read

Reader = Callable[..., Read]


def _facts(doc: Read, event_type: str) -> dict[str, float]:
    """The facts of the article's one event of ``event_type``."""
    event = doc.one(event_type)
    return features(event, doc.extraction.entity_map(), event.confidence, doc.events)


def test_a_sentence_that_gave_two_events_is_crowded(read: Reader) -> None:
    both = read("月光智能公司宣布裁员20%，并与北辰科技公司签署合作协议。")
    alone = read("月光智能公司宣布裁员20%。")
    assert _facts(both, "layoff")["crowded"] == 1.0
    assert _facts(alone, "layoff")["crowded"] == 0.0


def test_a_sentence_of_many_clauses_is_long(read: Reader) -> None:
    short = read("星云科技公司完成5亿元B轮融资。")
    many = read(
        "在经历了长达两年的产品打磨、多轮客户验证以及一次并不顺利的海外扩张之后，专注于工业视觉检测、"
        "仓储机器人调度和边缘计算芯片设计的星云科技公司终于在本周宣布完成5亿元B轮融资。"
    )
    assert _facts(short, "funding")["long"] == 0.0
    assert _facts(many, "funding")["long"] == 1.0


def test_a_participant_named_again_is_the_articles_subject(read: Reader) -> None:
    once = read("星云科技公司完成5亿元B轮融资。")
    again = read("星云科技公司完成5亿元B轮融资。星云科技公司成立于2019年，专注工业视觉。")
    assert _facts(once, "funding")["repeated"] == 0.0
    assert _facts(again, "funding")["repeated"] == 1.0
