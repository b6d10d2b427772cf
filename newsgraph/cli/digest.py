"""`newsgraph digest`: choose the period, build the digest, write it to a file or stdout.

Exit codes: 0 written; 2 bad input (week, dates, zone, format); 3 the period
has no events -- nothing is written then, and the message names the weeks
that do have events; 1 the file could not be written. Messages go to stderr
so stdout only ever carries the digest itself.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from newsgraph.graph.connection import Graph
from newsgraph.graph.queries import EVERY_CONFIDENCE, SHOWN_CONFIDENCE
from newsgraph.ui.digest import FORMATS, render
from newsgraph.ui.digest.assemble import build_digest, weeks_with_events
from newsgraph.ui.digest.period import DEFAULT_TZ, Period, PeriodError, last_complete_week
from newsgraph.ui.vocabulary import DEFAULT_LANGUAGE, LANGUAGES

EXIT_OK = 0
EXIT_WRITE_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_EMPTY = 3
#: How many weeks with events an empty-week message suggests.
SUGGESTIONS = 5


def run_digest(
    graph: Graph,
    *,
    week: str | None,
    since: date | None,
    until: date | None,
    fmt: str,
    out: Path | None,
    tz: str = DEFAULT_TZ,
    lang: str = DEFAULT_LANGUAGE,
    low_confidence: bool = False,
) -> int:
    """Write the digest of ``week`` (or ``since``..``until``, or last week) in ``fmt`` and ``lang``;
    returns the exit code. Low-confidence events are left out unless ``low_confidence``."""
    period = requested_period(fmt, week, since, until, tz, lang)
    if period is None:
        return EXIT_BAD_INPUT
    floor = EVERY_CONFIDENCE if low_confidence else SHOWN_CONFIDENCE
    digest = build_digest(graph, period, min_confidence=floor)
    if digest.empty:
        return _fail(empty_message(graph, period, floor), EXIT_EMPTY)
    data = render(digest, fmt, lang)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    try:
        _write_atomically(out, data)
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}", EXIT_WRITE_FAILED)
    print(f"wrote {len(digest.events)} events of {period.label} to {out}", file=sys.stderr)
    return EXIT_OK


def requested_period(
    fmt: str,
    week: str | None,
    since: date | None,
    until: date | None,
    tz: str = DEFAULT_TZ,
    lang: str = DEFAULT_LANGUAGE,
) -> Period | None:
    """The period the options ask for, or None after saying on stderr what is wrong with them.

    Checked before the graph is opened, so a typo never waits for a server to start.
    """
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}", EXIT_BAD_INPUT)
        return None
    if lang not in LANGUAGES:
        _fail(f"unknown language {lang!r}; choose one of: {', '.join(LANGUAGES)}", EXIT_BAD_INPUT)
        return None
    try:
        return choose_period(week, since, until, tz)
    except PeriodError as exc:
        _fail(str(exc), EXIT_BAD_INPUT)
        return None


def choose_period(week: str | None, since: date | None, until: date | None, tz: str = DEFAULT_TZ) -> Period:
    """The period the options ask for: a week, a range (both ends given), or the last complete week."""
    if week is not None and (since or until):
        raise PeriodError("give either --week or --since/--until, not both")
    if week is not None:
        return Period.week(week, tz)
    if until is not None and since is None:
        raise PeriodError("--until needs --since (the first day of the range)")
    if since is not None and until is None:
        raise PeriodError("--since needs --until (the last day of the range)")
    if since is not None and until is not None:
        return Period.between(since, until, tz)
    return last_complete_week(datetime.now(UTC), tz)


def empty_message(graph: Graph, period: Period, min_confidence: float = SHOWN_CONFIDENCE) -> str:
    """Says the period is empty and which weeks nearest to it have events, so the next try succeeds."""
    head = f"no events in {period.label} ({period.start} to {period.end}); nothing written."
    weeks = weeks_with_events(graph, min_confidence=min_confidence)
    if not weeks:
        return f"{head} The graph has no events yet: ingest articles first (newsgraph ingest PATH)."
    start = period.start.toordinal()
    nearest = sorted(weeks, key=lambda w: abs(Period.week(w[0]).start.toordinal() - start))[:SUGGESTIONS]
    listed = ", ".join(f"{label} ({n})" for label, n in sorted(nearest))
    return f"{head} Weeks with events nearby: {listed}."


def _fail(message: str, code: int) -> int:
    print(f"newsgraph digest: {message}", file=sys.stderr)
    return code


def _write_atomically(out: Path, data: bytes) -> None:
    """Write to a temporary file next to ``out`` and rename it, so a failure never leaves half a digest."""
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.partial")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
