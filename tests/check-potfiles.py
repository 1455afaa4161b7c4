#!/usr/bin/env python3
# Fails when a file with a translatable string is missing from po/POTFILES.in.
import os
import re
import sys

root = sys.argv[1]
pattern = re.compile(r'\b(_|N_|C_|NC_)\(|translatable="yes"')
with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}
missing = []
for folder in ("src", "ui", "data"):
    for directory, _, names in os.walk(os.path.join(root, folder)):
        for name in sorted(names):
            if not name.endswith((".c", ".h", ".ui", ".in", ".xml")):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root)
            with open(path, encoding="utf-8", errors="replace") as f:
                if pattern.search(f.read()) and relative not in listed:
                    missing.append(relative)
for path in missing:
    print(f"{path}: has translatable strings but is not in po/POTFILES.in")
sys.exit(1 if missing else 0)
