# Every target sets itself up: on a fresh machine with Python 3.11, `make generate` and
# `make test` create .venv and install the project with its dev dependencies first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup generate check test lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: setup
	$(BIN)/python -m generator generate

check: setup
	$(BIN)/python -m generator check

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check generator tests
	$(BIN)/black --check --quiet generator tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
