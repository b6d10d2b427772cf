"""The digest as CSV, one row per event, for spreadsheets.

Encoding is UTF-8 *with* a byte-order mark: without it Excel reads the file
as the local ANSI code page and shows Chinese as mojibake; LibreOffice,
pandas (``encoding="utf-8-sig"``) and Python's csv module read it fine.
Rows end in CRLF (RFC 4180). Cells holding several values (participants,
sources) put one per line inside the cell. A cell that would start with
``= + - @`` or a tab is prefixed with an apostrophe, so hostile article text
cannot run as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io

from newsgraph.ui.digest import base
from newsgraph.ui.digest.model import Digest, DigestEvent, Section
from newsgraph.ui.vocabulary import Words

COLUMNS = (
    "period",
    "section",
    "stage",
    "rank",
    "id",
    "type",
    "headline",
    "date",
    "first_reported",
    "status",
    "modality",
    "confidence",
    "confirmed",
    "source_count",
    "participants",
    "details",
    "evidence",
    "source_titles",
    "source_urls",
    "source_names",
    "source_published",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(digest: Digest, w: Words) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for section in digest.sections:
        for rank, event in enumerate(section.events, 1):
            writer.writerow([_cell(value) for value in _row(digest, section, rank, event, w)])
    return buffer.getvalue().encode("utf-8-sig")


def _row(digest: Digest, section: Section, rank: int, event: DigestEvent, w: Words) -> list[str]:
    sources = event.sources
    return [
        digest.period.label,
        section.key,
        section.stage or "",
        str(rank),
        event.id,
        event.type,
        base.headline(event, w),
        event.date.isoformat() if event.date else "",
        event.first_reported.isoformat() if event.first_reported else "",
        event.status or "",
        event.modality,
        base.confidence(event.confidence),
        "yes" if event.confirmed else "",
        str(len(sources)),
        "\n".join(f"{p.role}: {base.one_line(p.name)}" for p in event.participants),
        "\n".join(f"{key}: {base.one_line(value)}" for key, value in event.details),
        base.one_line(event.evidence),
        "\n".join(base.one_line(s.title) for s in sources),
        "\n".join(base.one_line(s.url) for s in sources),
        "\n".join(base.one_line(s.source) for s in sources),
        "\n".join(base.when(s.published, s.published_at) for s in sources),
    ]


def _cell(value: str) -> str:
    """The value, defused when a spreadsheet would read it as a formula."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


EXPORTER = base.Exporter("csv", "CSV (Excel)", "csv", "text/csv; charset=utf-8", render)
