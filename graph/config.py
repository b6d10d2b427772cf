"""Where the graph lives: a user's Neo4j (from the environment) or the embedded server.

The environment variables read here are listed, with the others, in
:data:`newsgraph.settings.SETTINGS`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

EMBEDDED_DATABASE = "newsgraph"
EMBEDDED_USER = "root"
#: The embedded server's read-only account: the explorer and the Cypher console log in as this user.
EMBEDDED_READER = "reader"
#: The embedded server's default memory (its JVM heap, which holds ArcadeDB's page cache too). The
#: JVM's own default, a quarter of the machine, let the server grow with every article ingested.
DEFAULT_GRAPH_MEMORY_MB = 768
#: Below this the server cannot hold a large Bolt result and its caches together.
MIN_GRAPH_MEMORY_MB = 256
_MEMORY = re.compile(r"(\d+)\s*([mg])b?", re.IGNORECASE)


def home_dir(override: str | Path | None = None) -> Path:
    """The data folder: an explicit override, then NEWSGRAPH_HOME, then the platform's user data dir."""
    chosen = override or os.environ.get("NEWSGRAPH_HOME") or platformdirs.user_data_dir("newsgraph")
    path = Path(chosen).expanduser()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new home is its owner's only
    return path


@dataclass(frozen=True)
class ExternalGraph:
    """Connection settings for a graph the user runs (Neo4j 5, Aura, a cluster)."""

    uri: str
    user: str
    password: str = ""
    database: str | None = None
    reader_user: str = ""
    reader_password: str = ""

    def __repr__(self) -> str:  # never show the passwords, even in a traceback
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
        reader_user=os.environ.get("NEO4J_READER_USER", ""),
        reader_password=os.environ.get("NEO4J_READER_PASSWORD", ""),
    )


def embedded_memory_mb() -> int:
    """The embedded server's heap in MB, from NEWSGRAPH_GRAPH_MEMORY (``768m``, ``2g``) or the default."""
    raw = os.environ.get("NEWSGRAPH_GRAPH_MEMORY", "").strip()
    if not raw:
        return DEFAULT_GRAPH_MEMORY_MB
    found = _MEMORY.fullmatch(raw)
    if found is None:
        raise ValueError(f"NEWSGRAPH_GRAPH_MEMORY={raw!r}: expected a size such as 768m or 2g")
    megabytes = int(found[1]) * (1024 if found[2].lower() == "g" else 1)
    if megabytes < MIN_GRAPH_MEMORY_MB:
        raise ValueError(
            f"NEWSGRAPH_GRAPH_MEMORY={raw!r}: the graph server needs {MIN_GRAPH_MEMORY_MB}m or more"
        )
    return megabytes
