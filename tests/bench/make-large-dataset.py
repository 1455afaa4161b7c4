#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a dataset COPIES times the size of the bundled one, for `make bench`.

Every record of the bundled dataset appears COPIES times; in copy k every identifier and
every reference to one gets the suffix "-k" (copy 0 keeps the originals), so each copy is
a complete, valid dataset of its own and the whole loads without a problem. Titles that
salary files are matched against are made unique the same way.

    make-large-dataset.py BUNDLED.json OUT.json [COPIES]   (COPIES defaults to 100)
"""
import json
import sys

# Members whose string values are identifiers or references to one.
ID_MEMBERS = {"id", "source", "role", "skill", "from", "to"}


def suffixed(value, suffix):
    if isinstance(value, dict):
        return {key: (item + suffix if key in ID_MEMBERS and isinstance(item, str)
                      else suffixed(item, suffix))
                for key, item in value.items()}
    if isinstance(value, list):
        return [suffixed(item, suffix) for item in value]
    return value


def copy_of(dataset, k):
    suffix = "" if k == 0 else "-%d" % k
    copy = suffixed(dataset, suffix)
    for rule in copy.get("title-rules", []):
        rule["titles"] = [title + suffix for title in rule["titles"]]
    for table in copy.get("salary-tables", []):
        role = table["columns"].index("role")
        for row in table["rows"]:
            row[role] += suffix
    return copy


def main():
    bundled, out = sys.argv[1], sys.argv[2]
    copies = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    with open(bundled, encoding="utf-8") as f:
        dataset = json.load(f)

    large = {key: value for key, value in dataset.items() if not isinstance(value, list)}
    large["title"] = "%s (%d copies, for benchmarks)" % (dataset["title"], copies)
    for k in range(copies):
        copy = copy_of(dataset, k)
        for key, value in copy.items():
            if isinstance(value, list):
                large.setdefault(key, []).extend(value)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(large, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
