"""`newsgraph ingest` killed with SIGKILL at a random point converges, on the next run, to the graph of a
run that was never interrupted: nothing lost, nothing written twice.

Each trial kills the CLI once the state file has recorded a seeded random number of articles (so the
kill lands in collecting, extracting or writing) plus a seeded random delay, then runs the same
command again to completion. 5 trials by default; NEWSGRAPH_CRASH_TRIALS=20 runs 20.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from tests.robustness.support import (
    Home,
    Snapshot,
    assert_same_graph,
    copy_corpus_subset,
    newsgraph_cli,
    wait_until,
)

TRIALS = int(os.environ.get("NEWSGRAPH_CRASH_TRIALS", "5"))
#: A feed in UTF-8 and one in Big5 (one item of which is only a teaser of a saved page), the saved
#: page, and a JSON Lines file: every input path, ~27 articles, one syndicated copy.
SUBSET = (
    "feeds/zhiku-finance.atom",
    "feeds/hk-tech-weekly.xml",
    "pages/www.hktechweekly.test",
    "articles.jsonl",
)
MAX_JITTER_S = 1.5

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def subset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_corpus_subset(tmp_path_factory.mktemp("subset"), *SUBSET)


@pytest.fixture(scope="module")
def uninterrupted(own_home: Home, subset: Path) -> tuple[Snapshot, int]:
    """The graph of a run that nobody killed, and how many articles it recorded."""
    own_home.reset()
    run = newsgraph_cli(own_home.path, "ingest", str(subset))
    out, err = run.communicate(timeout=900)
    assert run.returncode == 0, out + err
    return own_home.snapshot(), own_home.recorded()


@pytest.mark.parametrize("seed", range(TRIALS))
def test_a_run_killed_at_a_random_point_converges_on_the_next_run(
    seed: int, own_home: Home, subset: Path, uninterrupted: tuple[Snapshot, int]
) -> None:
    expected, articles = uninterrupted
    rng = random.Random(seed)
    kill_after, jitter = rng.randint(0, articles), rng.uniform(0.0, MAX_JITTER_S)
    own_home.reset()

    run = newsgraph_cli(own_home.path, "ingest", str(subset))
    wait_until(lambda: own_home.recorded() >= kill_after or run.poll() is not None)
    time.sleep(jitter)
    run.send_signal(signal.SIGKILL)
    run.communicate(timeout=60)
    print(
        f"killed after {kill_after} recorded + {jitter:.2f} s: {own_home.ingested()} articles were in the graph"
    )

    rerun = newsgraph_cli(own_home.path, "ingest", str(subset))
    out, err = rerun.communicate(timeout=900)
    assert rerun.returncode == 0, out + err
    assert own_home.spooled() == 0
    try:
        assert_same_graph(own_home.snapshot(), expected)
    except AssertionError as exc:  # the rerun's summary says what it did with every item
        raise AssertionError(f"{exc}\nthe rerun printed:\n{out}{err}") from None
