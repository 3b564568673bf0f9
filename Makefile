PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install bench clean

# Set up once (and again when pyproject.toml changes); the pip log is shown only if it fails.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing claimdesk into $(VENV) (first run only; takes a minute)…"
	@$(BIN)/python -m pip install --quiet --upgrade pip > $(VENV)/install.log 2>&1 \
		&& $(BIN)/python -m pip install -e '.[test]' >> $(VENV)/install.log 2>&1 \
		|| { cat $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

install: $(STAMP)

## make run: start the bot when a chat platform is configured, else the local console.
run: $(STAMP)
	@$(BIN)/claimdesk run --or-console

## make test: the whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest -q

## make bench: every benchmark (installs quantulum3 for the extractor comparison).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/query.py
	$(BIN)/python bench/telegram.py
	$(BIN)/python bench/alerts.py
	$(BIN)/python bench/vocabulary.py

clean:
	rm -rf $(VENV) build *.egg-info
