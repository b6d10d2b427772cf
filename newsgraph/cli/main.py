"""The `newsgraph` command: one entry point for the database, ingestion, extraction, corrections, the app and the digest.

Each subcommand lives in its own module of this package; this one only assembles them. Every
command that needs the graph connects through :func:`newsgraph.cli.common.connect`, which uses
NEO4J_URI when set and otherwise starts the embedded server if none runs. Modules that load the
NLP model or the app are imported inside their command, so ``newsgraph db status`` stays instant.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

import newsgraph.ui
from newsgraph.cli import db, ingest, review
from newsgraph.cli.common import DataDir, connect, err, out, parse_date
from newsgraph.graph.config import home_dir

app = typer.Typer(
    help="newsgraph: a knowledge graph of AI-industry news (Chinese first).",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(db.db_app, name="db")
app.command()(db.stats)
app.command()(db.settings)
app.command()(ingest.ingest)
app.command()(review.search)
app.add_typer(review.review_app, name="review")


@app.command()
def ui(
    data_dir: DataDir = None,
    port: Annotated[int, typer.Option(help="Port of the app on 127.0.0.1.")] = 8501,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Do not open a browser (never opened without a display).")
    ] = False,
) -> None:
    """Open the explorer (Streamlit) on the graph; starts the embedded server first if needed."""
    home = home_dir(data_dir)
    url = f"http://127.0.0.1:{port}"
    opens = not no_browser and has_display()
    env = {**os.environ, "NEWSGRAPH_HOME": str(home)}
    with connect(home):  # the app reuses this server; it is stopped after Ctrl-C if this command started it
        out.print(f"explorer on {url}{' (opening a browser)' if opens else ''}; Ctrl-C to stop")
        code = subprocess.call(streamlit_command(port, headless=not opens), env=env)
    raise typer.Exit(code)


def has_display() -> bool:
    """Whether a browser window can be opened here (on Linux and BSD: an X11 or Wayland display)."""
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def streamlit_command(port: int, *, headless: bool) -> list[str]:
    """``streamlit run`` for the explorer, asking nothing: a first run of Streamlit would otherwise stop at
    its e-mail prompt (and exit when there is no terminal), and send usage statistics."""
    app_file = Path(newsgraph.ui.__file__).resolve().parent / "app.py"
    return [
        sys.executable, "-m", "streamlit", "run", str(app_file),
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.serverAddress", "127.0.0.1",
        "--server.headless", str(headless).lower(), "--server.showEmailPrompt", "false",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        "--client.toolbarMode", "viewer",
    ]  # fmt: skip


@app.command()
def extract(
    paths: Annotated[list[str] | None, typer.Argument(help="Text, HTML or JSONL files; - for stdin.")] = None,
    input_format: Annotated[
        str, typer.Option("--input-format", help="auto | text | html | jsonl (auto: by file suffix).")
    ] = "auto",
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date YYYY-MM-DD, for relative dates.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one JSON record per line) | table.")] = "jsonl",
) -> None:
    """Print the entities, roles and events found in texts; never touches the graph."""
    from newsgraph.cli.extract import INPUT_FORMATS, OUTPUT_FORMATS, run_extract

    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"--input-format is one of {', '.join(INPUT_FORMATS)}")
    if fmt not in OUTPUT_FORMATS:
        raise typer.BadParameter(f"--format is one of {', '.join(OUTPUT_FORMATS)}")
    raise typer.Exit(run_extract(paths or ["-"], input_format, parse_date(published), fmt, sys.stdout))


@app.command()
def digest(
    week: Annotated[str | None, typer.Option(help="ISO week like 2021-W12.")] = None,
    since: Annotated[str | None, typer.Option(help="First day YYYY-MM-DD (with --until).")] = None,
    until: Annotated[str | None, typer.Option(help="Last day YYYY-MM-DD (with --since).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md | html | json | csv | atom")] = "md",
    out_path: Annotated[Path | None, typer.Option("--out", help="File to write (default: stdout).")] = None,
    tz: Annotated[str, typer.Option("--tz", help="Time zone of the weeks.")] = "Asia/Shanghai",
    lang: Annotated[str, typer.Option("--lang", help="Language of the digest's words: zh | en.")] = "zh",
    low_confidence: Annotated[
        bool,
        typer.Option(
            "--include-low-confidence", help="Also list events of low confidence (hidden by default)."
        ),
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Write the events of a week (or a date range) for editors."""
    from newsgraph.cli.digest import EXIT_BAD_INPUT, requested_period, run_digest

    first, last = parse_date(since), parse_date(until)
    if requested_period(fmt, week, first, last, tz, lang) is None:
        raise typer.Exit(EXIT_BAD_INPUT)
    with connect(data_dir) as graph:
        code = run_digest(
            graph,
            week=week,
            since=first,
            until=last,
            fmt=fmt,
            out=out_path,
            tz=tz,
            lang=lang,
            low_confidence=low_confidence,
        )
    raise typer.Exit(code)


@app.command()
def export(
    out_path: Annotated[Path, typer.Option("--out", help="File to write (CSV: FILE.nodes.csv beside it).")],
    fmt: Annotated[str, typer.Option("--format", help="graphml | gexf | csv | jsonl")] = "graphml",
    entity: Annotated[
        str | None, typer.Option(help="Only this entity's neighbourhood (its id, as in ?entity=ID).")
    ] = None,
    hops: Annotated[int, typer.Option(help="With --entity: how many steps out.")] = 1,
    since: Annotated[str | None, typer.Option(help="Relationships dated from YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Relationships dated up to YYYY-MM-DD.")] = None,
    low_confidence: Annotated[
        bool,
        typer.Option(
            "--include-low-confidence", help="Also export facts of low confidence (hidden by default)."
        ),
    ] = False,
    data_dir: DataDir = None,
) -> None:
    """Write the graph (or one entity's neighbourhood) with its evidence for Gephi, Cytoscape or a spreadsheet."""
    from newsgraph.cli.export import EXIT_BAD_INPUT, bad_options, run_export

    first, last = parse_date(since), parse_date(until)
    problem = bad_options(fmt, first, last, hops)
    if problem:
        err.print(f"[red]error:[/red] {problem}")
        raise typer.Exit(EXIT_BAD_INPUT)
    with connect(data_dir) as graph:
        code = run_export(
            graph,
            fmt=fmt,
            out=out_path,
            entity=entity,
            hops=hops,
            since=first,
            until=last,
            low_confidence=low_confidence,
        )
    raise typer.Exit(code)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
