# The README's two commands. Each target sets up its own virtual environment when missing.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint generate knowledge train bench eval clean-graph

$(STAMP): pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Ingest the sample corpus into the embedded graph, then open the explorer.
demo: $(STAMP)
	$(BIN)/newsgraph ingest corpora/
	$(BIN)/newsgraph ui

## Run the test suite against a real embedded graph server: a worker per core, at most 4 (each starts
## its own session servers), each test file on one worker.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Rewrite the files generated from the code (graph/SCHEMA.md's tables, the digest's JSON Schema).
generate: $(STAMP)
	$(BIN)/python -m newsgraph.generate

## Rebuild ingest/data/organisations.json from training/knowledge/*.yaml and the public lists in
## $(SHARED)/knowledge (default ../shared); says so and changes nothing when they are absent.
SHARED ?= ../shared
knowledge: $(STAMP)
	$(BIN)/python training/build_knowledge.py --shared $(SHARED)/knowledge

## Train the entity model on ../shared/train (seed 0) and install it in ingest/data/models; skips when absent.
train: $(STAMP)
	$(MAKE) -C training train PYTHON=$(abspath $(BIN))/python

## Score the extraction on ../shared/eval (dev and test splits); skips cleanly when it is absent.
eval: $(STAMP)
	$(BIN)/python -m bench.eval_ner
	$(BIN)/python -m bench.eval_events
	$(BIN)/python -m bench.eval_real_news
	$(BIN)/python -m bench.renamed_companies
	$(BIN)/python -m bench.calibrate_events --report both
