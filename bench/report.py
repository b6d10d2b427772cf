"""What every benchmark shares: its command line basics, the printed table and the JSON file.

Figures are only comparable with the machine they were taken on, so each
result carries the core count and the load average at the start (other work
on a 2-core machine makes figures noisy; the load says how much).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"
DEFAULT_SEED = 7


def parser(description: str | None) -> argparse.ArgumentParser:
    """An argument parser with the options every benchmark takes (``--seed``, ``--out``)."""
    result = argparse.ArgumentParser(
        description=(description or "").strip().splitlines()[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    result.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the synthetic data")
    result.add_argument("--out", type=Path, default=RESULTS_DIR, help="folder for the JSON result")
    return result


def machine() -> dict[str, Any]:
    """The facts about the machine that a reader needs to judge the figures."""
    return {
        "cpu_count": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def percentile(samples: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile (inclusive method, so p50 of two samples is their mean)."""
    if len(samples) == 1:
        return float(samples[0])
    return statistics.quantiles(samples, n=100, method="inclusive")[round(pct) - 1]


def print_table(title: str, rows: Sequence[tuple[str, object]]) -> None:
    """A two-column table of figures, with the machine's core count and load first."""
    info = machine()
    lines = [("cores (os.cpu_count)", info["cpu_count"]), ("load average 1/5/15 min", info["load_average"])]
    lines += list(rows)
    width = max(len(name) for name, _ in lines)
    print(f"\n{title}\n{'-' * len(title)}")
    for name, value in lines:
        print(f"{name:<{width}}  {_format(value)}")
    sys.stdout.flush()


def _format(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def write_json(out_dir: Path, name: str, parameters: dict[str, Any], figures: dict[str, Any]) -> Path:
    """Write ``<out_dir>/<name>.json`` with the parameters, the machine and the figures; returns its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.json"
    payload = {
        "benchmark": name,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "parameters": parameters,
        "machine": machine(),
        "figures": figures,
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nwritten {path}")
    return path
