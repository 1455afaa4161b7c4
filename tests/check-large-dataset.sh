#!/bin/sh
# The benchmark's large-dataset generator still writes a dataset the app accepts, each
# copy complete: three copies load with three times the bundled roles.
#   check-large-dataset.sh ROLE_ATLAS SOURCE_ROOT
set -eu
role_atlas=$1
root=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$root/tests/bench/make-large-dataset.py" "$root/data/dataset/role-atlas.json" "$out/large.json" 3
one=$("$role_atlas" --validate)
three=$("$role_atlas" --data="$out/large.json" --validate)
echo "bundled: $one"
echo "3 copies: $three"
roles=$(echo "$one" | sed -n 's/^OK: \([0-9]*\) roles.*/\1/p')
[ -n "$roles" ] || { echo "no role count in: $one"; exit 1; }
echo "$three" | grep -q "^OK: $((roles * 3)) roles, " || { echo "expected $((roles * 3)) roles"; exit 1; }
