# A thin wrapper around meson for the README's two commands; meson is the build system.
BUILDDIR ?= _build
ASAN_BUILDDIR ?= _build-asan
MESON_TEST = xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- meson test --print-errorlogs

.PHONY: all deps build run check check-unit check-valgrind check-asan bench callgrind fuzz soak clean

all: build

deps:
	@build-aux/install-deps.sh

$(BUILDDIR)/build.ninja:
	@meson setup $(BUILDDIR) --buildtype=debugoptimized >/dev/null

build: deps $(BUILDDIR)/build.ninja
	@meson compile -C $(BUILDDIR) >/dev/null

run: build
	@meson devenv -C $(BUILDDIR) ./src/role-atlas

check: check-unit check-valgrind check-asan

check-unit: build
	@$(MESON_TEST) -C $(BUILDDIR)

# The model and chart tests under valgrind's memcheck: no memory errors, no definite leaks
# (suppressions: GLib's own and tests/sanitizers/valgrind.supp).
VALGRIND_TESTS = test-model test-queries test-compare-model test-salary-import test-salary-chart \
  test-skill-chart test-path-chart test-hostile replay-fuzz-dataset replay-fuzz-salary-csv
check-valgrind: build
	@$(MESON_TEST) -C $(BUILDDIR) --setup=valgrind $(VALGRIND_TESTS)

# The same tests built with AddressSanitizer and UndefinedBehaviorSanitizer; see
# tests/sanitizers/README for the leak suppressions and why each is needed.
$(ASAN_BUILDDIR)/build.ninja:
	@meson setup $(ASAN_BUILDDIR) --buildtype=debug -Db_sanitize=address,undefined \
	  -Db_lundef=false >/dev/null

check-asan: deps $(ASAN_BUILDDIR)/build.ninja
	@meson compile -C $(ASAN_BUILDDIR) >/dev/null
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	  $(MESON_TEST) -C $(ASAN_BUILDDIR) --no-suite ui

# Benchmarks run on an optimised build of their own, so that timings mean something.
BENCH_BUILDDIR ?= _build-bench
$(BENCH_BUILDDIR)/build.ninja:
	@meson setup $(BENCH_BUILDDIR) --buildtype=release >/dev/null

# Every benchmark runs even when one misses a target; the target fails at the end if any did.
# The app starts with a configuration folder of its own, empty, so that it opens as on a
# first start (the Compare tab, the default roles) whatever the last use saved in dconf.
bench: deps $(BENCH_BUILDDIR)/build.ninja
	@meson compile -C $(BENCH_BUILDDIR) >/dev/null
	@python3 tests/bench/make-large-dataset.py data/dataset/role-atlas.json $(BENCH_BUILDDIR)/large-dataset.json 100
	@status=0; \
	$(BENCH_BUILDDIR)/tests/bench-charts || status=1; \
	$(BENCH_BUILDDIR)/tests/bench-import data/sources/aijobs_salaries_2025-01-19.csv \
	  python3 tests/reference/salary_aggregates.py data/dataset/role-atlas.json || status=1; \
	$(BENCH_BUILDDIR)/tests/bench-hostile || status=1; \
	config=$$(mktemp -d); \
	XDG_CONFIG_HOME=$$config GSK_RENDERER=cairo GSETTINGS_SCHEMA_DIR=$(BENCH_BUILDDIR)/data \
	  xvfb-run -a -s "-screen 0 1600x1000x24" \
	  dbus-run-session -- $(BENCH_BUILDDIR)/tests/bench-startup $(BENCH_BUILDDIR)/src/role-atlas \
	  $(BENCH_BUILDDIR)/tests/bench-mini $(BENCH_BUILDDIR)/large-dataset.json 2>/dev/null || status=1; \
	rm -rf $$config; \
	if [ $$status -ne 0 ]; then echo "make bench: some targets are not met (see above)"; fi; \
	exit $$status

# libFuzzer targets (clang, ASan + UBSan), each run for FUZZ_SECONDS; see tests/fuzz/.
FUZZ_BUILDDIR ?= _build-fuzz
FUZZ_SECONDS ?= 600
$(FUZZ_BUILDDIR)/build.ninja:
	@CC=clang meson setup $(FUZZ_BUILDDIR) --buildtype=debugoptimized -Dfuzzing=true \
	  -Db_sanitize=address,undefined -Db_lundef=false >/dev/null

fuzz: $(FUZZ_BUILDDIR)/build.ninja
	@build-aux/install-deps.sh --fuzz
	@meson compile -C $(FUZZ_BUILDDIR) >/dev/null
	@tests/fuzz/run-fuzzers.sh $(FUZZ_BUILDDIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Instruction counts of loading and painting, independent of machine load.
callgrind: deps $(BENCH_BUILDDIR)/build.ninja
	@meson compile -C $(BENCH_BUILDDIR) >/dev/null
	@tests/bench/callgrind.sh $(BENCH_BUILDDIR)/src/role-atlas

# 2,000 random actions through the accessibility bus against a fresh build; see tests/ui/.
SOAK_ACTIONS ?= 2000
soak: build
	@GSETTINGS_SCHEMA_DIR=$(BUILDDIR)/data xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- \
	  /usr/bin/python3 tests/ui/soak.py $(BUILDDIR)/src/role-atlas $(SOAK_ACTIONS)

clean:
	rm -rf $(BUILDDIR) $(ASAN_BUILDDIR) $(BENCH_BUILDDIR) $(FUZZ_BUILDDIR) _fuzz
