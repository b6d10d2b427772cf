"""The corrections job: record, apply, undo, export and import journalists' corrections.

The graph is a function of (each article's raw extracted facts, the active corrections): the
ingest state keeps both (:class:`newsgraph.ingest.collect.state.State`), every write applies the
corrections (:class:`Corrector`, also used by the ingest job), and a correction made or undone
later rebuilds the neighbourhood it affects (:meth:`Reviewer.correct`, :meth:`Reviewer.undo`):
the entities, events and roles it touches are deleted, and every article touching them is
written again from its stored facts with the corrections now active. The writer is idempotent and
order-independent, so that gives exactly the graph a fresh build would give -- which is what makes
an undo exact and an import reproducible.

A rebuild that dies half-way is recorded in the state first and finished by the next command
(:meth:`Reviewer.recover`); the correction itself is stored only after that record.
"""

from __future__ import annotations

import getpass
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.graph import queries
from newsgraph.graph.config import home_dir
from newsgraph.graph.connection import Graph
from newsgraph.graph.review import Forget, Item, entity_labels, event, forget, review_queue
from newsgraph.graph.writer import GraphWriter, WriteReport
from newsgraph.ingest.collect.state import State
from newsgraph.ingest.corrections import (
    ACTIONS,
    Applied,
    Correction,
    CorrectionError,
    Corrections,
    Namer,
    check,
    kind_of,
    name_key,
    now,
    parse_lines,
)
from newsgraph.ingest.event_types import event_types
from newsgraph.ingest.nlp.knowledge import load_knowledge
from newsgraph.ingest.records import Article, Extraction, Role, dump_facts, load_facts


def state_path(home: Path | None) -> Path:
    """The ingest state file of a home: articles, spool, stored facts and corrections."""
    return home_dir(home) / "state.sqlite"


#: State key of a rebuild that has not finished (what to delete, which articles to write again).
REBUILD_KEY = "rebuild"
#: State key of the name corrections are signed with, once a user gave one.
REVIEWER_KEY = "reviewer"
#: Event fields a fix may set besides the type's single-valued slots.
FIXABLE_COMMON = ("date",)

Pair = tuple[Article, Extraction]


class Corrector:
    """The stored corrections, compiled, for facts on their way to the graph; reloaded when they change."""

    def __init__(self, state: State, namer: Namer | None = None) -> None:
        self.state = state
        self.namer = namer
        self._records: list[str] | None = None
        self._compiled: Corrections | None = None

    def current(self) -> Corrections:
        records = self.state.corrections()
        if records != self._records or self._compiled is None:
            self._compiled = Corrections([Correction.from_json(r) for r in records], self.namer)
            self._records = records
        return self._compiled

    def apply(self, pairs: Sequence[Pair]) -> list[tuple[Article, Applied]]:
        corrections = self.current()
        return [(article, corrections.apply(extraction)) for article, extraction in pairs]

    def write(self, writer: GraphWriter, pairs: Sequence[Pair]) -> WriteReport:
        """Write raw facts as the corrections have them, and keep the raw facts of what was written."""
        applied = self.apply(pairs)
        report = writer.write([(article, corrected.extraction) for article, corrected in applied])
        self.keep(pairs, applied, report.written)
        return report

    def keep(
        self, pairs: Sequence[Pair], applied: Sequence[tuple[Article, Applied]], written: Iterable[str]
    ) -> None:
        """Remember the raw facts and the ids touched of the written articles (what rebuilds start from)."""
        done = set(written)
        for (article, raw), (_, corrected) in zip(pairs, applied, strict=True):
            if article.id in done:
                self.state.keep_facts(article.id, dump_facts(article, raw), corrected.refs)


#: Extracts a batch of articles, in order (the pipeline's extractor).
Extract = Callable[[list[Article]], Iterable[Extraction]]


@dataclass
class Reextracted:
    """What a re-extraction did: articles extracted again, and how many of them came out different."""

    articles: int = 0
    changed: int = 0


