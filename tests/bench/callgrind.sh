#!/bin/sh
# Instruction counts (valgrind --tool=callgrind) for loading the bundled dataset and for
# painting each chart once at 1600x1000 through `role-atlas --export`, counted only inside
# atlas_dataset_load() and atlas_chart_paint(). Counts do not depend on machine load, so a
# change that slows them shows even on a noisy machine.
#   callgrind.sh ROLE_ATLAS
set -eu
program=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count () {
  valgrind --tool=callgrind --toggle-collect="$1" --callgrind-out-file="$out/cg" "$program" "$2" \
    ${3:+--output=$out/chart.png} >/dev/null 2>"$out/log"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out/log"
}
printf '%-40s %15s\n' "work" "instructions"
printf '%-40s %15s\n' "load and validate the bundled dataset" "$(count atlas_dataset_load --validate)"
for chart in compare salary-by-level salary-by-country salary-grid skill-overlap skill-matrix top-skills career-paths; do
  printf '%-40s %15s\n' "paint $chart" "$(count atlas_chart_paint --export=$chart png)"
done
