"""One-click corrections in the explorer: buttons that record a correction and rebuild the graph around it.

Every button calls :class:`newsgraph.review.Reviewer` in its ``on_click`` callback (so the page
that reruns afterwards already shows the corrected graph), signs the correction with the name in
the sidebar (remembered in the home's state) and keeps the reason typed beside it. What happened
is shown once at the top of the next run (:func:`show_message`); a refused correction says why
and changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import streamlit as st
from newsgraph.graph.connection import Graph, open_graph
from newsgraph.graph.schema import ENTITY_LABELS
from newsgraph.ingest.collect.state import State
from newsgraph.ingest.corrections import Correction, CorrectionError
from newsgraph.ingest.event_types import event_types
from newsgraph.ui.components import entity_picker, escape_markdown, get_graph, words
from newsgraph.ui.vocabulary import Words

from newsgraph.review import Reviewer, role_id, state_path

WHO_KEY = "review-who"
WHY_KEY = "review-why"
MESSAGE_KEY = "review-message"
#: How a confirmed entity, title or event is marked in tables.
CONFIRMED = "✓"


@st.cache_resource(show_spinner=False, on_release=Graph.close)
def _writer(home: str | None, uri: str | None) -> Graph:
    """The explorer's one connection that writes, as the graph's owner: the pages and the console read
    as the reader, and only the correction buttons write, through newsgraph's own queries.

    The arguments only key the cache (open_graph reads the environment).
    """
    return open_graph(home)


@contextmanager
def reviewer() -> Iterator[Reviewer]:
    """A Reviewer on the app's graph (written as its owner) and the state of NEWSGRAPH_HOME."""
    home = os.environ.get("NEWSGRAPH_HOME")
    with State(state_path(home)) as state:
        yield Reviewer(_writer(home, os.environ.get("NEO4J_URI")), state)


def moved_to(entity_id: str) -> str | None:
    """The entity a merged or retyped entity id became, or None when no correction moved it."""
    with reviewer() as r:
        became = r.corrector.current().resolve(entity_id)[0]
    return became if became != entity_id else None


def signature() -> None:
    """The sidebar's name and reason fields every correction button uses (once per page), and the last outcome."""
    if WHO_KEY not in st.session_state:
        with reviewer() as r:
            st.session_state[WHO_KEY] = r.who()
    w = words()
    st.sidebar.text_input(w("review.who"), key=WHO_KEY, help=w("review.who_help"))
    st.sidebar.text_input(w("review.why"), key=WHY_KEY)
    show_message()


def correct(action: str, target: str, value: str = "", field: str = "", selection: str = "") -> None:
    """Button callback: record and apply one correction, leave a message for the next run.

    ``selection`` names a table whose row selection is cleared: the rows it pointed at have changed.
    """
    w = words()
    try:
        with reviewer() as r:
            outcome = r.correct(
                action,
                target,
                value,
                field,
                why=st.session_state.get(WHY_KEY, ""),
                who=st.session_state.get(WHO_KEY) or None,
            )
    except CorrectionError as exc:
        st.session_state[MESSAGE_KEY] = ("error", w("review.not_done", error=exc))
        return
    done = outcome.corrections[0]
    notes = "".join(w("review.note", note=note) for note in outcome.warnings)
    st.session_state[WHY_KEY] = ""
    if selection:
        st.session_state.pop(selection, None)
    st.session_state[MESSAGE_KEY] = (
        "success",
        w(
            "review.done",
            action=w.value("action", done.action),
            name=correction_name(done, w),
            articles=outcome.articles,
        )
        + notes,
    )
    st.cache_data.clear()


def undo(correction_id: str) -> None:
    """Button callback: undo one correction."""
    w = words()
    try:
        with reviewer() as r:
            outcome = r.undo(correction_id)
    except CorrectionError as exc:
        st.session_state[MESSAGE_KEY] = ("error", w("review.not_undone", error=exc))
        return
    done = outcome.corrections[0]
    st.session_state[MESSAGE_KEY] = (
        "success",
        w("review.undone", action=w.value("action", done.action), name=correction_name(done, w)),
    )
    st.cache_data.clear()


def import_corrections(data: bytes) -> None:
    """Button callback: import a JSON Lines file of corrections (a bad line imports nothing)."""
    w = words()
    try:
        with reviewer() as r:
            outcome = r.import_text(data.decode("utf-8"))
    except (CorrectionError, UnicodeDecodeError) as exc:
        st.session_state[MESSAGE_KEY] = ("error", w("review.not_imported", error=exc))
        return
    st.session_state[MESSAGE_KEY] = (
        "success",
        w("review.imported", count=len(outcome.corrections), skipped=outcome.skipped),
    )
    st.cache_data.clear()


def correction_name(c: Correction, w: Words) -> str:
    """What a correction is about, its event type (``departure: 颜水成 / 依图科技``) in the reader's words."""
    name = c.name or c.target
    if c.label in event_types().types and name.startswith(f"{c.label}:"):
        return w.type_title(c.label) + name[len(c.label) :]
    return name


def show_message() -> None:
    """The outcome of the last button, once (its names came from articles: shown as plain text)."""
    message = st.session_state.pop(MESSAGE_KEY, None)
    if message:
        kind, text = message
        (st.success if kind == "success" else st.error)(escape_markdown(text))


