"""The layout the README promises: one installed package, data flowing one way, Cypher only in graph/."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Folder of each installed package name (pyproject's package-dir).
FOLDERS = {
    "newsgraph.ingest": "ingest",
    "newsgraph.graph": "graph",
    "newsgraph.ui": "ui",
    "newsgraph": "newsgraph",
}
#: The stages in the order data flows; a module may import from its own stage and earlier ones only.
STAGES = ("newsgraph.ingest", "newsgraph.graph", "newsgraph.ui", "newsgraph.cli")
CYPHER = re.compile(r"\b(MATCH|MERGE)\s*\(|\bDETACH\s+DELETE\b|\bUNWIND\s+\$")


def _modules(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if ".venv" not in p.parts)


def _stage(module: str) -> int | None:
    for i, stage in reversed(list(enumerate(STAGES))):
        if module == stage or module.startswith(stage + "."):
            return i
    return None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("folder,package", [("ingest", STAGES[0]), ("graph", STAGES[1]), ("ui", STAGES[2])])
def test_no_stage_imports_a_later_one(folder: str, package: str) -> None:
    own = STAGES.index(package)
    late = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in _modules(folder)
        for name in _imports(path)
        if (stage := _stage(name)) is not None and stage > own
    }
    assert not late


def test_cypher_lives_only_in_graph() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("ingest", "ui", "newsgraph", "bench")
        for path in _modules(folder)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CYPHER.search(line)
    ]
    assert not found


def test_every_package_folder_is_declared() -> None:
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    present = set()
    for package, folder in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).parts
            present.add(".".join((package, *relative)))
    assert present == declared


@pytest.mark.slow
def test_the_wheel_installs_everything_under_one_name(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("newsgraph-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names}
    assert tops == {"newsgraph", wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info"}
    for needed in (
        "newsgraph/ingest/data/organisations.json",
        "newsgraph/ingest/data/schema/organisations.schema.json",
        "newsgraph/graph/SCHEMA.md",
        "newsgraph/graph/examples.yaml",
        "newsgraph/ui/app.py",
        "newsgraph/ui/views/entity.py",
        "newsgraph/ui/digest/digest.schema.json",
    ):
        assert needed in names
