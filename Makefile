# The single entry point: `make run`, `make test`, `make test-engines`, `make dev`, `make lint`,
# `make demo-data`, `make report`, `make dashboard`, `make docs`, `make bench`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export UV_PYTHON_DOWNLOADS := never
# Bytecode is compiled once, at install: every process of a run (Dagster, dbt, GX) then starts
# in about half the time, also where PYTHONDONTWRITEBYTECODE keeps Python from caching it.
export UV_COMPILE_BYTECODE := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DO_NOT_TRACK := 1
export DAGSTER_HOME := $(CURDIR)/dagster_home
export LOYALTY_LANDING_DIR ?= data/landing
export LOYALTY_WAREHOUSE_DIR ?= data/warehouse

# uv from PATH, else as a module of the machine's Python (installed by `setup` when missing).
UV := $(shell command -v uv >/dev/null 2>&1 && echo uv || echo python3 -m uv)
DEMO_ARGS ?=

.PHONY: help setup manifest demo-data run report backtest dashboard docs test test-engines dev lint bench bench-engines clean

help:
	@echo "make run        install, generate demo extracts if the landing dir is empty, build, validate, publish (FORCE=1: even if nothing changed)"
	@echo "make report     print the headline figures of the published marts again"
	@echo "make backtest   the health score's backtest with other weights beside today's (WEIGHTS='{loyalty: 0.5, coverage: 0}')"
	@echo "make dashboard  serve the customer relation status and CFO dashboards on http://127.0.0.1:8000"
	@echo "make docs       generate and serve the dbt docs (lineage, every mart and column) on http://127.0.0.1:8080"
	@echo "make test       install (Chromium from Debian too) and run the test suite (dbt build and an end-to-end run included)"
	@echo "make test-engines  the same marts on DuckDB, PostgreSQL and Spark, compared (docs/scaling.md)"
	@echo "make dev        dagster dev on http://127.0.0.1:3000"
	@echo "make demo-data  (re)generate demo extracts into \$$LOYALTY_LANDING_DIR (DEMO_ARGS='--accounts 500' or DEMO_ARGS='--profile waves')"
	@echo "make lint       sqlfluff and ruff"
	@echo "make bench      tiers S and M against the floor; writes docs/benchmarks.md (BENCH_ARGS='--tiers S --runs 1')"
	@echo "make bench-engines  the pipeline on DuckDB, PostgreSQL and Spark; writes docs/engine_benchmarks.json"

# PostgreSQL's and Spark's packages (docs/scaling.md) when LOYALTY_TARGET names one of them.
EXTRAS = $(if $(filter-out duckdb,$(LOYALTY_TARGET)),--extra engines)

setup:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	@$(UV) sync --locked --quiet $(EXTRAS)

# The dbt manifest is prepared here, once, not on every import of the Dagster code; each engine
# (LOYALTY_TARGET, docs/scaling.md) in its own folder, as orchestration/dbt_assets.py reads it.
# `--target` as the Dagster run passes it: dbt parses its next run from this parse only when the
# target argument is the same (otherwise it parses the whole project again, 4 s here).
manifest: setup
	@$(UV) run --locked dbt parse --quiet --target $(or $(LOYALTY_TARGET),duckdb) \
		$(if $(filter-out duckdb,$(LOYALTY_TARGET)),--target-path target/$(LOYALTY_TARGET))

demo-data: setup
	$(UV) run --locked python -m demodata --out "$(LOYALTY_LANDING_DIR)" $(DEMO_ARGS)

run: manifest
	@if [ -z "$$(ls -A "$(LOYALTY_LANDING_DIR)" 2>/dev/null)" ]; then \
		echo "No extracts in $(LOYALTY_LANDING_DIR): generating the demo drops."; \
		$(UV) run --locked python -m demodata --out "$(LOYALTY_LANDING_DIR)" $(DEMO_ARGS); \
	fi
	@# The whole graph (SPEC §5), or nothing when no file, code, setting or date changed since
	@# the last publication (orchestration/build.py; FORCE=1 builds anyway). The report runs
	@# after a failed run too: it says which checks failed and where to look.
	$(UV) run --locked python -m orchestration.build $(if $(FORCE),--force); status=$$?; \
		$(MAKE) --no-print-directory report; exit $$status

report: setup
	@$(UV) run --locked python -m orchestration.report

# Rebuilds mart_health_backtest in the build database with the candidate weights beside the
# run's (orchestration/backtest.py); run it when no Dagster run is writing.
backtest: manifest
	@$(UV) run --locked python -m orchestration.backtest --weights "$(or $(WEIGHTS),{})"

dashboard: setup
	$(UV) run --locked python -m dashboard.server $(if $(PORT),--port $(PORT))

# Reads the build database for the catalog: run it when no Dagster run is writing.
docs: manifest
	$(UV) run --locked dbt docs generate --quiet
	$(UV) run --locked dbt docs serve --host 127.0.0.1 --port $(or $(DOCS_PORT),8080) --no-browser

# Debian's packages each suite drives, installed when missing (scripts/debian-packages.sh says
# why each is needed): a machine with Python 3.11, pip and apt needs nothing else.
TEST_PACKAGES := chromium
ENGINE_TEST_PACKAGES := postgresql openjdk-17-jre-headless

test: manifest
	@scripts/debian-packages.sh $(TEST_PACKAGES)
	$(UV) run --locked pytest

# Not part of `make test`: builds the demo drops on DuckDB, PostgreSQL (a server the test starts
# from Debian's package) and Spark (local PySpark, Java 17), and compares every mart.
# The DuckDB manifest too: the suite's reference build is the small warehouse on DuckDB.
test-engines: EXTRAS = --extra engines
test-engines: manifest
	@scripts/debian-packages.sh $(ENGINE_TEST_PACKAGES)
	$(UV) run --locked $(EXTRAS) pytest -m engines tests/engines

dev: manifest
	$(UV) run --locked dagster dev -m orchestration.definitions -h 127.0.0.1 -p 3000

lint: setup
	$(UV) run --locked ruff check .
	$(UV) run --locked ruff format --check .
	$(UV) run --locked sqlfluff lint models data-tests

# Not part of `make test`: one run of tier M takes about 20 minutes here, tier S 4.
BENCH_ARGS ?=
bench: manifest
	$(UV) run --locked python bench/pipeline.py $(BENCH_ARGS)

# The whole pipeline on DuckDB, PostgreSQL and Spark on the same extracts; writes
# docs/engine_benchmarks.json (ENGINE_BENCH_ARGS='--tiers S,M --runs 1').
ENGINE_BENCH_ARGS ?=
bench-engines: EXTRAS = --extra engines
bench-engines: setup
	$(UV) run --locked $(EXTRAS) python bench/engines.py $(ENGINE_BENCH_ARGS)

clean:
	rm -rf target logs data/warehouse
