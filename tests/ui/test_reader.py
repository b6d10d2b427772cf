"""What a journalist reading the explorer notices: the language (a remembered switch, Chinese by
default), low-confidence facts hidden behind one switch, a journalist's words instead of the
graph's, headings that say what happened, one listing track per company and venue, and blank
cells instead of a grey "None"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from newsgraph.graph.connection import Graph
from newsgraph.ui.preferences import preferences_path
from newsgraph.ui.vocabulary import entries, entry_problem
from streamlit.testing.v1 import AppTest

from newsgraph.cli.digest import run_digest
from tests.ui.conftest import page_text
from tests.ui.sample_graph import Story, departure_story, sample_event, write_stories
from tests.ui.test_charts import chart_rows
from tests.ui.test_pages import PAGES

OpenPage = Callable[..., AppTest]


def no_exception(app: AppTest) -> AppTest:
    assert not app.exception, [e.value for e in app.exception]
    return app


def headings(app: AppTest) -> list[str]:
    return [e.label.replace("\\", "") for e in app.expander]


@pytest.fixture
def forgetful_home(graph_home: Path) -> Iterator[Path]:
    """The scratch graph's home, with no remembered language before or after the test."""
    preferences_path(graph_home).unlink(missing_ok=True)
    yield graph_home
    preferences_path(graph_home).unlink(missing_ok=True)


def test_every_word_exists_in_both_languages_with_the_same_placeholders() -> None:
    assert len(entries()) > 100
    assert entry_problem({"zh": "{name} 离开", "en": "{who} left"}) is not None
    assert entry_problem({"zh": "离开"}) is not None


def test_the_app_opens_in_chinese_and_remembers_a_switch_to_english(
    graph: Graph, forgetful_home: Path, open_page: OpenPage
) -> None:
    write_stories(
        graph, [departure_story(1, date(2021, 3, 1), "商汤科技副总裁朱龙已离职。", "person-zhu", "sensetime")]
    )
    app = no_exception(open_page(forgetful_home, "views/departures.py", lang=None))
    assert app.title[0].value == "离职"
    assert "人物" in app.dataframe[0].value.columns

    app.segmented_control(key="lang-switch").set_value("en").run()
    no_exception(app)
    assert app.title[0].value == "Departures" and "person" in app.dataframe[0].value.columns

    again = no_exception(open_page(forgetful_home, "views/partnerships.py", lang=None))
    assert again.title[0].value == "Partnerships", "a new session opens in the language chosen last"


def write_sure_and_doubtful(graph: Graph) -> None:
    """Two departures: 朱龙's as reported, 颜水成's a rumour of confidence 0.3 (below the default floor)."""
    doubtful = departure_story(2, date(2021, 3, 2), "传闻依图科技CTO颜水成将离职。", "person-yan", "yitu")
    doubtful.events[0].confidence = 0.3
    write_stories(
        graph,
        [
            departure_story(1, date(2021, 3, 1), "商汤科技副总裁朱龙已离职。", "person-zhu", "sensetime"),
            doubtful,
        ],
    )


def test_low_confidence_facts_stay_hidden_until_the_reader_asks(
    graph: Graph, forgetful_home: Path, open_page: OpenPage
) -> None:
    write_sure_and_doubtful(graph)
    app = no_exception(open_page(forgetful_home, "views/departures.py"))
    assert list(app.dataframe[0].value["person"]) == ["朱龙"]
    app.toggle(key="low-confidence").set_value(True).run()
    table = no_exception(app).dataframe[0].value
    assert list(table["person"]) == ["颜水成", "朱龙"]
    assert list(table["confidence"]) == ["low", "high"], "a level in words, not 0.3"

    entity = no_exception(open_page(forgetful_home, "views/entity.py", entity="yitu"))
    assert not any("颜水成" in label for label in headings(entity)), "no event, no evidence"
    entity.toggle(key="low-confidence").set_value(True).run()
    assert any("颜水成 left 依图科技" in label for label in headings(no_exception(entity)))


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        (
            "zh",
            ["任职", "离开", "上市于", "已报道", "撤回", "问询中"],
            ["HOLDS_ROLE", "LISTED_ON", "asserted"],
        ),
        ("en", ["holds role", "left", "reported", "withdrawn", "high"], ["HOLDS_ROLE", "asserted", "0.9"]),
    ],
)
def test_the_entity_page_speaks_a_journalists_words(
    sample_home: Path, open_page: OpenPage, lang: str, said: list[str], never: list[str]
) -> None:
    app = no_exception(open_page(sample_home, "views/entity.py", entity="yitu", lang=lang))
    text = page_text(app) + "\n".join(frame.value.to_csv() for frame in app.dataframe)
    assert [word for word in said if word not in text] == []
    assert [word for word in never if word in text] == []


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("zh", "颜水成 离开 依图科技，加入 雪湖科技"), ("en", "颜水成 left 依图科技 for 雪湖科技")],
)
def test_evidence_headings_say_what_happened(
    sample_home: Path, open_page: OpenPage, lang: str, heading: str
) -> None:
    for page, params in (("views/entity.py", {"entity": "yitu"}), ("views/departures.py", {})):
        app = no_exception(open_page(sample_home, page, lang=lang, **params))
        assert any(heading in label for label in headings(app)), headings(app)
        assert not any("颜水成、依图科技" in label or "依图科技、颜水成" in label for label in headings(app))


