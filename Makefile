# Two commands matter: `make demo` and `make test`. Both build .venv from pyproject.toml first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := examples/northwind-health

.PHONY: demo test install lint typecheck schemas examples bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/groundwork plan $(EXAMPLE)/strategy.pptx --context $(EXAMPLE)/org --out out/northwind-health \
		--answers $(EXAMPLE)/answers.yaml
	@echo "Open out/northwind-health/report.md, then out/northwind-health/tasks/<role>.md"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

typecheck: $(STAMP)
	$(BIN)/mypy

schemas: $(STAMP)
	$(BIN)/python -m schemas.generate

examples: $(STAMP)
	$(BIN)/python examples/build_examples.py

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/index.py
	$(BIN)/python bench/llm_parallel.py

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache .mypy_cache
