"""Loading the YAML knowledge files under ``ingest/data`` with their JSON Schemas.

Domain knowledge (trigger words, date words, patterns) is kept as data so it
can be reviewed and extended without touching code; a file that does not
match its schema must fail loudly at load time, naming the file and the
offending place, rather than silently extracting nothing.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


class DataFileError(ValueError):
    """A knowledge file is missing, unreadable or does not match its schema."""


#: libyaml's parser where PyYAML was built with it: the knowledge is read by every command and worker at start,
#: and the pure-Python parser took most of that time.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """YAML's safe loader, refusing a key written twice in one mapping: YAML keeps the last silently, so a
    second ``华为:`` in a list of products would drop every product the first one named."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} written twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@cache
def load_data_file(name: str) -> dict[str, Any]:
    """The validated content of ``ingest/data/<name>.yaml`` (checked against ``schema/<name>.schema.json``)."""
    return load_yaml(DATA_DIR / f"{name}.yaml", name)


def load_yaml(path: Path, schema_name: str) -> dict[str, Any]:
    """The content of the YAML file ``path``, validated against ``schema/<schema_name>.schema.json``."""
    schema_path = DATA_DIR / "schema" / f"{schema_name}.schema.json"
    try:
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read {path.name}: {exc}") from exc
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(content), key=lambda e: e.path)
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(top)"
        raise DataFileError(f"{path.name}: {where}: {errors[0].message}")
    return content
