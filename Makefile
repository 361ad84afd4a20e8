# Lantern: the two commands.
#   make serve   build the app and serve it on http://127.0.0.1:8080 (demo tenant one click away)
#   make test    run every test: host (cargo test), browser (wasm-bindgen-test in headless
#                Chromium), end-to-end (playwright-core driving Debian's Chromium)
# Both install whatever is missing first (.ci/setup), at pinned versions.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/web/webdriver.json
# Chromium and the test runner leave temporary folders behind; keep them in target/.
export TMPDIR := $(CURDIR)/target/tmp

.PHONY: serve test test-host test-web test-e2e build release cli bench fuzz setup setup-browser

serve: setup
	@mkdir -p $(TMPDIR)
	trunk serve --release

test: setup-browser test-host test-web test-e2e
	@echo "All tests passed."

setup:
	@.ci/setup

setup-browser:
	@.ci/setup --browser

test-host:
	@rm -rf target/kql && mkdir -p $(TMPDIR) target/kql
	LANTERN_DUMP_KQL=$(CURDIR)/target/kql cargo test --all-targets
	cargo test --doc
	# Every generated KQL query, checked by Microsoft's own Kusto parser and analyser.
	node tests/kql/check.cjs target/kql/*.kql tests/core/snapshots/*.kql

test-web:
	@mkdir -p $(TMPDIR)
	cargo test --target wasm32-unknown-unknown --test web

build:
	@mkdir -p $(TMPDIR)
	trunk build --release

# The offline zip (built by every build; see .ci/post_build.mjs) and its SHA-256.
release: setup build
	@cat dist/lantern-offline.zip.sha256

cli:
	cargo build --release --bin lantern

test-e2e: build cli
	node --test --test-concurrency=1 tests/e2e/
