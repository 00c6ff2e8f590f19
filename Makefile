# Two set-up commands (see README): `make site` builds both outputs, `make test` runs the whole suite.
# Both create .venv from the lock files on a machine that has only Python 3.11+ and make.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q

.PHONY: site serve test lint ruff bench clean system-deps

$(VENV)/.stamp-site: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.stamp-dev: requirements-dev.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements-dev.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.stamp-site

site: $(VENV)/.stamp-site
	$(VENV)/bin/dealix-site build

serve: $(VENV)/.stamp-site
	$(VENV)/bin/dealix-site serve

lint: $(VENV)/.stamp-site
	$(VENV)/bin/dealix-site lint

# Debian's chromium, an Arabic font and a Java runtime (for the W3C validator), installed when missing.
system-deps:
	bash scripts/install_system_deps.sh

test: $(VENV)/.stamp-dev system-deps
	$(VENV)/bin/ruff check src tests scripts
	$(PY) -m pytest -n 2 --dist loadgroup

bench: $(VENV)/.stamp-dev
	$(PY) scripts/bench_build.py
	$(PY) scripts/bench_lint.py

clean:
	rm -rf site .venv .pytest_cache
