# The one task runner. `make help` lists the targets; each is one line you can also type yourself.
# Run inside the project's virtual environment (`make install` once).
PYTHON ?= python

.PHONY: help install test slow lint bench ci

help:  ## this list
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

install:  ## editable install with the test and lint tools
	$(PYTHON) -m pip install -e ".[dev]"

test:  ## the default suite: fast, no subprocess, no terminal, no PDF/DOCX (≤ 15 s)
	$(PYTHON) -m pytest

slow:  ## only the slow tests: subprocesses, a real terminal, the wheel, PDF/DOCX
	$(PYTHON) -m pytest -m slow

lint:  ## the fences .ci/run checks: ruff, mypy, import-linter contracts (.importlinter)
	$(PYTHON) -m ruff check .
	$(PYTHON) -m mypy
	lint-imports

bench:  ## start-up ratios, reference commands, search (no scale run), memo: figures, not tests
	$(PYTHON) benchmarks/bench_startup.py
	$(PYTHON) benchmarks/bench_reference.py
	$(PYTHON) benchmarks/bench_search.py --scale 0
	$(PYTHON) benchmarks/bench_memo.py

ci:  ## what CI runs: a fresh venv, the README's test command, lint, types, contracts, slow tests
	bash .ci/run
