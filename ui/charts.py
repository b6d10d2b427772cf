"""What keeps the explorer's charts readable: fixed colours, time axes on the bulk of the data, names that fit.

- :func:`relationship_colors`: one colour per relationship type, the same in every drawing (a
  type does not change colour between 1 and 2 hops because another type joined the legend);
- :func:`time_bulk`: a handful of stray dates (a company founded in 2004, read from an article
  of 2021) must not stretch a time axis over 16 years and crush the weeks that matter;
- :func:`names_that_fit`: in a dense drawing, the names that can be written without overlapping
  (the most connected first); the others show on hover.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
from newsgraph.graph.schema import EVIDENCE_TYPES, EXPLORATION_TYPES

#: Colours for relationship types in schema order (colour-blind-safe Dark2, then Tableau tones).
RELATIONSHIP_PALETTE = (
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
    "#666666", "#17becf", "#bcbd22", "#8c564b", "#9467bd",
)  # fmt: skip
#: A time axis shows the shortest window that holds this share of the dated points...
AXIS_BULK = 0.9
#: ...when all the dates spread over more than this many times that window.
AXIS_STRETCH = 3.0
#: Dates closer than this share of the window to its edge (and to each other) still belong to it.
AXIS_GAP = 0.25
#: The window is widened by this share of its length on each side, so no point sits on the edge.
AXIS_MARGIN = 0.03
#: The narrowest window drawn (a week of news is not stretched over the whole width).
AXIS_MIN_WINDOW = timedelta(days=14)
#: Pixels a name takes per character and per line at the drawings' font size (CJK is the widest).
CHAR_WIDTH_PX, LINE_HEIGHT_PX = 13, 16


def relationship_colors(present: Iterable[str]) -> alt.Scale:
    """The colour scale of relationship types: fixed per type, whatever else the drawing holds."""
    domain = [*EXPLORATION_TYPES, *EVIDENCE_TYPES]
    domain += sorted(set(present) - set(domain))
    return alt.Scale(
        domain=domain, range=[RELATIONSHIP_PALETTE[i % len(RELATIONSHIP_PALETTE)] for i in range(len(domain))]
    )


def bottom_legend(title: str, values: Sequence[str] | None = None) -> alt.Legend:
    """A legend under the chart, in columns: never cut off at the right edge of a narrow column."""
    return alt.Legend(
        title=title,
        orient="bottom",
        columns=4,
        labelLimit=0,
        values=list(values) if values else alt.Undefined,
    )


def time_bulk(
    frame: pd.DataFrame, column: str, noun: str, weight: str | None = None
) -> tuple[pd.DataFrame, str | None]:
    """The rows to draw on a time axis, and a sentence on the ones left out (None when none is).

    The bulk is the shortest window holding :data:`AXIS_BULK` of the ``noun`` (``events``; each
    row counts ``weight`` times), grown over the dates that follow each other closely at its
    edges (a gap of at most :data:`AXIS_GAP` of its length). It is the axis only when all the
    dates spread over more than :data:`AXIS_STRETCH` times that window: evenly spread dates are
    all drawn.
    """
    if frame.empty:
        return frame, None
    dates = pd.to_datetime(frame[column])
    counts = frame[weight].to_numpy() if weight else np.ones(len(frame), dtype=int)
    values = np.sort(np.repeat(dates.to_numpy(), counts))
    keep_n = math.ceil(AXIS_BULK * len(values))
    first = int(np.argmin(values[keep_n - 1 :] - values[: len(values) - keep_n + 1]))
    low, high = first, first + keep_n - 1
    window = max(pd.Timedelta(values[high] - values[low]), pd.Timedelta(AXIS_MIN_WINDOW))
    if pd.Timedelta(values[-1] - values[0]) <= AXIS_STRETCH * window:
        return frame, None
    gap = AXIS_GAP * window
    while low > 0 and pd.Timedelta(values[low] - values[low - 1]) <= gap:
        low -= 1
    while high < len(values) - 1 and pd.Timedelta(values[high + 1] - values[high]) <= gap:
        high += 1
    start, end = (
        pd.Timestamp(values[low]) - AXIS_MARGIN * window,
        pd.Timestamp(values[high]) + AXIS_MARGIN * window,
    )
    inside = dates.between(start, end).to_numpy()
    left_out = int(counts[~inside].sum())
    note = (
        f"The time axis shows {start:%Y-%m-%d} to {end:%Y-%m-%d}, where most of the data is: "
        f"{left_out} {noun} dated outside it are left out of this chart (the tables list them)."
    )
    return frame[inside], note


def names_that_fit(nodes: pd.DataFrame, width_px: float, height_px: float) -> set[str]:
    """Ids of the nodes whose names can be written without overlapping one already written.

    ``nodes`` has ``id``, ``name``, ``x``, ``y`` and ``priority`` (lower first: the center, then
    the most connected). Positions are scaled to a ``width_px`` x ``height_px`` drawing.
    """
    if nodes.empty:
        return set()
    x_scale = width_px / max(nodes["x"].max() - nodes["x"].min(), 1e-9)
    y_scale = height_px / max(nodes["y"].max() - nodes["y"].min(), 1e-9)
    written: list[tuple[float, float, float, float]] = []
    shown: set[str] = set()
    for row in nodes.sort_values(["priority", "name"]).itertuples():
        half = CHAR_WIDTH_PX * len(str(row.name)) / 2
        x, y = row.x * x_scale, row.y * y_scale
        box = (x - half, x + half, y - LINE_HEIGHT_PX / 2, y + LINE_HEIGHT_PX / 2)
        if not any(_overlap(box, other) for other in written):
            written.append(box)
            shown.add(row.id)
    return shown


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def degrees(edges: Iterable[dict[str, Any]]) -> dict[str, int]:
    """How many lines touch each node."""
    count: dict[str, int] = {}
    for edge in edges:
        for end in (edge["src"], edge["dst"]):
            count[end] = count.get(end, 0) + 1
    return count
