# dangbo — the two commands: `make run` and `make test`. Everything else is a step of those.
# Each target installs what it needs (Debian packages, npm packages) and skips what is there.

BUILD       ?= build
DB          ?= dangbo.db
LISTEN      ?= 127.0.0.1:8080
JOBS        ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all run test deps build native web web-deps test-deps format format-check bench clean \
        fuzz fuzz-build test-fuzz test-sanitize crash-test soak backup-drill fd-drill

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

FORMAT_FILES = $(shell git ls-files -- 'src/*.cc' 'src/*.h' 'bench/*.cc' 'bench/*.h')

format:
	clang-format -i $(FORMAT_FILES)

format-check: | deps
	@clang-format --dry-run --Werror $(FORMAT_FILES) && echo "clang-format: OK"

# The national-scale benchmarks of docs/PERFORMANCE.md (minutes; several GB under /tmp).
bench: build
	BUILD=$(BUILD) scripts/bench.sh

# Reliability (docs/RELIABILITY.md). Instrumented builds live in their own directories.
FUZZ_BUILD ?= build-fuzz
ASAN_BUILD ?= build-asan
FUZZ_RUNS  ?= 1000000

$(FUZZ_BUILD)/build.ninja: | deps
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDANGBO_FUZZ=ON

# Only the fuzz targets and the libraries they link (clang, libFuzzer + ASan + UBSan).
fuzz-build: $(FUZZ_BUILD)/build.ninja
	ninja -C $(FUZZ_BUILD) -j $(JOBS) fuzz_targets

# Each target for FUZZ_RUNS inputs (default 1,000,000): tens of minutes.
fuzz: fuzz-build
	FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_RUNS=$(FUZZ_RUNS) scripts/fuzz.sh

# The short pass: each target over its corpus plus 20,000 inputs, through CTest.
test-fuzz: fuzz-build
	ctest --test-dir $(FUZZ_BUILD) -R '^fuzz_' --output-on-failure -j 2

$(ASAN_BUILD)/build.ninja: | deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDANGBO_SANITIZE=ON

# The C++ suites (unit, store, service and demo on both engines, corpus replays) under
# AddressSanitizer and UndefinedBehaviorSanitizer (gcc).
ASAN_TARGETS = base_test text_test rules_test tableio_test memindex_test http_test store_test \
               service_test demo_test fuzz_targets
test-sanitize: $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD) -j $(JOBS) $(ASAN_TARGETS)
	BUILD=$(ASAN_BUILD) CTEST_ARGS="-E ^(api_|web_)" \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 scripts/run-tests.sh

# kill -9 the server CRASH_ROUNDS times (default 100) under concurrent API writes; after
# each restart: integrity_check, every acknowledged write present, `dangbo verify` clean.
crash-test: native
	BUILD=$(BUILD) scripts/crash-test.sh

# SOAK_SECONDS (default 1800) of mixed reads and writes from many clients; RSS every 10 s.
soak: native
	BUILD=$(BUILD) scripts/reliability/run.sh soak

# Online backup under write load, restore into a fresh directory, verify, same counts.
backup-drill: native
	BUILD=$(BUILD) scripts/reliability/run.sh backup

# IDLE_CONNECTIONS (default 1,100) idle connections against a server under a 1024 open-file
# limit: refused with 503 beyond the cap, no busy loop or log flood, back after the idle timeout.
fd-drill: native
	BUILD=$(BUILD) scripts/reliability/run.sh fds

clean:
	rm -rf $(BUILD)
