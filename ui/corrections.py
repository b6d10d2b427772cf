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
from newsgraph.ingest.corrections import CorrectionError
from newsgraph.ingest.event_types import event_types
from newsgraph.ui.components import entity_picker, escape_markdown, get_graph

from newsgraph.review import Reviewer, role_id, state_path

WHO_KEY = "review-who"
WHY_KEY = "review-why"
MESSAGE_KEY = "review-message"


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
    st.sidebar.text_input("Your name", key=WHO_KEY, help="Signs your corrections; remembered.")
    st.sidebar.text_input("Why (kept with the next correction)", key=WHY_KEY)
    show_message()


def correct(action: str, target: str, value: str = "", field: str = "", selection: str = "") -> None:
    """Button callback: record and apply one correction, leave a message for the next run.

    ``selection`` names a table whose row selection is cleared: the rows it pointed at have changed.
    """
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
        st.session_state[MESSAGE_KEY] = ("error", f"Not done: {exc}.")
        return
    done = outcome.corrections[0]
    notes = "".join(f" Note: {w}." for w in outcome.warnings)
    st.session_state[WHY_KEY] = ""
    if selection:
        st.session_state.pop(selection, None)
    st.session_state[MESSAGE_KEY] = (
        "success",
        f"Done: {done.action} {done.name or done.target} ({outcome.articles} article(s) written again). "
        f"Undo it from the Review page's history.{notes}",
    )
    st.cache_data.clear()


def undo(correction_id: str) -> None:
    """Button callback: undo one correction."""
    try:
        with reviewer() as r:
            outcome = r.undo(correction_id)
    except CorrectionError as exc:
        st.session_state[MESSAGE_KEY] = ("error", f"Not undone: {exc}.")
        return
    done = outcome.corrections[0]
    st.session_state[MESSAGE_KEY] = ("success", f"Undone: {done.action} {done.name or done.target}.")
    st.cache_data.clear()


def import_corrections(data: bytes) -> None:
    """Button callback: import a JSON Lines file of corrections (a bad line imports nothing)."""
    try:
        with reviewer() as r:
            outcome = r.import_text(data.decode("utf-8"))
    except (CorrectionError, UnicodeDecodeError) as exc:
        st.session_state[MESSAGE_KEY] = ("error", f"Nothing imported: {exc}.")
        return
    st.session_state[MESSAGE_KEY] = (
        "success",
        f"{len(outcome.corrections)} correction(s) imported, {outcome.skipped} already present.",
    )
    st.cache_data.clear()


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
    entity_id = node["id"]
    with st.expander("Correct this entity"):
        left, right = st.columns(2)
        with left:
            button(
                "Confirm it is right",
                f"confirm-{entity_id}",
                "confirm",
                entity_id,
                disabled=bool(node.get("confirmed")),
            )
            button("Reject: not an entity", f"reject-{entity_id}", "reject", entity_id)
            others = [lbl for lbl in ENTITY_LABELS if lbl != node["label"]]
            new_type = st.selectbox("Type", others, key=f"type-{entity_id}")
            button(f"Change type to {new_type}", f"retype-{entity_id}", "retype", entity_id, new_type)
            name = st.text_input(
                "Canonical name", key=f"name-{entity_id}", placeholder=node.get("name") or ""
            )
            button("Rename", f"rename-{entity_id}", "rename", entity_id, name, disabled=not name.strip())
        with right:
            into = entity_picker(get_graph(), "Merge into", key=f"merge-{entity_id}")
            button(
                "Merge into the chosen entity",
                f"merge-go-{entity_id}",
                "merge",
                entity_id,
                into or "",
                disabled=not into,
            )
            aliases = [a for a in node.get("aliases") or [] if a != node.get("name")]
            alias = st.selectbox(
                "Split off the mentions written", aliases, key=f"split-{entity_id}", index=None
            )
            button("Split off", f"split-go-{entity_id}", "split", entity_id, alias or "", disabled=not alias)


def event_actions(events: list[dict[str, Any]], key: str, selection: str = "") -> None:
    """Confirm, reject or fix each of ``events`` (rows with ``id``, ``type`` and a title).

    ``selection`` is the key of the table the events were selected in (cleared after a correction).
    """
    if not events:
        return
    st.caption("Correct the selected events:")
    for event in events:
        event_id = event["id"]
        with st.container(border=True):
            st.text(event.get("title") or event_id)
            cols = st.columns([1, 1, 2, 2, 1])
            with cols[0]:
                button(
                    "Confirm",
                    f"{key}-confirm-{event_id}",
                    "confirm",
                    event_id,
                    selection=selection,
                    disabled=bool(event.get("confirmed")),
                )
            with cols[1]:
                button("Reject", f"{key}-reject-{event_id}", "reject", event_id, selection=selection)
            fields = fixable_fields(event["type"])
            field = cols[2].selectbox("Fix field", fields, key=f"{key}-field-{event_id}", index=None)
            value = _fix_value(cols[3], event["type"], field, f"{key}-value-{event_id}")
            with cols[4]:
                button(
                    "Fix",
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


def _fix_value(column: Any, event_type: str, field: str | None, key: str) -> str | None:
    """The value input fitting the field: a choice of values, an entity search, or text (a date)."""
    if not field:
        return None
    slot = event_types()[event_type].slots.get(field)
    with column:
        if slot is not None and slot.values:
            return st.selectbox("Value", slot.values, key=key)
        if slot is not None and slot.is_entity:
            return entity_picker(get_graph(), "Entity", key=key)
        return st.text_input("Value" if field != "date" else "Date (YYYY-MM-DD)", key=key)


def role_actions(roles: list[dict[str, Any]], key: str) -> None:
    """Confirm or reject each title (HOLDS_ROLE) shown."""
    for role in roles:
        rid = role_id(role["person_id"], role["org_id"], role["title"])
        cols = st.columns([4, 1, 1])
        mark = " ✓" if role.get("confirmed") else ""
        cols[0].text(f"{role['person']} · {role['title']} · {role['org']}{mark}")
        with cols[1]:
            button("Confirm", f"{key}-confirm-{rid}", "confirm", rid, disabled=bool(role.get("confirmed")))
        with cols[2]:
            button("Reject", f"{key}-reject-{rid}", "reject", rid)
