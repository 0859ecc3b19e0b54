# dangbo — the two commands: `make run` and `make test`. Everything else is a step of those.
# Each target installs what it needs (Debian packages, npm packages) and skips what is there.

BUILD       ?= build
DB          ?= dangbo.db
LISTEN      ?= 127.0.0.1:8080
JOBS        ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all run test deps build native web web-deps test-deps format format-check bench clean

all: build

deps:
	@scripts/install-deps.sh

# npm ci only when package-lock.json changed since the last install.
web/node_modules/.installed: web/package-lock.json | deps
	cd web && npm ci --no-audit --no-fund
	@touch $@

tests/web/node_modules/.installed: tests/web/package-lock.json | deps
	cd tests/web && npm ci --no-audit --no-fund
	@touch $@

web-deps: web/node_modules/.installed

web: web-deps
	cd web && npm run build --silent

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

native: $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

build: native web

run: build
	./$(BUILD)/dangbo init --db $(DB) --demo
	./$(BUILD)/dangbo serve --db $(DB) --listen $(LISTEN) --web-root web/dist

test-deps: tests/web/node_modules/.installed

test: build test-deps format-check
	BUILD=$(BUILD) scripts/run-tests.sh

FORMAT_FILES = $(shell git ls-files -- 'src/*.cc' 'src/*.h')

format:
	clang-format -i $(FORMAT_FILES)

format-check: | deps
	@clang-format --dry-run --Werror $(FORMAT_FILES) && echo "clang-format: OK"

# The national-scale benchmarks of docs/PERFORMANCE.md (minutes; several GB under /tmp).
bench: build
	BUILD=$(BUILD) scripts/bench.sh

clean:
	rm -rf $(BUILD)
