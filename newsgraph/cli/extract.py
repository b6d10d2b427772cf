"""``newsgraph extract``: run the NLP on files or stdin and print what it found.

Never touches the graph. Inputs are text articles (front matter allowed), HTML
(main text extracted first) or JSON lines, read by the same functions as
``ingest`` (:mod:`newsgraph.ingest.collect.articles`), so a file gives the same
facts both ways; ``-`` reads stdin. A bad file or line is reported on stderr
with its place and skipped; everything else is still extracted, and the exit
code is 1 so scripts notice.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from newsgraph.cli.extract_format import format_table, records_for
from newsgraph.ingest.collect.articles import (
    ArticleError,
    ArticleFields,
    page_article,
    record_article,
    text_article,
)
from newsgraph.ingest.collect.sources import InputError, jsonl_records
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
    """The documents of one input, read exactly as ``ingest`` reads the same file."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        problems.report(path, f"cannot read: {exc.strerror or exc}")
        return
    kind = _kind(path, data) if input_format == "auto" else input_format
    doc_id = "stdin" if path == "-" else path
    if kind == "jsonl":
        yield from _jsonl_documents(doc_id, data, published, problems)
        return
    try:
        article = page_article(data) if kind == "html" else text_article(data)
    except ArticleError as exc:
        problems.report(path, str(exc))
        return
    yield article_document(doc_id, article, published)


def _kind(path: str, data: bytes) -> str:
    """The input format from the file name, or for stdin from the first character."""
    if path != "-":
        return _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")
    first = data.lstrip()[:1]
    return {b"{": "jsonl", b"<": "html"}.get(first, "text")


def _jsonl_documents(
    source: str, data: bytes, published: date | None, problems: _Problems
) -> Iterator[Document]:
    """One document per record that ``ingest`` would accept; known by its id, its URL or its line."""
    for record in jsonl_records(data.splitlines(), Path(source)):
        if isinstance(record, InputError):
            problems.report(record.where, record.reason)
            continue
        try:
            article = record_article(record.data)
        except ArticleError as exc:
            problems.report(record.where, str(exc))
            continue
        doc_id = next(
            (str(v) for v in (record.data.get("id"), article.url) if isinstance(v, str | int) and v != ""),
            record.where,
        )
        yield article_document(doc_id, article, published)


def article_document(doc_id: str, article: ArticleFields, published: date | None) -> Document:
    """What the extractor reads: the article's own date first, ``--published`` when it has none."""
    return Document(doc_id, article.text, article.published_date or published, article.title)
