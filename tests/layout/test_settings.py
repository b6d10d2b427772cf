"""Every environment variable the code reads is a documented setting, and the README's table is current."""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.settings import SETTINGS, settings_table

ROOT = Path(__file__).resolve().parents[2]
VARIABLE = re.compile(r"""["']((?:NEWSGRAPH|NEO4J)_[A-Z_]+)["']""")
README_TABLE = re.compile(r"<!-- settings -->\n(.*?)\n<!-- /settings -->", re.S)


def test_every_variable_the_code_reads_is_a_setting() -> None:
    read = {
        name
        for folder in ("ingest", "graph", "ui", "newsgraph")
        for path in (ROOT / folder).rglob("*.py")
        for name in VARIABLE.findall(path.read_text(encoding="utf-8"))
    }
    assert read <= {name for name, _, _ in SETTINGS}


def test_the_readme_table_is_generated_from_the_settings() -> None:
    found = README_TABLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "README.md lacks the <!-- settings --> table"
    assert found.group(1) == settings_table()
