"""Decoding mislabelled Chinese pages and extracting their main text."""

from __future__ import annotations

from newsgraph.ingest.collect.fetch import Fetcher
from newsgraph.ingest.collect.text import MIN_EXTRACTED_SIZE, decode, fragment_text, html_to_text

from tests.httpserver import ARTICLE_TEXT, EMPTY_PAGE, GBK_TEXT, LocalServer, article_html

TRADITIONAL = "人工智慧公司宣佈與電信業者合作，共同開發語音辨識軟體。"


def test_a_gbk_page_without_charset_header_decodes(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.get(server.url("/_/gbk-no-header"))
    decoded = decode(response.content, response.content_type)
    assert decoded.encoding == "gb18030"
    assert GBK_TEXT[:20] in decoded.text


def test_a_wrong_utf8_header_on_a_gbk_page_is_corrected(server: LocalServer, fetcher: Fetcher) -> None:
    response = fetcher.get(server.url("/_/wrong-charset"))
    decoded = decode(response.content, response.content_type)
    assert GBK_TEXT[:20] in decoded.text
    assert "\ufffd" not in decoded.text
    assert any(r.startswith("header utf-8") for r in decoded.rejected)


def test_gb2312_label_decodes_gbk_only_characters() -> None:
    html = '<meta charset="gb2312"><p>朱镕基与欧阳詹</p>'  # 镕 is in GBK, not GB2312
    decoded = decode(html.encode("gbk"))
    assert "朱镕基" in decoded.text


def test_big5_with_hkscs_characters_decodes() -> None:
    html = '<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>' + TRADITIONAL + "</p>"
    decoded = decode(html.encode("big5hkscs"))
    assert TRADITIONAL in decoded.text
    assert decoded.encoding == "big5hkscs"


def test_utf8_bytes_under_a_gb2312_meta_stay_utf8() -> None:
    html = '<meta charset="gb2312"><p>' + ARTICLE_TEXT + "</p>"
    assert ARTICLE_TEXT in decode(html.encode("utf-8")).text


def test_a_byte_order_mark_wins_over_everything() -> None:
    decoded = decode("\ufeff<p>你好</p>".encode("utf-16-le"), "text/html; charset=gbk")
    assert decoded.text == "<p>你好</p>"


def test_undecodable_bytes_end_in_replacement_characters_not_an_error() -> None:
    decoded = decode(bytes(range(128, 256)) * 3)
    assert decoded.text


def test_main_text_leaves_out_navigation_and_footer() -> None:
    text, meta = html_to_text(article_html("机器人公司融资"), "http://news.example.cn/a.html")
    assert "扩大研发团队" in text
    assert "版权所有" not in text and "首页" not in text
    assert meta["title"] == "机器人公司融资"
    assert meta["extractor"] == "trafilatura"
    assert len(text) >= MIN_EXTRACTED_SIZE


def test_a_page_without_article_text_gives_empty_text() -> None:
    text, meta = html_to_text(EMPTY_PAGE)
    assert text == ""
    assert meta["extractor"] == "none"


def test_a_bare_list_of_paragraphs_falls_back_to_a_named_extractor() -> None:
    html = "<div>" + "".join(f"<p>{s}。</p>" for s in ARTICLE_TEXT.split("。") if s) + "</div>"
    text, meta = html_to_text(html)
    assert "扩大研发团队" in text
    assert meta["extractor"] in ("trafilatura", "baseline", "paragraphs")


def test_feed_fragments_become_plain_lines() -> None:
    assert fragment_text("<p>第一段</p><p>第二段<br/>换行</p>") == "第一段\n第二段\n换行"
    assert fragment_text("纯文本  摘要") == "纯文本 摘要"


def test_indenting_blanks_of_a_page_are_not_kept_in_its_text() -> None:
    """A page that indents its markup with tabs gives lines of visible text only: the evidence a
    reader sees shows no runs of tabs or blank lines."""
    lead = "<div>\n\t\t<span>作者：网络整理</span>\t\t\n\t\n\t\t</div>"
    body = "".join(f"\n\t\t<p>{s}。</p>" for s in ARTICLE_TEXT.split("。") if s)
    text, _ = html_to_text(f"<html><body><article>{lead}<div>{body}</div></article></body></html>")
    assert text.startswith("作者：网络整理\n")
    assert all(line and line == line.strip() for line in text.split("\n"))
