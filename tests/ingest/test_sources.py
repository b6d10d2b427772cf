"""Expanding the ingest command's arguments into work items."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest.collect.sources import (
    InputError,
    JsonlRecord,
    LocalFeed,
    LocalPage,
    LocalText,
    RemoteItem,
    SiteMirror,
    expand,
)


def test_a_folder_expands_to_every_known_file_kind(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.xml").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "note.md").write_text("# 标题\n正文", encoding="utf-8")
    (tmp_path / "subs.opml").write_text('<opml><body><outline xmlUrl="http://f.example/rss"/></body></opml>')
    (tmp_path / "urls.txt").write_text("# my list\nhttp://a.example/1\n\nhttps://b.example/feed\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.html").write_text("<p>x</p>")
    items = list(expand([str(tmp_path)]))
    assert LocalFeed(tmp_path / "feeds" / "a.xml") in items
    assert LocalPage(tmp_path / "page.html") in items
    assert LocalText(tmp_path / "note.md") in items
    assert RemoteItem("http://a.example/1") in items and RemoteItem("https://b.example/feed") in items
    assert len(items) == 5


def test_an_opml_is_read_when_named_but_not_found_in_a_folder_walk(tmp_path: Path) -> None:
    """`ingest corpora/` must not go to the network for the subscription list lying in the folder."""
    opml = tmp_path / "subs.opml"
    opml.write_text('<opml><body><outline xmlUrl="http://f.example/rss"/></body></opml>')
    assert list(expand([str(tmp_path)])) == []
    assert list(expand([str(opml)])) == [RemoteItem("http://f.example/rss", "feed")]


def test_a_jsonl_file_with_a_bad_line_reports_that_line_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        '{"url": "http://a.example/1", "title": "一", "text": "第一篇"}\n'
        '{"url": "http://a.example/2", "title": "二", "text": "第二篇"\n'
        "\n"
        '{"title": "no text"}\n'
        '{"title": "三", "text": "第三篇"}\n',
        encoding="utf-8",
    )
    items = list(expand([str(path)]))
    assert [i.line for i in items if isinstance(i, JsonlRecord)] == [1, 5]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.where for e in errors] == [f"{path}:2", f"{path}:4"]
    assert "not valid JSON" in errors[0].reason


def test_missing_paths_and_unknown_files_are_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b")
    items = list(expand([str(tmp_path / "nope"), str(tmp_path / "data.csv"), "http://ok.example/"]))
    assert [type(i) for i in items] == [InputError, InputError, RemoteItem]
    assert "no such file" in items[0].reason


def test_urls_of_any_scheme_go_to_the_fetcher_which_decides() -> None:
    assert list(expand(["file:///etc/passwd"])) == [RemoteItem("file:///etc/passwd")]


def test_a_saved_site_answers_for_its_urls(tmp_path: Path) -> None:
    page = tmp_path / "pages" / "news.example.test" / "2021" / "03" / "a.html"
    page.parent.mkdir(parents=True)
    page.write_text("<p>x</p>")
    mirror = SiteMirror([str(tmp_path)])
    assert mirror.find("http://news.example.test/2021/03/a.html") == page.resolve()
    assert mirror.find("http://news.example.test/../../etc/passwd") is None
    assert mirror.find("http://other.example/2021/03/a.html") is None
    assert mirror.url_of(page) == "http://news.example.test/2021/03/a.html"
