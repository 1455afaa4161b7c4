#!/usr/bin/env python3
# minify-json.py IN OUT: rewrites a JSON document without insignificant whitespace,
# keeping member order and non-ASCII text as it is.
import json
import sys

with open(sys.argv[1], encoding="utf-8") as source:
    document = json.load(source)
with open(sys.argv[2], "w", encoding="utf-8") as target:
    json.dump(document, target, ensure_ascii=False, separators=(",", ":"))
