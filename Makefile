# Two commands matter: `make demo` and `make test`. Both build .venv from the lock first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
EXAMPLE := examples/northwind-health
# Every package `make test` needs, pinned (pip-compile from pyproject.toml, Python 3.11).
# pip reads the machine's configured index; the lock names none. `make lock` refreshes it.
LOCK   := requirements.lock
LOCK_FLAGS := --extra dev --all-build-deps --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links --quiet
FAST   := not browser and not server and not eval and not long

.PHONY: demo test test-long test-fast test-lowest install lock lint typecheck schemas examples bench clean

# Exactly the locked versions (pip itself and the build backend included; --no-deps: the lock
# is complete, so the resolver has nothing to do), then the project
# without resolving anything; pip check fails when pyproject.toml wants what the lock lacks.
# pip compiles every module on one core; compileall does it on all of them (measured: 41 s ->
# 17 s + 12 s). Like pip, it skips what a package ships for another Python version. It leaves
# out Chroma's kubernetes client and mypy, which no test or run imports (15 s -> 10 s). Leaving
# compiling to first import instead cost more in the tests' many processes than it saved.
$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c $(LOCK) pip
	$(BIN)/python -m pip install --quiet --no-compile --no-deps -r $(LOCK)
	-@$(BIN)/python -m compileall -q -j 0 -x '/site-packages/(kubernetes|mypy)/' $(VENV)/lib >/dev/null 2>&1
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@$(BIN)/python -m pip check >/dev/null || { $(BIN)/python -m pip check; \
		echo "$(LOCK) does not satisfy pyproject.toml: run make lock"; exit 1; }
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/groundwork plan $(EXAMPLE)/strategy.pptx --context $(EXAMPLE)/org --out out/northwind-health \
		--answers $(EXAMPLE)/answers.yaml
	@echo "Open out/northwind-health/report.md, then out/northwind-health/tasks/<role>.md"

# Three workers on two cores (measured: 1 worker 309 s, 3 workers 194 s, 4 workers 214 s).
# The run keeps both cores busy (99%, read from /proc/stat; about 640 CPU-s in December 2026),
# so its time is its CPU and this host's speed, which varies: a fixed Python loop took 2.6 to
# 5.1 s, and the suite 261 to 354 s across runs. The long checks (marked `long`) run in
# `make test-long` instead: restarts, a killed worker, crash loops, the phone layout, a
# second run of a journey another test already drives, and every corpus deck planned end to
# end (60 plans, 30 s on two workers). Whole files had to go for it to count:
# the team cluster's two restart tests alone were 54 of that file's 86 CPU-s.
# The project's own modules are compiled first: with PYTHONDONTWRITEBYTECODE set (as on our
# CI machines) every process the tests start would compile them again (measured: 0.2 s each).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/deptry agent extractors schemas evals prompts
	-@$(BIN)/python -m compileall -q -j 0 agent extractors schemas evals prompts >/dev/null 2>&1
	$(BIN)/python -m pytest -q -n 3 -m "not long"

# The long checks make test leaves out (see above): run them before a release.
test-long: $(STAMP)
	$(BIN)/python -m pytest -q -n 3 -m long

# The inner loop: no browser, no server processes, no eval sets.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -n 3 -m "$(FAST)"

# The floors in pyproject.toml, tested: the lowest versions it allows (uv's lowest-direct
# resolution; pip installs them into .venv-lowest), then the fast suite. The eval-case builder
# test is left out: it rebuilds committed files byte for byte with the locked openpyxl/fpdf2.
LOWEST := .venv-lowest
test-lowest: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	@test -x $(LOWEST)/bin/python || $(PYTHON) -m venv $(LOWEST)
	$(BIN)/uv pip compile --resolution lowest-direct --extra dev --quiet \
		-o $(LOWEST)/requirements.txt pyproject.toml
	$(LOWEST)/bin/python -m pip install --quiet -r $(LOWEST)/requirements.txt
	$(LOWEST)/bin/python -m pip install --quiet --no-deps -e .
	$(LOWEST)/bin/python -m pytest -q -m "$(FAST)" \
		--deselect tests/test_eval_material.py::test_builder_rebuilds_the_committed_files

# Re-resolve after a pyproject.toml change, keeping the other pins; UPGRADE=1 takes the newest.
lock:
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet $(if $(wildcard $(LOCK)),-c $(LOCK)) pip pip-tools
	$(BIN)/pip-compile $(LOCK_FLAGS) $(if $(UPGRADE),--upgrade) -o $(LOCK) pyproject.toml

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/deptry agent extractors schemas evals prompts
	$(BIN)/mypy

typecheck: $(STAMP)
	$(BIN)/mypy

schemas: $(STAMP)
	$(BIN)/python -m schemas.generate

examples: $(STAMP)
	$(BIN)/python examples/build_examples.py

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -c $(LOCK) --no-build-isolation -e ".[dev,bench]"
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/index.py
	$(BIN)/python bench/llm_parallel.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) $(LOWEST) out .pytest_cache .ruff_cache .mypy_cache