def test_listings_show_one_track_per_company_and_venue_with_the_current_stage_first(
    graph: Graph, forgetful_home: Path, open_page: OpenPage
) -> None:
    """Reports on the board (科创板), on its exchange (上交所) and naming no venue are one story."""
    write_stories(
        graph,
        [
            listing(1, date(2020, 11, 6), "依图科技科创板IPO获受理。", "star", "filed"),
            listing(2, date(2020, 12, 1), "上交所问询依图科技。", "sse", "inquiry"),
            listing(3, date(2021, 6, 30), "依图科技IPO中止。", None, "suspended"),
        ],
    )
    app = no_exception(open_page(forgetful_home, "views/listings.py"))
    tracks = app.dataframe[0].value
    assert list(tracks["company"]) == ["依图科技"], tracks
    assert list(tracks.columns[:4]) == ["company", "venue", "current stage", "since"]
    assert (tracks.loc[0, "venue"], tracks.loc[0, "current stage"]) == ("科创板", "suspended")
    assert tracks.loc[0, "stage history"].count("→") == 2


def listing(n: int, day: date, text: str, venue: str | None, status: str) -> Story:
    """A report of one listing stage of 依图科技, on ``venue`` (None: the report names none)."""
    slots = {"org": "yitu", **({"board": venue} if venue else {})}
    event = sample_event("listing", text, day, trigger="上市", status=status, **slots)
    return Story(n, day, text[:8], text, ["yitu", *([venue] if venue else [])], [event])


@pytest.mark.parametrize("page", [p for p in PAGES if not p.endswith("console.py")])
def test_no_table_shows_none_for_a_missing_value(sample_home: Path, open_page: OpenPage, page: str) -> None:
    params = {"entity": "yitu"} if page.endswith("entity.py") else {}
    for lang in ("zh", "en"):
        app = no_exception(open_page(sample_home, page, lang=lang, **params))
        for frame in app.dataframe:
            shown: pd.DataFrame = frame.value
            assert not shown.isna().any().any(), shown
            assert not shown.astype(str).isin(["None", "nan", "NaT"]).any().any(), shown


def test_the_digest_leaves_low_confidence_events_out_unless_asked(
    graph: Graph, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    write_sure_and_doubtful(graph)
    texts = []
    for asked in (False, True):
        code = run_digest(
            graph, week="2021-W09", since=None, until=None, fmt="md", out=None, low_confidence=asked
        )
        assert code == 0
        texts.append(capsysbinary.readouterr().out.decode("utf-8"))
    assert "朱龙 离开 商汤科技" in texts[0] and "颜水成 离开" not in texts[0]
    assert "颜水成 离开 依图科技" in texts[1]


def test_a_departure_without_a_role_shows_a_blank_cell_beside_one_with_a_role(
    graph: Graph, forgetful_home: Path, open_page: OpenPage
) -> None:
    with_role = departure_story(1, date(2021, 3, 1), "商汤科技副总裁朱龙已离职。", "person-zhu", "sensetime")
    with_role.events[0].role = "副总裁"
    without = departure_story(2, date(2021, 3, 2), "依图科技颜水成已离职。", "person-yan", "yitu")
    write_stories(graph, [with_role, without])
    table = no_exception(open_page(forgetful_home, "views/departures.py")).dataframe[0].value
    assert list(table["role"]) == ["", "副总裁"]


def test_connections_never_go_through_a_hidden_fact(
    graph: Graph, forgetful_home: Path, open_page: OpenPage
) -> None:
    doubtful = departure_story(1, date(2021, 3, 2), "传闻依图科技CTO颜水成将离职。", "person-yan", "yitu")
    doubtful.events[0].confidence = 0.3
    write_stories(graph, [doubtful])
    app = open_page(forgetful_home, "views/connections.py")
    app.text_input(key="from-text").input("颜水成").run()
    app.text_input(key="to-text").input("依图科技").run()
    assert "No connection within" in no_exception(app).warning[0].value
    app.toggle(key="low-confidence").set_value(True).run()
    assert not no_exception(app).warning
    assert any("颜水成 left 依图科技" in label for label in headings(app))


def test_the_overview_counts_only_the_facts_shown(
    graph: Graph, forgetful_home: Path, open_page: OpenPage
) -> None:
    write_sure_and_doubtful(graph)
    app = no_exception(open_page(forgetful_home, "views/overview.py"))
    assert [row["events"] for row in chart_rows(app)] == [1]
    app.toggle(key="low-confidence").set_value(True).run()
    assert [row["events"] for row in chart_rows(no_exception(app))] == [2]


@pytest.mark.parametrize(
    ("lang", "said", "never"),
    [
        (
            "zh",
            ["审核", "待审核", "校正记录", "确认", "驳回", "校正此实体", "确认无误", "合并到所选实体"],
            ["Review", "Queue", "History", "Confirm", "Reject", "Correct this entity", "single mention"],
        ),
        (
            "en",
            [
                "Review",
                "Queue",
                "History",
                "Confirm",
                "Reject",
                "Correct this entity",
                "Merge into the chosen entity",
            ],
            ["待审核", "驳回", "校正此实体"],  # (审核 alone is in a sample sentence)
        ),
    ],
)
def test_the_corrections_speak_the_readers_language(
    sample_home: Path, open_page: OpenPage, lang: str, said: list[str], never: list[str]
) -> None:
    review = no_exception(open_page(sample_home, "views/review.py", lang=lang))
    entity = no_exception(open_page(sample_home, "views/entity.py", entity="yitu", lang=lang))
    text = page_text(review) + "\n".join(t.label for t in review.tabs) + page_text(entity)
    assert [word for word in said if word not in text] == []
    assert [word for word in never if word in text] == []
