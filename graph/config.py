"""Where the graph lives: a user's Neo4j (from the environment) or the embedded server.

One list of settings, each with its default and help, so the CLI help, the
README and validation all come from the same place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

#: (environment variable, default, help). The README's settings table is made from this list.
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
)

EMBEDDED_DATABASE = "newsgraph"
EMBEDDED_USER = "root"


def home_dir(override: str | Path | None = None) -> Path:
    """The data folder: an explicit override, then NEWSGRAPH_HOME, then the platform's user data dir."""
    chosen = override or os.environ.get("NEWSGRAPH_HOME") or platformdirs.user_data_dir("newsgraph")
    path = Path(chosen).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class ExternalGraph:
    """Connection settings for a graph the user runs (Neo4j 5, Aura, a cluster)."""

    uri: str
    user: str
    password: str = ""
    database: str | None = None

    def __repr__(self) -> str:  # never show the password, even in a traceback
        return f"ExternalGraph(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


def external_graph() -> ExternalGraph | None:
    """The user's own graph from NEO4J_* variables, or None to use the embedded server."""
    uri = os.environ.get("NEO4J_URI", "").strip()
    if not uri:
        return None
    return ExternalGraph(
        uri=uri,
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", ""),
        database=os.environ.get("NEO4J_DATABASE") or None,
    )
