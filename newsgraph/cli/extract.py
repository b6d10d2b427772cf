"""``newsgraph extract``: run the NLP on files or stdin and print what it found.

Never touches the graph. Inputs are plain text, HTML (main text extracted
first) or JSON lines ``{"id", "text", "title"?, "published"?}``; ``-`` reads
stdin. A bad file or line is reported on stderr with its place and skipped;
everything else is still extracted, and the exit code is 1 so scripts notice.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from newsgraph.cli.extract_format import format_table, records_for
from newsgraph.ingest.collect.text import html_to_text
from newsgraph.ingest.collect.timestamps import parse_timestamp
from newsgraph.ingest.nlp.extract import Document, Extractor

INPUT_FORMATS = ("auto", "text", "html", "jsonl")
OUTPUT_FORMATS = ("jsonl", "table")
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html", ".htm": "html"}


@dataclass(slots=True)
class _Problems:
    """Bad inputs seen so far, reported as they are met."""

    count: int = 0
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def report(self, where: str, message: str) -> None:
        self.count += 1
        print(f"error: {where}: {message}", file=self.err)


def run_extract(paths: list[str], input_format: str, published: date | None, fmt: str, out: TextIO) -> int:
    """Extract from every input and write JSON lines or tables to ``out``; 1 if any input was bad."""
    if input_format not in INPUT_FORMATS or fmt not in OUTPUT_FORMATS:
        raise ValueError(f"unknown format: input {input_format!r}, output {fmt!r}")
    problems = _Problems()
    documents = (d for path in paths for d in _documents(path, input_format, published, problems))
    extractions = Extractor().extract_many(documents)
    if fmt == "table":
        format_table(extractions, out)
    else:
        for extraction in extractions:
            for record in records_for(extraction, extraction.doc_id):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if problems.count else 0


def _documents(
    path: str, input_format: str, published: date | None, problems: _Problems
) -> Iterator[Document]:
    try:
        content = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.report(path, f"cannot read: {exc}")
        return
    kind = _kind(path, content) if input_format == "auto" else input_format
    doc_id = "stdin" if path == "-" else path
    if kind == "jsonl":
        yield from _jsonl_documents(doc_id, content, published, problems)
    elif kind == "html":
        text, meta = html_to_text(content)
        if not text:
            problems.report(path, "no article text found in the HTML")
            return
        yield Document(doc_id, text, published or _date(meta.get("date")), meta.get("title") or "")
    else:
        yield Document(doc_id, content, published)


def _kind(path: str, content: str) -> str:
    """The input format from the file name, or for stdin from the first character."""
    if path != "-":
        return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")
    first = content.lstrip()[:1]
    return {"{": "jsonl", "<": "html"}.get(first, "text")


def _jsonl_documents(
    source: str, content: str, published: date | None, problems: _Problems
) -> Iterator[Document]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield _jsonl_document(json.loads(line), published)
        except (json.JSONDecodeError, ValueError) as exc:
            problems.report(f"{source}:{number}", str(exc))


def _jsonl_document(row: Any, published: date | None) -> Document:
    if not isinstance(row, dict):
        raise ValueError("a line must be a JSON object")
    doc_id, text = row.get("id"), row.get("text")
    if not isinstance(doc_id, str) or not doc_id or not isinstance(text, str):
        raise ValueError('a line needs a string "id" and a string "text"')
    row_date = _date(row.get("published")) if row.get("published") else None
    if row.get("published") and row_date is None:
        raise ValueError(f"unreadable published date {row['published']!r}")
    return Document(doc_id, text, row_date or published, str(row.get("title") or ""))


def _date(raw: object) -> date | None:
    stamp = parse_timestamp(raw) if isinstance(raw, str) else None
    return stamp.date() if stamp else None
