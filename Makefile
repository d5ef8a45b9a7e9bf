# Switchboard. A fresh clone needs two commands: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

NODE := node --import tsx
INSTALLED := node_modules/.installed
# `make run` reads .env when there is one; variables already in the environment win.
ENV_FILE := $(if $(wildcard .env),--env-file=.env)
PG_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: help install browser generate docs run test test-pg check typecheck lint format bench bench-quick bench-reference soak attacks conformance clean

help:
	@echo "make run       install what is missing, generate, build the docs, start the server (SQLite, port 3000)"
	@echo "make dev       the server, restarted on every change under src/, spec/, templates/ (a spec change regenerates first); pretty logs"
	@echo "make cluster   three processes as one server on PORT, PORT+1, PORT+2 (default 3000) on Redis (REDIS_URL) and PostgreSQL (PG_URL)"
	@echo "make mock      a mock server answering from the spec's examples (HTTP, Socket.IO, /ws; MOCK_PORT, default 4010)"
	@echo "make test      the test suite (SQLite), then its spec coverage table (fails below 100%)"
	@echo "make test-pg   the test suite on PostgreSQL (DATABASE_URL, default $(PG_URL))"
	@echo "make browser   install Debian's chromium for the browser tests when it is missing"
	@echo "make generate  spec/ -> generated/ and stubs in src/handlers/"
	@echo "make docs      the HTML docs (cached by the spec's content hash)"
	@echo "make check     typecheck + lint + generated-code drift"
	@echo "make contract  the contract gates: lint, breaking changes, drift, conformance of the server and the mock"
	@echo "make contract-lint      Spectral over spec/ with our rules (allowlist: spec/lint-allowlist.yaml)"
	@echo "make contract-breaking  fail on spec changes that break clients (vs BASE_REF, default: merge-base with origin/main)"
	@echo "make bench     Switchboard (Socket.IO and /ws) next to bare Socket.IO and raw ws, then its own benchmarks, a cluster of three among them (~17 min; needs Redis and PostgreSQL)"
	@echo "make bench-quick  the same, smaller (about three minutes)"
	@echo "                  BENCH_FLAGS adds flags to either: BENCH_FLAGS=\"--only connections,fanout-ws --profile DIR\""
	@echo "make bench-reference  a full run that also keeps a dated copy in bench/results/reference/"
	@echo "make soak      mixed load on both transports for SOAK_MINUTES (default 5): memory drift, latency, errors"
	@echo "make attacks   the security review's attacks against a real server (a few minutes; not in CI)"
	@echo "make conformance URL=http://127.0.0.1:3000  check a running server against the documents it serves"

# npm ci only when node_modules is missing or older than the lockfile. No npm package may fetch a browser:
# the browser tests drive the system's chromium (`make browser`).
$(INSTALLED): package.json package-lock.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

install: $(INSTALLED)

# The browser tests (test/docs/*.browser.test.ts) open the docs in Debian's chromium through playwright-core.
browser:
	@command -v chromium >/dev/null || { \
	  echo "installing chromium for the browser tests"; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); $$sudo apt-get update -qq && $$sudo apt-get install -y chromium; }

generate: $(INSTALLED)
	$(NODE) scripts/generate.ts

docs: $(INSTALLED)
	$(NODE) scripts/build-docs.ts

# The configuration is checked first (src/main.ts --check-config: every bad variable at once, then DATA_DIR,
# PORT and HOST on this machine), so a mistake shows in a second rather than after generate and docs.
run: $(INSTALLED)
	@$(NODE) $(ENV_FILE) src/main.ts --check-config
	@$(MAKE) --no-print-directory generate docs
	$(NODE) $(ENV_FILE) src/main.ts

# The development loop (scripts/dev.ts, --help): it generates, starts the server and restarts it when
# src/, spec/ or templates/ change; a spec change regenerates first (a generator error keeps the running
# server), and the docs are rebuilt in the background when what they are made from changed. Ctrl-C stops all.
.PHONY: dev
dev: $(INSTALLED)
	LOG_FORMAT=$${LOG_FORMAT:-pretty} $(NODE) $(ENV_FILE) scripts/dev.ts

# Three processes as one server (docs/scaling.md): the machine's Redis and PostgreSQL, logs prefixed per
# process, Ctrl-C stops them all.
.PHONY: cluster
cluster: generate docs
	DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(NODE) $(ENV_FILE) scripts/cluster.ts

# The mock server (scripts/mock/): every operation answered from the spec's examples, for client developers.
# It reads generated/spec/, so the spec is generated first.
.PHONY: mock
MOCK_PORT ?= $(or $(PORT),4010)
mock: generate
	MOCK_PORT=$(MOCK_PORT) $(NODE) scripts/mock/main.ts

