"""What keeps the explorer's charts readable: fixed colours and time axes on the bulk of the data.

- :func:`relationship_color`: one colour per relationship type, the same in every drawing (a
  type does not change colour between 1 and 2 hops because another type joined the legend);
  :data:`LABEL_COLORS` likewise per entity label;
- :func:`time_bulk`: a handful of stray dates (a company founded in 2004, read from an article
  of 2021) must not stretch a time axis over 16 years and crush the weeks that matter.

Names in network drawings no longer need placing here: the drawing hides the ones that would
overlap until a zoom makes room (see :func:`newsgraph.ui.components.network_chart`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import altair as alt
import numpy as np
import pandas as pd
from newsgraph.graph.schema import EVIDENCE_TYPES, EXPLORATION_TYPES

if TYPE_CHECKING:
    from newsgraph.ui.vocabulary import Words

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
#: One colour per entity label, in every drawing and legend.
LABEL_COLORS = {
    "Company": "#1f77b4",
    "Person": "#d62728",
    "Organization": "#2ca02c",
    "Government": "#9467bd",
    "Exchange": "#ff7f0e",
}
#: The colour of a relationship type no schema names (a console result): grey, never a type's colour.
OTHER_COLOR = "#999999"
_KNOWN_TYPES = (*EXPLORATION_TYPES, *EVIDENCE_TYPES)


def relationship_color(rel_type: str) -> str:
    """The colour of a relationship type: fixed per type, whatever else the drawing holds."""
    if rel_type not in _KNOWN_TYPES:
        return OTHER_COLOR
    return RELATIONSHIP_PALETTE[_KNOWN_TYPES.index(rel_type) % len(RELATIONSHIP_PALETTE)]


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
    frame: pd.DataFrame, column: str, words: Words, noun: str, weight: str | None = None
) -> tuple[pd.DataFrame, str | None]:
    """The rows to draw on a time axis, and a sentence on the ones left out (None when none is).

    The bulk is the shortest window holding :data:`AXIS_BULK` of the ``noun`` (a key of the
    vocabulary's ``noun`` group, such as ``events``; each
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
    note = words(
        "charts.left_out",
        start=f"{start:%Y-%m-%d}",
        end=f"{end:%Y-%m-%d}",
        count=left_out,
        noun=words(f"noun.{noun}"),
    )
    return frame[inside], note


def degrees(edges: Iterable[dict[str, Any]]) -> dict[str, int]:
    """How many lines touch each node."""
    count: dict[str, int] = {}
    for edge in edges:
        for end in (edge["src"], edge["dst"]):
            count[end] = count.get(end, 0) + 1
    return count
