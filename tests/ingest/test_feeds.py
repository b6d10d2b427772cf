"""Feeds in legacy encodings, malformed feeds, dates and OPML."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from newsgraph.ingest.collect.feeds import looks_like_feed, parse_feed, parse_opml
from newsgraph.ingest.collect.fetch import Fetcher
from newsgraph.ingest.collect.timestamps import DEFAULT_TZ, parse_timestamp

from tests.httpserver import LocalServer

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>{channel}</title><link>http://news.example.tw/</link>
<item><title>{title}</title><link>http://news.example.tw/a/1.html</link>
<guid isPermaLink="false">item-1</guid><pubDate>{date}</pubDate><dc:creator>記者甲</dc:creator>
<description>{summary}</description>
<content:encoded><![CDATA[<p>{summary}</p><p>第二段。</p>]]></content:encoded></item>
</channel></rss>"""


def rss(encoding: str, **fields: str) -> bytes:
    values = {"channel": "科技頻道", "title": "晶片公司宣佈擴產", "date": "Tue, 09 Mar 2021 10:30:00 +0800"}
    values |= {"summary": "晶片公司表示將在臺灣擴建工廠。"} | fields
    return RSS.format(encoding=encoding, **values).encode(encoding)


def test_a_big5_feed_parses() -> None:
    result = parse_feed(rss("big5"), "http://feeds.example.tw/tech.xml")
    assert result.title == "科技頻道"
    [entry] = result.entries
    assert entry.title == "晶片公司宣佈擴產"
    assert entry.url == "http://news.example.tw/a/1.html"
    assert entry.guid == "item-1"
    assert entry.author == "記者甲"
    assert "第二段" in entry.content_html
    assert entry.feed_title == "科技頻道"
    assert entry.published == datetime(2021, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=8)))


def test_a_feed_labelled_gb2312_with_gbk_characters_parses() -> None:
    data = rss("gbk", channel="科技", title="朱镕基谈芯片", summary="内容").replace(b'"gbk"', b'"gb2312"')
    result = parse_feed(data, "http://feeds.example.cn/a.xml")
    assert result.entries[0].title == "朱镕基谈芯片"


def test_a_feed_declaring_utf8_but_written_in_gbk_is_read_with_a_warning() -> None:
    data = rss("gbk", channel="科技", title="芯片公司扩产", summary="内容").replace(b'"gbk"', b'"utf-8"')
    result = parse_feed(data, "http://feeds.example.cn/liar.xml")
    assert result.entries[0].title == "芯片公司扩产"
    assert any("http://feeds.example.cn/liar.xml" in w and "gb18030" in w for w in result.warnings)


def test_a_truncated_feed_keeps_its_complete_entries(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.get(server.url("/_/truncated-feed"))
    result = parse_feed(response.content, response.url, response.content_type)
    assert [e.title for e in result.entries][:1] == ["第一条完整的新闻"]
    assert any(response.url in w and "malformed" in w for w in result.warnings)


def test_a_web_page_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html><html><body><p>not a feed</p></body></html>"
    assert not looks_like_feed(page)
    assert looks_like_feed(rss("utf-8"))
    result = parse_feed(page, "http://example.org/feed")
    assert result.entries == [] and any("not a feed" in w for w in result.warnings)


def test_an_atom_feed_gives_content_and_keeps_its_time_zone() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
    <entry><title>t</title><link href="http://example.org/e1"/><id>urn:e1</id>
    <updated>2021-03-09T02:00:00Z</updated><content type="html">&lt;p&gt;full&lt;/p&gt;</content>
    <summary>short</summary></entry></feed>"""
    [entry] = parse_feed(atom, "http://example.org/atom").entries
    assert entry.published == datetime(2021, 3, 9, 2, 0, tzinfo=UTC)
    assert entry.content_html == "<p>full</p>"
    assert entry.summary == "short"


def test_timestamps_without_a_zone_are_taken_as_utc_plus_8() -> None:
    assert parse_timestamp("2018-09-18 14:38:10") == datetime(2018, 9, 18, 14, 38, 10, tzinfo=DEFAULT_TZ)
    assert parse_timestamp("2005-5-28 16:05:36") == datetime(2005, 5, 28, 16, 5, 36, tzinfo=DEFAULT_TZ)
    assert parse_timestamp("2021年3月9日") == datetime(2021, 3, 9, tzinfo=DEFAULT_TZ)
    assert parse_timestamp("Tue, 09 Mar 2021 10:30:00 GMT") == datetime(2021, 3, 9, 10, 30, tzinfo=UTC)
    assert parse_timestamp("soon") is None


def test_opml_lists_nested_feeds_once_in_order() -> None:
    opml = b"""<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
    <outline text="AI"><outline text="One" type="rss" xmlUrl="http://a.example/feed.xml"/>
      <outline text="Two" xmlUrl="http://b.example/rss"/></outline>
    <outline text="dup" xmlUrl="http://a.example/feed.xml"/><outline text="folder only"/>
    </body></opml>"""
    subs = parse_opml(opml)
    assert [s.url for s in subs] == ["http://a.example/feed.xml", "http://b.example/rss"]
    assert subs[0].title == "One"


def test_malformed_opml_still_gives_its_feeds() -> None:
    opml = b'<opml><body><outline xmlUrl="http://a.example/f.xml" text="a & b"><outline xmlUrl="http://c/x"'
    assert parse_opml(opml)[0].url == "http://a.example/f.xml"
