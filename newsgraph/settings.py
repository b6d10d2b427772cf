"""Every environment variable newsgraph reads, with its default and meaning: one list.

``newsgraph settings`` prints it and the README's settings table is generated from it; a test fails
when the code reads a variable missing here or the README's table differs. A leaf module: every
stage may import it.
"""

from __future__ import annotations

#: (environment variable, default, help).
SETTINGS: tuple[tuple[str, str, str], ...] = (
    (
        "NEWSGRAPH_HOME",
        "the user's data dir",
        "Folder for the embedded graph, its password, logs and ingest state.",
    ),
    (
        "NEO4J_URI",
        "",
        "Bolt URI of a Neo4j 5 / Aura / cluster; when set, the embedded server is never started.",
    ),
    ("NEO4J_USER", "neo4j", "User for NEO4J_URI."),
    ("NEO4J_PASSWORD", "", "Password for NEO4J_URI; never printed."),
    ("NEO4J_DATABASE", "", "Database name on NEO4J_URI (the server's default when empty)."),
    (
        "NEWSGRAPH_EVENT_TYPES",
        "",
        "Extra folders of event type files (one YAML file per type, see ingest/data/event_types/README.md), "
        "separated like PATH; read by every command that extracts, writes or shows events.",
    ),
    (
        "NEO4J_READER_USER",
        "",
        "Read-only user for the explorer and the Cypher console on NEO4J_URI (a user with only the `reader` "
        "role, see Reliability); without it the explorer reads as NEO4J_USER and the console is off.",
    ),
    ("NEO4J_READER_PASSWORD", "", "Password for NEO4J_READER_USER; never printed."),
    (
        "NEWSGRAPH_GRAPH_MEMORY",
        "768m",
        "Memory of the embedded graph server (its JVM heap; a quarter of it caches pages), taken whole when "
        "it starts, e.g. 2g for a graph of millions of relationships; read when the server starts.",
    ),
    (
        "NEWSGRAPH_RECOGNISER",
        "combined",
        "Entity recogniser: `combined` (the trained model weighed by the rules) or `rules` (the rules alone, "
        "for comparison).",
    ),
)


def settings_table() -> str:
    """The settings as the Markdown table the README shows."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    rows += [f"| `{name}` | {default or '(empty)'} | {help_text} |" for name, default, help_text in SETTINGS]
    return "\n".join(rows)