# Tests run against the committed generated/ (a drift test fails when it is stale), so no generate here.
# SPEC_COVERAGE=enforce: the whole suite prints the spec coverage table and fails below 100% (docs/api-design.md, Spec coverage).
# The suite's files are named here, not in .mocharc.json, where mocha would add them to any file named on
# its command line: `npx mocha test/x.test.ts` runs that file alone.
# TEST_JOBS files run at once, each in a worker process (mocha --parallel): much of the suite waits on
# timers, child processes and the browser rather than on a CPU. TEST_JOBS=1 runs them one after another.
# Workers take files in the order given: the longest first (10-60 s each), so that no worker is left
# with one of them once the others are done. A file missing from the list only runs in the wrong place.
TEST_JOBS ?= 3
LONG_TESTS := test/cluster/faults.test.ts test/cluster/limits.test.ts test/contract/breaking.test.ts \
  test/database-events.property.test.ts test/presence-cluster.test.ts test/docs/async-docs.browser.test.ts \
  test/docs/http-docs.browser.test.ts test/conformance/conformance.test.ts test/cluster/harness.test.ts \
  test/fuzz.test.ts test/contract/lint.test.ts test/rawws.test.ts test/demo/demo.browser.test.ts \
  test/cluster/parties.test.ts test/cluster/matches.test.ts test/docs/examples.test.ts \
  test/scripts/docs-build.test.ts test/scripts/dev-loop.test.ts test/scripts/command-line.test.ts \
  test/startup-failures.test.ts
TEST_FILES := $(LONG_TESTS) $(filter-out $(LONG_TESTS),$(shell find test -name '*.test.ts' | LC_ALL=C sort))
SUITE := $(if $(filter-out 1,$(TEST_JOBS)),--parallel --jobs $(TEST_JOBS)) $(TEST_FILES)
test: docs browser
	SPEC_COVERAGE=enforce npx mocha $(SUITE)

# The cluster tests (test/cluster/) run on PostgreSQL and Redis whatever the leg: once, in `make test`, is enough.
test-pg: docs browser
	SPEC_COVERAGE=enforce DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} npx mocha --ignore 'test/cluster/**' $(SUITE)

check: typecheck lint contract-drift

# The contract gates (docs/api-design.md, "The contract gates"): the spec lints clean, breaks no client unless its major
# version says so, generated/ matches it, and both the server `make run` starts and the mock conform to it.
# The fourth gate, spec coverage, is part of `make test`: the suite fails when it leaves part of the spec unproduced.
.PHONY: contract contract-drift contract-live
contract: contract-lint contract-breaking contract-drift contract-live

contract-drift: $(INSTALLED)
	$(NODE) scripts/generate.ts --check

# Conformance (scripts/conformance/) against src/main.ts on a fresh SQLite data directory and against the mock;
# reports in test-output/conformance-{server,mock}.{xml,md}.
contract-live: docs
	$(NODE) scripts/contract/live.ts

# The breaking-change gate: spec/ at a base commit against the working tree. BASE_REF picks the base; without
# it, the merge-base with origin/main, else HEAD~1. `--json` for machines: $(NODE) scripts/contract/breaking.ts --json
.PHONY: contract-breaking
contract-breaking: $(INSTALLED)
	$(NODE) scripts/contract/breaking.ts $(if $(BASE_REF),--base $(BASE_REF))

typecheck: $(INSTALLED)
	npx tsc --noEmit -p tsconfig.json
	npx tsc -p scripts/contract/spectral
	npx tsc -p clients/js

lint: $(INSTALLED)
	npx biome check .

format: $(INSTALLED)
	npx biome check --write .

# Spectral over spec/ with .spectral.yaml (its AsyncAPI and OpenAPI rulesets and ours): fails on every
# finding spec/lint-allowlist.yaml does not accept and on every entry there that accepts nothing.
.PHONY: contract-lint
contract-lint: $(INSTALLED)
	$(NODE) scripts/contract/lint.ts

# Benchmarks are not tests: they print a table and write bench/results/latest.{json,md,svg}.
# BENCH_FLAGS passes flags on: `--only fanout-ws,connections` runs a subset (an unknown name lists them
# all), `--profile DIR` writes CPU profiles of the servers.
bench: $(INSTALLED)
	$(NODE) bench/run.ts $(BENCH_FLAGS)

bench-quick: $(INSTALLED)
	$(NODE) bench/run.ts --quick $(BENCH_FLAGS)

# A full run that also keeps a dated copy in bench/results/reference/ (committed).
bench-reference: $(INSTALLED)
	$(NODE) bench/run.ts --reference

# Not a test either: minutes of mixed load, then a table and bench/results/soak.{json,md}.
SOAK_MINUTES ?= 5
soak: $(INSTALLED)
	$(NODE) bench/soak.ts --minutes $(SOAK_MINUTES)

# The security review's attacks (issue 11), each against a real server process: a report, not a test,
# so not in CI. Writes bench/results/attacks-latest.{json,md}; `$(NODE) bench/attacks/run.ts --repo <dir>`
# attacks another checkout (the code before a fix) with the same harness.
attacks: $(INSTALLED)
	$(NODE) bench/attacks/run.ts

# A third party's check of a running server (scripts/conformance/): JUnit and Markdown reports when
# CONFORMANCE_JUNIT / CONFORMANCE_MARKDOWN name files; CONFORMANCE_FLAGS adds flags (--read-only, --token …).
URL ?= http://127.0.0.1:3000
conformance: $(INSTALLED)
	node scripts/conformance/bin.js $(URL) $(if $(CONFORMANCE_JUNIT),--junit $(CONFORMANCE_JUNIT)) \
	  $(if $(CONFORMANCE_MARKDOWN),--markdown $(CONFORMANCE_MARKDOWN)) $(CONFORMANCE_FLAGS)

clean:
	rm -rf docs-build node_modules
