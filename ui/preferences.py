"""The explorer's remembered choices (the readers' language), in a small JSON file in NEWSGRAPH_HOME.

A reader who switched the app to English finds it in English the next time, on any page and
after a restart. The file holds only such choices; a missing or unreadable file means none
were made, and a failed write never stops the page (the choice then lasts the session).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from newsgraph.graph.config import home_dir

PREFERENCES_FILE = "explorer.json"


def preferences_path(home: Path | None = None) -> Path:
    return (home or home_dir()) / PREFERENCES_FILE


def load_preferences(home: Path | None = None) -> dict[str, Any]:
    """The remembered choices, or none when the file is missing or unreadable."""
    try:
        data = json.loads(preferences_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_preference(key: str, value: Any, home: Path | None = None) -> None:
    """Remember one choice (written whole to a temporary file, then renamed)."""
    path = preferences_path(home)
    data = {**load_preferences(home), key: value}
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, path)
