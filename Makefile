# claimgraph — two commands for a fresh clone: `make demo` and `make test`.
# Only python3 and make are assumed; everything else is installed from requirements.lock
# into .venv (hash-checked), and the Debian packages the browser tests need via apt-get.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_HOME ?= .demo-home

.PHONY: demo test venv lock serve browser-deps replay-deps postgres-deps benchmarks clean

venv: $(STAMP)

# Re-install only when the lock or the project metadata changes (idempotent).
$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

demo: venv
	rm -rf $(DEMO_HOME)
	$(BIN)/claimgraph --home $(DEMO_HOME) ingest examples/corpus
	$(BIN)/claimgraph --home $(DEMO_HOME) summary
	$(BIN)/claimgraph --home $(DEMO_HOME) verify
	$(BIN)/claimgraph --home $(DEMO_HOME) export --format wacz --doc 1 --doc 2 --out $(DEMO_HOME)/bundle.wacz
	$(BIN)/claimgraph verify-bundle $(DEMO_HOME)/bundle.wacz
	@echo
	@echo "Demo store: $(DEMO_HOME)  (try: $(BIN)/claimgraph --home $(DEMO_HOME) search Veles;"
	@echo "  its custody record: $(BIN)/claimgraph --home $(DEMO_HOME) custody 1)"
	@echo "Open the web UI over it: make serve  ->  http://127.0.0.1:8765/"

# Lint (ruff) and type check (mypy) first: either failing fails the target before pytest runs.
# pytest then runs on every core this machine gives us (pytest-xdist; tests/conftest.py counts the
# cores, a container's CPU quota included), each worker taking whole test files (--dist loadfile), so
# a module's shared fixtures are built once. Serially: make test PYTEST_WORKERS=0 (README).
PYTEST_WORKERS ?= auto
test: venv browser-deps replay-deps postgres-deps
	$(BIN)/ruff check src tests
	$(BIN)/mypy src
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile

benchmarks: venv postgres-deps
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/store_backends.py

# Regenerate requirements.lock from requirements.in (needs the registry; not part of demo/test).
lock:
	$(PYTHON) -m venv /tmp/claimgraph-piptools
	/tmp/claimgraph-piptools/bin/pip install --quiet pip-tools==7.6.2
	/tmp/claimgraph-piptools/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras \
	  --no-emit-find-links --no-emit-index-url -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache .mypy_cache .ruff_cache $(REPLAY)/node_modules

# The web UI and JSON API over the demo store (after `make demo`): http://127.0.0.1:8765/
serve: venv
	@test -f $(DEMO_HOME)/claimgraph.sqlite3 || { echo "no demo store in $(DEMO_HOME): run 'make demo' first"; exit 1; }
	$(BIN)/claimgraph --home $(DEMO_HOME) serve

# Headless Chromium + chromedriver from Debian's packages, for the browser tests; installed only
# when missing. Where they cannot be installed, the browser tests skip and say why.
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
	  echo "browser-deps: /usr/bin/chromium and /usr/bin/chromedriver present"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  ( $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y chromium chromium-driver ) \
	    || echo "browser-deps: could not install chromium/chromium-driver; the browser tests will be skipped"; \
	fi

# ReplayWeb.page's built viewer (npm package replaywebpage, pinned with its dependencies by
# tests/replay/package-lock.json), for the test that opens an exported bundle in it. Installed with
# `npm ci` only where node and npm exist, and again only when the lock changes; elsewhere that
# test skips and says why. Test-only: claimgraph never ships or serves it.
REPLAY := tests/replay
replay-deps:
	@if [ -f $(REPLAY)/node_modules/.claimgraph-installed ] && [ $(REPLAY)/node_modules/.claimgraph-installed -nt $(REPLAY)/package-lock.json ]; then \
	  echo "replay-deps: ReplayWeb.page present in $(REPLAY)/node_modules"; \
	elif command -v node >/dev/null && command -v npm >/dev/null; then \
	  ( cd $(REPLAY) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error ) && touch $(REPLAY)/node_modules/.claimgraph-installed \
	    || echo "replay-deps: 'npm ci' in $(REPLAY) failed; the ReplayWeb.page test will be skipped"; \
	else \
	  echo "replay-deps: node/npm not found; the ReplayWeb.page test will be skipped"; \
	fi

# PostgreSQL server binaries and contrib (unaccent) from Debian's packages, for the tests that run
# the store on PostgreSQL (the test setup starts and stops its own server in a temporary
# directory); installed only when missing. Where they cannot be installed, those tests skip and say why.
postgres-deps:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ls /usr/share/postgresql/*/extension/unaccent.control >/dev/null 2>&1; then \
	  echo "postgres-deps: PostgreSQL server and contrib present"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  ( $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y postgresql postgresql-contrib ) \
	    || echo "postgres-deps: could not install postgresql/postgresql-contrib; the PostgreSQL tests will be skipped"; \
	fi
