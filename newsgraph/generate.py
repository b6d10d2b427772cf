"""Rewrite the files generated from the code: the schema section of graph/SCHEMA.md and the digest's JSON Schema.

Run ``python -m newsgraph.generate`` after changing the graph writer or an event
type; tests fail while the committed files differ from what this writes. The
schema section is read back from a throw-away embedded graph server (see
:mod:`newsgraph.graph.schema_doc`), never from the user's graph.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newsgraph.graph import server
from newsgraph.graph.connection import embedded_graph
from newsgraph.graph.schema import ensure_schema
from newsgraph.graph.schema_doc import SCHEMA_DOC, generated_section, with_section
from newsgraph.ui.digest.json_export import SCHEMA_PATH, schema_text


def schema_doc_text() -> str:
    """SCHEMA.md with its generated section written from a fresh graph."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-schema-") as home:
        try:
            with embedded_graph(Path(home)) as graph:
                ensure_schema(graph)
                section = generated_section(graph)
        finally:
            server.stop(Path(home))
    return with_section(SCHEMA_DOC.read_text(encoding="utf-8"), section)


def main() -> None:
    SCHEMA_DOC.write_text(schema_doc_text(), encoding="utf-8")
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_DOC} and {SCHEMA_PATH}")


if __name__ == "__main__":
    main()
