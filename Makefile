# Two commands matter: `make demo` and `make test`. Both build .venv through `install`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.10+ is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 10) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/newsarchive demo

# Two processes, a test module to each at a time (its module fixtures are built once),
# the modules marked `long` first (tests/conftest.py; xdist's own reordering, by number
# of tests, is off): the suite mostly waits on local servers and crawl subprocesses.
# The project's own modules are byte-compiled first: where PYTHONDONTWRITEBYTECODE is
# set (this machine's environment sets it), Python never writes them, and every crawl
# process and fork server of the suite compiled the whole project again (~0.25 s each).
test: install
	$(BIN)/python -m compileall -q scraper spiders pipelines >/dev/null
	$(BIN)/python -m pytest -q -n 2 --dist loadscope --no-loadscope-reorder

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_extraction.py
	$(BIN)/python bench/bench_stories.py --n 20000

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
