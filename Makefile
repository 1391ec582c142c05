# The two commands a newcomer needs: `make run` and `make test`.
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 5000
export PORT

.PHONY: run test lint clean

$(STAMP): requirements.txt requirements-dev.txt nlu/requirements.txt
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

## Run web + worker + beat on SQLite with the dev phone at http://127.0.0.1:$(PORT)/dev/phone
run: $(STAMP)
	$(BIN)/flask --app wsgi migrate
	@echo ""
	@echo "  MindLink is starting. Text the bot at  http://127.0.0.1:$(PORT)/dev/phone"
	@echo "  Outbox as JSON:                         http://127.0.0.1:$(PORT)/dev/outbox"
	@echo "  Staff console:                          http://127.0.0.1:$(PORT)/console/"
	@echo ""
	BIND_HOST=127.0.0.1 WEB_CONCURRENCY=1 PATH="$(CURDIR)/$(BIN):$$PATH" HF_HUB_OFFLINE=1 \
		$(BIN)/honcho start -f Procfile

## Lint, type-check and run every test
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
