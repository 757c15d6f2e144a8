# briconnect: the map of the pipeline.
#   raw text -> data/processed/*.csv (make data) -> tests (make test)
# Every target below is a real file unless listed in .PHONY; prerequisites are true inputs,
# so `make` redoes only what changed. `make help` lists the targets.

# GNU make 3.82 or newer (.SHELLFLAGS); macOS ships 3.81: `brew install make`, then `gmake`.
ifeq (,$(filter oneshell,$(.FEATURES)))
$(error briconnect needs GNU make 3.82 or newer (this is $(MAKE_VERSION)); on macOS: brew install make, then run gmake)
endif
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
UV_VERSION := 0.13.8
VENV := .venv
PY := $(VENV)/bin/python
BRI := $(VENV)/bin/briconnect
# The environment is "built" when this stamp is newer than the lock and the package metadata.
STAMP := $(VENV)/.installed

RAW := data/raw/bri-white-paper-2023-ch3.txt
SIDECAR := data/raw/sources.json
# What `briconnect build` reads: the raw text, the extraction and chapter stages, the dataset
# code and descriptor, and the modules every command uses.
BUILD_INPUTS := $(RAW) $(SIDECAR) \
	$(wildcard $(addprefix src/briconnect/,$(addsuffix /*.py,extract chapter3 dataset) \
		chapter3/*.yaml dataset/*.yaml)) \
	$(addprefix src/briconnect/,__init__.py cli.py errors.py io.py paths.py)
TABLES := sections sentences claims countries projects alignments mechanisms checks
DATA := $(TABLES:%=data/processed/%.csv)
DICT := data/datapackage.json data/README.md
# One build writes every table and the dictionary; the stamp stands for that run (a portable
# grouped target). The build rewrites only files whose bytes change, so the tables keep their
# dates when a code change leaves them identical and no notebook re-runs.
DATA_STAMP := build/stamps/data

.PHONY: help setup data test check lint format lock clean-venv bench browser

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-12s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# ---------------------------------------------------------------- environment
setup: $(STAMP) ## Build .venv from requirements.lock (idempotent; fast when nothing changed)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "setup: installing requirements.lock into $(VENV)"
	@if command -v uv >/dev/null 2>&1; then uv=uv; \
	 elif $(PY) -m pip install -q "uv==$(UV_VERSION)" >/dev/null 2>&1; then uv=$(VENV)/bin/uv; \
	 else uv=; fi; \
	 if [ -n "$$uv" ] && $$uv pip sync -q --python $(PY) requirements.lock \
	      && $$uv pip install -q --python $(PY) --no-deps -e . ; then :; \
	 else echo "setup: uv unavailable, using pip (slower)"; \
	      $(PY) -m pip install -q -r requirements.lock && $(PY) -m pip install -q --no-deps -e . ; fi
	@$(PY) -m ipykernel install --sys-prefix --name briconnect --display-name "Python (briconnect)" >/dev/null
	@touch $@

lock: ## Re-resolve requirements.lock from the direct pins in requirements.txt
	@test -x $(VENV)/bin/uv || $(PY) -m pip install -q "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip compile -q --no-header --no-annotate --python $(PY) requirements.txt -o requirements.lock

clean-venv: ## Remove the environment (the next target rebuilds it)
	rm -rf $(VENV)

# ---------------------------------------------------------------- data
data: $(DATA) $(DICT) ## Regenerate data/processed/ and the data dictionary from data/raw/

$(DATA_STAMP): $(BUILD_INPUTS) $(STAMP)
	@mkdir -p $(@D)
	$(BRI) build --strict
	@touch $@

# A table or dictionary file is made by the build above; one that is missing re-runs it.
$(DATA) $(DICT): $(DATA_STAMP)
	@test -f $@ || { rm -f $(DATA_STAMP); $(MAKE) --no-print-directory $(DATA_STAMP); }

# ---------------------------------------------------------------- browser
# Debian's Chromium drives the report's browser test. A system package, not a file of the
# repository, so the target is phony; it does nothing when chromium is already there.
browser: ## Install Debian's Chromium for the report's browser test (make test runs this)
	@if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then :; \
	 elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	   echo "browser: installing Debian's chromium (about a minute, once per machine)"; \
	   { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
	     >build-chromium.log 2>&1 && rm -f build-chromium.log \
	   || echo "browser: could not install chromium (see build-chromium.log); browser tests will be skipped"; \
	 else echo "browser: chromium missing and not installable here (needs root and apt-get); browser tests will be skipped"; fi

# ---------------------------------------------------------------- checks
test: $(STAMP) browser lint ## Run the whole test suite (unit, data, reproducibility) and nbval over reports/notebooks
	BRICONNECT_READ_ONLY=1 $(PY) -m pytest -q tests --nbval --nbval-current-env reports/notebooks --nbval-sanitize-with tests/nbval-sanitize.cfg

check: lint $(STAMP) ## Lint, validate data/processed/ against the dictionary, quick tests (no notebooks)
	$(BRI) validate
	$(PY) -m pytest -q -p no:nbval tests

lint: $(STAMP) ## ruff check + format check (package, tests, notebooks)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP) ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# ---------------------------------------------------------------- benchmark
bench: $(STAMP) $(DATA) ## Print wall times of extraction and the make targets on this machine
	$(PY) bench/bench.py

include make/report.mk
