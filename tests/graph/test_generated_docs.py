"""The files generated from the code are up to date: graph/SCHEMA.md's schema section and the digest's JSON Schema.

When one of these fails, run ``python -m newsgraph.generate`` and commit the result.
"""

from __future__ import annotations

import pytest
from newsgraph.graph import schema_doc
from newsgraph.graph.connection import Graph
from newsgraph.ui.digest.json_export import SCHEMA_PATH, schema_text


def test_schema_md_documents_what_the_writer_writes(graph: Graph) -> None:
    committed = schema_doc.SCHEMA_DOC.read_text(encoding="utf-8")
    generated = schema_doc.with_section(committed, schema_doc.generated_section(graph))
    assert generated == committed, "graph/SCHEMA.md is out of date: run python -m newsgraph.generate"


def test_a_property_written_but_not_described_stops_the_generation(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(schema_doc.PROPERTIES, "Source", {"name": "", "url": ""})
    with pytest.raises(ValueError, match=r"Source: properties written but not described.*'kind'"):
        schema_doc.generated_section(graph)


def test_a_property_described_but_never_written_stops_the_generation(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(schema_doc.PROPERTIES, "event", {**schema_doc.PROPERTIES["event"], "summary": ""})
    with pytest.raises(ValueError, match=r"never written: \['event.summary'\]"):
        schema_doc.generated_section(graph)


def test_the_digest_schema_lists_the_event_types_and_sections() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "ui/digest/digest.schema.json is out of date: run python -m newsgraph.generate"
    )
