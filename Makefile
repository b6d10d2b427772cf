# The README's two commands. Each target sets up its own virtual environment when missing.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint generate knowledge bench eval clean-graph

$(STAMP): pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Ingest the sample corpus into the embedded graph, then open the explorer.
demo: $(STAMP)
	$(BIN)/newsgraph ingest corpora/
	$(BIN)/newsgraph ui

## Run the test suite against a real embedded graph server.
test: $(STAMP)
	$(BIN)/python -m pytest

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

## Score the extraction on ../shared/eval (dev and test splits); skips cleanly when it is absent.
eval: $(STAMP)
	$(BIN)/python -m bench.eval_ner
	$(BIN)/python -m bench.eval_events
	$(BIN)/python -m bench.eval_real_news
	$(BIN)/python -m bench.calibrate_events --report both
