"""Fuzzing the parsers and the extractor with hostile bytes and text: no crash, no hang, a clear error.

Random bytes, mixed scripts, control characters, unpaired surrogates, emoji, very long lines and
1 MB articles of one character go through the feed parser, the decoder, the HTML-to-text step and
the extractor. Hypothesis's ``deadline`` is the per-example wall-clock bound (generous: it catches
a hang, not slowness).
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsgraph.graph.connection import Graph
from newsgraph.ingest.collect.feeds import parse_feed
from newsgraph.ingest.collect.state import State
from newsgraph.ingest.collect.text import decode, html_to_text
from newsgraph.ingest.nlp import extract
from newsgraph.ingest.nlp.extract import Extractor
from newsgraph.ingest.records import Extraction

from newsgraph.pipeline import IngestOptions, run_ingest, state_path

#: Per-example bound for parsing; the extractor's own time limit bounds the NLP examples.
PARSE = settings(
    max_examples=50, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow]
)
NLP = settings(max_examples=30, deadline=timedelta(seconds=60), suppress_health_check=[HealthCheck.too_slow])
EXTRACT_LIMIT_S = 2.0

SPECIALS = [
    "\x00", "\x07", "\x1b[31m", "\x7f", "\u200b", "\u202e", "\ufeff", "\ufffd", "\r\n", "\t",
    "\ud800", "\udfff", "😀", "👍🏽", "🇨🇳", "\U0001f9d1\u200d\U0001f4bb", "a\u0301",
]  # fmt: skip
SCRIPTS = "依图科技首席技术官颜水成离职加盟商湯科技執行長徐立宣佈上市Appleアップル애플ЯблокоتفاحةÄÖü0123456789，。；：“”「」（）"
ENCODINGS = ["utf-8", "gb18030", "big5", "shift_jis", "utf-16", "latin-1", "koi8-r"]
CONTENT_TYPES = ["", "text/html", "text/html; charset=utf-8", "text/html; charset=gbk", "text/html; charset=bogus",
                 "application/rss+xml; charset=big5", "text/html; charset=utf-16"]  # fmt: skip

mixed_text = st.lists(
    st.one_of(st.text(max_size=40), st.text(alphabet=SCRIPTS, max_size=80), st.sampled_from(SPECIALS)),
    max_size=40,
).map("".join)
long_line = st.builds(
    lambda piece, n: piece * n, st.text(alphabet=SCRIPTS, min_size=1, max_size=5), st.integers(1_000, 20_000)
)


@st.composite
def mixed_encodings(draw: st.DrawFn) -> bytes:
    """Pieces of text each encoded in its own codec and glued together (what a broken CMS serves)."""
    pieces = draw(st.lists(st.tuples(mixed_text, st.sampled_from(ENCODINGS)), min_size=1, max_size=6))
    return b"".join(text.encode(codec, errors="replace") for text, codec in pieces)


any_bytes = st.one_of(st.binary(max_size=4096), mixed_encodings())


def as_feed(title: str, body: str, link: str) -> bytes:
    """A syntactically plausible RSS item around hostile values, in UTF-8 with surrogates kept as is."""
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<item><title>{title}</title><link>{link}</link><description>{body}</description></item>"
        "</channel></rss>"
    ).encode("utf-8", errors="surrogatepass")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """One pipeline for the module (the model loads once), with a short time limit per article."""
    return Extractor(time_limit=EXTRACT_LIMIT_S)


@PARSE
@given(data=any_bytes, content_type=st.sampled_from(CONTENT_TYPES))
def test_the_feed_parser_reads_what_it_can_and_says_what_it_could_not(data: bytes, content_type: str) -> None:
    feed = parse_feed(data, "http://feeds.example/hostile.xml", content_type)
    assert all(entry.url for entry in feed.entries)
    if not feed.entries and data.strip():
        assert feed.warnings, "an unreadable feed must say why"
    assert all("http://feeds.example/hostile.xml" in warning for warning in feed.warnings)


@PARSE
@given(
    title=mixed_text,
    body=st.one_of(mixed_text, long_line),
    link=st.sampled_from(["http://a.example/1", "javascript:alert(1)", "", "\ud800"]),
)
def test_a_feed_of_hostile_values_parses(title: str, body: str, link: str) -> None:
    feed = parse_feed(as_feed(title, body, link), "http://feeds.example/f.xml")
    for entry in feed.entries:
        entry.title.encode("utf-8")  # whatever came in, what comes out is valid text


@PARSE
@given(data=any_bytes, content_type=st.sampled_from(CONTENT_TYPES))
def test_decoding_any_bytes_gives_valid_text(data: bytes, content_type: str) -> None:
    decoded = decode(data, content_type)
    decoded.text.encode("utf-8")  # no lone surrogates: the text can be stored and sent anywhere
    assert decoded.encoding


@PARSE
@given(
    text=st.one_of(mixed_text, long_line),
    wrap=st.sampled_from(
        ["<p>{}</p>", "<html><body><article>{}</article></body></html>", "{}", "<script>{}</script>", "<p>{}"]
    ),
)
def test_html_to_text_never_fails(text: str, wrap: str) -> None:
    body, meta = html_to_text(wrap.format(text))
    assert isinstance(body, str)
    assert isinstance(meta, dict)


@NLP
@given(text=mixed_text)
def test_the_extractor_survives_any_text_with_offsets_into_it(extractor: Extractor, text: str) -> None:
    check_extraction(extractor.extract(text, "fuzz"), text)


@settings(max_examples=5, deadline=timedelta(seconds=120), suppress_health_check=[HealthCheck.too_slow])
@given(text=long_line)
def test_very_long_lines_are_extracted(extractor: Extractor, text: str) -> None:
    check_extraction(extractor.extract(text, "long-line"), text)


@settings(max_examples=4, deadline=timedelta(seconds=60), suppress_health_check=[HealthCheck.too_slow])
@given(char=st.sampled_from(["啊", "a", "。", "😀"]))
def test_a_1_mb_article_of_one_character_is_cut_not_choked_on(char: str) -> None:
    """With no time to spare only the first chunk is read: the rest is skipped with a warning."""
    text = char * 1_000_000
    check_extraction(Extractor(time_limit=0.0).extract(text, "one-char"), text)


@pytest.mark.parametrize("char", ["啊", "阿里巴巴"])
def test_a_1_mb_article_stops_at_the_time_limit_and_says_so(
    extractor: Extractor, char: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The limit is checked by what the extractor reports, not by a wall clock: the machine may be busy."""
    text = char * (1_000_000 // len(char))
    with caplog.at_level(logging.WARNING, logger=extract.__name__):
        check_extraction(extractor.extract(text, "one-char"), text)
    assert any("time limit" in r.getMessage() and "skipped" in r.getMessage() for r in caplog.records)


def check_extraction(extraction: Extraction, text: str) -> None:
    """Offsets point into the text, and the facts can be spooled (serialised) as they are."""
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
    for fact in (*extraction.roles, *extraction.events):
        assert text[fact.start : fact.end] == fact.evidence


def test_each_bad_record_is_a_failure_with_its_reason_and_the_rest_is_ingested(
    graph: Graph, tmp_path: Path
) -> None:
    good = "据悉，依图科技首席技术官颜水成已于上周离职，加盟一家新加坡公司。公司表示，相关业务不受影响。"
    lines = [
        '{"url": "http://odd.example/surrogate", "title": "t", "text": "坏\\ud800字符' + good + '"}',
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "http://bad.example/empty", "title": "空", "text": ""}),
        json.dumps(
            {"url": "http://good.example/1", "title": "好", "text": good + "\x00\x07\u202e😀"},
            ensure_ascii=False,
        ),
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    summary = run_ingest([str(folder)], graph, IngestOptions(home=tmp_path))

    assert summary.written == 2  # a lone surrogate or a NUL is one bad character, not a bad article
    articles = graph.read("MATCH (a:Article) RETURN a.url AS url, a.text AS text ORDER BY url")
    assert articles == [
        {"url": "http://good.example/1", "text": good + "\x07\u202e😀"},
        {"url": "http://odd.example/surrogate", "text": "坏\ufffd字符" + good},
    ]
    with State(state_path(tmp_path)) as state:
        failures = {f.url: f.reason for f in state.failures()}
    assert sorted(url.rsplit(":", 1)[-1] for url in failures) == ["2", "3", "4"], failures
    assert all(reason.strip() for reason in failures.values())


def test_a_lone_surrogate_or_nul_in_a_feeds_fields_never_fails_its_article(
    graph: Graph, tmp_path: Path
) -> None:
    """Character references feedparser cannot take (they used to lose the feed or fail the article)."""
    text = "据悉，依图科技首席技术官颜水成已于上周离职，加盟一家新加坡公司。公司表示，相关业务不受影响。"
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>频道&#0;</title>'
        "<item><title>标题&#xD800;</title><link>http://odd.example/a</link>"
        f"<author>作者&#55296;&#0;名</author><description>{text}</description></item></channel></rss>"
    )
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")

    summary = run_ingest([str(tmp_path / "feed.xml")], graph, IngestOptions(home=tmp_path))

    assert (summary.written, summary.failed) == (1, 0)
    [article] = graph.read("MATCH (a:Article) RETURN a.title AS title, a.author AS author")
    assert article == {"title": "标题\ufffd", "author": "作者\ufffd\ufffd名"}
