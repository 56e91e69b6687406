# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

DBT_MANIFEST := dbt_project/target/manifest.json
DBT_SOURCES  := $(shell find dbt_project -path dbt_project/target -prune -o -type f \( -name '*.sql' -o -name '*.yml' \) -print 2>/dev/null)

.PHONY: install run test test-browser ui bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

# The dbt manifest is prepared here (dbt parse), never when the Dagster code is imported.
$(DBT_MANIFEST): $(VENV)/.installed $(DBT_SOURCES)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/dagster-dbt project prepare-and-package \
		--file orchestration/dbt_project.py
	touch $@

install: $(VENV)/.installed $(DBT_MANIFEST)

$(DAGSTER_HOME)/dagster.yaml: orchestration/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	test -f $@ || cp orchestration/dagster.yaml $@

run: install
	$(VENV)/bin/newsfacts refresh

test: install
	$(PY) -m pytest

# The Dagster UI end to end in Debian's chromium (apt-get install chromium; screenshot in test-artifacts/).
test-browser: install
	$(PY) -m pytest tests/browser -m browser

# dagster dev re-prepares the dbt manifest on load (prepare_if_dev): dbt must be on PATH.
ui: install $(DAGSTER_HOME)/dagster.yaml
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

# Benchmarks (bench/README.md, docs/benchmarks.md): the corpus is generated once into bench_out/ (cached
# by seed and size), then one table is printed. BENCH_ARGS: -n N, --record (append to docs/benchmarks.md),
# --profile (cProfile of extraction), --py-spy (sampling profile of the full refresh), --skip-refresh.
$(VENV)/.bench-installed: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install -q -e ".[bench]"
	touch $@

bench: install $(VENV)/.bench-installed
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .dagster_home test-artifacts data/*.duckdb data/.newsfacts data/.work dbt_project/target dbt_project/logs
