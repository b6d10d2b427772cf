"""newsgraph: a knowledge graph of AI-industry news, Chinese first.

Data flows one way, one sub-package a stage; no module imports from a later stage:

- :mod:`newsgraph.ingest` (folder ``ingest/``): collecting articles and the Chinese NLP that turns
  them into typed records of facts;
- :mod:`newsgraph.graph` (``graph/``): the graph server, schema, writer and every Cypher query;
- :mod:`newsgraph.ui` (``ui/``): the Streamlit explorer and the weekly digest;
- :mod:`newsgraph.pipeline`: the ingest job (collect -> extract -> correct -> write);
- :mod:`newsgraph.review`: the corrections job (record, apply, undo, export, import, re-extract);
- :mod:`newsgraph.cli`: the ``newsgraph`` command.
"""
