"""``newsgraph search`` and ``newsgraph review``: find entities, and correct the graph so it stays corrected.

Every correction is recorded in the home's state with who made it, when and why, applied to the
graph at once and to every later ingest; ``undo`` takes one back, ``export``/``import`` share them
as JSON Lines. A correction that cannot be made (unknown id, merging an entity into itself, a bad
import line) exits with code 2, says why, and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from newsgraph.cli.common import DataDir, connect, err, out
from newsgraph.graph.config import home_dir

EXIT_BAD_INPUT = 2

review_app = typer.Typer(
    help="Correct entities and facts (merge, split, rename, retype, reject, confirm, fix), undo, share.",
    no_args_is_help=True,
)

Why = Annotated[str, typer.Option("--why", help="Why: kept with the correction, shown in the history.")]
Who = Annotated[
    str | None,
    typer.Option("--who", help="Your name, remembered for later corrections (default: the OS user)."),
]
AsJson = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]


@contextmanager
def _reviewer(data_dir: Path | None) -> Iterator[Any]:
    """A Reviewer on the home's graph and state; a CorrectionError ends the command with exit code 2."""
    from newsgraph.ingest.collect.state import State
    from newsgraph.ingest.corrections import CorrectionError
    from newsgraph.review import Reviewer, state_path

    home = home_dir(data_dir)
    with connect(home) as graph, State(state_path(home)) as state:
        try:
            yield Reviewer(graph, state)
        except CorrectionError as exc:
            err.print(Text.assemble(("error:", "red"), f" {exc}; nothing was changed"))
            raise typer.Exit(EXIT_BAD_INPUT) from exc


def search(
    name: Annotated[str, typer.Argument(help="A name or alias, in any script.")],
    as_json: AsJson = False,
    limit: Annotated[int, typer.Option(min=1, help="Most entities shown.")] = 20,
    data_dir: DataDir = None,
) -> None:
    """Entities whose names contain NAME: id, type, names and counts (ids for `newsgraph review`)."""
    from newsgraph.graph import queries

    with connect(data_dir) as graph:
        rows = queries.search_entities(graph, name, limit=limit)
    found = [
        {
            "id": r["id"],
            "type": r["label"],
            "name": r["name"],
            "aliases": [a for a in r["aliases"] if a != r["name"]],
            "mentions": r["mentions"],
            "events": r["events"],
            "last_seen": str(r["last_seen"]) if r["last_seen"] else None,
        }
        for r in rows
    ]
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False))
        return
    if not found:
        err.print(f"no entity matches {name!r}")
        raise typer.Exit(1)
    _table(found, ("id", "type", "name", "aliases", "mentions", "events", "last_seen"))


@review_app.command("list")
def review_list(
    as_json: AsJson = False,
    limit: Annotated[int, typer.Option(min=1, help="Most items shown.")] = 50,
    data_dir: DataDir = None,
) -> None:
    """The review queue: entities and events most likely wrong first, with why and their evidence."""
    from newsgraph.review import queue

    with connect(data_dir) as graph:
        items = [i.to_dict() for i in queue(graph, limit)]
    if as_json:
        typer.echo(json.dumps(items, ensure_ascii=False, default=str))
        return
    if not items:
        out.print("nothing to review")
        return
    for item in items:
        item["reasons"] = "; ".join(item["reasons"])
        item["evidence"] = _short(item["evidence"])
    _table(items, ("id", "label", "name", "reasons", "evidence"))


@review_app.command("history")
def review_history(as_json: AsJson = False, data_dir: DataDir = None) -> None:
    """Every correction, newest first (undone ones marked): the ids `undo` takes."""
    with _reviewer(data_dir) as reviewer:
        records = [c.to_dict() for c in reviewer.history()]
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False))
        return
    if not records:
        out.print("no correction yet")
        return
    for record in records:
        record["when"], record["undone"] = record["when"][:16], record["undone"][:16]
        record["what"] = " ".join(v for v in (record["field"], record["value"]) if v)
    _table(records, ("id", "when", "who", "action", "name", "what", "why", "undone"))


def _correct(
    data_dir: Path | None, action: str, target: str, value: str = "", field: str = "", **kw: Any
) -> None:
    with _reviewer(data_dir) as reviewer:
        outcome = reviewer.correct(action, target, value, field, why=kw["why"], who=kw["who"])
    correction = outcome.corrections[0]
    for warning in outcome.warnings:
        err.print(Text.assemble(("note:", "yellow"), f" {warning}"))
    _say(
        f"{action}: {correction.name or correction.target} -- correction {correction.id}; "
        f"{outcome.articles} article(s) written again in {outcome.seconds:.1f}s "
        f"(undo with `newsgraph review undo {correction.id}`)"
    )


@review_app.command("merge")
def review_merge(
    entity_id: Annotated[str, typer.Argument(metavar="ID", help="The entity to merge away.")],
    into_id: Annotated[str, typer.Argument(metavar="INTO_ID", help="The entity it is.")],
    why: Why = "",
    who: Who = None,
    data_dir: DataDir = None,
) -> None:
    """Merge entity ID into INTO_ID: its mentions and facts move, its names become aliases."""
    _correct(data_dir, "merge", entity_id, into_id, why=why, who=who)


