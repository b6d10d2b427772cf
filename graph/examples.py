"""The analysts' example queries (``graph/examples.yaml``), validated when loaded.

They are data, not code, so analysts can add their own without touching
Python; a malformed file fails at load time naming the example at fault.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

EXAMPLES_FILE = Path(__file__).resolve().parent / "examples.yaml"

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["examples"],
    "additionalProperties": False,
    "properties": {
        "examples": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name", "description", "query"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "description": {"type": "string", "minLength": 1},
                    "query": {"type": "string", "minLength": 1},
                    "params": {"type": "object"},
                    "expect_rows": {"type": "boolean"},
                },
            },
        }
    },
}


class ExamplesError(ValueError):
    """The examples file is unreadable or does not match :data:`SCHEMA`."""


@dataclass(frozen=True)
class Example:
    """One example query with its parameters, as the console offers it."""

    name: str
    description: str
    query: str
    params: dict[str, Any] = field(default_factory=dict)
    expect_rows: bool = False


@cache
def load_examples(path: Path = EXAMPLES_FILE) -> tuple[Example, ...]:
    """The examples in file order; raises :class:`ExamplesError` saying which one is wrong."""
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExamplesError(f"cannot read {path.name}: {exc}") from exc
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(SCHEMA).iter_errors(content))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise ExamplesError(f"{path.name}: {where}: {error.message}")
    names = [e["name"] for e in content["examples"]]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ExamplesError(f"{path.name}: duplicate example names: {', '.join(duplicates)}")
    return tuple(Example(**e) for e in content["examples"])
