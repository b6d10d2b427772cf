"""`run_digest`, the body of `newsgraph digest`: files, stdout, exit codes and messages."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from newsgraph.graph.connection import Graph
from newsgraph.ui.digest import render
from newsgraph.ui.digest.assemble import build_digest
from newsgraph.ui.digest.period import Period
from newsgraph.ui.vocabulary import words as words_in

from newsgraph.cli.digest import run_digest
from tests.digest.conftest import EMPTY_WEEK, WEEK


def test_writes_the_digest_to_the_file_and_says_so(
    digest_graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nested" / "digest.html"
    code = run_digest(digest_graph, week=WEEK, since=None, until=None, fmt="html", out=out)
    assert code == 0
    assert out.read_bytes() == render(build_digest(digest_graph, Period.week(WEEK)), "html")
    assert "wrote 8 events of 2021-W10" in capsys.readouterr().err
    assert [p.name for p in out.parent.iterdir()] == ["digest.html"]  # no temporary file left


def test_without_out_the_digest_goes_to_stdout_only(
    digest_graph: Graph, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code = run_digest(digest_graph, week=WEEK, since=None, until=None, fmt="json", out=None)
    captured = capsysbinary.readouterr()
    assert code == 0
    assert captured.out == render(build_digest(digest_graph, Period.week(WEEK)), "json")
    assert captured.err == b""


def test_week_and_the_equivalent_date_range_write_identical_files(
    digest_graph: Graph, tmp_path: Path
) -> None:
    by_week, by_range = tmp_path / "week.md", tmp_path / "range.md"
    assert run_digest(digest_graph, week=WEEK, since=None, until=None, fmt="md", out=by_week) == 0
    assert (
        run_digest(
            digest_graph, week=None, since=date(2021, 3, 8), until=date(2021, 3, 14), fmt="md", out=by_range
        )
        == 0
    )
    assert by_week.read_bytes() == by_range.read_bytes()


def test_an_empty_week_exits_3_writes_nothing_and_names_weeks_with_events(
    digest_graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "digest.md"
    code = run_digest(digest_graph, week=EMPTY_WEEK, since=None, until=None, fmt="md", out=out)
    err = capsys.readouterr().err
    assert code == 3
    assert not out.exists()
    assert f"no events in {EMPTY_WEEK} (2021-05-17 to 2021-05-23); nothing written" in err
    assert "2021-W09 (3), 2021-W10 (8), 2021-W11 (1)" in err


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"week": "2021-12"}, "week '2021-12' is not an ISO week such as 2021-W10"),
        ({"week": "2021-W54"}, "2021 has no ISO week 54"),
        ({"week": WEEK, "since": date(2021, 3, 8)}, "either --week or --since/--until"),
        ({"until": date(2021, 3, 8)}, "--until needs --since"),
        ({"since": date(2021, 3, 8)}, "--since needs --until"),
        ({"since": date(2021, 3, 9), "until": date(2021, 3, 8)}, "ends (2021-03-08) before it starts"),
        ({"week": WEEK, "tz": "Nowhere/City"}, "unknown time zone 'Nowhere/City'"),
        ({"week": WEEK, "fmt": "pdf"}, "unknown format 'pdf'; choose one of: md, html, json, csv, atom"),
    ],
)
def test_bad_options_exit_2_with_a_clear_message(
    digest_graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str], options: dict, message: str
) -> None:
    out = tmp_path / "digest.md"
    arguments = {"week": None, "since": None, "until": None, "fmt": "md", "out": out, **options}
    assert run_digest(digest_graph, **arguments) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_since_without_until_is_refused_by_the_command_before_any_graph_starts(tmp_path: Path) -> None:
    """The help says --since and --until go together: the command says so and exits 2, in a home with no server."""
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "digest", "--since", "2021-03-08", "--data-dir", str(home)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "--since needs --until" in done.stderr
    assert not (home / "server.json").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", ["AI 行业周报 2021-W10", "张伟 离开 星河智能"]),
        ("en", ["AI industry weekly 2021-W10", "张伟 left 星河智能"]),
    ],
)
def test_the_digest_is_written_in_the_language_asked_with_the_apps_words(
    digest_graph: Graph, capsysbinary: pytest.CaptureFixture[bytes], lang: str, said: list[str]
) -> None:
    assert run_digest(digest_graph, week=WEEK, since=None, until=None, fmt="md", out=None, lang=lang) == 0
    text = capsysbinary.readouterr().out.decode("utf-8")
    assert [words for words in said if words not in text] == []
    assert words_in(lang).type_title("departure") in text


def test_an_unknown_language_exits_2(digest_graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_digest(digest_graph, week=WEEK, since=None, until=None, fmt="md", out=None, lang="fr") == 2
    assert "unknown language 'fr'; choose one of: zh, en" in capsys.readouterr().err
