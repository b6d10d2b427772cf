"""Resident memory of several processes, sampled in a background thread.

Peak RSS is what decides whether an ingest fits on a laptop, and it has to
include the graph server (a separate JVM process), not only the Python side.
Sampling in a thread sees peaks between progress reports; the caller adds
labelled snapshots (e.g. every 10% of the work) to show growth over a run.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from types import TracebackType

import psutil

MB = 1024 * 1024


@dataclass
class RssSampler:
    """Samples RSS of ``pids`` (name -> pid) every ``interval`` seconds while used as a context manager."""

    pids: dict[str, int]
    interval: float = 0.25
    peak_mb: dict[str, float] = field(default_factory=dict)
    snapshots: list[dict[str, float | str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._processes = {name: psutil.Process(pid) for name, pid in self.pids.items()}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self.peak_mb = dict.fromkeys(self.pids, 0.0)

    def rss_mb(self) -> dict[str, float]:
        """Current RSS of each process in MB (0 for a process that has exited)."""
        current: dict[str, float] = {}
        for name, process in self._processes.items():
            try:
                current[name] = process.memory_info().rss / MB
            except psutil.Error:
                current[name] = 0.0
        return current

    def sample(self) -> dict[str, float]:
        current = self.rss_mb()
        for name, value in current.items():
            self.peak_mb[name] = max(self.peak_mb[name], value)
        return current

    def snapshot(self, label: str) -> None:
        """Record the current RSS under ``label`` (also counts towards the peaks)."""
        self.snapshots.append({"at": label, **{k: round(v, 1) for k, v in self.sample().items()}})

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> RssSampler:
        self.sample()
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()