@review_app.command("split")
def review_split(
    entity_id: Annotated[str, typer.Argument(metavar="ID")],
    alias: Annotated[str, typer.Argument(help="The name whose mentions are another entity.")],
    why: Why = "",
    who: Who = None,
    data_dir: DataDir = None,
) -> None:
    """Split the mentions written ALIAS off entity ID into an entity of their own."""
    _correct(data_dir, "split", entity_id, alias, why=why, who=who)


@review_app.command("rename")
def review_rename(
    entity_id: Annotated[str, typer.Argument(metavar="ID")],
    name: Annotated[str, typer.Argument(help="The canonical name.")],
    why: Why = "",
    who: Who = None,
    data_dir: DataDir = None,
) -> None:
    """Set the canonical name of entity ID (later articles naming it so map to it)."""
    _correct(data_dir, "rename", entity_id, name, why=why, who=who)


@review_app.command("retype")
def review_retype(
    entity_id: Annotated[str, typer.Argument(metavar="ID")],
    entity_type: Annotated[
        str, typer.Argument(metavar="TYPE", help="Company, Organization, Government, Exchange or Person.")
    ],
    why: Why = "",
    who: Who = None,
    data_dir: DataDir = None,
) -> None:
    """Change the type of entity ID (it joins the entity of the same name and type, if any)."""
    _correct(data_dir, "retype", entity_id, entity_type, why=why, who=who)


@review_app.command("reject")
def review_reject(
    target: Annotated[str, typer.Argument(metavar="ID", help="An entity, event (ev-…) or role (role-…) id.")],
    why: Why = "",
    who: Who = None,
    data_dir: DataDir = None,
) -> None:
    """Reject an entity (not an entity: its mentions make no node or event), an event or a role."""
    _correct(data_dir, "reject", target, why=why, who=who)


@review_app.command("confirm")
def review_confirm(
    target: Annotated[str, typer.Argument(metavar="ID", help="An entity, event (ev-…) or role (role-…) id.")],
    why: Why = "",
    who: Who = None,
    data_dir: DataDir = None,
) -> None:
    """Confirm an entity, event or role: shown as confirmed, it outranks unconfirmed facts and leaves the queue."""
    _correct(data_dir, "confirm", target, why=why, who=who)


@review_app.command("fix")
def review_fix(
    event_id: Annotated[str, typer.Argument(metavar="EVENT_ID")],
    field: Annotated[str, typer.Argument(help="The field: to_org, status, board, role, date, ...")],
    value: Annotated[str, typer.Argument(help="The value: an entity id for an entity field; '' clears it.")],
    why: Why = "",
    who: Who = None,
    data_dir: DataDir = None,
) -> None:
    """Fix one field of an event (a departure's destination, a listing's stage or exchange)."""
    _correct(data_dir, "fix", event_id, value, field, why=why, who=who)


@review_app.command("undo")
def review_undo(
    correction_id: Annotated[str, typer.Argument(metavar="CORRECTION_ID", help="From `review history`.")],
    data_dir: DataDir = None,
) -> None:
    """Undo one correction: the graph is back as it was without it."""
    with _reviewer(data_dir) as reviewer:
        outcome = reviewer.undo(correction_id)
    correction = outcome.corrections[0]
    _say(
        f"undone: {correction.action} {correction.name or correction.target}; "
        f"{outcome.articles} article(s) written again in {outcome.seconds:.1f}s"
    )


@review_app.command("export")
def review_export(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="JSON Lines file to write.")],
    data_dir: DataDir = None,
) -> None:
    """Write every correction (undone ones too) as JSON Lines, to share with another newsroom."""
    with _reviewer(data_dir) as reviewer:
        try:
            count = reviewer.export(path)
        except OSError as exc:
            err.print(f"[red]error:[/red] cannot write {path}: {exc}")
            raise typer.Exit(1) from exc
    out.print(f"{count} correction(s) written to {path}")


@review_app.command("import")
def review_import(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="JSON Lines file from `review export`.")],
    data_dir: DataDir = None,
) -> None:
    """Add the corrections of FILE and apply them; a bad line changes nothing (each bad line is named)."""
    with _reviewer(data_dir) as reviewer:
        outcome = reviewer.import_(path)
    out.print(
        f"{len(outcome.corrections)} correction(s) imported, {outcome.skipped} already present; "
        f"{outcome.articles} article(s) written again in {outcome.seconds:.1f}s"
    )
    if outcome.unknown_ids:
        err.print(
            f"[yellow]note:[/yellow] {len(outcome.unknown_ids)} id(s) are not in this graph yet "
            "(their corrections apply when articles naming them are ingested)"
        )


#: Characters of evidence shown in a table cell.
EVIDENCE_CHARS = 60


def _short(text: str) -> str:
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"


def _say(message: str) -> None:
    """A line naming entities: their names came from articles, so they are never read as markup."""
    out.print(message, markup=False, highlight=False)


def _table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    table = Table()
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(_cell(row.get(c))) for c in columns))
    out.print(table)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