def button(
    label: str,
    key: str,
    action: str,
    target: str,
    value: str = "",
    field: str = "",
    selection: str = "",
    **kw: Any,
) -> None:
    """A button that makes one correction when clicked (see :func:`correct`)."""
    st.button(label, key=key, on_click=correct, args=(action, target, value, field, selection), **kw)


def entity_actions(node: dict[str, Any]) -> None:
    """Confirm, reject, rename, retype, merge or split the entity shown on its page."""
    w = words()
    entity_id = node["id"]
    with st.expander(w("review.correct_entity")):
        left, right = st.columns(2)
        with left:
            button(
                w("review.confirm_entity"),
                f"confirm-{entity_id}",
                "confirm",
                entity_id,
                disabled=bool(node.get("confirmed")),
            )
            button(w("review.reject_entity"), f"reject-{entity_id}", "reject", entity_id)
            others = [lbl for lbl in ENTITY_LABELS if lbl != node["label"]]
            new_type = st.selectbox(
                w("column.type"), others, key=f"type-{entity_id}", format_func=lambda t: w.value("label", t)
            )
            button(
                w("review.retype", type=w.value("label", new_type)),
                f"retype-{entity_id}",
                "retype",
                entity_id,
                new_type,
            )
            name = st.text_input(
                w("review.canonical_name"), key=f"name-{entity_id}", placeholder=node.get("name") or ""
            )
            button(
                w("review.rename"),
                f"rename-{entity_id}",
                "rename",
                entity_id,
                name,
                disabled=not name.strip(),
            )
        with right:
            into = entity_picker(get_graph(), w("review.merge_into"), key=f"merge-{entity_id}")
            button(
                w("review.merge"),
                f"merge-go-{entity_id}",
                "merge",
                entity_id,
                into or "",
                disabled=not into,
            )
            aliases = [a for a in node.get("aliases") or [] if a != node.get("name")]
            alias = st.selectbox(w("review.split_which"), aliases, key=f"split-{entity_id}", index=None)
            button(
                w("review.split"),
                f"split-go-{entity_id}",
                "split",
                entity_id,
                alias or "",
                disabled=not alias,
            )


def event_actions(events: list[dict[str, Any]], key: str, selection: str = "") -> None:
    """Confirm, reject or fix each of ``events`` (rows with ``id``, ``type`` and a title).

    ``selection`` is the key of the table the events were selected in (cleared after a correction).
    """
    if not events:
        return
    w = words()
    st.caption(w("review.correct_events"))
    for event in events:
        event_id = event["id"]
        with st.container(border=True):
            st.text(event.get("title") or event_id)
            cols = st.columns([1, 1, 2, 2, 1])
            with cols[0]:
                button(
                    w("review.confirm"),
                    f"{key}-confirm-{event_id}",
                    "confirm",
                    event_id,
                    selection=selection,
                    disabled=bool(event.get("confirmed")),
                )
            with cols[1]:
                button(
                    w("review.reject"), f"{key}-reject-{event_id}", "reject", event_id, selection=selection
                )
            fields = fixable_fields(event["type"])
            field = cols[2].selectbox(
                w("review.fix_field"),
                fields,
                key=f"{key}-field-{event_id}",
                index=None,
                format_func=lambda f: field_name(f, w),
            )
            value = _fix_value(cols[3], event["type"], field, f"{key}-value-{event_id}", w)
            with cols[4]:
                button(
                    w("review.fix"),
                    f"{key}-fix-{event_id}",
                    "fix",
                    event_id,
                    value or "",
                    field or "",
                    selection=selection,
                    disabled=not field,
                )


def fixable_fields(event_type: str) -> list[str]:
    """The fields a fix may set: the type's single-valued slots, and the date."""
    return [n for n, s in event_types()[event_type].slots.items() if not s.is_list] + ["date"]


def field_name(field: str, w: Words) -> str:
    """The readers' name of a field a fix may set."""
    return w("column.date") if field == "date" else w.value("detail", field)


def _fix_value(column: Any, event_type: str, field: str | None, key: str, w: Words) -> str | None:
    """The value input fitting the field: a choice of values, an entity search, or text (a date)."""
    if not field:
        return None
    slot = event_types()[event_type].slots.get(field)
    with column:
        if slot is not None and slot.values:
            # The field names the vocabulary's group of its values (status, kind); others show as they are.
            return st.selectbox(
                w("review.value"), slot.values, key=key, format_func=lambda v: w.value(field, v)
            )
        if slot is not None and slot.is_entity:
            return entity_picker(get_graph(), w("review.entity"), key=key)
        return st.text_input(w("review.value") if field != "date" else w("review.date"), key=key)


def role_actions(roles: list[dict[str, Any]], key: str) -> None:
    """Confirm or reject each title (HOLDS_ROLE) shown."""
    w = words()
    for role in roles:
        rid = role_id(role["person_id"], role["org_id"], role["title"])
        cols = st.columns([4, 1, 1])
        mark = f" {CONFIRMED}" if role.get("confirmed") else ""
        cols[0].text(f"{role['person']} · {role['title']} · {role['org']}{mark}")
        with cols[1]:
            button(
                w("review.confirm"),
                f"{key}-confirm-{rid}",
                "confirm",
                rid,
                disabled=bool(role.get("confirmed")),
            )
        with cols[2]:
            button(w("review.reject"), f"{key}-reject-{rid}", "reject", rid)
