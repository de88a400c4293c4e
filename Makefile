# dispute-qa: `make run` to use it, `make test` to check it. Both install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser run ingest serve test lint format clean

# llama-cpp-python comes from tools/llama_wheel.py: built for this CPU (-march=native, no
# AMX), kept in a per-user cache keyed by the CPU's flags, never taken from pip's cache.
# It runs on every `make install`, so a venv carried to another CPU gets its own build.
install: $(STAMP)
	@$(BIN)/python tools/llama_wheel.py install

$(STAMP): pyproject.toml tools/llama_wheel.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python tools/llama_wheel.py install
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: install
	$(BIN)/dispute-qa ingest corpus
	$(BIN)/dispute-qa serve

ingest: install
	$(BIN)/dispute-qa ingest corpus

serve: install
	$(BIN)/dispute-qa serve

# Debian's Chromium for the browser tests (Playwright drives it; it downloads no browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: install browser
	$(BIN)/ruff check app ingest tests tools
	$(BIN)/ruff format --check app ingest tests tools
	$(BIN)/python -m pytest

lint:
	$(BIN)/ruff check app ingest tests tools

format:
	$(BIN)/ruff format app ingest tests tools
	$(BIN)/ruff check --fix app ingest tests tools

clean:
	rm -rf $(VENV) .dispute-qa .pytest_cache .ruff_cache .hypothesis
