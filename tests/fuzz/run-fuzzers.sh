#!/bin/sh
# Runs each libFuzzer target for SECONDS (default 600) on its own working corpus in
# _fuzz/TARGET (seeded from the repository), one after another, and reports execs and
# coverage. Crashing inputs land in _fuzz/TARGET-crashes/: fix the bug, then copy the input
# to tests/fuzz/regressions/TARGET/ so that `make check` replays it for good.
#   run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET…]
set -eu
build=$1
seconds=${2:-600}
shift 2 || shift $#
root=$(cd "$(dirname "$0")/../.." && pwd)
targets=${*:-"fuzz-dataset fuzz-salary-csv fuzz-command-line"}
status=0

seeds_of () {
  case $1 in
    fuzz-dataset) echo "$root/tests/data/bad $root/tests/fuzz/seeds/dataset" ;;
    fuzz-salary-csv) echo "$root/tests/data/salaries $root/tests/fuzz/seeds/salary-csv" ;;
    fuzz-command-line) echo "$root/tests/fuzz/seeds/command-line" ;;
  esac
}

for target in $targets; do
  work="$root/_fuzz/$target"
  crashes="$root/_fuzz/$target-crashes"
  mkdir -p "$work" "$crashes" "$root/tests/fuzz/seeds/dataset"
  cp "$root/tests/data/fixture.json" "$root/data/dataset/role-atlas.json" "$root/tests/fuzz/seeds/dataset/" 2>/dev/null || true
  echo "== $target: $seconds s"
  # shellcheck disable=SC2046
  if ! ROLE_ATLAS_FUZZ_FILES="$root/tests/data" ASAN_OPTIONS=detect_leaks=1 \
       LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0" \
       "$build/tests/$target" -max_total_time="$seconds" -max_len=65536 -timeout=60 -rss_limit_mb=2048 \
       -artifact_prefix="$crashes/" -print_final_stats=1 "$work" $(seeds_of "$target") \
       "$root/tests/fuzz/regressions/$target" 2>"$root/_fuzz/$target.log"; then
    status=1
    echo "   CRASH: see $root/_fuzz/$target.log and $crashes"
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|cov: [0-9]+ ft: [0-9]+" "$root/_fuzz/$target.log" | tail -3
done
exit $status