@dataclass
class Outcome:
    """What one correction (or import, or undo) did to the graph."""

    corrections: list[Correction]
    articles: int = 0
    deleted: int = 0
    seconds: float = 0.0
    #: For an import: corrections already present, and ids this graph does not hold (yet).
    skipped: int = 0
    unknown_ids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Reviewer:
    """Corrections on one graph and its state; every method leaves the graph as a fresh build would."""

    def __init__(self, graph: Graph, state: State, namer: Namer | None = None) -> None:
        self.graph = graph
        self.state = state
        self.corrector = Corrector(state, namer)

    # -- reading -------------------------------------------------------------------------

    def history(self) -> list[Correction]:
        """Every correction, undone ones too, newest first."""
        return list(reversed(self.corrector.current().all))

    def find(self, correction_id: str) -> Correction:
        for correction in self.corrector.current().all:
            if correction.id == correction_id:
                return correction
        raise CorrectionError(
            f"no correction has the id {correction_id!r} (`newsgraph review history` lists them)"
        )

    def who(self, given: str | None = None) -> str:
        """The name corrections are signed with: ``given``, else the last one given, else the OS user."""
        if given and given.strip():
            return given.strip()
        return self.state.get(REVIEWER_KEY) or _os_user()

    # -- changing ------------------------------------------------------------------------

    def correct(
        self,
        action: str,
        target: str,
        value: str = "",
        field: str = "",
        why: str = "",
        who: str | None = None,
    ) -> Outcome:
        """Record one correction and apply it to the graph; a CorrectionError (nothing changed) says what is wrong."""
        self.recover()
        correction = self.prepare(action, target.strip(), value.strip(), field.strip(), why.strip(), who)
        old = self.corrector.current()
        outcome = self._change([correction], old, Corrections([*old.all, correction], old.namer))
        if who and who.strip():
            self.state.put(REVIEWER_KEY, who.strip())  # remembered once the correction is made
        if not outcome.articles:
            outcome.warnings.append(
                "no stored facts mention it (articles ingested before corrections existed?): the correction "
                "is kept and applies when they are ingested again"
            )
        return outcome

    def undo(self, correction_id: str) -> Outcome:
        """Undo one correction: the graph goes back to what it would be had it never been made."""
        self.recover()
        correction = self.find(correction_id)
        if not correction.active:
            raise CorrectionError(f"{correction_id} was already undone on {correction.undone}")
        undone = replace(correction, undone=now())
        old = self.corrector.current()
        rest = [c if c.id != correction.id else undone for c in old.all]
        return self._change([undone], old, Corrections(rest, old.namer))

    def exported(self) -> str:
        """Every correction (undone ones too, so the history travels) as JSON Lines, oldest first."""
        return "".join(c.to_json() + "\n" for c in self.corrector.current().all)

    def export(self, path: Path) -> int:
        """Write :meth:`exported` to ``path``; returns how many corrections."""
        path.write_text(self.exported(), encoding="utf-8")
        return len(self.corrector.current().all)

    def import_(self, path: Path) -> Outcome:
        """Add the corrections of a JSON Lines file (see :meth:`import_text`)."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CorrectionError(f"cannot read {path}: {exc}") from None
        return self.import_text(text)

    def import_text(self, text: str) -> Outcome:
        """Add the corrections of JSON Lines; every line is checked first, and one bad line changes nothing.

        A correction already present is skipped, unless the text has it undone and this state does not.
        """
        self.recover()
        incoming = parse_lines(text.splitlines())
        old = self.corrector.current()
        present = {c.id: c for c in old.all}
        changed = [c for c in incoming if c.id not in present or (c.undone and present[c.id].active)]
        changed = list({c.id: c for c in changed}.values())
        merged = {**present, **{c.id: c for c in changed}}
        outcome = self._change(changed, old, Corrections(merged.values(), old.namer))
        outcome.skipped = len(incoming) - len(changed)
        wanted = {c.target for c in changed} | {c.value for c in changed if c.action == "merge"}
        outcome.unknown_ids = sorted(wanted - self._present(wanted))  # known to the facts, raw or corrected
        return outcome

    def reextract(self, extract: Extract, batch: int = 32) -> Reextracted:
        """Run the NLP again on every article with stored facts, and write them again with the corrections.

        Articles whose facts changed get their old and new neighbourhoods rebuilt, so nothing the
        old extraction wrote lingers; the others are written again as they are (idempotent).
        """
        self.recover()
        report = Reextracted()
        ids = self.state.fact_ids()
        for start in range(0, len(ids), batch):
            stored = self._facts(ids[start : start + batch])
            articles = [article for article, _ in stored.values()]
            fresh = dict(zip([a.id for a in articles], extract(articles), strict=True))
            changed = {aid for aid, (article, raw) in stored.items() if _differ(article, raw, fresh[aid])}
            self._replace(stored, fresh, changed)
            report.articles += len(stored)
            report.changed += len(changed)
        return report

    def _replace(self, stored: dict[str, Pair], fresh: dict[str, Extraction], changed: set[str]) -> None:
        """Store the fresh facts; rebuild around the changed articles, write the others again."""
        corrections = self.corrector.current()
        plan = Forget()
        role_keys: set[str] = set()
        for aid in changed:
            for result in (corrections.apply(stored[aid][1]), corrections.apply(fresh[aid])):
                plan.entities |= set(result.entities)
                plan.events.update({key: t for key, (t, _) in result.events.items()})
                plan.roles |= {(p, o, t) for p, o, t in result.roles.values() if o}
                role_keys |= set(result.roles)
        touched = plan.entities | set(plan.events) | role_keys
        articles = set(stored) | self.state.articles_touching(touched)
        self.state.put(REBUILD_KEY, json.dumps({"forget": plan.to_dict(), "articles": sorted(articles)}))
        for aid in changed:
            article = stored[aid][0]
            self.state.keep_facts(aid, dump_facts(article, fresh[aid]), corrections.apply(fresh[aid]).refs)
        self._redo(plan, articles)

    def recover(self) -> bool:
        """Finish a rebuild an earlier command left half-done; True when there was one."""
        pending = self.state.get(REBUILD_KEY)
        if pending is None:
            return False
        data = json.loads(pending)
        self._redo(Forget.from_dict(data["forget"]), set(data["articles"]))
        return True

    # -- checking a correction against the graph ----------------------------------------------

    def prepare(
        self,
        action: str,
        target: str,
        value: str = "",
        field: str = "",
        why: str = "",
        who: str | None = None,
    ) -> Correction:
        """The correction, checked against the graph and filled in (label, name, who, when)."""
        if action not in ACTIONS:
            raise CorrectionError(f"unknown action {action!r} (one of {', '.join(ACTIONS)})")
        if not target:
            raise CorrectionError("no id given")
        kind = kind_of(target)
        described = {"entity": self._entity, "event": self._event, "role": self._role}[kind](target)
        label, name = described
        correction = Correction(action, target, value, field, label, name, self.who(who), now(), why)
        check(correction)
        checker = getattr(self, f"_check_{action}", None)
        return checker(correction) if checker else correction

    def _entity(self, entity_id: str) -> tuple[str, str]:
        node = queries.entity(self.graph, entity_id)
        if node is not None:
            return node["label"], node.get("name") or entity_id
        became = self.corrector.current().resolve(entity_id)[0]
        if became != entity_id:
            raise CorrectionError(f"{entity_id} was merged into {became}: correct {became} instead")
        raise CorrectionError(f"no entity has the id {entity_id!r} (`newsgraph search NAME` finds ids)")

    def _event(self, event_id: str) -> tuple[str, str]:
        found = event(self.graph, event_id)
        if found is None:
            raise CorrectionError(f"no event has the id {event_id!r}")
        return found["type"], event_headline(found)

    def _role(self, role_id: str) -> tuple[str, str]:
        corrections = self.corrector.current()
        for _, raw in self._facts(self.state.articles_touching([role_id])).values():
            applied = corrections.apply(raw)
            for role in applied.extraction.roles:
                if role.key() == role_id:
                    names = entity_labels(self.graph, [role.person, role.org or ""])
                    person = names.get(role.person, ("", role.person))[1]
                    org = names.get(role.org or "", ("", role.org or ""))[1]
                    return "role", f"{person} {role.title} @ {org}"
        raise CorrectionError(f"no role has the id {role_id!r}")

    def _check_merge(self, c: Correction) -> Correction:
        into = queries.entity(self.graph, c.value)
        if into is None:
            raise CorrectionError(f"no entity has the id {c.value!r} to merge into")
        return replace(c, label=into["label"], name=f"{c.name} -> {into.get('name') or c.value}")

    def _check_retype(self, c: Correction) -> Correction:
        if c.value == c.label:
            raise CorrectionError(f"{c.target} is already a {c.value}")
        return replace(c, label=c.value)

    def _check_rename(self, c: Correction) -> Correction:
        if c.value == c.name:
            raise CorrectionError(f"{c.target} is already named {c.value}")
        natural = self.corrector.current().namer.natural_id(c.label, c.value)
        other = queries.entity(self.graph, natural)
        if natural != c.target and other is not None:
            raise CorrectionError(
                f"an entity named {other.get('name')} exists already ({natural}): merge {c.target} into it instead"
            )
        return c

    def _check_split(self, c: Correction) -> Correction:
        node = queries.entity(self.graph, c.target) or {}
        names = {name_key(n): n for n in [node.get("name") or "", *(node.get("aliases") or [])] if n}
        if name_key(c.value) not in names:
            raise CorrectionError(
                f"{c.value!r} is not a name of {c.target} (its names: {', '.join(names.values())})"
            )
        if len(names) < 2:
            raise CorrectionError(f"{c.target} has only the name {c.value!r}: nothing to split off")
        return c

    def _check_reject(self, c: Correction) -> Correction:
        return self._not_again(c)

    def _check_confirm(self, c: Correction) -> Correction:
        return self._not_again(c)

    def _not_again(self, c: Correction) -> Correction:
        corrections = self.corrector.current()
        done = corrections.confirmed if c.action == "confirm" else corrections.rejected
        if c.target in done:
            raise CorrectionError(f"{c.target} is already {c.action}ed")
        return c

    def _check_fix(self, c: Correction) -> Correction:
        found = event(self.graph, c.target) or {}
        event_type = event_types()[found["type"]]
        fixable = [n for n, s in event_type.slots.items() if not s.is_list] + list(FIXABLE_COMMON)
        if c.field not in fixable:
            raise CorrectionError(
                f"{found['type']} has no field {c.field!r} to fix (fields: {', '.join(fixable)})"
            )
        slot = event_type.slots.get(c.field)
        if c.field == "date" and c.value:
            _check_date(c.value)
        if slot is not None and slot.values and c.value and c.value not in slot.values:
            raise CorrectionError(f"{c.field} is one of {', '.join(slot.values)}, not {c.value!r}")
        if slot is not None and slot.is_entity and c.value:
            value = queries.entity(self.graph, c.value)
            if value is None:
                raise CorrectionError(f"no entity has the id {c.value!r} (`newsgraph search NAME` finds ids)")
            if value["label"] not in slot.labels:
                raise CorrectionError(
                    f"{c.field} takes a {' or '.join(slot.labels)}, and {c.value} is a {value['label']}"
                )
            return replace(c, label=value["label"], name=f"{c.name}: {c.field} = {value.get('name')}")
        return replace(c, label="", name=f"{c.name}: {c.field} = {c.value or '(none)'}")

    # -- rebuilding ------------------------------------------------------------------------

    def _change(self, changed: list[Correction], old: Corrections, new: Corrections) -> Outcome:
        """Store ``changed`` and rebuild what they touch from ``old`` to ``new``; nothing is stored if nothing changes."""
        started = time.monotonic()
        outcome = Outcome(changed)
        if not changed:
            return outcome
        targets = {i for c in changed for i in old.introduced(c) | new.introduced(c)}
        plan, articles = self._plan(targets, old, new)
        self.state.put(REBUILD_KEY, json.dumps({"forget": plan.to_dict(), "articles": sorted(articles)}))
        for correction in changed:
            self.state.put_correction(correction.id, correction.to_json())
        self._redo(plan, articles)
        outcome.articles = len(articles)
        outcome.deleted = len(plan.entities) + len(plan.events) + len(plan.roles)
        outcome.seconds = time.monotonic() - started
        return outcome

    def _plan(self, targets: set[str], old: Corrections, new: Corrections) -> tuple[Forget, set[str]]:
        """What to delete and which articles to write again, for the corrections going from ``old`` to ``new``.

        The entities whose ids (on the way or at the end) are among ``targets``, in the articles that
        touch them, before and after; the events and roles of those articles that involve them or
        are targets; then every article touching any of these, so each deleted node gets all its reports back.
        """
        first = self.state.articles_touching(targets)
        facts = self._facts(first)
        applied = [c.apply(raw) for _, raw in facts.values() for c in (old, new)]
        plan = Forget(entities={t for t in targets if kind_of(t) == "entity"})
        for result in applied:
            plan.entities |= {final for final in result.entities if (result.links[final] | {final}) & targets}
        role_keys: set[str] = set()
        for result in applied:
            for key, (event_type, participants) in result.events.items():
                if (result.links[key] | {key}) & targets or participants & plan.entities:
                    plan.events[key] = event_type
            for key, (person, org, title) in result.roles.items():
                if org and ((result.links[key] | {key}) & targets or {person, org} & plan.entities):
                    plan.roles.add((person, org, title))
                    role_keys.add(key)
        touched = plan.entities | set(plan.events) | role_keys | targets
        return plan, first | self.state.articles_touching(touched)

    def _redo(self, plan: Forget, articles: set[str]) -> None:
        """Delete what ``plan`` names, write ``articles`` again with the corrections now stored, clear the record."""
        forget(self.graph, plan)
        report = self.corrector.write(GraphWriter(self.graph), list(self._facts(articles).values()))
        if report.failed:
            raise CorrectionError(f"articles could not be written again: {report.failed[:3]}")
        self.state.put(REBUILD_KEY, None)
        queries.drop_kept(self.graph)

    def _facts(self, article_ids: Iterable[str]) -> dict[str, Pair]:
        return {aid: load_facts(payload) for aid, payload in self.state.facts(article_ids).items()}

    def _present(self, ids: set[str]) -> set[str]:
        """The ids among ``ids`` that the stored facts know (as they were extracted, or as corrected)."""
        return {i for i in ids if self.state.articles_touching([i])}


#: Organisation-name endings shorter than this are too common at the end of people's names to flag them.
MIN_SUFFIX_CHARS = 2


def queue(graph: Graph, limit: int = 50) -> list[Item]:
    """The review queue (:func:`newsgraph.graph.review.review_queue`) with the knowledge's organisation suffixes."""
    suffixes = [s for s in load_knowledge().suffixes if len(s) >= MIN_SUFFIX_CHARS]
    return review_queue(graph, suffixes, limit)


def event_headline(found: dict[str, Any]) -> str:
    """``departure: 颜水成 / 依图科技``: an event's type and participants, for the history and the queue."""
    names = [p["name"] for p in found.get("participants", []) if p.get("name")]
    details = [str(found[k]) for k in ("status", "role") if found.get(k)]
    return f"{found.get('type')}: {' / '.join(names) or '?'}" + (
        f" ({', '.join(details)})" if details else ""
    )


def role_id(person: str, org: str | None, title: str) -> str:
    """The id of a role (a HOLDS_ROLE relationship) as corrections name it."""
    return Role(person, org, title, True, "", 0, 0).key()


def _differ(article: Article, old: Extraction, new: Extraction) -> bool:
    return dump_facts(article, old) != dump_facts(article, new)


def _check_date(value: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise CorrectionError(f"{value!r} is not a date like 2021-03-11") from None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
