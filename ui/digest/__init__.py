"""Exporting a period's digest (see :mod:`newsgraph.ui.digest.assemble`) as Markdown, HTML, JSON, CSV or Atom.

``FORMATS`` maps the CLI's ``--format`` names to their exporters; each
exporter lives in its own module on the small base in :mod:`newsgraph.ui.digest.base`.
"""

from __future__ import annotations

from newsgraph.ui.digest import atom, csv_export, html, json_export, markdown
from newsgraph.ui.digest.base import Exporter
from newsgraph.ui.digest.model import Digest
from newsgraph.ui.vocabulary import DEFAULT_LANGUAGE, words

FORMATS: dict[str, Exporter] = {
    exporter.key: exporter
    for exporter in (
        markdown.EXPORTER,
        html.EXPORTER,
        json_export.EXPORTER,
        csv_export.EXPORTER,
        atom.EXPORTER,
    )
}


def render(digest: Digest, fmt: str, lang: str = DEFAULT_LANGUAGE) -> bytes:
    """The digest in format ``fmt`` (a key of FORMATS) and language ``lang``, as the bytes to save or send."""
    try:
        exporter = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown digest format {fmt!r} (choose from {', '.join(FORMATS)})") from None
    return exporter.render(digest, words(lang))
