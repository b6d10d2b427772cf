"""The graph: the server, its schema, the writer and every Cypher query of the project.

- :mod:`.config`: which graph (a user's Neo4j from NEO4J_*, or the embedded server) and the settings list;
- :mod:`.server`, :mod:`.embedded`: the embedded ArcadeDB server with Bolt, in its own process;
- :mod:`.connection`: the driver wrapper (managed transactions, plain values);
- :mod:`.schema`: labels, relationship types, constraints and indexes (documented in ``SCHEMA.md``);
- :mod:`.writer`: idempotent, order-independent batched writes of extracted facts;
- :mod:`.queries`: the explorer's reads; :mod:`.analytics`: networkx over their results;
- :mod:`.export`: the graph or a neighbourhood as GraphML, GEXF, CSV or JSON Lines (``newsgraph export``);
- :mod:`.digest`: the weekly digest's reads; :mod:`.console`: the analysts' read-only console;
- :mod:`.examples`: the analysts' example queries (``examples.yaml``);
- :mod:`.review`: deleting what a correction rebuilds, and the review queue;
- :mod:`.admin`: whole-graph housekeeping (articles held, emptying, bulk loading for benchmarks).
"""
